// Builds the frozen figures of one agenda item from the indicator engine (the
// same calls the live pages make), plus the kelurahan narrative facts.
import "server-only";
import { db } from "../db/client";
import type { Viewer } from "../auth/scope";
import { indicatorDef } from "../indicators/catalogue";
import type { Rate } from "../indicators/rate";
import { SOURCE_LABEL } from "../indicators/nutrition-sources";
import { addMonths, measurementFor, periodLabel } from "../period";
import { formatDate } from "../format";
import { EMPTY_SNAPSHOT, rateLite, type ActionLite, type Snapshot } from "../meetings/snapshot";
import { narrativeSentences, type NarrativeFacts } from "../meetings/narrative";
import { getIndicatorReportWithChange } from "./indicator-compare";
import { getIndicatorReport, type When } from "./indicators";
import { getScorecard } from "./scorecard";
import { latestPeriods } from "./dashboard";
import { openActionsIn } from "./meetings";
import { getPosyanduStatus } from "./kelurahan";

export type AgendaRef = { kind: string; indicator: string | null; areaCode: string | null; period: string | null };

/** `YYYY` → the year, `YYYY-MM` → the month. */
export function whenOf(period: string): When {
  return /^\d{4}$/.test(period) ? { tahun: Number(period) } : { periode: period };
}

/** Open actions of the meeting's area as they stood before the meeting. */
export async function actionsLite(viewer: Viewer, areaCode: string, before: Date, today: string): Promise<ActionLite[]> {
  const rows = await openActionsIn(viewer, areaCode, today, before);
  return rows.map((a) => ({ id: a.id, teks: a.text, pemilik: a.ownerSector, nama: a.ownerName, jatuhTempo: a.dueDate.toISOString().slice(0, 10), status: a.status, terlambat: a.overdue, rapat: a.meeting.title }));
}

/** The figures an agenda item shows, computed now. */
export async function buildSnapshot(viewer: Viewer, item: AgendaRef, meeting: { areaCode: string; date: Date }, now: Date, today: string): Promise<Snapshot> {
  const snap = EMPTY_SNAPSHOT(now.toISOString());
  if (item.kind === "TINDAKAN") return { ...snap, tindakan: await actionsLite(viewer, meeting.areaCode, meeting.date, today) };
  const area = item.areaCode ?? meeting.areaCode;
  if (item.kind === "SKOR") {
    const sc = await getScorecard(viewer, area, item.period && /^\d{4}-\d{2}$/.test(item.period) ? item.period : undefined);
    if (!sc) return snap;
    return {
      ...snap,
      wilayah: { kode: sc.wilayah.kode, nama: sc.wilayah.nama },
      periode: sc.periode.bulan,
      sumber: [...new Set(sc.columns.map((c) => c.sumber))].join("; "),
      skor: {
        kolom: sc.columns.map((c) => ({ id: c.id, label: c.label, polaritas: c.polaritas, periode: c.periode, sumber: c.sumber })),
        baris: [...sc.rows, sc.total].map((r) => ({ kode: r.kode, nama: r.nama, nilai: Object.fromEntries(Object.entries(r.cells).map(([k, v]) => [k, rateLite(v)])) })),
      },
    };
  }
  const def = item.indicator ? indicatorDef(item.indicator) : undefined;
  if (!def || !item.period) return snap;
  const report = await getIndicatorReportWithChange(viewer, area, whenOf(item.period));
  const pick = (x: { indikator: Record<string, object> }) => (x.indikator[def.id] as (Rate & { target?: { nilai: number } | null }) | undefined) ?? null;
  const total = pick(report);
  return {
    ...snap,
    indikator: { id: def.id, label: def.label, polaritas: def.polaritas },
    wilayah: { kode: report.wilayah.kode, nama: report.wilayah.nama },
    periode: item.period,
    // The nutrition source (e-PPGBM, survey…) only describes nutrition indicators.
    sumber: def.periode === "penimbangan" && report.sumber_gizi ? (SOURCE_LABEL[report.sumber_gizi] ?? report.sumber_gizi) : def.sumber,
    total: rateLite(total),
    target: total?.target?.nilai ?? null,
    baris: report.anak.map((a) => ({ kode: a.wilayah.kode, nama: a.wilayah.nama, rate: rateLite(pick(a)) })),
  };
}

/** The month a meeting looks at: the one before the meeting, but not past the latest data. */
export function dataMonthFor(meetingDate: Date, latestMonth: string | null): string | null {
  const before = addMonths(meetingDate.toISOString().slice(0, 7), -1);
  return latestMonth && latestMonth < before ? latestMonth : latestMonth ? before : null;
}

/** Facts for the paragraph about one kelurahan, compared with the previous meeting's stunting figure when there is one. */
/** Stunting figures frozen in the previous meeting, by area code, with the source label of their agenda item. */
export type PreviousStunting = Map<string, { rate: ReturnType<typeof rateLite>; sumber: string | null }>;

export async function narrativeFacts(viewer: Viewer, kelurahan: { kode: string; nama: string }, meetingDate: Date, previous: { date: Date; stunting: PreviousStunting } | null): Promise<NarrativeFacts | null> {
  const latest = await latestPeriods(kelurahan.kode);
  const month = dataMonthFor(meetingDate, latest.month);
  if (!month) return null;
  const gizi = measurementFor(month, latest.measurement);
  const [status, now] = await Promise.all([
    getPosyanduStatus(viewer, kelurahan.kode, month, gizi),
    gizi ? getIndicatorReport(viewer, kelurahan.kode, { periode: gizi }, undefined, { kader: false }) : null,
  ]);
  // The comparison point in the same source as now (one figure, one source): the previous meeting's figure when it
  // was of that source, else the previous Feb/Aug read in that source.
  const label = now?.sumber_gizi ? (SOURCE_LABEL[now.sumber_gizi] ?? now.sumber_gizi) : null;
  const frozen = previous?.stunting.get(kelurahan.kode);
  const fromMeeting = frozen && frozen.sumber === label ? frozen.rate : undefined;
  const [before, reported] = await Promise.all([
    gizi && !fromMeeting ? getIndicatorReport(viewer, kelurahan.kode, { periode: addMonths(gizi, -6) }, undefined, { kader: false, sumberGizi: now?.sumber_gizi ?? null }) : null,
    db().monthlyReport.count({ where: { period: month, posyandu: { kelurahanCode: kelurahan.kode, active: true } } }),
  ]);
  const pratama = status.filter((s) => s.strata?.strata === "PRATAMA");
  return {
    nama: kelurahan.nama,
    stunting: {
      kini: rateLite(now?.indikator.stunting as Rate | undefined),
      dulu: fromMeeting ?? rateLite(before?.indikator.stunting as Rate | undefined),
      sejak: fromMeeting ? `rapat ${formatDate(previous!.date)}` : gizi ? periodLabel(addMonths(gizi, -6)) : null,
      periode: gizi ? periodLabel(gizi) : null,
    },
    posyandu: status.length,
    pratama: {
      jumlah: pratama.length,
      karenaKader: pratama.filter((s) => s.strata!.kurang.some((k) => k.includes("kader"))).length,
      karenaBuka: pratama.filter((s) => s.strata!.kurang.some((k) => k.includes("buka"))).length,
    },
    kaderKurang: status.filter((s) => s.kader < 5).length,
    laporan: { bulan: periodLabel(month), belum: Math.max(0, status.length - reported) },
  };
}

/** The narrative paragraph of a kelurahan as stored in the snapshot. */
export async function narrativeOf(viewer: Viewer, kelurahan: { kode: string; nama: string }, meetingDate: Date, previous: Parameters<typeof narrativeFacts>[3]) {
  const facts = await narrativeFacts(viewer, kelurahan, meetingDate, previous);
  return facts ? { kode: kelurahan.kode, nama: kelurahan.nama, kalimat: narrativeSentences(facts) } : null;
}
