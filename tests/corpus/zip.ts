// A minimal ZIP writer for hostile XLSX variants: the corpus needs archives no
// spreadsheet program would write (truncated, lying sizes, huge entries), so it
// builds them byte by byte instead of through ExcelJS.
import { constants, crc32, deflateRawSync } from "node:zlib";

/** `deflated` carries an already compressed body (see repeatedEntry) with its true size and CRC. */
export type ZipEntry = { name: string; data: Uint8Array | string; store?: boolean } | { name: string; deflated: { body: Buffer; size: number; crc: number } };

const u16 = (n: number) => Buffer.from([n & 0xff, (n >>> 8) & 0xff]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/** A ZIP archive of `entries` (deflated unless `store`), with a valid central directory. */
export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    let body: Buffer, size: number, crc: number, method = 8;
    if ("deflated" in e) ({ body, size, crc } = e.deflated);
    else {
      const raw = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : Buffer.from(e.data);
      body = e.store ? raw : deflateRawSync(raw, { level: 9 });
      [size, crc, method] = [raw.length, crc32(raw), e.store ? 0 : 8];
    }
    const name = Buffer.from(e.name, "utf8");
    const common = [u16(20), u16(0), u16(method), u16(0), u16(0x21), u32(crc), u32(body.length), u32(size), u16(name.length), u16(0)];
    const local = Buffer.concat([u32(0x04034b50), ...common, name, body]);
    central.push(Buffer.concat([u32(0x02014b50), u16(20), ...common, u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(dir.length), u32(offset), u16(0)]);
  return Buffer.concat([...locals, dir, end]);
}

/**
 * An entry that inflates to head + unit × times + tail without ever holding that
 * in memory: a fully flushed deflate fragment is self-contained, so repeating its
 * bytes repeats its output (a zip bomb, built in milliseconds). `lieAboutSize` declares 1 KB.
 */
export function repeatedEntry(name: string, head: string, unit: string, times: number, tail: string, lieAboutSize = false): ZipEntry {
  const flush = { level: 9, finishFlush: constants.Z_FULL_FLUSH };
  const [h, u, t] = [Buffer.from(head), Buffer.from(unit), Buffer.from(tail)];
  const fragment = deflateRawSync(u, flush);
  const body = Buffer.concat([deflateRawSync(h, flush), ...Array.from({ length: times }, () => fragment), deflateRawSync(t, { level: 9 })]);
  let crc = crc32(h);
  for (let i = 0; i < times; i++) crc = crc32(u, crc);
  // A lying archive declares 1 KB, as a bomb would to slip past a check of the directory alone.
  const size = lieAboutSize ? 1024 : (h.length + u.length * times + t.length) % 2 ** 32;
  return { name, deflated: { body, size, crc: crc32(t, crc) } };
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;

/** A hand-written one-sheet XLSX: `sheetData` is the inner XML of <sheetData>, `sharedStrings` the whole part. */
export function xlsxParts(sheetData: string, sharedStrings: string | ZipEntry = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>`): ZipEntry[] {
  return [
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "_rels/.rels", data: ROOT_RELS },
    { name: "xl/workbook.xml", data: WORKBOOK },
    { name: "xl/_rels/workbook.xml.rels", data: WORKBOOK_RELS },
    { name: "xl/worksheets/sheet1.xml", data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>` },
    typeof sharedStrings === "string" ? { name: "xl/sharedStrings.xml", data: sharedStrings } : sharedStrings,
  ];
}
