import { beforeAll, describe, expect, it } from "vitest";
import { generateDemo, DEFAULT_DEMO_OPTIONS, type DemoDataset } from "@/lib/demo/generate";
import { readOfficialAreas } from "@/lib/wilayah/idn-area";
import { computeStrata } from "@/lib/indicators/strata";
import { STRATA_2011 } from "@/lib/reference/seed";
import { yearOf } from "@/lib/period";
import { generateMeetings } from "@/lib/demo/generate-meetings";
import { demoEnteredAt } from "@/lib/demo/entered-at";
import { sortKelurahan } from "@/lib/demo/generate";

const kelurahan = readOfficialAreas("18.72")
  .filter((a) => a.level === "KELURAHAN")
  .map((a) => ({ code: a.code, name: a.name, kecamatanCode: a.parentCode!, kabKotaCode: "18.72" }));

describe("demo dataset", () => {
  let data: DemoDataset;
  beforeAll(() => {
    data = generateDemo(kelurahan);
  });

  it("is identical for the same seed and different for another seed", () => {
    expect(generateDemo(kelurahan)).toEqual(data);
    const other = generateDemo(kelurahan, { ...DEFAULT_DEMO_OPTIONS, seed: 7 });
    expect(other.reports).not.toEqual(data.reports);
  });

  it("has 4–12 posyandu per kelurahan and 3–9 active kader per posyandu, some below 5", () => {
    for (const k of kelurahan) {
      const n = data.posyandu.filter((p) => p.kelurahanCode === k.code).length;
      expect(n).toBeGreaterThanOrEqual(4);
      expect(n).toBeLessThanOrEqual(12);
    }
    const perPosyandu = data.posyandu.map((p) => data.kader.filter((k) => k.active && k.posyanduCode === p.code).length);
    expect(Math.min(...perPosyandu)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...perPosyandu)).toBeLessThanOrEqual(9);
    expect(perPosyandu.filter((n) => n < 5).length).toBeGreaterThan(0);
    expect(new Set(data.posyandu.map((p) => p.code)).size).toBe(data.posyandu.length);
  });

  it("never dates a kader's start after the data or a training before the start", () => {
    for (const k of data.kader) {
      expect(k.startDate <= "2026-10-31").toBe(true);
      if (k.endDate) expect(k.endDate >= k.startDate).toBe(true);
      for (const t of k.trainings) expect(t.date >= k.startDate && t.date <= "2026-10-31").toBe(true);
    }
  });

  it("covers 36 months ending at the fixed last month, with a few missing months and a few D > S rows", () => {
    expect(data.periods).toHaveLength(36);
    expect(data.periods.at(-1)).toBe("2026-10");
    const expected = data.posyandu.length * 36;
    expect(data.reports.length).toBeLessThan(expected);
    expect(data.reports.length).toBeGreaterThan(expected * 0.85);
    const implausible = data.reports.filter((r) => r.d > r.s);
    expect(implausible.length).toBeGreaterThan(0);
    expect(implausible.every((r) => r.qualityFlags === "D_GT_S")).toBe(true);
  });

  it("has Feb/Aug nutrition whose stunting differs clearly between kelurahan (≈5–30%) and falls over time", () => {
    expect([...new Set(data.nutrition.map((n) => n.period.slice(5)))].sort()).toEqual(["02", "08"]);
    const prevalence = (period: string, kel: string) => {
      const rows = data.nutrition.filter((n) => n.period === period && data.posyandu.find((p) => p.code === n.posyanduCode)?.kelurahanCode === kel);
      const num = rows.reduce((s, n) => s + n.sangatPendek + n.pendek, 0);
      const den = rows.reduce((s, n) => s + n.diukurTb, 0);
      return (100 * num) / den;
    };
    const first = kelurahan.map((k) => prevalence("2024-02", k.code));
    expect(Math.min(...first)).toBeLessThan(10);
    expect(Math.max(...first)).toBeGreaterThan(24);
    const last = kelurahan.map((k) => prevalence("2026-08", k.code));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(last)).toBeLessThan(mean(first));
    for (const n of data.nutrition) {
      expect(n.sangatPendek + n.pendek).toBeLessThanOrEqual(n.diukurTb);
      expect(n.giziBuruk + n.giziKurang).toBeLessThanOrEqual(n.diukurBbTb);
      expect(n.bbSangatKurang + n.bbKurang).toBeLessThanOrEqual(n.diukurBb);
    }
  });

  it("produces all four strata in the latest year", () => {
    const year = 2026;
    const counts: Record<string, number> = {};
    for (const p of data.posyandu) {
      const months = data.reports.filter((r) => r.posyanduCode === p.code && yearOf(r.period) === year);
      const profile = data.profiles.find((x) => x.posyanduCode === p.code && x.year === year) ?? null;
      const s = computeStrata(months, profile, STRATA_2011).stratum;
      counts[s] = (counts[s] ?? 0) + 1;
      expect(s).toBe(p.target);
    }
    expect(Object.keys(counts).sort()).toEqual(["MADYA", "MANDIRI", "PRATAMA", "PURNAMA"]);
  });

  it("records two past meetings with open and closed actions", () => {
    expect(data.meetings).toHaveLength(2);
    const statuses = new Set(data.meetings.flatMap((m) => m.actions.map((a) => a.status)));
    expect(statuses).toEqual(new Set(["BELUM", "PROSES", "SELESAI", "BATAL"]));
    expect(data.meetings.every((m) => m.date < "2026-11-01")).toBe(true);
  });

  it("dates each demo meeting after the data it reviews was entered, and its actions after the meeting", () => {
    for (const m of data.meetings) {
      const held = new Date(`${m.date}T00:00:00Z`);
      for (const a of m.agenda.filter((x) => x.period)) {
        // A year's figures need its December; a month's are entered in the month after.
        const last = /^\d{4}$/.test(a.period!) ? `${a.period}-12` : a.period!;
        expect(demoEnteredAt(last).getTime(), `${m.title}: ${a.title}`).toBeLessThan(held.getTime());
      }
      for (const a of m.actions) {
        expect(a.dueDate > m.date, `${m.title}: ${a.text}`).toBe(true);
        for (const p of a.progress) expect(p.date > m.date, `${m.title}: ${p.note}`).toBe(true);
      }
    }
  });

  it("names the areas of the meetings by their level: Kota Metro's kelurahan, a kabupaten's desa", () => {
    const metro = JSON.stringify(data.meetings);
    expect(data.meetings[0]!.title).toBe("Rapat Rutin Pokjanal Posyandu Kota Semester I");
    expect(metro).toContain("SK Lurah di Kelurahan ");
    expect(metro).not.toMatch(/Desa|Kabupaten/);
    // The provinsi bench dataset: every desa/kelurahan of East Java; the meetings are its first kabupaten's.
    const jatim = sortKelurahan(readOfficialAreas("35").filter((a) => a.level === "DESA" || a.level === "KELURAHAN")
      .map((a) => ({ code: a.code, name: a.name, kecamatanCode: a.parentCode!, kabKotaCode: a.code.slice(0, 5) })));
    const [kab, kec] = generateMeetings(jatim, "2026-10");
    expect(kab).toMatchObject({ level: "KOTA", areaCode: "35.01", place: "Aula Bappeda Kabupaten", title: "Rapat Rutin Pokjanal Posyandu Kabupaten Semester I" });
    expect(kec!.areaCode).toBe("35.01.01");
    const text = JSON.stringify([kab, kec]);
    expect(text).toContain("SK Kepala Desa di Desa ");
    expect(text).toContain("Prevalensi stunting per desa (Agustus)");
    expect(text).not.toMatch(/Kota|Lurah |Kelurahan/);
    // Every area named or linked lies in that kabupaten.
    const codes = [kab, kec].flatMap((m) => [m!.areaCode, ...m!.agenda.map((a) => a.areaCode), ...m!.actions.map((a) => a.areaCode)]).filter((c) => c !== null);
    expect(codes.every((c) => c.startsWith("35.01"))).toBe(true);
  });
});
