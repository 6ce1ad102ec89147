// HTTP helpers of `npm run bench`: sign in through next-auth's credentials
// endpoint (as the browser does) and measure one URL with autocannon.
import autocannon from "autocannon";

/**
 * fetch with one retry on a network error: after a load phase the server may close an idle keep-alive socket
 * just as the client pool reuses it ("fetch failed" / "other side closed"); a GET or a fresh sign-in is safe to repeat.
 */
async function fetchRetry(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    await new Promise((r) => setTimeout(r, 200));
    return fetch(url, init);
  }
}

/** A session cookie for `username`, from the real sign-in flow. */
export async function signIn(base: string, username: string, password: string): Promise<string> {
  const csrf = await fetchRetry(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetchRetry(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar },
    body: new URLSearchParams({ csrfToken, username, password, json: "true" }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(";")[0]!).find((c) => c.includes("session-token"));
  if (!session) throw new Error(`Gagal masuk sebagai ${username} (HTTP ${res.status})`);
  return session;
}

export type Measured = {
  reqPerSec: number; p50: number; p95: number; p99: number; requests: number; errors: number; non2xx: number; bytesPerReq: number;
  /** The server process's CPU time (all threads) per request in the window, when the bench could read it. */
  cpuMsPerReq?: number;
};

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);

/** Bounded load on one URL: fixed connections and duration, loopback only. */
export async function measure(url: string, cookie: string | null, connections: number, seconds: number): Promise<Measured> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, headers: cookie ? { cookie } : {} }, (err, r) => (err ? reject(err) : resolve(r)));
    instance.on("response", (_client, _status, _bytes, time) => latencies.push(time));
  });
  latencies.sort((a, b) => a - b);
  return {
    reqPerSec: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytesPerReq: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
  };
}

/** Wall time of one request in ms (warm), with its size. */
export async function timeOnce(url: string, cookie: string | null): Promise<{ ms: number; bytes: number; status: number }> {
  const t = performance.now();
  const res = await fetchRetry(url, { headers: cookie ? { cookie } : {} });
  const body = await res.arrayBuffer();
  return { ms: performance.now() - t, bytes: body.byteLength, status: res.status };
}
