// Hostile files every import kind must refuse: broken CSV, wrong encodings,
// broken or booby-trapped XLSX, broken GeoJSON, oversized files. Small ones
// also live as real files in tests/corpus/files/ (picked up automatically);
// large or binary ones are generated here at test time, never committed.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { MAX_IMPORT_BYTES } from "@/lib/import/read-table";
import { repeatedEntry, xlsxParts, zip } from "./zip";

export type HostileFile = {
  id: string;
  fileName: string;
  bytes: () => Promise<Uint8Array>;
  /** Refused by the tabular kinds; "batas-wilayah" too unless `tabularOnly`. */
  tabularOnly?: boolean;
};

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...utf8(p)] : p)));
const same = (b: Uint8Array) => async () => b;
const HEADER = "kode_posyandu,periode,buka,kader_bertugas,s,k,d,n,bgm,t2";

/** UTF-16 text with an optional BOM, as Excel's "Unicode Text" export writes it. */
function utf16(text: string, endian: "le" | "be", bom = true): Uint8Array {
  const le = Buffer.from(text, "utf16le");
  const body = endian === "le" ? le : Buffer.from(le).swap16();
  const mark = bom ? (endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  return new Uint8Array([...mark, ...body]);
}

/** `depth` nested arrays (or objects) around a FeatureCollection: stack overflow bait. */
const nested = (depth: number, open: string, close: string) => `${open.repeat(depth)}${close.repeat(depth)}`;

async function workbookBytes(build: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet("data"));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const GENERATED: HostileFile[] = [
  // ── CSV ──
  { id: "kosong", fileName: "kosong.csv", bytes: same(new Uint8Array()) },
  { id: "hanya-bom", fileName: "bom.csv", bytes: same(bytes([0xef, 0xbb, 0xbf])) },
  { id: "hanya-baris-kosong", fileName: "baris-kosong.csv", bytes: same(utf8("\r\n\n\r\n  \n")) },
  { id: "hanya-judul", fileName: "judul.csv", bytes: same(utf8(`${HEADER}\r\n`)) },
  { id: "kutip-tak-tertutup", fileName: "kutip.csv", bytes: same(utf8(`${HEADER}\n"P187201100101,2026-08,ya,5,80,75,60,50,1,2\n`)) },
  { id: "kutip-di-tengah", fileName: "kutip2.csv", bytes: same(utf8(`${HEADER}\nP18"72,2026-08,ya,5,80,75,60,50,1,2\n`)) },
  { id: "pemisah-tab", fileName: "tab.csv", bytes: same(utf8(`${HEADER.replaceAll(",", "\t")}\nP187201100101\t2026-08\tya\t5\t80\t75\t60\t50\t1\t2\n`)) },
  { id: "pemisah-pipa", fileName: "pipa.csv", bytes: same(utf8(`${HEADER.replaceAll(",", "|")}\nP187201100101|2026-08|ya|5|80|75|60|50|1|2\n`)) },
  { id: "10rb-kolom", fileName: "lebar.csv", bytes: async () => utf8(`${Array.from({ length: 10_000 }, (_, i) => `kolom_${i}`).join(",")}\n${"1,".repeat(9_999)}1\n`) },
  { id: "html-halaman-galat", fileName: "galat.csv", bytes: same(utf8("<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1><script>alert(1)</script></body></html>\n")) },
  // ── encodings ──
  { id: "utf16le-bom", fileName: "utf16le.csv", bytes: async () => utf16(`${HEADER}\r\nP187201100101,2026-08,ya,5,80,75,60,50,1,2\r\n`, "le") },
  { id: "utf16be-bom", fileName: "utf16be.csv", bytes: async () => utf16(`${HEADER}\r\nP187201100101,2026-08,ya,5,80,75,60,50,1,2\r\n`, "be") },
  { id: "utf16le-tanpa-bom", fileName: "utf16.csv", bytes: async () => utf16(`${HEADER}\r\nP187201100101,2026-08,ya,5,80,75,60,50,1,2\r\n`, "le", false) },
  { id: "utf32le-bom", fileName: "utf32.csv", bytes: same(bytes([0xff, 0xfe, 0, 0, 0x6b, 0, 0, 0, 0x0a, 0, 0, 0])) },
  { id: "windows-1252", fileName: "ansi.csv", bytes: same(bytes("kode_posyandu,nama_posyandu,kode_kelurahan\nP1,Caf", [0xe9], " Sehat,18.72.01.1001\n")) },
  { id: "utf8-overlong", fileName: "overlong.csv", bytes: same(bytes("kode_posyandu,periode\nP1", [0xc0, 0xaf], ",2026-08\n")) },
  { id: "utf8-lanjutan-yatim", fileName: "yatim.csv", bytes: same(bytes("kode_posyandu,periode\nP1", [0x80, 0x80], ",2026-08\n")) },
  { id: "utf8-terpotong", fileName: "terpotong.csv", bytes: same(bytes("kode_posyandu,periode\nP1,2026-08", [0xe0, 0xa4])) },
  { id: "utf8-surrogate", fileName: "surrogate.csv", bytes: same(bytes("kode_posyandu,periode\nP1", [0xed, 0xa0, 0x80], ",2026-08\n")) },
  { id: "byte-nul", fileName: "nul.csv", bytes: same(bytes(`${HEADER}\nP187201100101,2026-08,ya,5,80,75,60,50,1,2`, [0], "\n")) },
  { id: "png-bernama-csv", fileName: "gambar.csv", bytes: same(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])) },
  { id: "xls-lama", fileName: "lama.xls", bytes: same(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])) },
  // ── XLSX ──
  {
    id: "xlsx-terpotong",
    fileName: "terpotong.xlsx",
    bytes: async () => {
      const full = await workbookBytes((ws) => ws.addRows([HEADER.split(","), ["P187201100101", "2026-08", "ya", "5", "80", "75", "60", "50", "1", "2"]]));
      return full.slice(0, Math.floor(full.length / 2));
    },
  },
  { id: "zip-bukan-xlsx", fileName: "arsip.xlsx", bytes: async () => zip([{ name: "catatan.txt", data: "bukan lembar kerja" }]) },
  { id: "zip-kosong", fileName: "kosong.xlsx", bytes: async () => zip([]) },
  { id: "xlsx-xml-rusak", fileName: "xml-rusak.xlsx", bytes: async () => zip(xlsxParts(`<row r="1"><c r="A1" t="inlineStr"><is><t>kode_posyandu</t></is></c>`)) },
  {
    id: "xlsx-entitas-eksternal",
    fileName: "xxe.xlsx",
    bytes: async () =>
      zip(xlsxParts(`<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>0</v></c></row>`, `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&xxe;</t></si></sst>`)),
  },
  {
    id: "xlsx-billion-laughs",
    fileName: "laughs.xlsx",
    bytes: async () => {
      const ents = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join("");
      return zip(xlsxParts(`<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>0</v></c></row>`, `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY l0 "lol">${ents}]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&l9;</t></si></sst>`));
    },
  },
  {
    // 640 MB of shared strings in a ~1 MB file: more than a JavaScript string can hold.
    id: "xlsx-bom-sharedstrings",
    fileName: "bom.xlsx",
    bytes: async () => {
      const sst = repeatedEntry("xl/sharedStrings.xml", `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`, `<si><t>${"A".repeat(65_516)}</t></si>`, 10_000, "</sst>");
      return zip(xlsxParts(`<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row>`, sst));
    },
  },
  {
    id: "xlsx-rumus-galat-gabung",
    fileName: "rumus.xlsx",
    bytes: () =>
      workbookBytes((ws) => {
        ws.addRow(HEADER.split(","));
        ws.addRow(["P187201100101", "2026-08", "ya", { formula: "1/0", result: { error: "#DIV/0!" } }, { formula: "NOW()" }, "75", { formula: "E2*2", result: { error: "#REF!" } }, "50", "1", "2"]);
        ws.mergeCells("A2:C2");
      }),
  },
  // ── GeoJSON ──
  { id: "json-terpotong", fileName: "batas.geojson", bytes: same(utf8(`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"KDEPUM":"18.72.01.1001"},"geometry":{"type":"Polygon","coordinates":[[[105.3,-5.1],[105.31`)) },
  { id: "json-bersarang-100rb-array", fileName: "dalam.geojson", bytes: async () => utf8(nested(100_000, "[", "]")) },
  { id: "json-bersarang-100rb-objek", fileName: "dalam2.geojson", bytes: async () => utf8(`${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`) },
  { id: "json-bukan-koleksi", fileName: "fitur.geojson", bytes: same(utf8(`{"type":"Feature","properties":{"kode":"18.72.01.1001"},"geometry":null}`)) },
  { id: "json-null", fileName: "null.geojson", bytes: same(utf8("null")) },
  { id: "json-proto", fileName: "proto.geojson", bytes: same(utf8(`{"__proto__":{"type":"FeatureCollection"},"features":[]}`)) },
  {
    id: "terlalu-besar",
    fileName: "besar.csv",
    bytes: async () => {
      const b = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41);
      b.set(utf8(`${HEADER}\n`));
      return b;
    },
  },
];

const FILES_DIR = path.join(__dirname, "files");

/** Every committed file in tests/corpus/files/ (see docs/bad-input.md to add one). */
function committed(): HostileFile[] {
  return readdirSync(FILES_DIR)
    .filter((f) => !f.startsWith("."))
    .sort()
    .map((f) => ({ id: `berkas:${f}`, fileName: f, bytes: async () => new Uint8Array(readFileSync(path.join(FILES_DIR, f))) }));
}

/** The whole file corpus: generated cases first, then the committed files. */
export function hostileFiles(): HostileFile[] {
  return [...GENERATED, ...committed()];
}
