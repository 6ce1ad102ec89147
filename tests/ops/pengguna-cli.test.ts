// `npm run pengguna` while another process holds SQLite's write lock (a large import): the operator gets one
// Indonesian sentence, not Prisma's error, and nothing is written.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import Database from "better-sqlite3";
import { freshDb } from "../helpers/db";

describe("pengguna command line on a busy database", () => {
  it("refuses with the busy message and leaves the user as it was", async () => {
    const { url, path, db } = freshDb();
    await db.user.create({ data: { username: "operator", name: "Operator", role: "PIMPINAN", passwordHash: "x" } });
    await db.$disconnect();
    const holder = new Database(path);
    holder.exec("BEGIN IMMEDIATE");
    try {
      const r = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/pengguna.ts", "nonaktifkan", "--username", "operator"], {
        env: { ...process.env, DATABASE_URL: url },
        encoding: "utf8",
      });
      expect(r.status).toBe(1);
      expect(r.stderr.trim()).toMatch(/^Gagal: Basis data sedang dipakai proses lain \(misalnya impor besar\) lebih dari 5 detik; tidak ada yang disimpan\./);
      expect(r.stderr).not.toMatch(/prisma|at .*\.ts:\d+/i);
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
    }
    const check = new Database(path, { readonly: true });
    expect(check.prepare(`SELECT "active", "sessionVersion" FROM "User" WHERE "username" = 'operator'`).get()).toEqual({ active: 1, sessionVersion: 0 });
    check.close();
  });
});
