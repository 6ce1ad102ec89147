// Adds to a report, per indicator: the change against the previous comparable
// period (previous month; previous Feb/Aug for nutrition; previous year; the
// 12 months before) and the target of that year (area override, else national).
import type { Db } from "../db/client";
import { db as defaultDb } from "../db/client";
import type { Viewer } from "../auth/scope";
import { addMonths, isMeasurementMonth, yearOf } from "../period";
import { change, meetsTarget } from "../indicators/change";
import { INDICATORS } from "../indicators/catalogue";
import type { Rate } from "../indicators/rate";
import { cachedByScope } from "./cache";
import { getIndicatorReport, type AreaIndicators, type IndicatorReport, type ReportOptions, type When } from "./indicators";
import { targetCodeOf } from "./indicator-root";
import { latestPeriodsOf } from "./latest-periods";
import { rate } from "../indicators/rate";
import { yearRated } from "../indicators/strata-distribution";

const NUTRITION = new Set(["stunting", "stunting_berat", "wasting", "underweight"]);
// Counted over the posyandu that sent a report: in a month nobody in the area reported (before its data begins, or
// not entered yet) they are unknown, not 0 %, and "▲ 91,6 poin sejak Oktober 2023" against such a month misleads.
const COUNTED_FROM_REPORTS = new Set(["kelengkapan_laporan", "posyandu_buka"]);
// Rated per year from the months a posyandu opened: a year the area's data does not cover from January, or a running
// year with fewer than 8 months, is unknown (yearRated), neither a value nor the base of a change.
const STRATA = new Set(["purnama_mandiri", "posyandu_aktif"]);

function previousOf(when: When, nutrition: boolean): When | null {
  if ("tahun" in when) return { tahun: when.tahun - 1 };
  if ("rolling" in when) return { rolling: addMonths(when.rolling, -12) };
  if (nutrition) return isMeasurementMonth(when.periode) ? { periode: addMonths(when.periode, -6) } : null;
  return { periode: addMonths(when.periode, -1) };
}

const yearOfWhen = (when: When) => ("tahun" in when ? when.tahun : yearOf("rolling" in when ? when.rolling : when.periode));

/** Targets of `year` for these areas: the most specific area override wins, else the national value. */
export async function targetFinder(client: Db, year: number, codes: string[]) {
  const ancestors = new Set(codes.flatMap((c) => c.split(".").map((_, i, parts) => parts.slice(0, i + 1).join("."))));
  const targets = await client.indicatorTarget.findMany({ where: { year, OR: [{ areaCode: null }, { areaCode: { in: [...ancestors] } }] } });
  return (indicator: string, code: string) =>
    targets
      .filter((t) => t.indicator === indicator && (t.areaCode === null || code === t.areaCode || code.startsWith(`${t.areaCode}.`)))
      .sort((x, y) => (y.areaCode?.length ?? 0) - (x.areaCode?.length ?? 0))[0];
}

/** The report of `kode` with `perubahan` and `target` on every catalogued indicator. */
export async function getIndicatorReportWithChange(viewer: Viewer, kode: string, when: When, client?: Db, opts: ReportOptions = {}): Promise<IndicatorReport> {
  // Inside a transaction (a given client) the figures must be the transaction's own: never cached.
  return client ? reportWithChange(viewer, kode, when, client, opts) : cachedReportWithChange(viewer, kode, when, opts);
}

const cachedReportWithChange = cachedByScope("indikator", (viewer: Viewer, kode: string, when: When, opts: ReportOptions) => reportWithChange(viewer, kode, when, defaultDb(), opts));

async function reportWithChange(viewer: Viewer, kode: string, when: When, client: Db, opts: ReportOptions): Promise<IndicatorReport> {
  const prevMonthly = previousOf(when, false);
  const prevNutrition = previousOf(when, true);
  // The three reports do not depend on each other: together, so PostgreSQL's round trips overlap.
  const [report, a, first, covers] = await Promise.all([
    getIndicatorReport(viewer, kode, when, client, opts),
    prevMonthly ? getIndicatorReport(viewer, kode, prevMonthly, client, opts) : null,
    prevNutrition && "periode" in when ? getIndicatorReport(viewer, kode, prevNutrition, client, opts) : null,
    // The root's first month stands for its children's (theirs can only be later: then they are rated as covered).
    "tahun" in when ? latestPeriodsOf(viewer, kode).then((l) => (y: number) => yearRated(y, l.first, l.month)) : null,
  ]);
  // A nutrition change compares one source with itself: the previous period read in the current period's source
  // (a manual recap's 25 % against e-PPGBM's 8 % six months before is not a rise of 17 points). Read again only
  // when the previous period's own choice differs, which it rarely does.
  const b = first && prevNutrition && first.sumber_gizi !== report.sumber_gizi ? await getIndicatorReport(viewer, kode, prevNutrition, client, { ...opts, sumberGizi: report.sumber_gizi }) : first;
  const childCodes = report.anak.map((x) => x.wilayah.kode);
  const targetFor = await targetFinder(client, yearOfWhen(when), [report, ...report.anak].map((x) => x.wilayah.kode));
  const decorate = (area: AreaIndicators, prevA: AreaIndicators | undefined, prevB: AreaIndicators | undefined) => {
    for (const def of INDICATORS) {
      if (covers && "tahun" in when && STRATA.has(def.id) && !covers(when.tahun) && area.indikator[def.id]) area.indikator[def.id] = rate(0, 0);
      const current = area.indikator[def.id] as (Rate & Record<string, unknown>) | undefined;
      if (!current || !("pembilang" in current)) continue;
      const nobodyReported = (COUNTED_FROM_REPORTS.has(def.id) && ((prevA?.indikator.kelengkapan_laporan as Rate | undefined)?.pembilang ?? 0) === 0) ||
        (covers !== null && "tahun" in when && STRATA.has(def.id) && !covers(when.tahun - 1));
      const prev = nobodyReported ? undefined : ((NUTRITION.has(def.id) ? prevB : prevA)?.indikator[def.id] as Rate | undefined);
      const prevPeriod = nobodyReported ? null : ((NUTRITION.has(def.id) ? prevB : prevA)?.periode ?? null);
      current.perubahan = { dari: prevPeriod, ...change(current, prev, def.polaritas) };
      const t = targetFor(def.id, targetCodeOf(area.wilayah.kode, childCodes));
      current.target = t ? { nilai: t.value, sumber: t.source, wilayah: t.areaCode, tercapai: meetsTarget(current.nilai, t.value, def.polaritas) } : null;
    }
  };
  const find = (r: IndicatorReport | null, code: string) => (r ? [r, ...r.anak].find((x) => x.wilayah.kode === code) : undefined);
  for (const area of [report, ...report.anak]) decorate(area, find(a, area.wilayah.kode), find(b, area.wilayah.kode));
  return report;
}
