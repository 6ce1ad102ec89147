// Reads the official Kemendagri area list shipped by the idn-area-data
// package (data ODbL, © its contributors). Version 4.0.1 (Kepmendagri
// 300.2.2-2138/2025) declares Node ≥ 22 only for its ESM API; its CSV files
// are plain data, so we pin the version and read them directly on Node 20.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { parse } from "csv-parse/sync";
import { levelOfCode, parentOfCode } from "./codes";
import type { AreaLevel } from "../generated/sqlite/enums";

export type OfficialArea = { code: string; name: string; level: AreaLevel; parentCode: string | null };

const require = createRequire(import.meta.url);

function dataDir(): string {
  return join(dirname(require.resolve("idn-area-data/package.json")), "data");
}

/** "idn-area-data 4.0.1 (Kepmendagri 300.2.2-2138/2025)" — stored as each area's source. */
export function officialSourceLabel(): string {
  const pkg = JSON.parse(readFileSync(require.resolve("idn-area-data/package.json"), "utf8")) as { version: string };
  return `idn-area-data ${pkg.version} (Kepmendagri 300.2.2-2138/2025, ODbL)`;
}

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(join(dataDir(), file)), { columns: true, skip_empty_lines: true, bom: true });
}

/**
 * The provinsi, kab/kota, kecamatan and desa/kelurahan under `prefix`
 * ("18.72" for one kota, "35" for a whole provinsi), parents first.
 */
export function readOfficialAreas(prefix: string): OfficialArea[] {
  const within = (code: string) => code === prefix || code.startsWith(`${prefix}.`) || prefix.startsWith(`${code}.`);
  const out: OfficialArea[] = [];
  for (const file of ["provinces.csv", "regencies.csv", "districts.csv", "villages.csv"]) {
    for (const row of readCsv(file)) {
      const code = row.code;
      const name = row.name;
      if (!code || !name || !within(code)) continue;
      out.push({ code, name: name.trim(), level: levelOfCode(code), parentCode: parentOfCode(code) });
    }
  }
  return out;
}

/** Every provinsi code in the official list ("11" … "96"). */
export function officialProvinceCodes(): string[] {
  return readCsv("provinces.csv").flatMap((row) => (row.code ? [row.code] : []));
}
