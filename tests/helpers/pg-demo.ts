// The Kota Metro demo on a throwaway PostgreSQL database (tests/helpers/pg-db.ts), and a table fingerprint for
// "the same rows were written" checks: the shared set-up of the PostgreSQL import suites.
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Viewer } from "@/lib/auth/scope";
import { loadWilayah } from "@/lib/wilayah/load";
import { generateDemo } from "@/lib/demo/generate";
import { persistDemo } from "@/lib/demo/persist";
import { demoUsers } from "@/lib/demo/users";
import { metroKelurahan } from "./demo-db";

/** Area tree, demo data and users of Kota Metro in `db`; returns the ADMIN as a viewer. */
export async function seedMetroDemo(db: Db): Promise<Viewer> {
  await loadWilayah(db, "18.72");
  const data = generateDemo(metroKelurahan());
  await persistDemo(db, data, "18.72", demoUsers(data, "18.72").map((u) => ({ ...u, passwordHash: "x" })));
  // Not loadViewer: it reads through the app's global client (DATABASE_URL), not this database.
  const u = await db.user.findUniqueOrThrow({ where: { username: "admin" } });
  return { id: u.id, username: u.username, name: u.name, role: u.role, scopeAreaCode: u.scopeAreaCode, puskesmasId: u.puskesmasId, wilayahKerja: [] };
}

/** Row count and a hash of every row of `table` (columns and rows sorted): equal means the same contents. */
export async function tableHash(db: Db, table: string): Promise<string> {
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${table}"`);
  const lines = rows.map((r) => JSON.stringify(Object.keys(r).sort().map((k) => (typeof r[k] === "bigint" ? String(r[k]) : r[k])))).sort();
  return `${lines.length} ${createHash("sha256").update(lines.join("\n")).digest("hex").slice(0, 16)}`;
}
