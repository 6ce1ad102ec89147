// How `npm run bench` measures its pages against the baseline. The ratio a target is judged by (page req/s over
// baseline req/s) must compare the two under the same machine conditions. Measured once at the start, the
// baseline caught whatever ran then: on PostgreSQL the server was still writing out two 40 M-row template copies
// (101 req/s instead of ≈ 200) and every page's ratio came out too high; a helper's import during the baseline
// alone does the reverse. So the baseline is measured before every page and once after the last, and each page
// is compared with the mean of the two baselines around it (bracketing).
import type { Measured } from "./http";

export type BenchPage = { id: string; label: string; path: string; cookie: string | null };
export type PageResult = Measured & {
  id: string; label: string; rasio: number; rasioP95: number; dasarReqPerSec: number; dasarP95: number;
  /** The baseline's server CPU per request over the page's (bracketed like `rasio`): the same question asked of the
   * server alone, without the load generator that shares the machine's cores and parses every response. */
  rasioCpu?: number;
};
export type Measure = (page: BenchPage) => Promise<Measured>;

const mean = (a: number, b: number) => (a + b) / 2;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * Measures `baseline, page 1, baseline, page 2, …, baseline`. The baseline's own row reports the median of its
 * runs (ratio 1); each page's `rasio` is its req/s over the mean req/s of the baselines just before and after it,
 * `rasioP95` its p95 over their mean p95. `dasar*` say which baseline a page was compared with.
 */
export async function measureBracketed(baseline: BenchPage, pages: BenchPage[], measure: Measure, log: (line: string) => void = () => {}): Promise<PageResult[]> {
  const runs: Measured[] = [await measure(baseline)];
  const measured: Measured[] = [];
  for (const page of pages) {
    const m = await measure(page);
    measured.push(m);
    runs.push(await measure(baseline));
    log(`  ${page.label}: ${m.reqPerSec.toFixed(1)} req/s, p95 ${m.p95.toFixed(0)} ms (dasar ${runs.at(-2)!.reqPerSec.toFixed(1)} / ${runs.at(-1)!.reqPerSec.toFixed(1)} req/s)`);
  }
  const errors = runs.reduce((s, r) => s + r.errors, 0);
  const non2xx = runs.reduce((s, r) => s + r.non2xx, 0);
  const base: Measured = {
    reqPerSec: median(runs.map((r) => r.reqPerSec)),
    p50: median(runs.map((r) => r.p50)),
    p95: median(runs.map((r) => r.p95)),
    p99: median(runs.map((r) => r.p99)),
    requests: runs.reduce((s, r) => s + r.requests, 0),
    errors,
    non2xx,
    bytesPerReq: median(runs.map((r) => r.bytesPerReq)),
    ...(runs.every((r) => r.cpuMsPerReq !== undefined) ? { cpuMsPerReq: median(runs.map((r) => r.cpuMsPerReq!)) } : {}),
  };
  const ratio = (x: number, y: number) => (y > 0 ? x / y : 0);
  return [
    { id: baseline.id, label: baseline.label, ...base, rasio: 1, rasioP95: 1, dasarReqPerSec: base.reqPerSec, dasarP95: base.p95, ...(base.cpuMsPerReq === undefined ? {} : { rasioCpu: 1 }) },
    ...pages.map((page, i) => {
      const m = measured[i]!;
      const dasarReqPerSec = mean(runs[i]!.reqPerSec, runs[i + 1]!.reqPerSec);
      const dasarP95 = mean(runs[i]!.p95, runs[i + 1]!.p95);
      const [before, after] = [runs[i]!.cpuMsPerReq, runs[i + 1]!.cpuMsPerReq];
      const rasioCpu = m.cpuMsPerReq !== undefined && before !== undefined && after !== undefined ? ratio(mean(before, after), m.cpuMsPerReq) : undefined;
      return { id: page.id, label: page.label, ...m, rasio: ratio(m.reqPerSec, dasarReqPerSec), rasioP95: ratio(m.p95, dasarP95), dasarReqPerSec, dasarP95, ...(rasioCpu === undefined ? {} : { rasioCpu }) };
    }),
  ];
}
