// The decisions slides: this meeting's decisions, then the open actions carried from earlier meetings under their
// own heading with the meeting each was decided at, so the room tells today's decisions from old ones. A long
// list is split over several slides (action-pages.ts) rather than scrolling inside one.
import { actionMeta, type ActionPage, type ActionSection, type SlideAction } from "./action-pages";

export type { SlideAction };

const HEADINGS = { today: "Keputusan rapat ini", carried: "Dari rapat sebelumnya (masih terbuka)" } as const;
const CONTINUED = { today: "Keputusan rapat ini (lanjutan)", carried: "Dari rapat sebelumnya (masih terbuka, lanjutan)" } as const;
// The lists' names stay the same on every slide of the section (the browser tests find them by it).
const LABELS = { today: "Keputusan rapat ini", carried: "Dari rapat sebelumnya" } as const;

function Section({ section }: { section: ActionSection }) {
  return (
    <section className="space-y-3" data-action-section={section.kind}>
      <h2 className="text-xl font-semibold uppercase tracking-wide text-slate-600">
        {(section.continued ? CONTINUED : HEADINGS)[section.kind]}
      </h2>
      {section.actions.length === 0 ? <p className="text-[22px] text-slate-700">Belum ada keputusan baru dicatat.</p> : (
        <ol className="space-y-3" aria-label={LABELS[section.kind]}>
          {section.actions.map((a) => (
            <li key={a.id} className={`rounded border-l-8 px-4 py-2 ${a.overdue ? "border-red-600 bg-red-50" : "border-brand-700 bg-slate-50"}`} data-action-id={a.id} data-action-from={a.from ?? undefined}>
              <span className="font-semibold">{a.text}</span>
              <span className="block text-[22px] text-slate-700">{actionMeta(a)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The title of the decisions slide `index` (0-based) of `count`: "Keputusan dan tindak lanjut (lanjutan 2/3)". */
export function actionsSlideTitle(index: number, count: number): string {
  if (count <= 1) return "Keputusan dan tindak lanjut";
  return `Keputusan dan tindak lanjut (${index === 0 ? "" : "lanjutan "}${index + 1}/${count})`;
}

/** One decisions slide: the sections (or their continuations) that fit on it, one column at full width. */
export function ActionsSlide({ page }: { page: ActionPage }) {
  if (page.sections.length === 0) return <p className="text-2xl">Belum ada tindakan dicatat.</p>;
  return (
    <div className="space-y-6 text-2xl" data-actions-slide="">
      {page.sections.map((s) => <Section key={s.kind} section={s} />)}
    </div>
  );
}
