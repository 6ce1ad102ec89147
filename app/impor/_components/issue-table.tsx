export type Issue = { row: number; column: string | null; message: string; severity: "error" | "warning" };

/** Every problem of a file by row, errors first, so the operator can fix the file in one pass. */
export function IssueTable({ issues, total, boundary }: { issues: Issue[]; total: number; boundary: boolean }) {
  const sorted = [...issues].sort((a, b) => (a.severity === b.severity ? a.row - b.row : a.severity === "error" ? -1 : 1));
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm" aria-label="Daftar masalah berkas">
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">Jenis</th>
            <th scope="col" className="px-3 py-2">{boundary ? "Fitur" : "Baris"}</th>
            <th scope="col" className="px-3 py-2">Kolom</th>
            <th scope="col" className="px-3 py-2">Pesan</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((i, k) => (
            <tr key={k} className="border-t border-slate-100" data-severity={i.severity}>
              <td className={`px-3 py-1 font-medium ${i.severity === "error" ? "text-red-700" : "text-amber-700"}`}>{i.severity === "error" ? "Galat" : "Peringatan"}</td>
              <td className="num px-3 py-1">{i.row > 0 ? i.row : "berkas"}</td>
              <td className="px-3 py-1 font-mono text-xs">{i.column ?? "—"}</td>
              <td className="px-3 py-1">{i.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > issues.length && <p className="mt-2 text-sm text-slate-600">Menampilkan {issues.length.toLocaleString("id-ID")} dari {total.toLocaleString("id-ID")} masalah.</p>}
    </div>
  );
}
