import type { DriftLine } from "@/lib/meetings/drift";
import { formatDecimal } from "@/lib/format";
import { areaTitle, levelOfCode } from "@/lib/wilayah/codes";
import { periodText } from "@/app/rapat/_components/figure-format";

const MAX_LINES = 8;
const AREA_CODE = /^\d{2}(\.\d{2}){0,2}(\.\d{4})?$/;

// Rows of a kelurahan item are its posyandu, whose codes are no area codes.
const placeName = (kode: string, nama: string) => (AREA_CODE.test(kode) ? areaTitle(levelOfCode(kode), nama) : `Posyandu ${nama}`);
const value = (v: number | null) => (v === null ? "tidak ada data" : `${formatDecimal(v)}%`);

/** "Agenda 2 · D/S Kelurahan Metro, Oktober 2026: 62,0% → 64,5%". */
export function driftText(l: DriftLine & { agenda: number }): string {
  const source = l.sumberKini ? ` (sumber kini: ${l.sumberKini})` : "";
  return `Agenda ${l.agenda} · ${l.label} ${placeName(l.kode, l.nama)}${l.periode ? `, ${periodText(l.periode)}` : ""}: ${value(l.dulu)} → ${value(l.kini)}${source}`;
}

/**
 * A calm note on a locked meeting whose figures today's data would show differently: the room sees that data came
 * in or was corrected after the meeting, while the frozen figures below stay what was discussed.
 */
export function DriftNote({ lines }: { lines: readonly (DriftLine & { agenda: number })[] }) {
  if (lines.length === 0) return null;
  return (
    <div role="note" className="rounded border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-slate-800" data-drift>
      <p><span className="font-semibold">Data terkini berbeda dari angka yang dibekukan</span> (data masuk atau dikoreksi setelah rapat dikunci). Angka rapat di bawah tetap seperti yang dibahas; angka terkini ada di dasbor.</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {lines.slice(0, MAX_LINES).map((l) => <li key={`${l.agenda}-${l.label}-${l.kode}`} className="num">{driftText(l)}</li>)}
      </ul>
      {lines.length > MAX_LINES && <p className="mt-1">dan {lines.length - MAX_LINES} angka lain.</p>}
    </div>
  );
}
