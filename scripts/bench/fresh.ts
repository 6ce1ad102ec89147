// Freshness of `npm run bench`: an ADMIN saves a monthly report through the web
// import (the same path as the upload page), then the ringkasan is requested
// until its D/S card shows the new n. The time from the save's answer to that
// page is the freshness; the report is then put back, so the bench database
// stays as seeded.
import { firstReport, type BenchReport as Report } from "./meta";
import type { BenchTarget } from "./target";

const HEADER = "kode_posyandu,periode,buka,kader_bertugas,s,k,d,n,o,b,bgm,t2";
const cell = (v: number | null) => (v === null ? "" : String(v));
const csvOf = (r: Report) => `${HEADER}\n${[r.code, r.period, r.opened ? "ya" : "tidak", cell(r.kaderOnDuty), cell(r.s), cell(r.k), cell(r.d), cell(r.n), cell(r.o), cell(r.b), cell(r.bgm), cell(r.t2)].join(",")}\n`;

/** The n of the ringkasan's D/S card ("n = 1.234"), or null when the page has none. */
export function dsN(html: string): number | null {
  const card = html.indexOf('data-kpi="d_s"');
  if (card < 0) return null;
  // React separates text parts with <!-- --> comments ("n = <!-- -->12.345").
  const m = /n = ([\d.]+)/.exec(html.slice(card, card + 4000).replaceAll("<!-- -->", ""));
  return m ? Number(m[1]!.replaceAll(".", "")) : null;
}

async function upload(base: string, cookie: string, csv: string): Promise<void> {
  const form = new FormData();
  form.set("berkas", new Blob([csv], { type: "text/csv" }), "bench-kesegaran.csv");
  const res = await fetch(`${base}/api/impor?jenis=laporan-bulanan&mode=simpan`, { method: "POST", headers: { cookie }, body: form });
  const body = (await res.json()) as { status?: string };
  if (!res.ok || body.status !== "selesai") throw new Error(`Impor kesegaran gagal: HTTP ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
}

async function ringkasanN(base: string, cookie: string): Promise<number | null> {
  return dsN(await (await fetch(`${base}/`, { headers: { cookie } })).text());
}

/** Saves S + 10 on one report of the latest month, times until the ringkasan shows it, restores the report. */
export async function freshness(base: string, target: BenchTarget, root: string, latest: string, admin: string, pimpinan: string) {
  const sql = await target.open();
  const report = await firstReport(sql, root, latest).finally(() => sql.close());
  if (!report) return { tersedia: false as const };
  const before = await ringkasanN(base, pimpinan);
  const t0 = performance.now();
  await upload(base, admin, csvOf({ ...report, s: report.s! + 10 }));
  const saved = performance.now();
  let shown: number | null = null;
  let requests = 0;
  while (performance.now() - saved < 180_000) {
    requests++;
    if ((await ringkasanN(base, pimpinan)) === (before ?? 0) + 10) {
      shown = performance.now() - saved;
      break;
    }
  }
  await upload(base, admin, csvOf(report));
  return { tersedia: true as const, simpanMs: Math.round(saved - t0), terlihatMs: shown === null ? null : Math.round(shown), permintaan: requests };
}
