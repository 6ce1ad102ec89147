// `npm run pengguna -- <perintah>`: manage users from the command line.
//   tambah --username u --nama "Nama" --peran KECAMATAN --wilayah 18.72.01 --sandi "..."
//   tambah ... --peran PUSKESMAS --puskesmas "Puskesmas Metro" [--sektor PUSKESMAS]
//   daftar
//   nonaktifkan --username u      (also ends every session of the user)
//   token --username u --nama "dasbor provinsi"   (prints a new API token once)
//   cabut-token --id N
// The password may come from PENGGUNA_SANDI instead of --sandi (keeps it out of shell history).
import { parseArgs } from "node:util";
import { createDb } from "../lib/db/client";
import { BUSY_NOT_SAVED, isDatabaseBusy } from "../lib/db/busy";
import { env } from "../lib/env";
import { createUser, UserInputError } from "../lib/users/create-user";
import { issueApiToken, revokeApiToken } from "../lib/auth/api-token";

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: { username: { type: "string" }, nama: { type: "string" }, peran: { type: "string" }, wilayah: { type: "string" }, puskesmas: { type: "string" }, sektor: { type: "string" }, sandi: { type: "string" }, id: { type: "string" } },
  });
  const db = createDb(env().DATABASE_URL);
  try {
    if (command === "tambah") {
      const user = await createUser(db, {
        username: values.username, name: values.nama, role: values.peran?.toUpperCase(), scopeAreaCode: values.wilayah,
        puskesmasName: values.puskesmas, sector: values.sektor, password: values.sandi ?? process.env.PENGGUNA_SANDI,
      }, null);
      console.log(`Pengguna ${user.username} (${user.role}) dibuat.`);
    } else if (command === "daftar") {
      for (const u of await db.user.findMany({ orderBy: { username: "asc" }, include: { puskesmas: { select: { name: true } } } })) {
        console.log(`${u.username.padEnd(20)} ${u.role.padEnd(10)} ${(u.scopeAreaCode ?? u.puskesmas?.name ?? "-").padEnd(24)} ${u.active ? "aktif" : "nonaktif"}`);
      }
    } else if (command === "nonaktifkan") {
      const user = await db.user.findUnique({ where: { username: values.username ?? "" } });
      if (!user) throw new UserInputError(`Pengguna "${values.username ?? ""}" tidak ditemukan`);
      await db.$transaction([
        db.user.update({ where: { id: user.id }, data: { active: false, sessionVersion: { increment: 1 } } }),
        db.auditLog.create({ data: { action: "DEACTIVATE", entity: "User", entityId: String(user.id), before: JSON.stringify({ active: true }), after: JSON.stringify({ active: false }) } }),
      ]);
      console.log(`Pengguna ${user.username} dinonaktifkan dan semua sesinya diakhiri.`);
    } else if (command === "token") {
      const user = await db.user.findUnique({ where: { username: values.username ?? "" } });
      if (!user) throw new UserInputError(`Pengguna "${values.username ?? ""}" tidak ditemukan`);
      const { id, token } = await issueApiToken(db, null, user.id, values.nama ?? "token CLI");
      console.log(`Token API #${id} untuk ${user.username} (simpan sekarang, tidak akan ditampilkan lagi):\n${token}`);
    } else if (command === "cabut-token") {
      const ok = await revokeApiToken(db, null, Number(values.id));
      if (!ok) throw new UserInputError(`Token #${values.id ?? ""} tidak ditemukan atau sudah dicabut`);
      console.log(`Token #${values.id} dicabut.`);
    } else {
      throw new UserInputError("Perintah tidak dikenal. Gunakan: tambah, daftar, nonaktifkan, token, atau cabut-token");
    }
  } catch (e) {
    if (e instanceof UserInputError) {
      console.error(`Gagal: ${e.message}`);
      process.exitCode = 1;
    } else if (isDatabaseBusy(e)) {
      // Another process (an import, the app saving) held the write lock past the busy timeout; every command
      // writes in one transaction, so nothing was saved.
      console.error(`Gagal: ${BUSY_NOT_SAVED}`);
      process.exitCode = 1;
    } else throw e;
  } finally {
    await db.$disconnect();
  }
}

void main();
