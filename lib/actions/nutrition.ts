import "server-only";
// Nutrition aggregate form (/gizi): one posyandu × period × source, the same
// rules as the gizi import. Core function for tests, inline server action for
// the page (see lib/actions/reports.ts for why the directive is inline).
import { revalidatePath } from "next/cache";
import { db as appDb, type Db } from "../db/client";
import { requireViewer } from "../auth/viewer";
import { canEnterData, posyanduWhere, scopeOf, type Viewer } from "../auth/scope";
import { writeAudit } from "../audit";
import { BUSY, BUSY_NOT_SAVED, unlessBusy } from "../db/busy";
import { refreshRollups } from "../rollup/refresh";
import type { DataFamily } from "../db/data-version";
import { sameValues } from "../import/kind";
import { periodLabel } from "../period";
import { checkNutrition, fieldErrorsOf, NUTRITION_SOURCE_LABELS, NUTRITION_SOURCES, nutritionSchema, todayInJakarta, type FormResult } from "../validations/reports";

/** What these forms can change: the cached reads of other families (lib/queries/cache.ts) stay valid. */
const NUTRITION: readonly DataFamily[] = ["nutrition"];

const NOT_SAVED = "tidak ada yang disimpan";

/** Creates or updates one nutrition aggregate (key posyandu + period + source); unchanged values write nothing. */
export async function saveNutrition(client: Db, viewer: Viewer, input: unknown, today: string): Promise<FormResult> {
  const parsed = nutritionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: `Periksa isian yang ditandai merah; ${NOT_SAVED}.`, fieldErrors: fieldErrorsOf(parsed.error) };
  const v = parsed.data;
  const check = checkNutrition(v, today);
  if (Object.keys(check.errors).length > 0) return { ok: false, message: `Periksa isian yang ditandai merah; ${NOT_SAVED}.`, fieldErrors: check.errors, warnings: check.warnings };

  if (!canEnterData(viewer.role)) return { ok: false, message: `Peran Anda tidak dapat mengisi data status gizi; ${NOT_SAVED}.` };
  const posyandu = await client.posyandu.findFirst({ where: { AND: [posyanduWhere(scopeOf(viewer)), { id: v.posyanduId }] }, select: { name: true } });
  if (!posyandu) return { ok: false, message: `Posyandu tidak terdaftar atau di luar wilayah Anda; ${NOT_SAVED}.` };

  const source = NUTRITION_SOURCES[v.sumber];
  const values = {
    diukurTb: v.diukur_tb, sangatPendek: v.sangat_pendek, pendek: v.pendek,
    diukurBbTb: v.diukur_bb_tb, giziBuruk: v.gizi_buruk, giziKurang: v.gizi_kurang,
    diukurBb: v.diukur_bb, bbSangatKurang: v.bb_sangat_kurang, bbKurang: v.bb_kurang,
  };
  // A large import holds the write lock for its whole transaction: past the busy timeout, refuse plainly.
  const outcome = await unlessBusy(() => client.$transaction(async (tx) => {
    const old = await tx.nutritionAggregate.findUnique({ where: { posyanduId_period_source: { posyanduId: v.posyanduId, period: v.periode, source } } });
    if (old && sameValues(old, values)) return "tidak berubah";
    const stamp = { enteredById: viewer.id };
    if (!old) {
      const created = await tx.nutritionAggregate.create({ data: { posyanduId: v.posyanduId, period: v.periode, source, ...values, ...stamp } });
      await writeAudit(tx, { userId: viewer.id, action: "CREATE", entity: "NutritionAggregate", entityId: created.id, after: { posyanduId: v.posyanduId, period: v.periode, source, ...values, ...stamp } }, NUTRITION);
      await refreshRollups(tx, { posyanduIds: [v.posyanduId], periods: [v.periode], changes: NUTRITION });
      return "baru";
    }
    // The row now belongs to the form, not to the import batch that wrote it (undo then refuses it).
    await tx.nutritionAggregate.update({ where: { id: old.id }, data: { ...values, ...stamp, importBatchId: null } });
    await writeAudit(tx, { userId: viewer.id, action: "UPDATE", entity: "NutritionAggregate", entityId: old.id, before: old, after: { ...values, ...stamp, importBatchId: null } }, NUTRITION);
    await refreshRollups(tx, { posyanduIds: [v.posyanduId], periods: [v.periode], changes: NUTRITION });
    return "diperbarui";
  }));
  if (outcome === BUSY) return { ok: false, message: BUSY_NOT_SAVED };
  const what = `Status gizi ${posyandu.name}, ${periodLabel(v.periode)} (${NUTRITION_SOURCE_LABELS[v.sumber]})`;
  return { ok: true, message: outcome === "tidak berubah" ? `${what} tidak berubah.` : `${what} tersimpan (${outcome}).`, warnings: check.warnings };
}

/** Server action of the nutrition form (useActionState signature). */
export async function saveNutritionAction(_prev: FormResult | null, form: FormData): Promise<FormResult> {
  "use server";
  const viewer = await requireViewer();
  const result = await saveNutrition(appDb(), viewer, Object.fromEntries(form), todayInJakarta());
  if (result.ok) revalidatePath("/gizi");
  return result;
}
