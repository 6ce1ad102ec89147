// The frozen figures of an agenda item: what the room saw when the meeting was
// locked. Stored as JSON in AgendaItem.snapshot and validated on every read, so
// a corrupted or older snapshot shows an error instead of wrong numbers.
import { z } from "../validations/z";
import type { LeftOut } from "../indicators/nutrition-sources";

export const rateLiteSchema = z.object({
  nilai: z.number().nullable(),
  pembilang: z.number(),
  penyebut: z.number(),
  n: z.number(),
  n_kecil: z.boolean(),
  // Nutrition only: another source's measurements the figure leaves out (one figure, one source). Optional, so
  // snapshots frozen before it was kept still read.
  sumber_lain: z.array(z.object({ sumber: z.string(), n: z.number() })).optional(),
  // N/D only: reports that left O or B blank, so part of the denominator is plain D (docs/indicators.md). Optional,
  // like sumber_lain, and kept only when there are such reports.
  laporan_tanpa_ob: z.number().optional(),
});
export type RateLite = z.infer<typeof rateLiteSchema>;

const rowSchema = z.object({ kode: z.string(), nama: z.string(), rate: rateLiteSchema.nullable() });

export const actionLiteSchema = z.object({
  id: z.number(),
  teks: z.string(),
  pemilik: z.string(),
  nama: z.string().nullable(),
  jatuhTempo: z.string(),
  status: z.string(),
  terlambat: z.boolean(),
  rapat: z.string(),
});
export type ActionLite = z.infer<typeof actionLiteSchema>;

export const narrativeSchema = z.object({ kode: z.string(), nama: z.string(), kalimat: z.array(z.string()) });
export type Narrative = z.infer<typeof narrativeSchema>;

export const snapshotSchema = z.object({
  versi: z.literal(1),
  diambil: z.string(),
  indikator: z.object({ id: z.string(), label: z.string(), polaritas: z.enum(["naik-baik", "turun-baik"]) }).nullable(),
  wilayah: z.object({ kode: z.string(), nama: z.string() }).nullable(),
  periode: z.string().nullable(),
  sumber: z.string().nullable(),
  total: rateLiteSchema.nullable(),
  target: z.number().nullable(),
  baris: z.array(rowSchema),
  skor: z.object({
    // Each column's own period and source (stunting at the latest Feb/Aug in e-PPGBM, strata per year). Optional:
    // snapshots frozen before they were kept still read, under the meeting month and the joint source line.
    kolom: z.array(z.object({ id: z.string(), label: z.string(), polaritas: z.enum(["naik-baik", "turun-baik"]), periode: z.string().nullable().optional(), sumber: z.string().optional() })),
    baris: z.array(z.object({ kode: z.string(), nama: z.string(), nilai: z.record(z.string(), rateLiteSchema.nullable()) })),
  }).nullable(),
  tindakan: z.array(actionLiteSchema),
  narasi: z.array(narrativeSchema),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

/** A Rate (or anything rate-shaped) reduced to what a snapshot keeps. */
export function rateLite(r: { nilai: number | null; pembilang: number; penyebut: number; n: number; n_kecil?: boolean; sumber_lain?: LeftOut[]; laporan_tanpa_ob?: number } | null | undefined): RateLite | null {
  if (!r) return null;
  const lite: RateLite = { nilai: r.nilai, pembilang: r.pembilang, penyebut: r.penyebut, n: r.n, n_kecil: r.n_kecil ?? false };
  if (r.sumber_lain?.length) lite.sumber_lain = r.sumber_lain.map((l) => ({ sumber: l.sumber, n: l.n }));
  if (r.laporan_tanpa_ob) lite.laporan_tanpa_ob = r.laporan_tanpa_ob;
  return lite;
}

/** Parses a stored snapshot; null when missing or unreadable (the page then says so). */
export function readSnapshot(json: string | null): Snapshot | null {
  if (!json) return null;
  try {
    const parsed = snapshotSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const EMPTY_SNAPSHOT = (diambil: string): Snapshot => ({
  versi: 1, diambil, indikator: null, wilayah: null, periode: null, sumber: null, total: null, target: null, baris: [], skor: null, tindakan: [], narasi: [],
});
