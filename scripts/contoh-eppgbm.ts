// `npm run contoh:eppgbm -- <berkas.csv> [--baris 100000]`: writes a synthetic
// e-PPGBM export for the Kota Metro demo (to try or measure the importer).
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { generateDemo } from "../lib/demo/generate";
import { eppgbmSampleCsv } from "../lib/demo/eppgbm-sample";
import { readOfficialAreas } from "../lib/wilayah/idn-area";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { baris: { type: "string" } } });
const out = positionals[0] ?? "contoh-eppgbm.csv";
const areas = readOfficialAreas("18.72").filter((a) => a.level === "KELURAHAN");
const data = generateDemo(areas.map((a) => ({ code: a.code, name: a.name, kecamatanCode: a.parentCode!, kabKotaCode: "18.72" })));
const csv = eppgbmSampleCsv(data, new Map(areas.map((a) => [a.code, a.name])), Number(values.baris ?? 100_000), ["2026-02", "2026-08"]);
writeFileSync(out, csv);
console.log(`${out}: ${Number(values.baris ?? 100_000).toLocaleString("id-ID")} baris, ${(csv.length / 1048576).toFixed(1)} MB`);
