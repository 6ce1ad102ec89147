// eppgbm: the e-PPGBM balita export (one row per measurement). Places come as
// names: desa/kel are matched by normalised name within the uploader's scope,
// posyandu by normalised name within that kelurahan, or through a remembered
// mapping. Only aggregates are stored (gizi, source EPPGBM) — no names, no NIK.
import type { ImportContext, ImportKindDef, Prepared } from "../kind";
import type { IssueList } from "../issues";
import { aggregateEppgbm, normalizePlaceName, parseEppgbmRows, type EppgbmAggregate } from "../eppgbm";
import { bulkPrepared, planBulk } from "../bulk-upsert";
import { NUTRITION_AGGREGATE, NUTRITION_COLUMNS } from "../bulk-sql";
import type { SqlValue } from "../../rollup/sql";
import { extraCells } from "../columns";
import { sheetNote } from "../read-table";
import { nameMappings, posyanduInScope, villagesInScope } from "../../queries/import";
import { splitKelurahanKey } from "../mapping";

export const eppgbm: ImportKindDef = {
  id: "eppgbm",
  dbKind: "EPPGBM",
  label: "Ekspor e-PPGBM (data balita per pengukuran)",
  sheet: "eppgbm",
  keyLabel: "posyandu + bulan (dari Desa/Kel, Posyandu, Tanggal Pengukuran)",
  columns: [],
  prepare: async () => {
    throw new Error("eppgbm reads the whole table (table.prepare)");
  },
  table: {
    parse(table, today, issues) {
      // Only a row longer than the header can hold extra cells; the check copies the tail, so skip it otherwise.
      const width = table.headers.length;
      const rows = table.format === "csv" ? table.rows.filter((r) => r.cells.length <= width || !extraCells(r.cells, width, r.line, issues)) : table.rows;
      const { measurements, issues: found } = parseEppgbmRows({ headers: table.rawHeaders, rows, sheetNote: sheetNote(table.sheet, eppgbm.sheet) }, today);
      for (const issue of found.items) issues.items.push(issue); // a spread overflows the stack on a file of 100,000+ bad rows
      return aggregateEppgbm(measurements);
    },
    prepare: (parsed, ctx, issues) => prepareAggregates(parsed as EppgbmAggregate[], ctx, issues),
  },
};

/** Matches aggregates to our posyandu (in scope, or through remembered mappings) and plans the writes. */
async function prepareAggregates(aggregates: EppgbmAggregate[], ctx: ImportContext, issues: IssueList): Promise<Prepared> {
  const [villages, posyandu, mappings] = await Promise.all([villagesInScope(ctx.client, ctx.viewer), posyanduInScope(ctx.client, ctx.viewer), nameMappings(ctx.client)]);
  const villageByName = new Map<string, string[]>();
  for (const v of villages) {
    const key = normalizePlaceName(v.name);
    villageByName.set(key, [...(villageByName.get(key) ?? []), v.code]);
  }
  const inScope = new Set(villages.map((v) => v.code));
  const posyanduById = new Map(posyandu.map((p) => [p.id, p]));
  applyVillageMappings(villageByName, mappings, inScope);
  const posyanduByKey = new Map<string, number[]>();
  for (const p of posyandu) {
    const key = `${p.kelurahanCode}|${normalizePlaceName(p.name)}`;
    posyanduByKey.set(key, [...(posyanduByKey.get(key) ?? []), p.id]);
  }
  for (const m of mappings) {
    if (m.kind === "POSYANDU" && m.posyanduId && posyanduById.has(m.posyanduId)) posyanduByKey.set(m.sourceKey, [m.posyanduId]);
  }
  // Two spellings can reach one posyandu (its own name and a mapped one, or a mapped kelurahan name beside the real
  // one): their counts add up into one row per posyandu and month. No child is counted twice, since each child's
  // latest measurement of the month was picked across the whole file (eppgbm-aggregate.ts).
  const staged = new Map<string, SqlValue[]>();
  const unmatched = new Map<string, { message: string; rows: number; column: string }>();
  const miss = (key: string, column: string, message: string, rows: number) => {
    const prev = unmatched.get(key);
    unmatched.set(key, { message, column, rows: (prev?.rows ?? 0) + rows });
  };
  for (const a of aggregates) {
    const villageCodes = villageByName.get(a.desaKelKey) ?? [];
    if (villageCodes.length !== 1) {
      miss(`K|${a.desaKelKey}`, "Desa/Kel", villageCodes.length === 0 ? `Desa/Kel "${a.desaKelName}" tidak dikenal di wilayah Anda` : `Desa/Kel "${a.desaKelName}" cocok dengan lebih dari satu wilayah`, a.rows);
      continue;
    }
    const ids = posyanduByKey.get(`${villageCodes[0]}|${a.posyanduKey}`) ?? [];
    if (ids.length !== 1) {
      miss(`P|${villageCodes[0]}|${a.posyanduKey}`, "Posyandu", ids.length === 0 ? `Posyandu "${a.posyanduName}" tidak dikenal di Desa/Kel "${a.desaKelName}"` : `Posyandu "${a.posyanduName}" cocok dengan lebih dari satu posyandu`, a.rows);
      continue;
    }
    const counts = [a.diukurTb, a.sangatPendek, a.pendek, a.diukurBbTb, a.giziBuruk, a.giziKurang, a.diukurBb, a.bbSangatKurang, a.bbKurang];
    const key = `${ids[0]}|${a.period}`;
    const row = staged.get(key);
    if (row) counts.forEach((c, i) => (row[3 + i] = (row[3 + i] as number) + c));
    else staged.set(key, [ids[0]!, a.period, "EPPGBM", ...counts]);
  }
  for (const u of unmatched.values()) issues.error(0, u.column, `${u.message} (${u.rows} anak); petakan nama ini di halaman impor lalu impor ulang`);
  return bulkPrepared(await planBulk(ctx.sql, NUTRITION_AGGREGATE, NUTRITION_COLUMNS, [...staged.values()]));
}

type Mapping = Awaited<ReturnType<typeof nameMappings>>[number];

/**
 * Lets the kelurahan mappings decide the names they cover. A mapping speaks for its kab/kota only: inside a kab/kota
 * with a mapping for a name (whose target the uploader may write to), the mapping's target replaces the villages that
 * really carry the name; in other kab/kota of the uploader's area the real names still count. More than one candidate
 * left is reported as ambiguous, as before.
 */
function applyVillageMappings(villageByName: Map<string, string[]>, mappings: Mapping[], inScope: Set<string>) {
  const mapped = new Map<string, { kabKota: Set<string>; targets: Set<string> }>();
  for (const m of mappings) {
    if (m.kind !== "KELURAHAN" || !m.kelurahanCode || !inScope.has(m.kelurahanCode)) continue;
    const { kabKota, name } = splitKelurahanKey(m.sourceKey);
    const entry = mapped.get(name) ?? { kabKota: new Set<string>(), targets: new Set<string>() };
    entry.kabKota.add(kabKota);
    entry.targets.add(m.kelurahanCode);
    mapped.set(name, entry);
  }
  for (const [name, { kabKota, targets }] of mapped) {
    const elsewhere = (villageByName.get(name) ?? []).filter((code) => !kabKota.has(code.slice(0, 5)));
    villageByName.set(name, [...new Set([...targets, ...elsewhere])]);
  }
}
