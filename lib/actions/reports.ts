import "server-only";
// Monthly SKDN grid (/laporan) and annual profile (/profil) writes. The core
// functions take (db, viewer, input, today) so tests can call them; the server
// actions below only add the session and revalidation around them. The actions
// use inline "use server" so the core functions are never exposed to the client
// (a "use server" file would publish every export); pages pass them as props.
import { revalidatePath } from "next/cache";
import { db as appDb, type Db } from "../db/client";
import { requireViewer } from "../auth/viewer";
import { canEnterData, posyanduWhere, scopeOf, type Viewer } from "../auth/scope";
import { writeAudit } from "../audit";
import { BUSY, BUSY_NOT_SAVED, unlessBusy } from "../db/busy";
import { refreshRollups } from "../rollup/refresh";
import type { DataFamily } from "../db/data-version";
import { yearOf } from "../period";
import { sameValues } from "../import/kind";
import { checkSkdn } from "../validations/skdn";
import { periodSchema } from "../validations/period";
import {
  fieldErrorsOf, gridFromForm, isBlankRow, monthlyGridSchema, monthlyRowSchema, profileSchema, todayInJakarta,
  type FormResult, type GridField, type GridResult, type MonthlyRow,
} from "../validations/reports";

/** What these forms can change: the cached reads of other families (lib/queries/cache.ts) stay valid. */
const REPORTS: readonly DataFamily[] = ["reports"];

const NOT_SAVED = "tidak ada yang disimpan";

/** Posyandu (id → name) among `ids` that the viewer may write to. */
async function writablePosyandu(client: Db, viewer: Viewer, ids: number[]): Promise<Map<number, string>> {
  const rows = await client.posyandu.findMany({ where: { AND: [posyanduWhere(scopeOf(viewer)), { id: { in: ids } }] }, select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, r.name]));
}

const skdnValues = (period: string, r: MonthlyRow) => ({
  period, opened: r.buka, kaderOnDuty: r.kader_bertugas, s: r.s, k: r.k, d: r.d, n: r.n, o: r.o, b: r.b, bgm: r.bgm, t2: r.t2,
});

const reportValues = (r: MonthlyRow, qualityFlags: string | null) => ({
  opened: r.buka, kaderOnDuty: r.kader_bertugas, s: r.s, k: r.k, d: r.d, n: r.n, o: r.o, b: r.b, bgm: r.bgm, t2: r.t2, qualityFlags,
});

/**
 * Saves every row of the monthly grid in one transaction, or nothing: a row with an
 * error (zod or SKDN rules) or a posyandu outside the scope stops the whole save.
 * Blank rows are skipped; unchanged rows are left untouched (no write, no audit).
 */
export async function saveMonthlyGrid(client: Db, viewer: Viewer, input: unknown, today: string): Promise<GridResult> {
  const parsed = monthlyGridSchema.safeParse(input);
  if (!parsed.success) {
    const rowErrors: NonNullable<GridResult["rowErrors"]> = {};
    const general: string[] = [];
    const rawRows = (input as { rows?: { posyanduId?: unknown }[] } | null)?.rows;
    for (const issue of parsed.error.issues) {
      const [top, index, field] = issue.path;
      const id = top === "rows" && typeof index === "number" ? rawRows?.[index]?.posyanduId : undefined;
      if (id !== undefined && typeof field === "string" && field !== "posyanduId") (rowErrors[String(id)] ??= {})[field as GridField | "buka"] ??= issue.message;
      else general.push(top === "periode" ? `Periode: ${issue.message}` : issue.message);
    }
    // The rows whose cells are fine get their SKDN checks in the same answer: fixing "3,5" should not uncover a
    // second round of errors (N > D − O − B) in other rows.
    const periode = periodSchema.safeParse((input as { periode?: unknown } | null)?.periode);
    if (periode.success && Array.isArray(rawRows)) {
      for (const raw of rawRows) {
        const row = monthlyRowSchema.safeParse(raw);
        if (!row.success || isBlankRow(row.data)) continue;
        for (const e of checkSkdn(skdnValues(periode.data, row.data), today).errors) {
          if (e.field !== "periode") (rowErrors[String(row.data.posyanduId)] ??= {})[e.field] ??= e.message;
        }
      }
    }
    const message = general.length > 0 ? `${general.join("; ")}; ${NOT_SAVED}.` : `Periksa isian yang ditandai merah; ${NOT_SAVED}.`;
    return { ok: false, message, rowErrors };
  }
  const { periode, rows } = parsed.data;

  const rowErrors: NonNullable<GridResult["rowErrors"]> = {};
  const filled: { row: MonthlyRow; flags: string | null; warnings: ReturnType<typeof checkSkdn>["warnings"] }[] = [];
  let futurePeriod = false;
  for (const row of rows) {
    if (isBlankRow(row)) continue;
    const check = checkSkdn(skdnValues(periode, row), today);
    for (const e of check.errors) {
      if (e.field === "periode") futurePeriod = true;
      else (rowErrors[String(row.posyanduId)] ??= {})[e.field] ??= e.message;
    }
    filled.push({ row, flags: check.qualityFlags, warnings: check.warnings });
  }
  if (futurePeriod) return { ok: false, message: `Periode ${periode} belum terjadi; ${NOT_SAVED}.` };
  const errorRows = Object.keys(rowErrors).length;
  if (errorRows > 0) return { ok: false, message: `${errorRows} baris memiliki galat; ${NOT_SAVED}. Perbaiki isian yang ditandai merah.`, rowErrors };

  if (!canEnterData(viewer.role)) return { ok: false, message: `Peran Anda tidak dapat mengisi laporan; ${NOT_SAVED}.` };
  const ids = rows.map((r) => r.posyanduId);
  const names = await writablePosyandu(client, viewer, ids);
  const outside = ids.filter((id) => !names.has(id)).length;
  if (outside > 0) return { ok: false, message: `${outside} posyandu tidak terdaftar atau di luar wilayah Anda; ${NOT_SAVED}.` };
  if (filled.length === 0) return { ok: false, message: `Semua baris kosong; ${NOT_SAVED}.` };

  // A large import holds the write lock for its whole transaction: past the busy timeout, refuse plainly.
  const counts = await unlessBusy(() => client.$transaction(async (tx) => {
    const c = { inserted: 0, updated: 0, unchanged: 0, skipped: rows.length - filled.length };
    const existing = await tx.monthlyReport.findMany({ where: { period: periode, posyanduId: { in: filled.map((f) => f.row.posyanduId) } } });
    const byPosyandu = new Map(existing.map((e) => [e.posyanduId, e]));
    for (const { row, flags } of filled) {
      const values = reportValues(row, flags);
      const old = byPosyandu.get(row.posyanduId);
      if (old && sameValues(old, values)) {
        c.unchanged++;
        continue;
      }
      const stamp = { source: "FORM" as const, enteredById: viewer.id };
      if (!old) {
        const created = await tx.monthlyReport.create({ data: { posyanduId: row.posyanduId, period: periode, ...values, ...stamp } });
        await writeAudit(tx, { userId: viewer.id, action: "CREATE", entity: "MonthlyReport", entityId: created.id, after: { posyanduId: row.posyanduId, period: periode, ...values, ...stamp } }, REPORTS);
        c.inserted++;
      } else {
        // The row now belongs to the form, not to the import batch that wrote it (undo then refuses it).
        await tx.monthlyReport.update({ where: { id: old.id }, data: { ...values, ...stamp, importBatchId: null } });
        await writeAudit(tx, { userId: viewer.id, action: "UPDATE", entity: "MonthlyReport", entityId: old.id, before: old, after: { ...values, ...stamp, importBatchId: null } }, REPORTS);
        c.updated++;
      }
    }
    // Rollups change in the same transaction, so every dashboard shows the save at once.
    if (c.inserted + c.updated > 0) await refreshRollups(tx, { posyanduIds: filled.map((f) => f.row.posyanduId), periods: [periode], years: [yearOf(periode)], changes: REPORTS });
    return c;
  }));
  if (counts === BUSY) return { ok: false, message: BUSY_NOT_SAVED };

  const warnings = filled.flatMap(({ row, warnings: w }) => w.map((x) => ({ posyanduId: row.posyanduId, name: names.get(row.posyanduId) ?? "", field: x.field, message: x.message })));
  const n = (x: number) => x.toLocaleString("id-ID");
  const message = `Tersimpan: ${n(counts.inserted)} baru, ${n(counts.updated)} diperbarui, ${n(counts.unchanged)} tidak berubah${counts.skipped > 0 ? `, ${n(counts.skipped)} baris kosong dilewati` : ""}.`;
  return { ok: true, message, counts, warnings };
}

/** Server action of the monthly grid (useActionState signature). */
export async function saveMonthlyGridAction(_prev: GridResult | null, form: FormData): Promise<GridResult> {
  "use server";
  const viewer = await requireViewer();
  const result = await saveMonthlyGrid(appDb(), viewer, gridFromForm(form), todayInJakarta());
  if (result.ok) revalidatePath("/laporan");
  return result;
}

/** Creates or updates the annual profile of one posyandu × year; unchanged values write nothing. */
export async function saveProfile(client: Db, viewer: Viewer, input: unknown, today: string): Promise<FormResult> {
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: `Periksa isian yang ditandai merah; ${NOT_SAVED}.`, fieldErrors: fieldErrorsOf(parsed.error) };
  const v = parsed.data;
  if (v.tahun > Number(today.slice(0, 4))) return { ok: false, message: `Tahun ${v.tahun} belum terjadi; ${NOT_SAVED}.`, fieldErrors: { tahun: `tahun ${v.tahun} belum terjadi` } };
  const values = {
    cakupanKia: v.cakupan_kia, cakupanKb: v.cakupan_kb, cakupanImunisasi: v.cakupan_imunisasi,
    programTambahan: v.program_tambahan, danaSehat: v.dana_sehat, alatUkurLengkap: v.alat_ukur_lengkap,
  };
  if (Object.values(values).every((x) => x === null)) return { ok: false, message: `Isi minimal satu nilai; ${NOT_SAVED}.` };

  if (!canEnterData(viewer.role)) return { ok: false, message: `Peran Anda tidak dapat mengisi profil posyandu; ${NOT_SAVED}.` };
  const names = await writablePosyandu(client, viewer, [v.posyanduId]);
  if (!names.has(v.posyanduId)) return { ok: false, message: `Posyandu tidak terdaftar atau di luar wilayah Anda; ${NOT_SAVED}.` };

  const outcome = await unlessBusy(() => client.$transaction(async (tx) => {
    const old = await tx.annualProfile.findUnique({ where: { posyanduId_year: { posyanduId: v.posyanduId, year: v.tahun } } });
    if (old && sameValues(old, values)) return "tidak berubah";
    const stamp = { enteredById: viewer.id };
    if (!old) {
      const created = await tx.annualProfile.create({ data: { posyanduId: v.posyanduId, year: v.tahun, ...values, ...stamp } });
      await writeAudit(tx, { userId: viewer.id, action: "CREATE", entity: "AnnualProfile", entityId: created.id, after: { posyanduId: v.posyanduId, year: v.tahun, ...values, ...stamp } }, REPORTS);
      await refreshRollups(tx, { posyanduIds: [v.posyanduId], years: [v.tahun], changes: REPORTS });
      return "baru";
    }
    await tx.annualProfile.update({ where: { id: old.id }, data: { ...values, ...stamp, importBatchId: null } });
    await writeAudit(tx, { userId: viewer.id, action: "UPDATE", entity: "AnnualProfile", entityId: old.id, before: old, after: { ...values, ...stamp, importBatchId: null } }, REPORTS);
    await refreshRollups(tx, { posyanduIds: [v.posyanduId], years: [v.tahun], changes: REPORTS });
    return "diperbarui";
  }));
  if (outcome === BUSY) return { ok: false, message: BUSY_NOT_SAVED };
  const name = names.get(v.posyanduId) ?? "";
  return { ok: true, message: outcome === "tidak berubah" ? `Profil ${name} ${v.tahun} tidak berubah.` : `Profil ${name} ${v.tahun} tersimpan (${outcome}).` };
}

/** Server action of the annual profile form. */
export async function saveProfileAction(_prev: FormResult | null, form: FormData): Promise<FormResult> {
  "use server";
  const viewer = await requireViewer();
  const result = await saveProfile(appDb(), viewer, Object.fromEntries(form), todayInJakarta());
  if (result.ok) revalidatePath("/profil");
  return result;
}
