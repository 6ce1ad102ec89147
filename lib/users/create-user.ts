// Creates a user after checking the area fits the role; writes the audit log
// in the same transaction. Used by `npm run pengguna` (and the admin form later).
import type { Db } from "../db/client";
import { hashPassword } from "../auth/password";
import { newUserSchema } from "../validations/user";

export class UserInputError extends Error {}

/** Which area levels each role may be scoped to. */
const LEVELS_FOR_ROLE: Record<string, string[]> = {
  ADMIN: ["KOTA", "KABUPATEN", "PROVINSI"],
  PIMPINAN: ["KOTA", "KABUPATEN", "PROVINSI"],
  KECAMATAN: ["KECAMATAN"],
  KELURAHAN: ["KELURAHAN", "DESA", "DESA_ADAT"],
};

/** Validates and creates a user; throws UserInputError with every problem in Indonesian. */
export async function createUser(db: Db, raw: unknown, actorId: number | null) {
  const parsed = newUserSchema.safeParse(raw);
  if (!parsed.success) throw new UserInputError(parsed.error.issues.map((i) => i.message).join("; "));
  const input = parsed.data;
  if (await db.user.findUnique({ where: { username: input.username } })) {
    throw new UserInputError(`Nama pengguna "${input.username}" sudah dipakai`);
  }
  let scopeAreaCode: string | null = null;
  let puskesmasId: number | null = null;
  if (input.role === "PUSKESMAS") {
    const p = await db.puskesmas.findFirst({ where: { name: input.puskesmasName! } });
    if (!p) throw new UserInputError(`Puskesmas "${input.puskesmasName}" tidak ditemukan`);
    puskesmasId = p.id;
  } else {
    const area = await db.area.findUnique({ where: { code: input.scopeAreaCode! } });
    if (!area) throw new UserInputError(`Kode wilayah ${input.scopeAreaCode} belum dimuat. Jalankan dulu: npm run wilayah -- <kode kab/kota>`);
    if (!LEVELS_FOR_ROLE[input.role]!.includes(area.level)) {
      throw new UserInputError(`Peran ${input.role} tidak dapat dibatasi pada wilayah tingkat ${area.level} (${area.name})`);
    }
    scopeAreaCode = area.code;
  }
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { username: input.username, name: input.name, role: input.role, scopeAreaCode, puskesmasId, sector: input.sector ?? null, passwordHash },
      select: { id: true, username: true, name: true, role: true, scopeAreaCode: true, puskesmasId: true, sector: true },
    });
    await tx.auditLog.create({ data: { userId: actorId, action: "CREATE", entity: "User", entityId: String(user.id), after: JSON.stringify(user) } });
    return user;
  });
}
