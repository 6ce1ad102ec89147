// How many bytes an XLSX (a ZIP archive) holds once unpacked, counted before
// ExcelJS sees it: ExcelJS inflates every part into memory, so a 1 MB "zip
// bomb" would otherwise cost gigabytes and block the server for many seconds.
// Entries are really inflated (with a cap), because the sizes a ZIP declares
// are written by the sender and may lie.
import { inflateRawSync } from "node:zlib";

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export type UnzippedSize = { ok: true; bytes: number } | { ok: false; reason: "rusak" | "terlalu-besar"; bytes: number };

/** Total unpacked size of a ZIP archive, stopping as soon as it exceeds `limit`. */
export function unzippedSize(data: Uint8Array, limit: number): UnzippedSize {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  // The end-of-central-directory record sits in the last 22 bytes + an optional comment of up to 64 KiB.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: "rusak", bytes: 0 };
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  let total = 0;
  try {
    for (let n = 0; n < entries; n++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) return { ok: false, reason: "rusak", bytes: total };
      const method = buf.readUInt16LE(p + 10);
      const compressed = buf.readUInt32LE(p + 20);
      const declared = buf.readUInt32LE(p + 24);
      const local = buf.readUInt32LE(p + 42);
      p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
      // Honest archives are refused from their directory alone, without inflating anything.
      if (total + declared > limit) return { ok: false, reason: "terlalu-besar", bytes: total + declared };
      if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) return { ok: false, reason: "rusak", bytes: total };
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const body = buf.subarray(start, start + compressed);
      if (method === 0) total += body.length;
      else if (method === 8) total += inflateRawSync(body, { maxOutputLength: Math.max(1, limit - total + 1) }).length;
      else return { ok: false, reason: "rusak", bytes: total };
      if (total > limit) return { ok: false, reason: "terlalu-besar", bytes: total };
    }
  } catch (e) {
    // zlib refuses to grow past maxOutputLength with a RangeError: the entry alone is over the limit.
    if (e instanceof RangeError) return { ok: false, reason: "terlalu-besar", bytes: limit + 1 };
    return { ok: false, reason: "rusak", bytes: total };
  }
  return { ok: true, bytes: total };
}
