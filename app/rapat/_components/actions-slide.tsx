// The last slide: the decisions of this meeting, then the open actions carried from earlier meetings under their
// own heading with the meeting each was decided at, so the room tells today's decisions from old ones.
export type SlideAction = {
  id: number;
  text: string;
  owner: string;
  due: string;
  status: string;
  overdue: boolean;
  /** The date of the earlier meeting an open action comes from ("20 September 2026"); null for this meeting's. */
  from: string | null;
};

function ActionItems({ actions, label }: { actions: SlideAction[]; label: string }) {
  return (
    <ol className="space-y-3" aria-label={label}>
      {actions.map((a) => (
        <li key={a.id} className={`rounded border-l-8 px-4 py-2 ${a.overdue ? "border-red-600 bg-red-50" : "border-brand-700 bg-slate-50"}`} data-action-from={a.from ?? undefined}>
          <span className="font-semibold">{a.text}</span>
          <span className="block text-lg text-slate-700">
            {a.from ? `dari rapat ${a.from} · ` : ""}{a.owner} · batas {a.due} · {a.status}{a.overdue ? " · TERLAMBAT" : ""}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** This meeting's decisions and, beside them on a wide screen, the open actions of earlier meetings. */
export function ActionsSlide({ actions }: { actions: SlideAction[] }) {
  const today = actions.filter((a) => a.from === null);
  const carried = actions.filter((a) => a.from !== null);
  if (actions.length === 0) return <p className="text-2xl">Belum ada tindakan dicatat.</p>;
  return (
    <div className={`grid gap-6 text-2xl ${carried.length > 0 && today.length > 0 ? "xl:grid-cols-2" : ""}`}>
      <section className="space-y-3">
        <h2 className="text-xl font-semibold uppercase tracking-wide text-slate-600">Keputusan rapat ini</h2>
        {today.length === 0 ? <p className="text-xl text-slate-700">Belum ada keputusan baru dicatat.</p> : <ActionItems actions={today} label="Keputusan rapat ini" />}
      </section>
      {carried.length > 0 && (
        <section className="space-y-3">
          <h2 className="text-xl font-semibold uppercase tracking-wide text-slate-600">Dari rapat sebelumnya (masih terbuka)</h2>
          <ActionItems actions={carried} label="Dari rapat sebelumnya" />
        </section>
      )}
    </div>
  );
}
