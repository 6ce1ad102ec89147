// The suggested agenda of a new meeting, in the order a Pokjanal chair would
// take it: open and overdue actions, the kelurahan whose stunting rose most,
// posyandu that dropped a stratum, posyandu below 5 kader, missing reports.
import "server-only";
import { db } from "../db/client";
import { posyanduWhere, scopeOf, type Viewer } from "../auth/scope";
import type { Rate } from "../indicators/rate";
import { formatDecimal, formatInt } from "../format";
import { measurementFor, periodLabel } from "../period";
import { strataYearFor } from "../indicators/strata-distribution";
import { getIndicatorReportWithChange } from "./indicator-compare";
import { getIndicatorReport } from "./indicators";
import { latestPeriods } from "./dashboard";
import { openActionsIn } from "./meetings";
import { dataMonthFor } from "./meeting-snapshot";

export type SuggestedItem = { title: string; kind: "PETA" | "GRAFIK" | "SKOR" | "TINDAKAN" | "LAINNYA"; indicator: string | null; areaCode: string | null; period: string | null; discussion: string | null };

const RANK: Record<string, number> = { PRATAMA: 1, MADYA: 2, PURNAMA: 3, MANDIRI: 4 };
type Change = Rate & { perubahan?: { selisihPoin: number | null; arah: string | null } };

/** Kelurahan below `kode` with their stunting change at `gizi` (kota: through each kecamatan). */
async function kelurahanChanges(viewer: Viewer, kode: string, gizi: string) {
  const depth = kode.split(".").length;
  const parents = depth === 2 ? (await getIndicatorReport(viewer, kode, { periode: gizi }, undefined, { kader: false })).anak.map((a) => a.wilayah.kode) : [kode];
  const reports = await Promise.all(parents.map((p) => getIndicatorReportWithChange(viewer, p, { periode: gizi }, undefined, { kader: false })));
  return reports.flatMap((r) => r.anak).map((a) => ({ kode: a.wilayah.kode, nama: a.wilayah.nama, rate: a.indikator.stunting as Change }));
}

export async function suggestAgenda(viewer: Viewer, areaCode: string, meetingDate: Date, today: string): Promise<SuggestedItem[]> {
  const items: SuggestedItem[] = [];
  const open = await openActionsIn(viewer, areaCode, today, meetingDate);
  if (open.length > 0) {
    const late = open.filter((a) => a.overdue).length;
    items.push({ title: `Tindak lanjut: ${formatInt(open.length)} tindakan terbuka${late ? `, ${formatInt(late)} terlambat` : ""}`, kind: "TINDAKAN", indicator: null, areaCode, period: null, discussion: null });
  }
  const latest = await latestPeriods(areaCode);
  const month = dataMonthFor(meetingDate, latest.month);
  if (!month) return items;
  const gizi = measurementFor(month, latest.measurement);
  const depth = areaCode.split(".").length;
  if (gizi && depth <= 3) {
    const worse = (await kelurahanChanges(viewer, areaCode, gizi))
      .filter((k) => k.rate.perubahan?.arah === "memburuk")
      .sort((a, b) => (b.rate.perubahan!.selisihPoin ?? 0) - (a.rate.perubahan!.selisihPoin ?? 0))
      .slice(0, 3);
    for (const k of worse) {
      items.push({ title: `Stunting naik di Kel. ${k.nama} (+${formatDecimal(k.rate.perubahan!.selisihPoin!)} poin)`, kind: "GRAFIK", indicator: "stunting", areaCode: k.kode, period: gizi, discussion: `${formatDecimal(k.rate.nilai ?? 0)}% pada ${periodLabel(gizi)} (n = ${formatInt(k.rate.n)}).` });
    }
    items.push({ title: `Peta prevalensi stunting ${periodLabel(gizi)}`, kind: "PETA", indicator: "stunting", areaCode, period: gizi, discussion: null });
  } else if (gizi) {
    items.push({ title: `Stunting per posyandu ${periodLabel(gizi)}`, kind: "GRAFIK", indicator: "stunting", areaCode, period: gizi, discussion: null });
  }
  // The strata year of the data month (strataYearFor): a running year too young to rate would show nearly every
  // posyandu "turun strata" to Pratama.
  const year = strataYearFor(month, latest.first, latest.month);
  const posyandu = await db().posyandu.findMany({
    where: { AND: [posyanduWhere(scopeOf(viewer)), depth === 2 ? { kabKotaCode: areaCode } : depth === 3 ? { kecamatanCode: areaCode } : { kelurahanCode: areaCode }, { active: true }] },
    select: { name: true, years: { where: { year: { in: [year - 1, year] } }, select: { year: true, stratum: true } }, _count: { select: { memberships: { where: { endDate: null, kader: { active: true } } } } }, reports: { where: { period: month }, select: { id: true } } },
  });
  const dropped = posyandu.filter((p) => {
    const now = p.years.find((y) => y.year === year);
    const before = p.years.find((y) => y.year === year - 1);
    return now && before && RANK[now.stratum]! < RANK[before.stratum]!;
  });
  if (dropped.length > 0) {
    items.push({ title: `${formatInt(dropped.length)} posyandu turun strata ${year - 1} → ${year}`, kind: "SKOR", indicator: "purnama_mandiri", areaCode, period: month, discussion: dropped.slice(0, 8).map((p) => p.name).join(", ") + (dropped.length > 8 ? ", …" : "") });
  }
  const fewKader = posyandu.filter((p) => p._count.memberships < 5).length;
  if (fewKader > 0) items.push({ title: `${formatInt(fewKader)} posyandu dengan kader aktif kurang dari 5`, kind: "PETA", indicator: "posyandu_kader_cukup", areaCode, period: month, discussion: null });
  const missing = posyandu.filter((p) => p.reports.length === 0).length;
  if (missing > 0) items.push({ title: `Laporan ${periodLabel(month)} belum masuk dari ${formatInt(missing)} posyandu`, kind: "PETA", indicator: "kelengkapan_laporan", areaCode, period: month, discussion: null });
  return items;
}
