/** Placeholder while the entry page reads the posyandu and stored values (also used by /gizi and /profil). */
export default function EntryLoading() {
  return (
    <main className="mx-auto max-w-6xl space-y-6 px-4 py-6" aria-busy="true">
      <p role="status" className="text-sm text-slate-600">Memuat isian…</p>
      <div className="h-20 animate-pulse rounded-lg border border-slate-200 bg-white shadow-sm" />
      <div className="h-72 animate-pulse rounded-lg border border-slate-200 bg-white shadow-sm" />
    </main>
  );
}
