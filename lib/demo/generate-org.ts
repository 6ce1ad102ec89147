// Synthetic organisation for the demo: puskesmas with wilayah kerja,
// posyandu per kelurahan and their kader. Pure: areas + seed in, records out.
import type { Rng } from "./prng";
import { FEMALE_FIRST, FEMALE_LAST, MALE_NAMES, POSYANDU_NAMES } from "./names";
import { addMonths, yearOf } from "../period";

/** Whole months from period a to period b. */
const monthsBetween = (a: string, b: string) => (yearOf(b) - yearOf(a)) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));

export type DemoKelurahan = { code: string; name: string; kecamatanCode: string; kabKotaCode: string };

export type Maturity = "PRATAMA" | "MADYA" | "PURNAMA" | "MANDIRI";

export type DemoPuskesmas = { name: string; kelurahan: string[] };

export type DemoPosyandu = {
  code: string;
  name: string;
  kelurahanCode: string;
  kecamatanCode: string;
  kabKotaCode: string;
  puskesmasName: string;
  rw: string;
  address: string;
  ilp: boolean;
  /** The stratum the synthetic figures of the latest year are built to reach. */
  target: Maturity;
  /** Why a Pratama posyandu is Pratama: too few kader or too few opening months. */
  pratamaCause: "KADER" | "FREKUENSI" | null;
  balita: number;
};

export type DemoKader = {
  code: string;
  name: string;
  gender: "L" | "P";
  birthYear: number;
  posyanduCode: string;
  startDate: string;
  endDate: string | null;
  active: boolean;
  level: "PURWA" | "MADYA" | "UTAMA" | null;
  trainings: { type: "DASAR" | "PENYEGARAN" | "ORIENTASI_ILP" | "ANTROPOMETRI" | "PENCATATAN"; date: string }[];
};

const MATURITY_MIX: Maturity[] = ["PRATAMA", "PRATAMA", "MADYA", "MADYA", "MADYA", "PURNAMA", "PURNAMA", "PURNAMA", "MANDIRI", "MANDIRI"];

/** One puskesmas per two kelurahan in code order; groups may straddle kecamatan, as real wilayah kerja do. */
export function generatePuskesmas(kelurahan: DemoKelurahan[]): DemoPuskesmas[] {
  const out: DemoPuskesmas[] = [];
  for (let i = 0; i < kelurahan.length; i += 2) {
    const group = kelurahan.slice(i, kelurahan.length - i === 3 ? i + 3 : i + 2);
    if (group.length === 0) break;
    out.push({ name: `Puskesmas ${group[0]!.name}`, kelurahan: group.map((k) => k.code) });
    if (group.length === 3) break;
  }
  return out;
}

/** 4–12 posyandu per kelurahan (larger scales pass their own range). */
export function generatePosyandu(rng: Rng, kelurahan: DemoKelurahan[], puskesmas: DemoPuskesmas[], perKelurahan: [number, number]): DemoPosyandu[] {
  const puskesmasOf = new Map<string, string>();
  for (const p of puskesmas) for (const k of p.kelurahan) puskesmasOf.set(k, p.name);
  const out: DemoPosyandu[] = [];
  for (const kel of kelurahan) {
    const r = rng.fork(kel.code);
    const count = r.int(perKelurahan[0], perKelurahan[1]);
    const rwNumbers = r.shuffle(Array.from({ length: 15 }, (_, i) => i + 1)).slice(0, count).sort((a, b) => a - b);
    for (let j = 0; j < count; j++) {
      const flower = POSYANDU_NAMES[(j + r.int(0, POSYANDU_NAMES.length - 1)) % POSYANDU_NAMES.length]!;
      const rw = String(rwNumbers[j] ?? j + 1).padStart(2, "0");
      const target = r.pick(MATURITY_MIX);
      out.push({
        code: `P${kel.code.replaceAll(".", "")}${String(j + 1).padStart(2, "0")}`,
        name: `${flower} ${rwNumbers[j] ?? j + 1}`,
        kelurahanCode: kel.code,
        kecamatanCode: kel.kecamatanCode,
        kabKotaCode: kel.kabKotaCode,
        puskesmasName: puskesmasOf.get(kel.code) ?? "",
        rw: `RW ${rw}`,
        address: `Balai RW ${rw}, Kel. ${kel.name}`,
        ilp: r.chance(0.35),
        target,
        pratamaCause: target === "PRATAMA" ? (r.chance(0.6) ? "KADER" : "FREKUENSI") : null,
        balita: r.int(40, 130),
      });
    }
  }
  return out;
}

function personName(r: Rng, gender: "L" | "P"): string {
  return gender === "L" ? r.pick(MALE_NAMES) : `${r.pick(FEMALE_FIRST)} ${r.pick(FEMALE_LAST)}`;
}

/**
 * Kader per posyandu: 3–4 where the posyandu is short of kader, else `full`
 * (5–9 by default); a few former kader. Codes continue from `serialStart`.
 */
export function generateKader(rng: Rng, posyandu: DemoPosyandu[], endPeriod: string, serialStart = 0, full: [number, number] = [5, 9]): DemoKader[] {
  const endYear = yearOf(endPeriod);
  const out: DemoKader[] = [];
  let serial = serialStart;
  for (const p of posyandu) {
    const r = rng.fork(p.code);
    const active = p.pratamaCause === "KADER" ? r.int(3, 4) : r.int(full[0], full[1]);
    const former = r.chance(0.15) ? 1 : 0;
    for (let i = 0; i < active + former; i++) {
      serial++;
      const gender: "L" | "P" = r.chance(0.05) ? "L" : "P";
      // Start no later than the last data month; trainings never before the start.
      const start = addMonths(endPeriod, -r.int(0, 120));
      const isFormer = i >= active;
      const after = (p0: string, maxMonths: number) => {
        const months = Math.max(0, Math.min(maxMonths, monthsBetween(p0, endPeriod)));
        return addMonths(p0, r.int(0, months));
      };
      const trainings: DemoKader["trainings"] = [];
      if (r.chance(0.45)) trainings.push({ type: "DASAR", date: `${after(start, 6)}-15` });
      if (trainings.length > 0 && r.chance(0.4)) trainings.push({ type: "PENYEGARAN", date: `${after(trainings[0]!.date.slice(0, 7), 30)}-10` });
      if (p.ilp && r.chance(0.5)) trainings.push({ type: "ORIENTASI_ILP", date: `${after(start > `${endYear - 1}-09` ? start : `${endYear - 1}-09`, 0)}-20` });
      if (r.chance(0.2)) trainings.push({ type: "ANTROPOMETRI", date: `${after(start, 24)}-25` });
      const levelDraw = r.next();
      out.push({
        code: `K${String(serial).padStart(5, "0")}`,
        name: personName(r, gender),
        gender,
        birthYear: r.int(1965, 2001),
        posyanduCode: p.code,
        startDate: `${start}-01`,
        endDate: isFormer ? `${start > `${endYear - 1}-12` ? start : `${endYear - 1}-12`}-28` : null,
        active: !isFormer,
        level: trainings.some((t) => t.type === "DASAR") ? (levelDraw < 0.55 ? "PURWA" : levelDraw < 0.85 ? "MADYA" : "UTAMA") : null,
        trainings,
      });
    }
  }
  return out;
}
