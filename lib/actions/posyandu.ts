import "server-only";
// Server actions of the posyandu register: create and edit a posyandu. Only
// roles that enter data (ADMIN, KELURAHAN, PUSKESMAS) and only inside their
// scope; each write is audited in the same transaction. The core functions take
// (db, viewer, input, today) for tests; the actions use inline "use server" so
// the cores are never exposed to the client, and pages pass them as props.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db, type Db } from "../db/client";
import { requireViewer } from "../auth/viewer";
import { areaWhere, canEnterData, posyanduWhere, scopeOf, type Viewer } from "../auth/scope";
import { writeAudit } from "../audit";
import { refuseWhenBusy } from "../db/busy";
import { refreshRollups } from "../rollup/refresh";
import { codeUnavailable, dayOf, formValues, invalid, newPosyanduSchema, posyanduSchema, todayJakarta, type FormResult, type PosyanduInput } from "../validations/posyandu";

const VILLAGE_LEVELS = ["KELURAHAN", "DESA", "DESA_ADAT"] as const;
const FIELDS = {
  id: true, code: true, name: true, kelurahanCode: true, kecamatanCode: true, kabKotaCode: true, puskesmasId: true,
  rw: true, address: true, lat: true, lng: true, ilp: true, ilpSince: true, active: true,
} as const;
const REFUSED: FormResult = { ok: false, message: "Peran Anda tidak dapat mengubah data posyandu." };
const NOT_FOUND: FormResult = { ok: false, message: "Posyandu tidak ditemukan atau di luar wilayah Anda." };

const isUniqueViolation = (e: unknown) => (e as { code?: string } | null)?.code === "P2002";

/** Where the posyandu sits: a kelurahan in the viewer's scope and a puskesmas of the same kota. */
type Placement = { kelurahanCode: string; kecamatanCode: string; kabKotaCode: string; puskesmasId: number | null };
async function placement(client: Db, viewer: Viewer, v: PosyanduInput): Promise<{ error: FormResult; data?: never } | { error?: never; data: Placement }> {
  const village = await client.area.findFirst({
    where: { AND: [areaWhere(scopeOf(viewer)), { code: v.kelurahanCode }, { level: { in: [...VILLAGE_LEVELS] } }] },
    select: { code: true, parentCode: true },
  });
  if (!village) return { error: { ok: false, message: "Kelurahan/desa di luar wilayah Anda.", fieldErrors: { kelurahanCode: "Kelurahan/desa tidak ada atau di luar wilayah Anda" } } };
  const kabKotaCode = village.code.split(".").slice(0, 2).join(".");
  if (v.puskesmasId !== null) {
    const p = await client.puskesmas.findUnique({ where: { id: v.puskesmasId }, select: { kotaCode: true } });
    if (p?.kotaCode !== kabKotaCode) {
      return { error: { ok: false, message: "Puskesmas tidak sesuai.", fieldErrors: { puskesmasId: "Puskesmas tidak terdaftar di kota/kabupaten kelurahan ini" } } };
    }
  }
  return { data: { kelurahanCode: village.code, kecamatanCode: village.parentCode ?? "", kabKotaCode, puskesmasId: v.puskesmasId } };
}

const fields = (v: PosyanduInput) => ({ name: v.name, rw: v.rw, address: v.address, lat: v.lat, lng: v.lng, ilp: v.ilp, active: v.active });

/** Creates a posyandu with a new unique code in a kelurahan of the viewer's scope. */
export const createPosyandu = refuseWhenBusy(async function createPosyandu(client: Db, viewer: Viewer, input: unknown, today: string = todayJakarta()): Promise<FormResult & { code?: string }> {
  const parsed = newPosyanduSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  if (!canEnterData(viewer.role)) return REFUSED;
  const v = parsed.data;
  const place = await placement(client, viewer, v);
  if (place.error) return place.error;
  // A code of the viewer's own area names its posyandu (they can see it anyway); any other taken code gets words that
  // do not say it exists elsewhere (codeUnavailable, like the importer).
  const unavailable = codeUnavailable("posyandu", v.code);
  const duplicate: FormResult = { ok: false, message: `${unavailable[0]!.toUpperCase()}${unavailable.slice(1)}.`, fieldErrors: { code: unavailable } };
  try {
    return await client.$transaction(async (tx) => {
      const own = await tx.posyandu.findFirst({ where: { AND: [posyanduWhere(scopeOf(viewer)), { code: v.code }] }, select: { name: true } });
      if (own) return { ok: false, message: `Kode posyandu ${v.code} sudah dipakai posyandu ${own.name}.`, fieldErrors: { code: `Kode ${v.code} sudah dipakai posyandu ${own.name}` } };
      if (await tx.posyandu.findUnique({ where: { code: v.code }, select: { id: true } })) return duplicate;
      const created = await tx.posyandu.create({ data: { code: v.code, ...fields(v), ...place.data, ilpSince: v.ilp ? dayOf(today) : null }, select: FIELDS });
      await writeAudit(tx, { userId: viewer.id, action: "CREATE", entity: "Posyandu", entityId: created.id, after: created });
      // A new active posyandu counts in its kelurahan's active posyandu (AreaKader) for every month.
      await refreshRollups(tx, { kelurahanCodes: [created.kelurahanCode], all: true });
      return { ok: true, message: `Posyandu ${created.name} (${created.code}) disimpan.`, code: created.code };
    });
  } catch (e) {
    if (isUniqueViolation(e)) return duplicate;
    throw e;
  }
});

/** Edits a posyandu of the viewer's scope; the code never changes. */
export const updatePosyandu = refuseWhenBusy(async function updatePosyandu(client: Db, viewer: Viewer, code: string, input: unknown, today: string = todayJakarta()): Promise<FormResult> {
  const parsed = posyanduSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  if (!canEnterData(viewer.role)) return REFUSED;
  const v = parsed.data;
  const where = { AND: [posyanduWhere(scopeOf(viewer)), { code }] };
  if (!(await client.posyandu.findFirst({ where, select: { id: true } }))) return NOT_FOUND;
  const place = await placement(client, viewer, v);
  if (place.error) return place.error;
  return client.$transaction(async (tx) => {
    const before = await tx.posyandu.findFirst({ where, select: FIELDS });
    if (!before) return NOT_FOUND;
    const ilpSince = v.ilp ? (before.ilp ? before.ilpSince : dayOf(today)) : null;
    const data = { ...fields(v), ...place.data, ilpSince };
    const changed = (Object.keys(data) as (keyof typeof data)[]).some((k) => String(data[k] ?? null) !== String(before[k] ?? null));
    if (!changed) return { ok: true, message: "Tidak ada perubahan." };
    const after = await tx.posyandu.update({ where: { id: before.id }, data, select: FIELDS });
    await writeAudit(tx, { userId: viewer.id, action: "UPDATE", entity: "Posyandu", entityId: before.id, before, after });
    // Moving or (de)activating a posyandu changes which area its figures count in.
    if (before.kelurahanCode !== after.kelurahanCode || before.active !== after.active) {
      await refreshRollups(tx, { kelurahanCodes: [before.kelurahanCode, after.kelurahanCode], all: true });
    }
    return { ok: true, message: `Perubahan posyandu ${after.name} disimpan.` };
  });
});

/** Form action: create, then continue to the new posyandu's kader page. */
export async function createPosyanduAction(_prev: FormResult | null, form: FormData): Promise<FormResult> {
  "use server";
  const viewer = await requireViewer();
  const result = await createPosyandu(db(), viewer, Object.fromEntries(form));
  if (!result.ok || !result.code) return { ...result, values: formValues(form) };
  revalidatePath("/posyandu");
  redirect(`/posyandu/${encodeURIComponent(result.code)}/kader`);
}

/** Form action: edit the posyandu named by the hidden `code` field. */
export async function updatePosyanduAction(_prev: FormResult | null, form: FormData): Promise<FormResult> {
  "use server";
  const viewer = await requireViewer();
  const code = String(form.get("code") ?? "");
  const result = await updatePosyandu(db(), viewer, code, Object.fromEntries(form));
  if (!result.ok) return { ...result, values: formValues(form) };
  revalidatePath("/posyandu");
  revalidatePath(`/posyandu/${encodeURIComponent(code)}`, "layout");
  return result;
}
