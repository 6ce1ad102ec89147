// Development aid: `tsx --conditions=react-server scripts/bench/queries.ts <db file> [user]` times each page data
// function once uncached (PANTAU_CACHE=0) on a bench database, to see which read a page waits for.
import { loadViewer } from "../../lib/queries/auth";
import { createDb } from "../../lib/db/client";

async function main() {
  const [file, user = "pimpinan"] = process.argv.slice(2);
  process.env.DATABASE_URL = `file:${file}`;
  process.env.PANTAU_CACHE = "0";
  const db = createDb(`file:${file}`);
  const u = await db.user.findUniqueOrThrow({ where: { username: user } });
  const viewer = (await loadViewer(u.id, u.sessionVersion))!;
  const root = viewer.scopeAreaCode!;
  const kecamatan = (await db.area.findFirstOrThrow({ where: { level: "KECAMATAN", code: { startsWith: `${root}.` } }, orderBy: { code: "asc" } })).code;
  const kota = kecamatan.split(".").slice(0, 2).join(".");
  const { getDashboard, latestPeriods } = await import("../../lib/queries/dashboard");
  const { getOverview } = await import("../../lib/queries/overview");
  const { getScorecard } = await import("../../lib/queries/scorecard");
  const { getMapData } = await import("../../lib/queries/map");
  const { getIndicatorReportWithChange } = await import("../../lib/queries/indicator-compare");
  const latest = await latestPeriods(root);
  const time = async (label: string, run: () => Promise<unknown>) => {
    const t = performance.now();
    await run();
    console.log(`${label.padEnd(40)} ${(performance.now() - t).toFixed(0).padStart(7)} ms`);
  };
  for (const code of [root, kota, kecamatan]) {
    await time(`getDashboard ${code}`, () => getDashboard(viewer, code));
    await time(`getScorecard ${code}`, () => getScorecard(viewer, code));
    await time(`getMapData ${code} stunting`, () => getMapData(viewer, code, "stunting", { periode: latest.measurement! }));
    await time(`indikator ${code} ${latest.month}`, () => getIndicatorReportWithChange(viewer, code, { periode: latest.month! }));
  }
  await time(`getOverview ${root}`, () => getOverview(viewer));
  await db.$disconnect();
}
void main();
