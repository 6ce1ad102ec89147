// Hostile URLs, uploads and bodies against the running app (docs/bad-input.md):
// never a 5xx, never the hostile markup echoed unescaped, every refusal a 4xx
// with an Indonesian message, no corpus upload writes anything, and imported
// hostile names render as text in the browser.
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext } from "playwright-core";
import { createDb, type Db } from "@/lib/db/client";
import { MAX_IMPORT_BYTES } from "@/lib/import/read-table";
import { undoImportBatch } from "@/lib/import/undo";
import { hostileFiles } from "../corpus/files";
import { batchesSince, lastBatchId, notIndonesian, tableCounts } from "../corpus/checks";
import { csvOf, unescapedInjection } from "../corpus/injection";
import { launch, shot, signIn } from "./browser";
import { BASE_URL, E2E_DIR } from "./config";

const X = "<script>alert(1)</script>";
const E = encodeURIComponent(X);
const IMG = "<img src=x onerror=alert(1)>";
type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** A request sent byte for byte (no client-side URL normalisation), with the session cookie. */
function raw(cookie: string, method: string, path: string, body?: Buffer, headers: Record<string, string> = {}): Promise<Raw> {
  const url = new URL(BASE_URL);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method, path, headers: { cookie, ...headers, ...(body ? { "content-length": String(body.length) } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** A multipart/form-data body with one file field "berkas". */
function multipart(fileName: string, data: Uint8Array): { body: Buffer; type: string } {
  const boundary = `----pantau${Date.now()}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="berkas"; filename="${fileName.replace(/"/g, "%22")}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  return { body: Buffer.concat([head, Buffer.from(data), Buffer.from(`\r\n--${boundary}--\r\n`)]), type: `multipart/form-data; boundary=${boundary}` };
}

/** Never a 5xx; HTML never carries the hostile markup live; a JSON refusal's "galat" is Indonesian. */
function expectSafe(r: Raw, what: string) {
  expect(r.status, `${what} → ${r.status}: ${r.body.slice(0, 300)}`).toBeLessThan(500);
  const type = String(r.headers["content-type"] ?? "");
  if (type.includes("html")) expect(unescapedInjection(r.body), what).toBeNull();
  // JSON may quote hostile input as data: served as application/json with nosniff it never runs.
  if (r.status >= 400 && type.includes("json")) {
    const json = JSON.parse(r.body) as { galat?: string };
    if ("galat" in json || !("issues" in json)) expect(notIndonesian(json.galat), what).toBeNull();
  }
}

const PAGES = [
  "/?bulan=2026-13", `/?bulan=${E}`, "/?bulan=2026-01&bulan=2026-02", `/?bulan=${"9".repeat(10_240)}`, `/?${Array.from({ length: 400 }, (_, i) => `p${i}=${E}`).join("&")}`,
  `/wilayah/18.72?indikator=${E}&bulan=9999-99&urut=__proto__&arah=constructor`, `/wilayah/18.72?indikator=${"a".repeat(10_240)}`,
  `/wilayah/18.72.01.1001?bulan=2026-13&urut=${E}&arah=__proto__`, "/wilayah/..%2F..%2Fetc", "/wilayah/%00", "/wilayah/%E0%A4%A", `/wilayah/${E}`, "/wilayah/18.72%00",
  "/wilayah/%25", "/posyandu/%25", "/posyandu/%E0%A4%A/kader", "/rapat/%E0%A4%A", "/api/rapat/%E0%A4%A/paket",
  "/posyandu/%E0%A4%A", "/posyandu/%00", `/posyandu/${E}?bulan=${E}`, "/posyandu/..%2F..%2Fetc%2Fpasswd", `/posyandu?q=${E}&wilayah=../../etc&urut=${E}&arah=__proto__`,
  "/rapat/99999999999", "/rapat/-1", "/rapat/1e3", "/rapat/0x10", `/rapat/${E}`, "/rapat/99999999999/notulen", "/rapat/99999999999/presentasi", `/rapat?wilayah=${E}`,
  `/peta?wilayah=../../etc&indikator=__proto__&periode=0000-00&urut=constructor&arah=${E}`, `/peta?wilayah=18.99&indikator=${E}`,
  `/skor?urut=__proto__&arah=${E}&bulan=2026-13&wilayah=${E}`, `/tindakan?status=${E}&urut=__proto__`, `/akun?${E}`,
  `/impor?jenis=${E}`, `/laporan?wilayah=${E}&periode=2026-13`, `/gizi?posyandu=${E}`, "/profil?tahun=1e309", `/admin/audit?halaman=-1&q=${E}`,
];
const APIS: [string, number][] = [
  ["/api/v1/indikator?wilayah=18.72&periode=9999-99", 400], [`/api/v1/indikator?wilayah=${E}&periode=2026-08`, 400], ["/api/v1/indikator?wilayah=18.72&tahun=1e309", 400],
  ["/api/v1/indikator?wilayah=18.72&periode=2026-08&tahun=2026", 400], ["/api/v1/indikator?wilayah=18.72&rolling12=0000-00", 400], ["/api/v1/indikator?wilayah=99.99&tahun=2026", 403],
  ["/api/skor?format=pdf", 400], [`/api/skor?wilayah=18.72&format=csv&bulan=${E}`, 400], [`/api/skor?wilayah=../../etc&format=xlsx`, 400],
  ["/api/rapat/99999999999/paket", 400], [`/api/rapat/${E}/paket`, 400], ["/api/rapat/%00/paket", 400], [`/api/templat/${E}`, 404], ["/api/templat/..%2F..%2Fpackage.json", 404],
  [`/api/impor?jenis=${E}&mode=simpan`, 405],
];

describe("hostile input against the running app", () => {
  let browser: Browser;
  let db: Db;
  let admin: BrowserContext;
  let adminCookie = "";
  let pimpinanCookie = "";
  const undo: number[] = [];
  const cookieOf = async (ctx: BrowserContext) => (await ctx.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  beforeAll(async () => {
    browser = await launch();
    db = createDb(`file:./${E2E_DIR}/e2e.db`);
    const pimpinan = await browser.newContext();
    await signIn(await pimpinan.newPage(), "pimpinan");
    pimpinanCookie = await cookieOf(pimpinan);
    admin = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await signIn(await admin.newPage(), "admin");
    adminCookie = await cookieOf(admin);
  });
  afterAll(async () => {
    // Leave the shared demo database as the other browser suites expect it.
    const user = await db?.user.findUniqueOrThrow({ where: { username: "admin" } });
    for (const id of undo) await undoImportBatch(db, { id: user!.id, username: "admin", name: "Admin", role: "ADMIN", scopeAreaCode: "18.72", wilayahKerja: [], puskesmasId: null }, id, new Date());
    await browser?.close();
    await db?.$disconnect();
  });

  it.each(PAGES.map((p) => [p.slice(0, 90), p]))("page %s: 4xx or a default page, never 5xx, never echoed markup", async (_l, path) => {
    expectSafe(await raw(pimpinanCookie, "GET", path), path);
  });

  it.each(APIS)("API %s → %i with an Indonesian JSON error", async (path, status) => {
    const r = await raw(pimpinanCookie, "GET", path);
    expectSafe(r, path);
    expect(r.status, r.body).toBe(status);
  });

  it("never redirects off-site after sign-in, whatever ?kembali= says", async () => {
    for (const target of ["//evil.example", "/\\evil.example", "/\t/evil.example", "https://evil.example", "/%5Cevil.example", "javascript:alert(1)"]) {
      const r = await raw(pimpinanCookie, "GET", `/masuk?kembali=${encodeURIComponent(target)}`);
      expect(r.status, target).toBeLessThan(500);
      const location = r.headers.location;
      if (typeof location === "string") expect(new URL(location, BASE_URL).origin, `${target} → ${location}`).toBe(new URL(BASE_URL).origin);
    }
  });

  it("refuses every corpus file at POST /api/impor with a 4xx and Indonesian messages, writing nothing", async () => {
    const before = await tableCounts(db);
    const since = await lastBatchId(db);
    const sample = multipart("x.csv", new TextEncoder().encode("a,b\n1,2\n"));
    for (const query of ["jenis=laporan-bulanan&mode=simpan", `jenis=${E}&mode=simpan`, `jenis=posyandu&mode=${E}`]) {
      const r = await raw(pimpinanCookie, "POST", `/api/impor?${query}`, sample.body, { "content-type": sample.type });
      expectSafe(r, `pimpinan ${query}`);
      expect(r.status).toBe(403);
      const a = await raw(adminCookie, "POST", `/api/impor?${query}`, sample.body, { "content-type": sample.type });
      expectSafe(a, `admin ${query}`);
    }
    for (const file of hostileFiles().filter((f) => f.id !== "terlalu-besar")) {
      for (const kind of ["laporan-bulanan", "batas-wilayah"]) {
        const { body, type } = multipart(file.fileName, await file.bytes());
        const r = await raw(adminCookie, "POST", `/api/impor?jenis=${kind}&mode=simpan`, body, { "content-type": type });
        expectSafe(r, `${file.id} ${kind}`);
        expect(r.status, `${file.id} ${kind}`).toBe(422);
        const json = JSON.parse(r.body) as { status: string; issues: { severity: string; message: string }[] };
        expect(json.status).toBe("ditolak");
        for (const i of json.issues.filter((x) => x.severity === "error")) expect(notIndonesian(i.message), `${file.id} ${kind}`).toBeNull();
      }
    }
    expect(await tableCounts(db)).toEqual(before);
    for (const b of await batchesSince(db, since)) expect(b.status).toBe("GAGAL");
  });

  it("receives uploads up to the import limit whole, and refuses larger ones in Indonesian", async () => {
    // 20 MB of rows (above the 10 MB at which Next.js cuts a body it buffers for a proxy) whose last line is wrong: the error must name that last line (the whole file arrived).
    const line = "P187201100101,2026-08,ya,5,80,75,60,50,0,0,1,2\n";
    const rows = Math.floor((20 * 1048576) / line.length);
    const text = `kode_posyandu,periode,buka,kader_bertugas,s,k,d,n,o,b,bgm,t2\n${line.repeat(rows)}P187201100101,bukan-periode,ya,5,80,75,60,50,0,0,1,2\n`;
    const big = multipart("besar.csv", new TextEncoder().encode(text));
    const r = await raw(adminCookie, "POST", "/api/impor?jenis=laporan-bulanan&mode=pratinjau", big.body, { "content-type": big.type });
    expectSafe(r, "20 MB");
    expect(r.status, r.body.slice(0, 300)).toBe(422);
    expect(JSON.parse(r.body).issues[0]).toMatchObject({ row: rows + 2, column: "periode" });
    // proxy.ts does not run on /api/impor (it would buffer the body): the route's own headers and next.config.js's.
    expect(r.headers).toMatchObject({ "content-security-policy": "default-src 'none'; frame-ancestors 'none'", "x-content-type-options": "nosniff", "x-frame-options": "DENY", "cache-control": "no-store" });
    for (const size of [MAX_IMPORT_BYTES + 1, MAX_IMPORT_BYTES + 3 * 1048576]) {
      const huge = multipart("terlalu-besar.csv", new Uint8Array(size).fill(0x41));
      const h = await raw(adminCookie, "POST", "/api/impor?jenis=laporan-bulanan&mode=simpan", huge.body, { "content-type": huge.type });
      expectSafe(h, `${size} B`);
      expect([413, 422]).toContain(h.status);
      expect(h.body).toMatch(/terlalu besar/);
    }
  });

  it("answers malformed and 100,000-deep bodies with a 4xx", async () => {
    const deep = Buffer.from(`${"[".repeat(100_000)}${"]".repeat(100_000)}`);
    const cases: [string, string, Buffer, Record<string, string>][] = [
      ["POST", "/api/impor?jenis=laporan-bulanan&mode=pratinjau", deep, { "content-type": "application/json" }],
      ["POST", "/api/impor?jenis=laporan-bulanan&mode=pratinjau", Buffer.from("--x\r\nContent-Disposition: form-data; name=\"berkas\"\r\n\r\nbukan berkas\r\n--x--\r\n"), { "content-type": "multipart/form-data; boundary=x" }],
      ["POST", "/api/impor?jenis=laporan-bulanan&mode=pratinjau", Buffer.from("--x\r\nContent-Disposition: form-da"), { "content-type": "multipart/form-data; boundary=x" }],
      ["POST", "/api/v1/indikator?wilayah=18.72&tahun=2026", deep, { "content-type": "application/json" }],
      ["PUT", "/api/skor?wilayah=18.72&format=csv", deep, { "content-type": "application/json" }],
      ["POST", "/api/auth/callback/credentials", deep, { "content-type": "application/json" }],
    ];
    for (const [method, path, body, headers] of cases) {
      const r = await raw(adminCookie, method, path, body, headers);
      expectSafe(r, `${method} ${path}`);
      expect(r.status, `${method} ${path}: ${r.body.slice(0, 200)}`).toBeGreaterThanOrEqual(300);
    }
  });

  it("renders imported hostile names, addresses and file names as text: no script runs", async () => {
    const header = ["kode_posyandu", "nama_posyandu", "kode_kelurahan", "rw", "alamat"];
    const csv = csvOf(header, [["XSS.IMG.1", IMG, "18.72.01.1001", `"><svg onload=alert(1)>`, "javascript:alert(1)"], ["XSS.SCRIPT.1", X, "18.72.01.1001", "", "=HYPERLINK(\"http://contoh.invalid\")"]]);
    const { body, type } = multipart(`${IMG}.csv`, new TextEncoder().encode(csv));
    const r = await raw(adminCookie, "POST", "/api/impor?jenis=posyandu&mode=simpan", body, { "content-type": type });
    expect(r.status, r.body).toBe(200);
    undo.push(JSON.parse(r.body).batchId);
    const page = await admin.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    for (const path of ["/posyandu/XSS.IMG.1", "/posyandu/XSS.SCRIPT.1", "/posyandu", "/wilayah/18.72.01.1001", "/impor?jenis=posyandu"]) {
      await page.goto(`${BASE_URL}${path}`, { waitUntil: "networkidle" });
      expect(unescapedInjection(await page.content()), path).toBeNull();
    }
    await page.goto(`${BASE_URL}/posyandu/XSS.IMG.1`, { waitUntil: "networkidle" });
    expect(await page.textContent("h1")).toContain(IMG);
    await shot(page, "bad-input-nama-berbahaya");
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
