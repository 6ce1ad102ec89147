// Development aid: `tsx scripts/bench/time-page.ts <base> <path> <user> <n>` signs in and prints the mean
// wall time and size of n sequential requests (used with a profiled `next start`; see docs/performance.md).
import { signIn, timeOnce } from "./http";

async function main() {
  const [base, path, user, n] = process.argv.slice(2) as [string, string, string, string];
  const cookie = user === "-" ? null : await signIn(base, user, "posyandu2026");
  for (let i = 0; i < 3; i++) await timeOnce(base + path, cookie);
  const t = performance.now();
  let bytes = 0;
  for (let i = 0; i < Number(n); i++) bytes = (await timeOnce(base + path, cookie)).bytes;
  console.log(`${path}: ${((performance.now() - t) / Number(n)).toFixed(1)} ms per request, ${Math.round(bytes / 1024)} KB`);
}
void main();
