// The scorecard (skor) of an area: one row per child area, the key indicators
// as columns, each with its value, n, change and target. All from the engine.
import "server-only";
import type { Viewer } from "../auth/scope";
import type { Rate } from "../indicators/rate";
import { indicatorDef } from "../indicators/catalogue";
import { SOURCE_LABEL } from "../indicators/nutrition-sources";
import { getIndicatorReportWithChange } from "./indicator-compare";
import { latestPeriodsOf } from "./dashboard";
import { measurementFor } from "../period";
import { strataYearFor, strataYearLabel } from "../indicators/strata-distribution";
import { cachedByScope } from "./cache";

export const SCORE_COLUMNS = [
  { id: "stunting", kind: "gizi" },
  { id: "d_s", kind: "bulan" },
  { id: "kelengkapan_laporan", kind: "bulan" },
  { id: "posyandu_kader_cukup", kind: "bulan" },
  { id: "purnama_mandiri", kind: "tahun" },
  { id: "posyandu_aktif", kind: "tahun" },
] as const;

export type ScoreCell = Rate & { perubahan?: { dari: string | null; selisihPoin: number | null; arah: string | null }; target?: { nilai: number; tercapai: boolean | null } | null };
export type ScoreRow = { kode: string; nama: string; cells: Record<string, ScoreCell | null> };

/**
 * The period and source of a column's figures, for its hover texts and a meeting's frozen copy: nutrition is read in
 * one source (e-PPGBM or a manual recap) at the latest Feb/Aug, strata per year, the rest at the month; ≥ 5 kader
 * comes from the kader data, not from the monthly report (the catalogue's source, as on the KPI cards).
 */
function columnContext(c: (typeof SCORE_COLUMNS)[number], periode: { bulan: string; gizi: string | null; tahun: number }, sumberGizi: string | null) {
  if (c.kind === "gizi") return { periode: periode.gizi, sumber: SOURCE_LABEL[sumberGizi ?? ""] ?? "data gizi" };
  return { periode: c.kind === "tahun" ? String(periode.tahun) : periode.bulan, sumber: indicatorDef(c.id)!.sumber };
}

/** Rows = child areas of `kode` (or the kelurahan of the viewer's wilayah kerja: WILAYAH_KERJA); periods: the month asked (default latest), its latest Feb/Aug, its year. */
async function getScorecardUncached(viewer: Viewer, kode: string, month?: string) {
  const latest = await latestPeriodsOf(viewer, kode);
  const bulan = month ?? latest.shown;
  if (!bulan) return null;
  const measurement = measurementFor(bulan, latest.measurement);
  // The month's year, or the year before while that one is too young to rate (as the ringkasan).
  const tahun = strataYearFor(bulan, latest.first, latest.month);
  const tahunLabel = strataYearLabel(tahun, latest.month);
  const [m, g, y] = await Promise.all([
    getIndicatorReportWithChange(viewer, kode, { periode: bulan }),
    measurement ? getIndicatorReportWithChange(viewer, kode, { periode: measurement }, undefined, { kader: false }) : null,
    getIndicatorReportWithChange(viewer, kode, { tahun }, undefined, { kader: false }),
  ]);
  const source = { bulan: m, gizi: g, tahun: y };
  const rowOf = (code: string, nama: string, pickArea: (r: typeof m) => typeof m | undefined): ScoreRow => ({
    kode: code,
    nama,
    cells: Object.fromEntries(SCORE_COLUMNS.map((c) => {
      const report = source[c.kind];
      const area = report ? pickArea(report) : undefined;
      return [c.id, (area?.indikator[c.id] as ScoreCell | undefined) ?? null];
    })),
  });
  return {
    wilayah: m.wilayah,
    periode: { bulan, gizi: measurement, tahun, tahunLabel },
    sumberGizi: g?.sumber_gizi ?? null,
    columns: SCORE_COLUMNS.map((c) => ({ id: c.id, label: indicatorDef(c.id)!.label, polaritas: indicatorDef(c.id)!.polaritas, kind: c.kind, ...columnContext(c, { bulan, gizi: measurement, tahun }, g?.sumber_gizi ?? null) })),
    total: rowOf(m.wilayah.kode, m.wilayah.nama, (r) => r),
    rows: m.anak.map((a) => rowOf(a.wilayah.kode, a.wilayah.nama, (r) => r.anak.find((x) => x.wilayah.kode === a.wilayah.kode) as typeof m | undefined)),
  };
}

/** Cached per data version and scope (lib/queries/cache.ts). */
export const getScorecard = cachedByScope("scorecard", getScorecardUncached);
