// /api/impor receives an upload by streaming it into a private temporary file (lib/import/upload.ts) instead of
// parsing the whole body in memory. What the uploader would notice: the file arrives whole and under its own name,
// a form without a file, a body that is not a form or is cut short, and a file above the limit each get their
// Indonesian answer, and no copy of anyone's reports is left on the server's disk in any of those cases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { receiveUpload, UploadError } from "@/lib/import/upload";

const URL_IMPOR = "http://localhost/api/impor?jenis=laporan-bulanan&mode=pratinjau";

describe("receiving an upload", () => {
  let tmp: string;
  beforeAll(() => void (tmp = mkdtempSync(join(tmpdir(), "upload-test-"))));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const left = () => readdirSync(tmp);

  /** A request as a browser's fetch with FormData sends it (undici writes the multipart body). */
  const formRequest = (parts: [string, Blob | string, string?][]) => {
    const form = new FormData();
    for (const [name, value, fileName] of parts) {
      if (typeof value === "string") form.append(name, value);
      else form.append(name, value, fileName);
    }
    return new Request(URL_IMPOR, { method: "POST", body: form });
  };
  const rawRequest = (body: string, type = "multipart/form-data; boundary=x") => new Request(URL_IMPOR, { method: "POST", body, headers: { "content-type": type } });
  const refusal = async (request: Request, opts: { maxBytes?: number } = {}) => {
    const e = await receiveUpload(request, { ...opts, tmp }).then(() => null, (err: unknown) => err);
    expect(e).toBeInstanceOf(UploadError);
    return e as UploadError;
  };

  it("writes the file byte for byte, keeps its UTF-8 name, readable by the server's user only, and removes it on dispose", async () => {
    // Every byte value, and a CRLF inside the data, which must not be taken for a multipart boundary line.
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 7) % 256);
    const up = await receiveUpload(formRequest([["catatan", "bulan Oktober"], ["berkas", new Blob([bytes]), "Rekap Oktober – Kel. Ganjar Agung.csv"]]), { tmp });
    expect(up.name).toBe("Rekap Oktober – Kel. Ganjar Agung.csv");
    expect(up.bytes).toBe(bytes.byteLength);
    expect(Buffer.from(await up.read()).equals(Buffer.from(bytes))).toBe(true);
    expect(statSync(up.path).mode & 0o777).toBe(0o600);
    expect(statSync(join(up.path, "..")).mode & 0o777).toBe(0o700);
    expect(left()).toHaveLength(1);
    await up.dispose();
    expect(left()).toEqual([]);
  });

  it("takes the first file of the field and ignores other files", async () => {
    const up = await receiveUpload(formRequest([["lampiran", new Blob(["bukan ini"]), "a.csv"], ["berkas", new Blob(["ini"]), "b.csv"], ["berkas", new Blob(["kedua"]), "c.csv"]]), { tmp });
    expect([up.name, new TextDecoder().decode(await up.read())]).toEqual(["b.csv", "ini"]);
    await up.dispose();
    expect(left()).toEqual([]);
  });

  it("keeps an empty file that has a name (the import says what is wrong with it) but refuses a form sent without a chosen file", async () => {
    const empty = await receiveUpload(formRequest([["berkas", new Blob([]), "kosong.csv"]]), { tmp });
    expect([empty.name, empty.bytes]).toEqual(["kosong.csv", 0]);
    await empty.dispose();
    // What a browser sends for <input type="file"> with nothing chosen.
    const none = '--x\r\nContent-Disposition: form-data; name="berkas"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n--x--\r\n';
    for (const request of [rawRequest(none), formRequest([["berkas", "teks biasa, bukan berkas"]]), formRequest([["lain", new Blob(["x"]), "x.csv"]])]) {
      const e = await refusal(request);
      expect([e.status, e.message]).toEqual([400, "Pilih berkas yang akan diimpor."]);
    }
    expect(left()).toEqual([]);
  });

  it("refuses a body that is not a form, or is cut short, and leaves nothing behind", async () => {
    const cut = '--x\r\nContent-Disposition: form-data; name="berkas"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\nkode_posyandu,periode\r\nP1,2026-';
    for (const request of [rawRequest("{}", "application/json"), rawRequest(cut), rawRequest("tanpa batas", "multipart/form-data"), new Request(URL_IMPOR, { method: "POST" })]) {
      const e = await refusal(request);
      expect([e.status, e.message]).toEqual([400, "Unggahan tidak dapat dibaca. Pilih berkas lalu coba lagi."]);
    }
    expect(left()).toEqual([]);
  });

  it("lets the server answer other requests while it receives a large upload", async () => {
    // A body whose chunks are all there already. request.formData() took it in one stretch of the event loop
    // (0 turns for these 20 MB, measured), so every other request waited for the whole file.
    let turns = 0;
    let receiving = true;
    const tick = () => {
      turns++;
      if (receiving) setImmediate(tick);
    };
    const form = formRequest([["berkas", new Blob([new Uint8Array(20 * 1048576).fill(0x41)]), "besar.csv"]]);
    const bytes = new Uint8Array(await form.arrayBuffer());
    const buffered = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.byteLength; at += 65536) controller.enqueue(bytes.subarray(at, at + 65536));
        controller.close();
      },
    });
    const request = new Request(URL_IMPOR, { method: "POST", body: buffered, headers: { "content-type": form.headers.get("content-type")! }, duplex: "half" } as RequestInit);
    setImmediate(tick);
    const up = await receiveUpload(request, { tmp });
    receiving = false;
    expect(up.bytes).toBe(20 * 1048576);
    // Dozens of turns: other requests wait for a chunk's parsing and writing, not the whole file's.
    expect(turns).toBeGreaterThanOrEqual(40);
    await up.dispose();
  });

  it("accepts a file of exactly the limit and refuses one byte more with 413, in Indonesian", async () => {
    const limit = 2 * 1048576;
    const exact = await receiveUpload(formRequest([["berkas", new Blob([new Uint8Array(limit).fill(0x41)]), "pas.csv"]]), { tmp, maxBytes: limit });
    expect(exact.bytes).toBe(limit);
    await exact.dispose();
    const e = await refusal(formRequest([["berkas", new Blob([new Uint8Array(limit + 1).fill(0x41)]), "lebih.csv"]]), { maxBytes: limit });
    expect([e.status, e.message]).toEqual([413, "Berkas terlalu besar; maksimal 2 MB. Pecah menjadi beberapa berkas."]);
    expect(left()).toEqual([]);
  });
});
