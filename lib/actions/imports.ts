"use server";
// Server actions of the import page: undo a batch (ADMIN), remember or forget a name mapping.
import { revalidatePath } from "next/cache";
import { z } from "../validations/z";
import { requireViewer } from "../auth/viewer";
import { db } from "../db/client";
import { undoImportBatch } from "../import/undo";
import { deleteNameMapping, saveNameMapping } from "../import/mapping";

export type ActionResult = { ok: boolean; message: string };

/** Undoes one import batch; only ADMIN, only inside their scope. */
export async function undoBatchAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await requireViewer();
  const id = z.coerce.number().int().positive().safeParse(form.get("batchId"));
  if (!id.success) return { ok: false, message: "Nomor batch tidak valid." };
  const result = await undoImportBatch(db(), viewer, id.data, new Date());
  revalidatePath("/impor");
  return result.ok ? { ok: true, message: `Batch #${id.data} dibatalkan: ${result.deleted} baris dihapus, ${result.restored} baris dipulihkan.` } : { ok: false, message: result.message };
}

const mappingSchema = z.object({
  sourceName: z.string().trim().min(1, "Isi nama sebagaimana tertulis di berkas e-PPGBM").max(120),
  kelurahanCode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, "Pilih kelurahan/desa"),
  posyanduId: z.union([z.literal(""), z.coerce.number().int().positive()]),
});

/** Remembers how an e-PPGBM place name maps to our kelurahan or posyandu. */
export async function saveMappingAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await requireViewer();
  const parsed = mappingSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => i.message).join("; ") };
  const { sourceName, kelurahanCode, posyanduId } = parsed.data;
  const error = await saveNameMapping(
    db(),
    viewer,
    posyanduId === "" ? { kind: "KELURAHAN", sourceName, kelurahanCode } : { kind: "POSYANDU", sourceName, kelurahanCode, posyanduId },
  );
  revalidatePath("/impor");
  return error ? { ok: false, message: error } : { ok: true, message: `Nama "${sourceName}" dipetakan. Impor ulang berkas e-PPGBM.` };
}

/** Forgets a remembered e-PPGBM name mapping inside the viewer's scope. */
export async function deleteMappingAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await requireViewer();
  const id = z.coerce.number().int().positive().safeParse(form.get("mappingId"));
  if (!id.success) return { ok: false, message: "Nomor pemetaan tidak valid." };
  const error = await deleteNameMapping(db(), viewer, id.data);
  revalidatePath("/impor");
  return error ? { ok: false, message: error } : { ok: true, message: "Pemetaan dihapus. Impor berikutnya membaca nama itu apa adanya." };
}
