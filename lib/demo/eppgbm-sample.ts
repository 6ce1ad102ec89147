// A synthetic e-PPGBM export (the real header, names only for places) for the
// demo posyandu: for trying the importer and measuring it. Children are
// invented; NIKs use a 99 prefix no real province has.
import { createRng } from "./prng";
import { EPPGBM_COLUMNS } from "../import/eppgbm";
import type { DemoDataset } from "./generate";

const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

/** A CSV field: quoted when it holds the separator, a quote or a line break (Jawa Timur has a desa "SOKA\"AN"). */
const field = (v: string) => (/[;"\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** `rows` measurement rows (CSV, semicolon, decimal comma) spread over the demo posyandu and `periods`. */
export function eppgbmSampleCsv(data: { posyandu: Pick<DemoDataset["posyandu"][number], "name" | "kelurahanCode">[] }, kelurahanName: Map<string, string>, rows: number, periods: string[], seed = 7): string {
  const rng = createRng(seed, "eppgbm");
  const lines = [EPPGBM_COLUMNS.join(";")];
  for (let i = 0; i < rows; i++) {
    const p = data.posyandu[i % data.posyandu.length]!;
    const period = periods[Math.floor(i / data.posyandu.length) % periods.length]!;
    const [y, m] = period.split("-").map(Number) as [number, number];
    const ageMonths = rng.int(0, 59);
    const day = rng.int(1, 28);
    // Born on or before the day of the month the child is measured, so age is never negative.
    const birth = new Date(Date.UTC(y, m - 1 - ageMonths, rng.int(1, day)));
    const tbu = rng.next();
    const cells: Record<string, string> = {
      NIK: `99${String(i).padStart(14, "0")}`,
      Nama: `ANAK DEMO ${i}`,
      JK: rng.chance(0.5) ? "L" : "P",
      "Tgl Lahir": birth.toISOString().slice(0, 10),
      "Desa/Kel": (kelurahanName.get(p.kelurahanCode) ?? "").toUpperCase(),
      Posyandu: `POSYANDU ${p.name.toUpperCase()}`,
      "Usia Saat Ukur": `${Math.floor(ageMonths / 12)} Tahun - ${ageMonths % 12} Bulan - ${rng.int(0, 27)} Hari`,
      "Tanggal Pengukuran": `${day} ${MONTHS[m - 1]} ${y}`,
      Berat: (6 + ageMonths * 0.2 + rng.float(-1, 1)).toFixed(1).replace(".", ","),
      Tinggi: (60 + ageMonths * 0.9 + rng.float(-3, 3)).toFixed(1).replace(".", ","),
      "Cara Ukur": ageMonths < 24 ? "Terlentang" : "Berdiri",
      "BB/U": rng.chance(0.12) ? "Berat Badan Kurang" : "Berat Badan Normal",
      "TB/U": tbu < 0.05 ? "Sangat Pendek" : tbu < 0.17 ? "Pendek" : "Normal",
      "BB/TB": rng.chance(0.06) ? "Gizi Kurang" : "Gizi Baik",
    };
    lines.push(EPPGBM_COLUMNS.map((c) => field(cells[c] ?? "")).join(";"));
  }
  return `${lines.join("\n")}\n`;
}
