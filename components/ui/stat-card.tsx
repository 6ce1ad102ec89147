import { formatInt } from "@/lib/format";

/** A large count with its label and an optional note (what exactly is counted). */
export function StatCard({ label, value, note }: { label: string; value: number; note?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="text-sm text-slate-600">{label}</div>
      <div className="num mt-1 text-3xl font-semibold text-slate-900">{formatInt(value)}</div>
      {note && <div className="mt-1 text-xs text-slate-500">{note}</div>}
    </div>
  );
}
