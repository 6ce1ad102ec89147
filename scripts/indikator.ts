// `npm run indikator -- --wilayah <kode> (--periode YYYY-MM | --tahun YYYY) [--json] [--pengguna u]`
// Prints the indicator report of an area and its children from the same engine
// as the dashboards and the API (lib/queries/indicators.ts).
import { parseArgs } from "node:util";
import { createDb } from "../lib/db/client";
import { env } from "../lib/env";
import { periodSchema } from "../lib/period";
import { loadViewer } from "../lib/queries/auth";
import { AreaAccessError, getIndicatorReport, type AreaIndicators } from "../lib/queries/indicators";

function line(a: AreaIndicators): string {
  const pct = (id: string) => {
    const v = a.indikator[id] as { nilai?: number | null } | undefined;
    return v?.nilai === null || v?.nilai === undefined ? "—" : `${v.nilai.toFixed(1).replace(".", ",")}%`;
  };
  const ids = a.strata ? ["purnama_mandiri", "posyandu_aktif", "posyandu_kader_cukup"] : ["d_s", "kelengkapan_laporan", "stunting", "posyandu_kader_cukup"];
  return `${a.wilayah.nama.padEnd(22)} ${ids.map((id) => `${id}=${pct(id)}`).join("  ")}${a.strata ? `  strata P/M/Pu/Ma=${a.strata.pratama}/${a.strata.madya}/${a.strata.purnama}/${a.strata.mandiri}` : ""}`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { wilayah: { type: "string" }, periode: { type: "string" }, tahun: { type: "string" }, json: { type: "boolean" }, pengguna: { type: "string" } } });
  const periode = values.periode ? periodSchema.safeParse(values.periode) : null;
  const tahun = values.tahun && /^\d{4}$/.test(values.tahun) ? Number(values.tahun) : null;
  if (!values.wilayah || (!!periode === !!tahun) || (periode && !periode.success)) {
    console.error("Pemakaian: npm run indikator -- --wilayah <kode> (--periode TTTT-BB | --tahun TTTT) [--json]");
    return 2;
  }
  const db = createDb(env().DATABASE_URL);
  try {
    const user = values.pengguna
      ? await db.user.findUnique({ where: { username: values.pengguna } })
      : await db.user.findFirst({ where: { role: { in: ["ADMIN", "PIMPINAN"] }, active: true }, orderBy: { id: "asc" } });
    const viewer = user ? await loadViewer(user.id, user.sessionVersion) : null;
    if (!viewer) {
      console.error("Tidak ada pengguna aktif untuk menjalankan perintah ini (--pengguna).");
      return 2;
    }
    const report = await getIndicatorReport(viewer, values.wilayah, periode?.success ? { periode: periode.data } : { tahun: tahun! }, db);
    if (values.json) console.log(JSON.stringify(report, null, 2));
    else for (const a of [report, ...report.anak]) console.log(line(a));
    return 0;
  } catch (e) {
    if (e instanceof AreaAccessError) {
      console.error(`Gagal: ${e.message}`);
      return 1;
    }
    throw e;
  } finally {
    await db.$disconnect();
  }
}

main().then((code) => {
  process.exitCode = code;
});
