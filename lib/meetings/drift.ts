// A locked meeting's frozen figures against the same figures computed today:
// which of them the data entered or corrected since would now show differently.
// The frozen record stays as it is; this only lets the room know. Pure.
import type { RateLite, Snapshot } from "./snapshot";

/** One figure that reads differently today: where, which indicator and period, then and now (in %). */
export type DriftLine = { label: string; kode: string; nama: string; periode: string | null; dulu: number | null; kini: number | null; sumberKini: string | null };

// Compared as shown (one decimal): a change the screen rounds away is no change to the room.
const shown = (r: RateLite | null | undefined) => (r?.nilai === null || r?.nilai === undefined ? null : Math.round(r.nilai * 10) / 10);

function differs(then: RateLite | null | undefined, now: RateLite | null | undefined) {
  return shown(then) !== shown(now);
}

/**
 * The figures of `frozen` that read differently in `now` (the same agenda item computed today). Only like with
 * like: the same indicator, area and period (a scorecard column only where its own period is the same), rows
 * present in both; a figure whose source changed says so (`sumberKini`).
 */
export function snapshotDrift(frozen: Snapshot, now: Snapshot): DriftLine[] {
  const lines: DriftLine[] = [];
  if (frozen.indikator && now.indikator?.id === frozen.indikator.id && frozen.periode === now.periode && frozen.wilayah && frozen.wilayah.kode === now.wilayah?.kode) {
    const base = { label: frozen.indikator.label, periode: frozen.periode, sumberKini: now.sumber !== frozen.sumber ? now.sumber : null };
    if (differs(frozen.total, now.total)) lines.push({ ...base, kode: frozen.wilayah.kode, nama: frozen.wilayah.nama, dulu: shown(frozen.total), kini: shown(now.total) });
    const today = new Map(now.baris.map((r) => [r.kode, r.rate]));
    for (const r of frozen.baris) {
      if (today.has(r.kode) && differs(r.rate, today.get(r.kode))) lines.push({ ...base, kode: r.kode, nama: r.nama, dulu: shown(r.rate), kini: shown(today.get(r.kode)) });
    }
  }
  if (frozen.skor && now.skor) {
    const rowsNow = new Map(now.skor.baris.map((r) => [r.kode, r.nilai]));
    for (const k of frozen.skor.kolom) {
      const kNow = now.skor.kolom.find((c) => c.id === k.id);
      // Snapshots frozen before columns kept their period cannot say which period they showed: not compared.
      if (!kNow || k.periode === undefined || k.periode === null || kNow.periode !== k.periode) continue;
      for (const r of frozen.skor.baris) {
        const cells = rowsNow.get(r.kode);
        if (!cells || !(k.id in cells) || !differs(r.nilai[k.id], cells[k.id])) continue;
        lines.push({ label: k.label, kode: r.kode, nama: r.nama, periode: k.periode, dulu: shown(r.nilai[k.id]), kini: shown(cells[k.id]), sumberKini: kNow.sumber !== k.sumber ? (kNow.sumber ?? null) : null });
      }
    }
  }
  return lines;
}
