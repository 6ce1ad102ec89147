// `npm run indikator -- --wilayah <kode|wilayah-kerja> (--periode YYYY-MM | --tahun YYYY | --rolling YYYY-MM) [--json] [--pengguna u]`
// Prints the indicator report of an area and its children from the same engine
// as the dashboards and the API (lib/queries/indicators.ts).
import { parseArgs } from "node:util";
import { db as appDb } from "../lib/db/client";
import { periodSchema } from "../lib/validations/period";
import { loadViewer } from "../lib/queries/auth";
import { AreaAccessError, type AreaIndicators, type When } from "../lib/queries/indicators";
import { getIndicatorReportWithChange } from "../lib/queries/indicator-compare";

function line(a: AreaIndicators): string {
  const pct = (id: string) => {
    const v = a.indikator[id] as { nilai?: number | null } | undefined;
    return v?.nilai === null || v?.nilai === undefined ? "—" : `${v.nilai.toFixed(1).replace(".", ",")}%`;
  };
  const ids = a.strata ? ["purnama_mandiri", "posyandu_aktif", "posyandu_kader_cukup"] : ["d_s", "kelengkapan_laporan", "stunting", "posyandu_kader_cukup"];
  return `${a.wilayah.nama.padEnd(22)} ${ids.map((id) => `${id}=${pct(id)}`).join("  ")}${a.strata ? `  strata P/M/Pu/Ma=${a.strata.pratama}/${a.strata.madya}/${a.strata.purnama}/${a.strata.mandiri}` : ""}`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { wilayah: { type: "string" }, periode: { type: "string" }, tahun: { type: "string" }, rolling: { type: "string" }, json: { type: "boolean" }, pengguna: { type: "string" } } });
  const periode = values.periode ? periodSchema.safeParse(values.periode) : null;
  const tahun = values.tahun && /^\d{4}$/.test(values.tahun) ? Number(values.tahun) : null;
  const rolling = values.rolling ? periodSchema.safeParse(values.rolling) : null;
  const chosen = [periode, tahun, rolling].filter((x) => x !== null).length;
  if (!values.wilayah || chosen !== 1 || (periode && !periode.success) || (rolling && !rolling.success)) {
    console.error("Pemakaian: npm run indikator -- --wilayah <kode|wilayah-kerja> (--periode TTTT-BB | --tahun TTTT | --rolling TTTT-BB) [--json] [--pengguna nama]");
    return 2;
  }
  const when: When = periode?.success ? { periode: periode.data } : rolling?.success ? { rolling: rolling.data } : { tahun: tahun! };
  // The process-wide client, which loadViewer and the indicator queries read through: a second one from createDb
  // left that one's pool open, and on PostgreSQL it held the process for pg's 10 s idle timeout (as in impor.ts).
  const db = appDb();
  try {
    const user = values.pengguna
      ? await db.user.findUnique({ where: { username: values.pengguna } })
      : await db.user.findFirst({ where: { role: { in: ["ADMIN", "PIMPINAN"] }, active: true }, orderBy: { id: "asc" } });
    const viewer = user ? await loadViewer(user.id, user.sessionVersion) : null;
    if (!viewer) {
      console.error("Tidak ada pengguna aktif untuk menjalankan perintah ini (--pengguna).");
      return 2;
    }
    const report = await getIndicatorReportWithChange(viewer, values.wilayah, when, db);
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
