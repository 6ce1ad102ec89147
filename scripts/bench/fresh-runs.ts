// Development aid: `tsx scripts/bench/fresh-runs.ts <base url> <skala> [runs]` repeats the bench's freshness probe
// (scripts/bench/fresh.ts) against an already running server, with BENCH_PG_URL set for PostgreSQL as the bench.
import { benchTarget, type Skala } from "./target";
import { readMeta } from "./meta";
import { signIn } from "./http";
import { freshness } from "./fresh";

async function main() {
  const [base, skala, runs = "5"] = process.argv.slice(2) as [string, Skala, string?];
  const target = await benchTarget(skala, process.env.BENCH_PG_URL);
  const sql = await target.open();
  const { root, latest } = await readMeta(sql).finally(() => sql.close());
  const [admin, pimpinan] = [await signIn(base, "admin", "posyandu2026"), await signIn(base, "pimpinan", "posyandu2026")];
  for (let i = 0; i < Number(runs); i++) console.log(JSON.stringify(await freshness(base, target, root, latest!, admin, pimpinan)));
}
void main();
