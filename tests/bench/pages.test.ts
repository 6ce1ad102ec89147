// The bench's page ratios: each page against the baselines measured just before and after it, so a burst of
// other work during one measurement cannot make every page look faster (or slower) than it is.
import { describe, expect, it } from "vitest";
import { measureBracketed, type BenchPage } from "../../scripts/bench/pages";
import type { Measured } from "../../scripts/bench/http";

const page = (id: string): BenchPage => ({ id, label: id, path: `/${id}`, cookie: null });
const m = (reqPerSec: number, p95: number, extra: Partial<Measured> = {}): Measured => ({ reqPerSec, p50: p95 / 2, p95, p99: p95 * 1.2, requests: reqPerSec * 10, errors: 0, non2xx: 0, bytesPerReq: 100, ...extra });

/** A fake load generator that returns the queued results in order and records what it was asked for. */
function scripted(results: Measured[]) {
  const asked: string[] = [];
  return { asked, measure: async (p: BenchPage) => (asked.push(p.id), results.shift()!) };
}

describe("bench pages measured between baselines", () => {
  it("measures the baseline before every page and once after the last", async () => {
    const s = scripted([m(200, 50), m(100, 80), m(200, 50), m(120, 70), m(200, 50)]);
    await measureBracketed(page("dasar"), [page("a"), page("b")], s.measure);
    expect(s.asked).toEqual(["dasar", "a", "dasar", "b", "dasar"]);
  });

  it("compares each page with the mean of the baselines around it, not with the first one", async () => {
    // The first baseline ran while the machine was busy (100 req/s); the others saw a quiet machine (200, 240).
    const s = scripted([m(100, 90), m(120, 60), m(200, 40), m(132, 66), m(240, 44)]);
    const [dasar, a, b] = await measureBracketed(page("dasar"), [page("a"), page("b")], s.measure);
    expect(a!.rasio).toBeCloseTo(120 / 150);
    expect(a!.dasarReqPerSec).toBe(150);
    expect(a!.rasioP95).toBeCloseTo(60 / 65);
    expect(b!.rasio).toBeCloseTo(132 / 220);
    expect(b!.rasioP95).toBeCloseTo(66 / 42);
    // The baseline row: median of its three runs.
    expect(dasar).toMatchObject({ id: "dasar", reqPerSec: 200, p95: 44, rasio: 1 });
  });

  it("compares the server's CPU per request the same way, and leaves it out when a run could not read it", async () => {
    // The baseline costs 4 and 6 ms around page a (mean 5), page a 10 ms: half the baseline's rate by CPU.
    const s = scripted([m(200, 50, { cpuMsPerReq: 4 }), m(80, 80, { cpuMsPerReq: 10 }), m(200, 50, { cpuMsPerReq: 6 }), m(90, 70, { cpuMsPerReq: 8 }), m(200, 50, { cpuMsPerReq: 5 })]);
    const [dasar, a, b] = await measureBracketed(page("dasar"), [page("a"), page("b")], s.measure);
    expect(a!.rasioCpu).toBeCloseTo(0.5);
    expect(b!.rasioCpu).toBeCloseTo(5.5 / 8);
    expect(dasar).toMatchObject({ cpuMsPerReq: 5, rasioCpu: 1 });
    const t = scripted([m(200, 50, { cpuMsPerReq: 4 }), m(80, 80), m(200, 50, { cpuMsPerReq: 6 })]);
    const [dasar2, c] = await measureBracketed(page("dasar"), [page("c")], t.measure);
    expect(c!.rasioCpu).toBeUndefined();
    expect(dasar2!.cpuMsPerReq).toBe(5);
  });

  it("keeps the baseline's errors and non-2xx answers from every run, so the bench still fails on them", async () => {
    const s = scripted([m(200, 50), m(100, 80), m(200, 50, { non2xx: 3 })]);
    const [dasar, a] = await measureBracketed(page("dasar"), [page("a")], s.measure);
    expect(dasar!.non2xx).toBe(3);
    expect(dasar!.requests).toBe(4000);
    expect(a!.non2xx).toBe(0);
  });
});
