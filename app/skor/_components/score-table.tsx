import Link from "next/link";
import type { getScorecard, ScoreCell, ScoreRow } from "@/lib/queries/scorecard";
import { indicatorDef } from "@/lib/indicators/catalogue";
import { formatDecimal, formatInt } from "@/lib/format";
import { periodLabel } from "@/lib/period";

type Scorecard = NonNullable<Awaited<ReturnType<typeof getScorecard>>>;

/** Cell colour: against the year's target when there is one, else against the reference value; grey without data. */
function tone(id: string, cell: ScoreCell | null): string {
  if (!cell || cell.nilai === null) return "bg-slate-100 text-slate-500";
  if (cell.target) return cell.target.tercapai ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-900";
  const def = indicatorDef(id);
  if (!def?.acuan) return "";
  const ok = def.polaritas === "naik-baik" ? cell.nilai >= def.acuan.nilai : cell.nilai <= def.acuan.nilai;
  return ok ? "bg-emerald-50 text-emerald-900" : "bg-amber-50 text-amber-900";
}

function Cell({ id, cell }: { id: string; cell: ScoreCell | null }) {
  const change = cell?.perubahan;
  return (
    <td className={`num px-3 py-2 text-right ${tone(id, cell)}`} title={cell ? `n = ${formatInt(cell.n)}${cell.target ? ` · target ${formatDecimal(cell.target.nilai)}%` : ""}` : "tidak ada data"}>
      <span className="block font-semibold">{!cell || cell.nilai === null ? "—" : `${formatDecimal(cell.nilai)}%`}</span>
      {change && change.selisihPoin !== null && (
        <span className={`block text-xs ${change.arah === "membaik" ? "text-emerald-700" : change.arah === "memburuk" ? "text-red-700" : "text-slate-500"}`}>
          {change.selisihPoin > 0 ? "▲" : change.selisihPoin < 0 ? "▼" : "■"} {formatDecimal(Math.abs(change.selisihPoin))}
        </span>
      )}
      {cell?.n_kecil && <span className="block text-xs text-amber-800">n kecil</span>}
    </td>
  );
}

/** Rows = child areas, columns = key indicators; sorting and downloads keep the URL's choices. */
export function ScoreTable({ sc, urut, arah }: { sc: Scorecard; urut: string; arah: "naik" | "turun" }) {
  const value = (r: ScoreRow) => (urut === "wilayah" ? null : (r.cells[urut]?.nilai ?? null));
  const rows = urut === "wilayah" ? sc.rows : [...sc.rows].sort((a, b) => ((value(a) ?? -1) - (value(b) ?? -1)) * (arah === "naik" ? 1 : -1));
  const base = `/skor?wilayah=${sc.wilayah.kode}&bulan=${sc.periode.bulan}`;
  const sortLink = (id: string) => `${base}&urut=${id}&arah=${urut === id && arah === "turun" ? "naik" : "turun"}`;
  const dl = (format: string) => `/api/skor?wilayah=${sc.wilayah.kode}&bulan=${sc.periode.bulan}&format=${format}`;
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold">Skor {sc.wilayah.nama}</h1>
          <p className="text-sm text-slate-600">
            Bulan {periodLabel(sc.periode.bulan)} · stunting {sc.periode.gizi ? periodLabel(sc.periode.gizi) : "—"} ({sc.sumberGizi === "EPPGBM" ? "e-PPGBM" : sc.sumberGizi === "SIP" ? "rekap manual" : sc.sumberGizi === "SURVEI" ? "survei" : "—"}) · strata {sc.periode.tahun}. Hijau = memenuhi target/acuan, merah = di bawah target, kuning = di bawah acuan tanpa target tahunan; panah = perubahan (poin) sejak periode sebelumnya.
          </p>
        </div>
        <p className="text-sm">Unduh: <a className="text-brand-700 underline" href={dl("xlsx")}>XLSX</a> · <a className="text-brand-700 underline" href={dl("csv")}>CSV</a></p>
      </div>
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full text-sm" aria-label="Skor per wilayah">
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2 text-left"><Link href={`${base}&urut=wilayah`}>Wilayah</Link></th>
              {sc.columns.map((c) => (
                <th key={c.id} scope="col" className="px-3 py-2 text-right" aria-sort={urut === c.id ? (arah === "naik" ? "ascending" : "descending") : "none"}>
                  <Link href={sortLink(c.id)} className="underline decoration-dotted">{c.label}{urut === c.id ? (arah === "naik" ? " ↑" : " ↓") : ""}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.kode} className="border-t border-slate-100" data-kode={r.kode}>
                <th scope="row" className="px-3 py-2 text-left font-medium"><Link href={r.kode.split(".").length === 3 ? `/skor?wilayah=${r.kode}&bulan=${sc.periode.bulan}` : `/posyandu?wilayah=${r.kode}`} className="text-brand-700 underline">{r.nama}</Link></th>
                {sc.columns.map((c) => <Cell key={c.id} id={c.id} cell={r.cells[c.id] ?? null} />)}
              </tr>
            ))}
            <tr className="border-t-2 border-slate-300 font-semibold" data-kode={sc.total.kode}>
              <th scope="row" className="px-3 py-2 text-left">{sc.total.nama} (total)</th>
              {sc.columns.map((c) => <Cell key={c.id} id={c.id} cell={sc.total.cells[c.id] ?? null} />)}
            </tr>
          </tbody>
        </table>
      </div>
    </>
  );
}
