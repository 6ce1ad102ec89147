/** A grey placeholder while a section streams in (server-rendered; no layout jump on a projector). */
export function Skeleton({ label, height = 160 }: { label: string; height?: number }) {
  return (
    <div role="status" aria-live="polite" className="flex animate-pulse items-center justify-center rounded-lg border border-slate-200 bg-slate-100 text-sm text-slate-500" style={{ height }}>
      {label}
    </div>
  );
}
