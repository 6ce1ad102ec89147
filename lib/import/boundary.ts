// Kelurahan/desa boundary import from GeoJSON (BIG `KDEPUM`, or `kode`/`code`).
// prepareBoundaries checks the whole file and returns display-ready shapes;
// saveBoundaries writes them in one transaction. Any error rejects the whole
// file (all-or-nothing, conventions.md); warnings never block an import:
//   errors   — too large, not JSON, nested too deep, not a FeatureCollection,
//              no features; per feature: not a Feature, no/malformed/duplicate
//              code, geometry not (Multi)Polygon, bad/out-of-range coordinate,
//              unclosed ring or < 4 positions, too many positions, self-intersection.
//   warnings — code not among the loaded areas (feature skipped), a loaded
//              kelurahan/desa without a feature, a name differing from the official one.
import type { Db } from "../db/client";
import type { Tx } from "./kind";
import { IssueList, ImportFileError, type ImportIssue } from "./issues";
import { exceedsJsonDepth, firstKink, prepareGeometry, readGeometry, utf8ByteLength, type BoundaryGeometry, type PolygonRings } from "./geometry";
import { bumpDataVersion } from "../db/data-version";

export type { BoundaryGeometry } from "./geometry";

/** An area already in the database (code, AreaLevel, official name). */
export type KnownArea = { code: string; level: string; name: string };

/** One display-ready boundary: RFC 7946 winding, simplified, 5 decimals; `vertices` counts every position incl. ring closures. */
export type BoundaryFeature = { code: string; geometry: BoundaryGeometry; centroid: [number, number]; vertices: number };

export type PrepareBoundaryOptions = { maxBytes?: number; toleranceDeg?: number };

export type PreparedBoundaries = {
  /** Empty whenever `issues` has an error. Features whose code is unknown are left out. */
  features: BoundaryFeature[];
  issues: IssueList;
  /** Codes in the file that are not among `known` (skipped, warned). */
  unmatched: string[];
  /** Known kelurahan/desa/desa adat codes with no feature in the file (warned). */
  missing: string[];
  /** UTF-8 size of the input text. */
  bytes: number;
  /** Size of the map payload for `features` (see kotaMapPayloadBytes). */
  payloadBytes: number;
};

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** ≈ 5.5 m at the equator: invisible at kota zoom, keeps a full-resolution kota of ~60 kelurahan far below 300 KB. */
export const DEFAULT_TOLERANCE_DEG = 0.00005;
export const MAX_JSON_DEPTH = 64;
const MAX_ERRORS = 500;
/** Unmatched/missing codes warned one by one up to this many, then summed up in one warning. */
const MAX_LISTED = 20;
const CODE_KEYS = ["KDEPUM", "kode", "code"] as const;
const NAME_KEYS = ["WADMKD", "nama", "name"] as const;
const CODE_RE = /^\d{2}\.\d{2}\.\d{2}(\.\d{4})?$/;
const VILLAGE_LEVELS: Record<string, string> = { KELURAHAN: "Kelurahan", DESA: "Desa", DESA_ADAT: "Desa adat" };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);
const mb = (bytes: number) => `${new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
const normName = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "");

function firstProperty(props: Json, keys: readonly string[]): { key: string; value: string } | null {
  for (const key of keys) {
    const v = props[key];
    if ((typeof v === "string" || typeof v === "number") && String(v).trim() !== "") return { key, value: String(v).trim() };
  }
  return null;
}

function codeProblem(code: string): string | null {
  if (CODE_RE.test(code)) return null;
  if (/^\d{10}$/.test(code)) return `kode "${code}" tanpa titik (mungkin kode BPS); gunakan kode Kemendagri PP.KK.CC.DDDD, misalnya 18.72.01.1001`;
  return `kode "${code}" bukan kode Kemendagri; bentuknya PP.KK.CC.DDDD, misalnya 18.72.01.1001`;
}

/** Parses the top level; returns the features array or records one file-level error. */
function readCollection(text: string, issues: IssueList): unknown[] | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // JSON.parse and every walk below would recurse on a hostile, deeply nested file.
  if (exceedsJsonDepth(body, MAX_JSON_DEPTH)) {
    issues.error(0, null, `Struktur JSON bersarang terlalu dalam (lebih dari ${MAX_JSON_DEPTH} tingkat); berkas ditolak.`);
    return null;
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    const pos = /position (\d+)/.exec(e instanceof Error ? e.message : "")?.[1];
    issues.error(0, null, `Berkas bukan JSON yang sah${pos ? ` (kesalahan di karakter ke-${Number(pos) + 1})` : ""}; pastikan berkas GeoJSON tidak terpotong.`);
    return null;
  }
  if (!isObject(data) || data.type !== "FeatureCollection") {
    const found = isObject(data) ? (typeof data.type === "string" ? data.type : "objek tanpa type") : Array.isArray(data) ? "array" : typeof data;
    issues.error(0, null, `Berkas harus berupa GeoJSON FeatureCollection (ditemukan: ${found}).`);
    return null;
  }
  if (!Array.isArray(data.features) || data.features.length === 0) {
    issues.error(0, null, "FeatureCollection tidak berisi fitur apa pun.");
    return null;
  }
  return data.features as unknown[];
}

/** Checks a boundary GeoJSON against the loaded areas and returns display-ready shapes (pure, no I/O). */
export function prepareBoundaries(text: string, known: readonly KnownArea[], opts: PrepareBoundaryOptions = {}): PreparedBoundaries {
  const issues = new IssueList();
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const tolerance = opts.toleranceDeg ?? DEFAULT_TOLERANCE_DEG;
  // A UTF-8 string is at least as many bytes as UTF-16 units: skip the count when that already exceeds.
  const bytes = text.length > maxBytes ? text.length : utf8ByteLength(text);
  const rejected = (): PreparedBoundaries => ({ features: [], issues, unmatched: [], missing: [], bytes, payloadBytes: 0 });
  if (bytes > maxBytes) {
    issues.error(0, null, `Berkas terlalu besar (${mb(bytes)}); batas ${mb(maxBytes)}.`);
    return rejected();
  }
  const raw = readCollection(text, issues);
  if (!raw) return rejected();

  const knownByCode = new Map(known.map((k) => [k.code, k]));
  const seen = new Map<string, number>();
  const accepted: { code: string; polygons: PolygonRings[] }[] = [];
  const unmatched: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const row = i + 1;
    if (issues.errors.length >= MAX_ERRORS) {
      issues.error(0, null, `Terlalu banyak kesalahan; pemeriksaan dihentikan pada fitur ${row} dari ${raw.length}.`);
      break;
    }
    const f = raw[i];
    if (!isObject(f) || f.type !== "Feature") {
      issues.error(row, null, "bukan objek GeoJSON Feature");
      continue;
    }
    const props = isObject(f.properties) ? f.properties : {};
    const prop = firstProperty(props, CODE_KEYS);
    const problem = prop ? codeProblem(prop.value) : null;
    let code: string | null = null;
    if (!prop) issues.error(row, null, "kode wilayah tidak ada; isi properti KDEPUM, kode, atau code");
    else if (problem) issues.error(row, prop.key, problem);
    else if (seen.has(prop.value)) issues.error(row, prop.key, `kode ${prop.value} ganda; sudah dipakai fitur ${seen.get(prop.value)}`);
    else {
      code = prop.value;
      seen.set(code, row);
    }
    const nameProp = firstProperty(props, NAME_KEYS);
    const name = nameProp?.value;
    const label = prop ? (name ? `${name} (${prop.value})` : prop.value) : (name ?? "tanpa kode");

    const geometry = readGeometry(f.geometry);
    if (!geometry.ok) {
      issues.error(row, "geometry", `${geometry.message} — ${label}`);
      continue;
    }
    let kinked = false;
    geometry.value.forEach((rings, p) => {
      const kink = firstKink(rings);
      if (!kink) return;
      kinked = true;
      const where = geometry.value.length > 1 ? ` pada poligon ke-${p + 1}` : "";
      issues.error(row, "geometry", `batas ${label} berpotongan dengan dirinya sendiri${where} di sekitar [${kink[0].toFixed(5)}, ${kink[1].toFixed(5)}]`);
    });
    if (kinked || !code || !prop) continue;

    const area = knownByCode.get(code);
    if (!area) {
      if (unmatched.push(code) <= MAX_LISTED) {
        issues.warning(row, prop.key, `kode ${code} tidak ada di daftar wilayah yang sudah dimuat; fitur ini dilewati`);
      }
      continue;
    }
    if (nameProp && normName(nameProp.value) !== normName(area.name)) {
      issues.warning(row, nameProp.key, `nama "${name}" berbeda dari nama resmi "${area.name}" untuk kode ${code}; batas dipasang menurut kode`);
    }
    accepted.push({ code, polygons: geometry.value });
  }

  const missing: string[] = [];
  for (const k of known) {
    const levelName = VILLAGE_LEVELS[k.level];
    if (!levelName || seen.has(k.code)) continue;
    if (missing.push(k.code) <= MAX_LISTED) issues.warning(0, null, `${levelName} ${k.name} (${k.code}) tidak memiliki batas di berkas ini`);
  }
  if (unmatched.length > MAX_LISTED) {
    issues.warning(0, null, `${unmatched.length - MAX_LISTED} kode lain juga tidak ada di daftar wilayah yang sudah dimuat dan dilewati`);
  }
  if (missing.length > MAX_LISTED) {
    issues.warning(0, null, `${missing.length - MAX_LISTED} kelurahan/desa lain juga tidak memiliki batas di berkas ini`);
  }
  if (issues.hasErrors) return { ...rejected(), unmatched, missing };

  const features = accepted.map(({ code, polygons }): BoundaryFeature => {
    const g = prepareGeometry(polygons, tolerance);
    return { code, geometry: g.geometry, centroid: g.centroid, vertices: g.vertices };
  });
  return { features, issues, unmatched, missing, bytes, payloadBytes: kotaMapPayloadBytes(features) };
}

/** Byte size of the FeatureCollection the kota map receives ({ code } as properties). */
export function kotaMapPayloadBytes(features: readonly Pick<BoundaryFeature, "code" | "geometry">[]): number {
  const fc = { type: "FeatureCollection", features: features.map((f) => ({ type: "Feature", properties: { code: f.code }, geometry: f.geometry })) };
  return utf8ByteLength(JSON.stringify(fc));
}

/** "fitur 3, properti kode: …" — like formatIssue, but a boundary file has features, not lines. */
export function formatBoundaryIssue(issue: ImportIssue): string {
  const where = issue.row > 0 ? `fitur ${issue.row}` : "berkas";
  const column = issue.column === "geometry" ? "geometri" : issue.column ? `properti ${issue.column}` : null;
  return column ? `${where}, ${column}: ${issue.message}` : `${where}: ${issue.message}`;
}

export type BoundarySaveOptions = {
  /**
   * Generated demo shapes: stored with schematic = true, and they never replace a
   * real (non-schematic) boundary that is already there (counted as unchanged).
   */
  schematic?: boolean;
  /** Runs inside the same transaction after the writes (the import records its batch here), so both commit or neither. */
  record?: (tx: Tx, result: BoundarySaveResult) => Promise<void>;
};
export type BoundarySaveResult = { inserted: number; updated: number; unchanged: number };

const CHUNK = 500;
const chunks = <T>(xs: readonly T[]) => Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK));

/**
 * Upserts AreaBoundary rows (by areaCode) and Area centroids in one transaction.
 * A row is unchanged when geojson, schematic and source are identical and the centroid matches.
 */
export async function saveBoundaries(db: Db, features: readonly BoundaryFeature[], source: string, opts: BoundarySaveOptions = {}): Promise<BoundarySaveResult> {
  const schematic = opts.schematic ?? false;
  const codes = features.map((f) => f.code);
  const dup = codes.find((c, i) => codes.indexOf(c) !== i);
  if (dup) throw new ImportFileError(`Kode ${dup} muncul lebih dari sekali; batas tidak disimpan.`);
  return db.$transaction(
    async (tx) => {
      const { areas, existing } = await storedBoundaries(tx, codes);
      const absent = codes.filter((c) => !areas.has(c));
      if (absent.length > 0) {
        const list = absent.slice(0, 5).join(", ") + (absent.length > 5 ? `, dan ${absent.length - 5} lainnya` : "");
        throw new ImportFileError(`Wilayah ${list} belum dimuat; muat dulu dengan \`npm run wilayah -- <kode kab/kota>\`. Tidak ada batas yang disimpan.`);
      }
      const result: BoundarySaveResult = { inserted: 0, updated: 0, unchanged: 0 };
      for (const f of features) {
        const geojson = JSON.stringify(f.geometry);
        const change = classify(f, geojson, existing.get(f.code), areas.get(f.code), schematic, source);
        result[change.kind]++;
        const [lng, lat] = f.centroid;
        if (change.centroid) await tx.area.update({ where: { code: f.code }, data: { centroidLat: lat, centroidLng: lng } });
        if (change.shape === "create") await tx.areaBoundary.create({ data: { areaCode: f.code, geojson, schematic, source } });
        if (change.shape === "update") await tx.areaBoundary.update({ where: { areaCode: f.code }, data: { geojson, schematic, source, importedAt: new Date() } });
      }
      if (result.inserted + result.updated > 0) await bumpDataVersion(tx);
      await opts.record?.(tx, result);
      return result;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

type StoredArea = { centroidLat: number | null; centroidLng: number | null };
type StoredBoundary = { geojson: string; schematic: boolean; source: string };

/** The stored centroids and boundaries of `codes`. */
async function storedBoundaries(client: Pick<Db, "area" | "areaBoundary">, codes: readonly string[]) {
  const areas = new Map<string, StoredArea>();
  const existing = new Map<string, StoredBoundary>();
  for (const part of chunks(codes)) {
    for (const r of await client.area.findMany({ where: { code: { in: part } }, select: { code: true, centroidLat: true, centroidLng: true } })) areas.set(r.code, r);
    for (const r of await client.areaBoundary.findMany({ where: { areaCode: { in: part } }, select: { areaCode: true, geojson: true, schematic: true, source: true } })) existing.set(r.areaCode, r);
  }
  return { areas, existing };
}

/**
 * What saving one feature does: new, changed (shape, source or centroid) or unchanged; a generated (schematic) shape
 * never replaces a real one. One rule for the save and for the check before it, so both report the same counts.
 */
function classify(f: BoundaryFeature, geojson: string, old: StoredBoundary | undefined, area: StoredArea | undefined, schematic: boolean, source: string) {
  if (schematic && old && !old.schematic) return { kind: "unchanged" as const, centroid: false, shape: null };
  const [lng, lat] = f.centroid;
  const centroid = area?.centroidLat !== lat || area?.centroidLng !== lng;
  const shape = !old ? ("create" as const) : old.geojson !== geojson || old.schematic !== schematic || old.source !== source ? ("update" as const) : null;
  return { kind: shape === "create" ? ("inserted" as const) : shape || centroid ? ("updated" as const) : ("unchanged" as const), centroid, shape };
}

/** The counts saving `features` would give, read without writing (the import's check). */
export async function previewBoundaries(db: Db, features: readonly BoundaryFeature[], source: string): Promise<BoundarySaveResult> {
  const { areas, existing } = await storedBoundaries(db, features.map((f) => f.code));
  const result: BoundarySaveResult = { inserted: 0, updated: 0, unchanged: 0 };
  for (const f of features) result[classify(f, JSON.stringify(f.geometry), existing.get(f.code), areas.get(f.code), false, source).kind]++;
  return result;
}
