// kader: kader and where they serve; key kode_kader. A kader moving posyandu
// closes the old membership and opens a new one (history is kept).
import { parseBoolean, parseCode, parseDate, parseText, parseYear, type Parsed } from "../cells";
import { checkDuplicateKeys, type ParsedRow } from "../columns";
import type { ImportKindDef } from "../kind";
import { kaderByCode, posyanduByCode } from "../../queries/import";
import { refreshRollups } from "../../rollup/refresh";
import { codeUnavailable } from "../../validations/posyandu";

type Level = "PURWA" | "MADYA" | "UTAMA" | null;
type Values = {
  kode_kader: string; kode_posyandu: string; nama: string; jenis_kelamin: "L" | "P" | null; tahun_lahir: number | null;
  mulai_bertugas: string | null; aktif: boolean | null; terlatih_dasar: boolean | null; level_kompetensi: Level;
};

const parseGender = (r: string): Parsed<"L" | "P"> => {
  const s = r.trim().toUpperCase();
  return s === "L" || s === "P" ? { ok: true, value: s } : { ok: false, message: `jenis kelamin "${r}" harus L atau P` };
};
const parseLevel = (r: string): Parsed<Level> => {
  const s = r.trim().toLowerCase();
  if (s === "kosong" || s === "-") return { ok: true, value: null };
  if (s === "purwa" || s === "madya" || s === "utama") return { ok: true, value: s.toUpperCase() as Level };
  return { ok: false, message: `level "${r}" harus purwa, madya, utama atau kosong` };
};
const day = (ymd: string) => new Date(`${ymd}T00:00:00.000Z`);

export const kader: ImportKindDef = {
  id: "kader",
  dbKind: "KADER",
  label: "Kader posyandu",
  sheet: "kader",
  keyLabel: "kode_kader",
  columns: [
    { name: "kode_kader", required: true, help: "Kode unik kader", example: "K00001", parse: (r) => parseCode(r, "kode kader") },
    { name: "kode_posyandu", required: true, help: "Kode posyandu tempat bertugas", example: "P187201100101", parse: (r) => parseText(r, 50) },
    { name: "nama", required: true, help: "Nama kader", example: "Siti Rahayu", parse: (r) => parseText(r, 120) },
    { name: "jenis_kelamin", required: false, help: "L atau P", example: "P", parse: parseGender },
    { name: "tahun_lahir", required: false, help: "Tahun lahir, 4 angka", example: "1984", parse: parseYear },
    { name: "mulai_bertugas", required: false, help: "Tanggal mulai bertugas di posyandu ini, TTTT-BB-HH", example: "2019-03-01", parse: parseDate },
    { name: "aktif", required: false, help: "Masih aktif (ya/tidak); kosong = ya", example: "ya", parse: parseBoolean },
    { name: "terlatih_dasar", required: false, help: "Sudah mengikuti pelatihan dasar kader (ya/tidak)", example: "ya", parse: parseBoolean },
    { name: "level_kompetensi", required: false, help: "purwa, madya, utama atau kosong (sel kosong = belum ada level)", example: "purwa", parse: parseLevel },
  ],
  async prepare(rows, ctx, issues) {
    const values = rows as (ParsedRow & { values: Values })[];
    checkDuplicateKeys(rows, (r) => String(r.values.kode_kader), "kode kader", issues);
    const [posyandu, existing] = await Promise.all([
      posyanduByCode(ctx.client, ctx.viewer, values.map((r) => r.values.kode_posyandu)),
      kaderByCode(ctx.client, values.map((r) => r.values.kode_kader)),
    ]);
    const writable = await posyanduByCode(ctx.client, ctx.viewer, [...existing.values()].flatMap((k) => k.servedAt));
    const thisYear = Number(ctx.today.slice(0, 4));
    type Job = { line: number; v: Values; posyanduId: number; old: ReturnType<typeof existing.get> };
    const jobs: Job[] = [];
    let unchanged = 0;
    for (const { line, values: v } of values) {
      const p = posyandu.get(v.kode_posyandu);
      if (!p) {
        issues.error(line, "kode_posyandu", `kode posyandu ${v.kode_posyandu} tidak ada atau di luar wilayah Anda`);
        continue;
      }
      if (v.tahun_lahir !== null && (v.tahun_lahir < thisYear - 90 || v.tahun_lahir > thisYear - 14)) issues.error(line, "tahun_lahir", `tahun lahir ${v.tahun_lahir} tidak masuk akal untuk kader`);
      if (v.mulai_bertugas !== null && v.mulai_bertugas > ctx.today) issues.error(line, "mulai_bertugas", `tanggal ${v.mulai_bertugas} belum terjadi`);
      const old = existing.get(v.kode_kader);
      // A kader who never served in the viewer's area (open or closed memberships) is not theirs: the update would
      // rename them and move their history's figures, like the form, which edits only a kader who serves or served
      // at that posyandu. The message must not tell the operator that the code belongs to a kader elsewhere.
      if (old && old.servedAt.length > 0 && !old.servedAt.some((code) => writable.has(code))) {
        issues.error(line, "kode_kader", codeUnavailable("kader", v.kode_kader));
        continue;
      }
      // A kader of the viewer's area who also serves outside it: the operator knows this kader, the form says the same.
      if (old?.memberships.some((m) => !writable.has(m.posyandu.code))) {
        issues.error(line, "kode_kader", `kader ${v.kode_kader} juga bertugas di posyandu di luar wilayah Anda; minta admin mengubahnya`);
        continue;
      }
      // Without an aktif column a stored kader keeps their status; without level_kompetensi, their level.
      const active = ctx.absent.has("aktif") && old ? old.active : (v.aktif ?? true);
      const level = ctx.absent.has("level_kompetensi") && old ? old.level : v.level_kompetensi;
      const openHere = old?.memberships.some((m) => m.posyanduId === p.id) ?? false;
      const same = old && old.name === v.nama && (v.jenis_kelamin ?? old.gender) === old.gender && (v.tahun_lahir ?? old.birthYear) === old.birthYear &&
        old.active === active && level === old.level && (active ? openHere && old.memberships.length === 1 : old.memberships.length === 0) &&
        !(v.terlatih_dasar && old.trainings.length === 0);
      if (same) unchanged++;
      else jobs.push({ line, v, posyanduId: p.id, old });
      if (v.terlatih_dasar === false && old && old.trainings.length > 0) issues.warning(line, "terlatih_dasar", "catatan pelatihan dasar yang sudah ada tidak dihapus");
    }
    const start = (v: Values) => day(v.mulai_bertugas ?? ctx.today);
    return {
      counts: { inserted: jobs.filter((j) => !j.old).length, updated: jobs.filter((j) => j.old).length, unchanged },
      async write(tx, batchId, userId) {
        for (const { v, posyanduId, old } of jobs) {
          const active = ctx.absent.has("aktif") && old ? old.active : (v.aktif ?? true);
          const keepLevel = ctx.absent.has("level_kompetensi") && old;
          const fields = {
            name: v.nama, gender: v.jenis_kelamin ?? old?.gender ?? null, birthYear: v.tahun_lahir ?? old?.birthYear ?? null, active,
            ...(keepLevel ? {} : { level: v.level_kompetensi, levelOrigin: v.level_kompetensi ? ("INPUT" as const) : null }),
          };
          // The whole stored row as the before-image, like the after-image: a column the import leaves alone (phone,
          // levelRule) then reads unchanged in the audit log instead of "(none) → its stored value".
          const before = old ? await tx.kader.findUniqueOrThrow({ where: { id: old.id } }) : null;
          const row = old ? await tx.kader.update({ where: { id: old.id }, data: fields }) : await tx.kader.create({ data: { code: v.kode_kader, ...fields } });
          // Every row change is audited with the batch id, so the whole batch can be undone (lib/import/undo-audited.ts).
          const audit = (action: string, entity: string, id: number, before: object | null, after: object) =>
            tx.auditLog.create({ data: { userId, importBatchId: batchId, action, entity, entityId: String(id), before: before ? JSON.stringify(before) : null, after: JSON.stringify(after) } });
          await audit(old ? "IMPORT_UPDATE" : "IMPORT_CREATE", "Kader", row.id, before, row);
          for (const m of old?.memberships ?? []) {
            if (!active || m.posyanduId !== posyanduId) {
              const open = await tx.kaderMembership.findUniqueOrThrow({ where: { id: m.id } });
              const closed = await tx.kaderMembership.update({ where: { id: m.id }, data: { endDate: active ? start(v) : day(ctx.today) } });
              await audit("IMPORT_UPDATE", "KaderMembership", m.id, open, closed);
            }
          }
          if (active && !old?.memberships.some((m) => m.posyanduId === posyanduId)) {
            const opened = await tx.kaderMembership.create({ data: { kaderId: row.id, posyanduId, startDate: start(v) } });
            await audit("IMPORT_CREATE", "KaderMembership", opened.id, null, opened);
          }
          if (v.terlatih_dasar && !old?.trainings.length) {
            const training = await tx.kaderTraining.create({ data: { kaderId: row.id, type: "DASAR", date: start(v), note: "Dari impor: tanggal pelatihan tidak diketahui" } });
            await audit("IMPORT_CREATE", "KaderTraining", training.id, null, training);
          }
        }
        // Kader with an SK count towards Posyandu Aktif in every year they served.
        const posyanduIds = jobs.flatMap((j) => [j.posyanduId, ...(j.old?.memberships.map((m) => m.posyanduId) ?? [])]);
        if (posyanduIds.length) await refreshRollups(tx, { posyanduIds, all: true });
      },
    };
  },
};
