// A draft agenda item's corrections under its title: "Ubah judul" (title and discussion) and "Ubah wilayah", and a
// hint when the title or discussion names another area of the meeting than the item's own (a suggested title names
// its area; after "Ubah wilayah" it would mislead the room).
import { AgendaAreaForm, AgendaTextForm } from "@/app/rapat/_components/meeting-edit-forms";
import { updateAgendaAreaAction, updateAgendaTextAction } from "@/lib/actions/meeting-edit";
import { staleAreaName, type NamedArea } from "@/lib/meetings/stale-title";
import { areaTitle } from "@/lib/wilayah/codes";

type Item = { id: number; title: string; discussion: string | null };

/** The hint line, or null: the title is checked before the discussion. */
export function staleAreaHint(item: Item, areaCode: string, areas: readonly NamedArea[]): string | null {
  const own = areas.find((a) => a.code === areaCode);
  const inTitle = staleAreaName(item.title, areaCode, areas);
  const stale = inTitle ?? staleAreaName(item.discussion, areaCode, areas);
  if (!stale || !own) return null;
  return `${inTitle ? "Judul" : "Pembahasan"} agenda ini menyebut ${areaTitle(stale.level, stale.name)}, padahal wilayah agenda ini ${areaTitle(own.level, own.name)}: perbarui lewat “Ubah judul”.`;
}

export function AgendaItemEdit({ meetingId, item, areaCode, areas }: { meetingId: number; item: Item; areaCode: string; areas: readonly NamedArea[] }) {
  const hint = staleAreaHint(item, areaCode, areas);
  const options = areas.map((a) => ({ value: a.code, label: areaTitle(a.level, a.name) }));
  return (
    <div className="space-y-2 text-sm">
      {hint && <p data-judul-lama className="rounded border border-amber-300 bg-amber-50 px-2 py-1 text-amber-900">{hint}</p>}
      <div className="flex flex-wrap gap-x-4 gap-y-2">
        <details className="open:w-full">
          <summary className="cursor-pointer text-brand-700 underline">Ubah judul</summary>
          <div className="mt-2 max-w-xl"><AgendaTextForm action={updateAgendaTextAction} meetingId={meetingId} itemId={item.id} title={item.title} discussion={item.discussion} /></div>
        </details>
        <details className="open:w-full">
          <summary className="cursor-pointer text-brand-700 underline">Ubah wilayah</summary>
          {/* Keyed by the title: its notice may say the title names the old area, which a new title makes untrue. */}
          <div className="mt-2 max-w-sm"><AgendaAreaForm key={item.title} action={updateAgendaAreaAction} meetingId={meetingId} itemId={item.id} areaCode={areaCode} areas={options} /></div>
        </details>
      </div>
    </div>
  );
}
