/** Skeleton while an admin page loads. */
export default function Loading() {
  return (
    <main className="mx-auto max-w-6xl space-y-4 px-4 py-6" aria-busy="true" aria-label="Memuat">
      <div className="h-8 w-56 animate-pulse rounded bg-slate-200" />
      <div className="h-40 animate-pulse rounded-lg bg-slate-200" />
      <div className="h-64 animate-pulse rounded-lg bg-slate-200" />
    </main>
  );
}
