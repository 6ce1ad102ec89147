// posyandu: the posyandu register; key kode_posyandu. Places posyandu only in
// kelurahan/desa inside the uploader's scope.
import { parseBoolean, parseCode, parseDecimal, parseText, type Parsed } from "../cells";
import { checkDuplicateKeys, type ParsedRow } from "../columns";
import { sameValues, type ImportKindDef } from "../kind";
import { posyanduByCode, posyanduCodesTaken, puskesmasByName, villagesByCode } from "../../queries/import";
import { refreshRollups } from "../../rollup/refresh";
import { codeUnavailable, dayOf } from "../../validations/posyandu";

/** A file without a nama_puskesmas column leaves a stored posyandu's puskesmas as it is. */
const KEEP_PUSKESMAS = "\u0000tetap";

type Values = {
  kode_posyandu: string; nama_posyandu: string; kode_kelurahan: string; nama_puskesmas: string | null;
  rw: string | null; alamat: string | null; lintang: number | null; bujur: number | null; ilp: boolean | null;
};

const within = (min: number, max: number, label: string) => (raw: string): Parsed<number> => {
  const p = parseDecimal(raw);
  if (!p.ok) return p;
  return p.value < min || p.value > max ? { ok: false, message: `${label} ${raw} di luar wilayah Indonesia (${min} s.d. ${max})` } : p;
};

export const posyandu: ImportKindDef = {
  id: "posyandu",
  dbKind: "POSYANDU",
  label: "Daftar posyandu",
  sheet: "posyandu",
  keyLabel: "kode_posyandu",
  columns: [
    { name: "kode_posyandu", required: true, help: "Kode unik posyandu (ditentukan dinas/puskesmas)", example: "P187201100101", parse: (r) => parseCode(r, "kode posyandu") },
    { name: "nama_posyandu", required: true, help: "Nama posyandu", example: "Melati 1", parse: (r) => parseText(r, 120) },
    { name: "kode_kelurahan", required: true, help: "Kode Kemendagri kelurahan/desa, misalnya 18.72.01.1001", example: "18.72.01.1001", parse: (r) => parseText(r, 20) },
    { name: "nama_puskesmas", required: false, help: "Nama puskesmas pembina, sama persis dengan yang terdaftar", example: "Puskesmas Metro", parse: (r) => parseText(r, 120) },
    { name: "rw", required: false, help: "RW/dusun", example: "RW 03", parse: (r) => parseText(r, 40) },
    { name: "alamat", required: false, help: "Alamat tempat kegiatan", example: "Balai RW 03", parse: (r) => parseText(r, 200) },
    { name: "lintang", required: false, help: "Lintang (desimal, negatif di selatan khatulistiwa)", example: "-5,1132", parse: within(-11.5, 6.5, "lintang") },
    { name: "bujur", required: false, help: "Bujur (desimal)", example: "105,3067", parse: within(94.5, 141.5, "bujur") },
    { name: "ilp", required: false, help: "Sudah Integrasi Layanan Primer (ya/tidak)", example: "ya", parse: parseBoolean },
  ],
  async prepare(rows, ctx, issues) {
    const values = rows as (ParsedRow & { values: Values })[];
    checkDuplicateKeys(rows, (r) => String(r.values.kode_posyandu), "kode posyandu", issues);
    const codes = values.map((r) => r.values.kode_posyandu);
    const [mine, taken, villages] = await Promise.all([
      posyanduByCode(ctx.client, ctx.viewer, codes),
      posyanduCodesTaken(ctx.client, codes),
      villagesByCode(ctx.client, ctx.viewer, values.map((r) => r.values.kode_kelurahan)),
    ]);
    const kotaOf = (kel: string) => kel.split(".").slice(0, 2).join(".");
    const puskesmas = await puskesmasByName(ctx.client, [...new Set([...villages.keys()].map(kotaOf))]);
    const newPuskesmas = new Map<string, { name: string; kotaCode: string }>();
    const inserts: Record<string, unknown>[] = [];
    const updates: { id: number; data: Record<string, unknown>; kelurahanCode: string }[] = [];
    let unchanged = 0;
    // A column the file lacks keeps a stored posyandu's value (a list of codes and names must not wipe coordinates).
    const has = (name: string) => !ctx.absent.has(name);
    for (const { line, values: read } of values) {
      const own = mine.get(read.kode_posyandu);
      const v: Values = !own ? read : {
        ...read,
        rw: has("rw") ? read.rw : own.rw, alamat: has("alamat") ? read.alamat : own.address,
        lintang: has("lintang") ? read.lintang : own.lat, bujur: has("bujur") ? read.bujur : own.lng, ilp: has("ilp") ? read.ilp : own.ilp,
      };
      const village = villages.get(v.kode_kelurahan);
      if (!village) {
        issues.error(line, "kode_kelurahan", `kode kelurahan/desa ${v.kode_kelurahan} tidak ada atau di luar wilayah Anda`);
        continue;
      }
      const kota = kotaOf(village.code);
      let puskesmasKey: string | null = own && !has("nama_puskesmas") ? KEEP_PUSKESMAS : null;
      if (v.nama_puskesmas) {
        puskesmasKey = `${kota}|${v.nama_puskesmas.toLowerCase()}`;
        if (!puskesmas.has(puskesmasKey)) {
          if (ctx.viewer.role !== "ADMIN") issues.error(line, "nama_puskesmas", `puskesmas "${v.nama_puskesmas}" belum terdaftar; minta admin mendaftarkannya`);
          else if (!newPuskesmas.has(puskesmasKey)) {
            issues.warning(line, "nama_puskesmas", `puskesmas "${v.nama_puskesmas}" belum terdaftar dan akan dibuat`);
            newPuskesmas.set(puskesmasKey, { name: v.nama_puskesmas, kotaCode: kota });
          }
        }
      }
      if ((v.lintang === null) !== (v.bujur === null)) issues.error(line, v.lintang === null ? "lintang" : "bujur", "lintang dan bujur harus diisi berdua atau dikosongkan berdua");
      const ilp = v.ilp ?? false;
      // The form's rule (lib/actions/posyandu.ts): ILP since the day it was first recorded, none once it is off.
      const ilpSince = ilp ? (own?.ilp ? own.ilpSince : dayOf(ctx.today)) : null;
      const data = {
        name: v.nama_posyandu, kelurahanCode: village.code, kecamatanCode: village.parentCode ?? "", kabKotaCode: kota,
        rw: v.rw, address: v.alamat, lat: v.lintang, lng: v.bujur, ilp, ilpSince, puskesmasKey,
      };
      if (!own && taken.has(v.kode_posyandu)) {
        issues.error(line, "kode_posyandu", codeUnavailable("posyandu", v.kode_posyandu));
      } else if (!own) inserts.push({ code: v.kode_posyandu, ...data });
      else {
        const puskesmasId = puskesmasKey === KEEP_PUSKESMAS ? own.puskesmasId : puskesmasKey ? (puskesmas.get(puskesmasKey)?.id ?? -1) : null;
        const { puskesmasKey: _k, ...fields } = data;
        void _k;
        if (sameValues(own, { ...fields, puskesmasId })) unchanged++;
        else updates.push({ id: own.id, data, kelurahanCode: own.kelurahanCode });
      }
    }
    return {
      counts: { inserted: inserts.length, updated: updates.length, unchanged },
      async write(tx, batchId, userId) {
        const ids = new Map([...puskesmas].map(([k, p]) => [k, p.id]));
        for (const [key, p] of newPuskesmas) ids.set(key, (await tx.puskesmas.create({ data: p })).id);
        const resolve = ({ puskesmasKey, ...rest }: Record<string, unknown>) =>
          puskesmasKey === KEEP_PUSKESMAS ? rest : { ...rest, puskesmasId: puskesmasKey ? (ids.get(puskesmasKey as string) ?? null) : null };
        const added = new Set<string>();
        for (const row of inserts) {
          const created = await tx.posyandu.create({ data: resolve(row) as never });
          added.add(created.kelurahanCode);
          await tx.auditLog.create({ data: { userId, importBatchId: batchId, action: "IMPORT_CREATE", entity: "Posyandu", entityId: String(created.id), after: JSON.stringify(created) } });
        }
        const moved = new Set<string>();
        for (const u of updates) {
          if (u.kelurahanCode !== u.data.kelurahanCode) moved.add(u.kelurahanCode).add(u.data.kelurahanCode as string);
          // The before-image is the whole row, as the after-image is: a column the import leaves alone (ilpSince,
          // skNumber, dusun) then reads unchanged in the audit log instead of "(none) → its stored value".
          const before = await tx.posyandu.findUniqueOrThrow({ where: { id: u.id } });
          const after = await tx.posyandu.update({ where: { id: u.id }, data: resolve(u.data) as never });
          await tx.auditLog.create({ data: { userId, importBatchId: batchId, action: "IMPORT_UPDATE", entity: "Posyandu", entityId: String(u.id), before: JSON.stringify(before), after: JSON.stringify(after) } });
        }
        // A posyandu that moved kelurahan takes its history with it: both kelurahan are recomputed.
        // A new posyandu counts among its kelurahan's active posyandu (AreaKader) in every month.
        if (moved.size || added.size) await refreshRollups(tx, { kelurahanCodes: [...moved, ...added], all: true });
      },
    };
  },
};
