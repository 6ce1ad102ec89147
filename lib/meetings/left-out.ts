// What an agenda item's figures leave out, for the meeting page, the presentation (a client component: no zod
// here) and the notulen. Pure.
import { leftOutNote, leftOutText, tableLeftOutNote } from "../indicators/nutrition-sources";
import type { Snapshot } from "./snapshot";

/**
 * The line under an agenda item's figures naming the nutrition measurements they leave out (a "—" row would
 * otherwise look like a kelurahan without data on the projector and in the notulen); null for none.
 */
export function figuresLeftOutNote(f: Pick<Snapshot, "wilayah" | "total" | "baris" | "skor">): string | null {
  if (f.skor) return tableLeftOutNote(f.skor.baris.filter((r) => r.kode !== f.wilayah?.kode).map((r) => ({ nama: r.nama, cells: r.nilai })));
  const rows = leftOutNote(f.baris.map((b) => ({ nama: b.nama, lain: b.rate?.sumber_lain })));
  const total = leftOutText(f.total?.sumber_lain);
  return rows ?? (total ? `${total[0]!.toUpperCase()}${total.slice(1)}` : null);
}
