// Receives the "berkas" part of a web upload straight into a private temporary
// folder, a chunk at a time. `request.formData()` parsed the whole multipart
// body in one go and then copied the file into memory again: for a 44 MB
// laporan file that held the server's one JavaScript thread for about a
// second (every other user's page waited; docs/performance.md "Session 18")
// and cost ≈ 90 MB of the server's memory. busboy parses as the body arrives
// from the socket, so other requests are answered between chunks. That needs
// proxy.ts off this route (its matcher): for a path the proxy runs on, Next.js
// buffers the whole body first and hands it over in one piece.
import "server-only";
import busboy from "busboy";
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { MAX_IMPORT_BYTES } from "./read-table";

/** A refused upload: an Indonesian message for the uploader and the HTTP status to answer with. */
export class UploadError extends Error {
  constructor(message: string, readonly status: 400 | 413) {
    super(message);
  }
}

export type ReceivedFile = {
  /** The file, readable by this process's user only. */
  path: string;
  /** The name the browser sent (UTF-8, at most 200 characters). */
  name: string;
  bytes: number;
  read(): Promise<Uint8Array>;
  /** Removes the temporary folder; call it in a `finally`. */
  dispose(): Promise<void>;
};

/** A folder only this process's user can enter (mkdtemp creates it 0700): uploads may hold a kabupaten's reports. */
export function privateDir(base = tmpdir()): Promise<string> {
  return mkdtemp(join(base, "pantau-impor-"));
}

export const tooLarge = (limit = MAX_IMPORT_BYTES) => `Berkas terlalu besar; maksimal ${limit / 1048576} MB. Pecah menjadi beberapa berkas.`;

/**
 * Streams the multipart field `field` of `request` into a private temporary file. Refuses (UploadError) a body that
 * is not multipart or is cut short, one without that file, and a file above `maxBytes`, leaving nothing behind in
 * each case. `tmp` is where the private folder goes (the system's temporary folder by default).
 */
export async function receiveUpload(request: Request, opts: { field?: string; maxBytes?: number; tmp?: string } = {}): Promise<ReceivedFile> {
  const field = opts.field ?? "berkas";
  const maxBytes = opts.maxBytes ?? MAX_IMPORT_BYTES;
  const unreadable = () => new UploadError("Unggahan tidak dapat dibaca. Pilih berkas lalu coba lagi.", 400);
  const contentType = request.headers.get("content-type") ?? "";
  if (!request.body || !contentType.toLowerCase().startsWith("multipart/form-data")) throw unreadable();
  let parser: busboy.Busboy;
  try {
    // defParamCharset: browsers send the file name as raw UTF-8 ("Rekap Januari – Kel. Ganjar.csv"); busboy's
    // default would read it as Latin-1.
    parser = busboy({ headers: { "content-type": contentType }, defParamCharset: "utf8", limits: { files: 5, fileSize: maxBytes + 1, fields: 20, parts: 30 } });
  } catch {
    throw unreadable();
  }
  const dir = await privateDir(opts.tmp);
  const path = join(dir, "berkas");
  // Set from busboy's callback, hence one object (TypeScript would narrow separate variables to their initial value).
  const got: { name: string | null; cut: boolean; written: Promise<unknown> | null } = { name: null, cut: false, written: null };
  parser.on("file", (fieldName, stream, info) => {
    if (fieldName !== field || got.written) {
      stream.resume();
      return;
    }
    got.name = info.filename ?? "";
    stream.on("limit", () => void (got.cut = true));
    // Settles to the write's error (or null) so that a failed write is never an unhandled rejection meanwhile.
    got.written = pipeline(stream, createWriteStream(path, { mode: 0o600 })).then(() => null, (e: unknown) => e ?? new Error("write failed"));
  });
  const dispose = () => rm(dir, { recursive: true, force: true });
  try {
    await pipeline(Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>), parser);
    if (got.written && (await got.written) !== null) throw new Error("write failed");
  } catch {
    await dispose();
    throw unreadable();
  }
  if (got.cut) {
    await dispose();
    throw new UploadError(tooLarge(maxBytes), 413);
  }
  const bytes = got.written ? (await stat(path)).size : 0;
  // A form sent without a chosen file still has the part, with no name and no bytes.
  if (got.name === null || (got.name === "" && bytes === 0)) {
    await dispose();
    throw new UploadError("Pilih berkas yang akan diimpor.", 400);
  }
  return { path, name: got.name.slice(0, 200), bytes, read: async () => new Uint8Array(await readFile(path)), dispose };
}

