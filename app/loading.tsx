export default function Loading() {
  return (
    <div className="mx-auto max-w-6xl animate-pulse space-y-4 px-4 py-6" aria-busy="true" aria-label="Memuat">
      <div className="h-8 w-64 rounded bg-slate-200" />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {[0, 1, 2, 3].map((i) => <div key={i} className="h-24 rounded bg-slate-200" />)}
      </div>
      <div className="h-64 rounded bg-slate-200" />
    </div>
  );
}
