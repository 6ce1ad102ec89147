// Seeds the Kota Metro demo through the bulk path (direct connection, SQL rollups).
import type { Db } from "@/lib/db/client";
import { openBulkDb } from "@/lib/demo/bulk-db";
import { DEFAULT_DEMO_OPTIONS, demoPlan, sortKelurahan } from "@/lib/demo/generate";
import type { DemoKelurahan } from "@/lib/demo/generate-org";
import { persistDemoBulk } from "@/lib/demo/persist-bulk";
import { demoUsers } from "@/lib/demo/users";
import { activeRules } from "@/lib/queries/rules";

export async function seedBulk(db: Db, url: string, kelurahan: DemoKelurahan[], kotaCode = "18.72") {
  const sorted = sortKelurahan(kelurahan);
  const bulk = await openBulkDb(url);
  try {
    return await persistDemoBulk(bulk, {
      plan: demoPlan(sorted, DEFAULT_DEMO_OPTIONS),
      kelurahan: sorted,
      usersFor: async (first) => demoUsers(first, kotaCode).map((u) => ({ ...u, passwordHash: "x" })),
      rulesFor: (year) => activeRules(db, year),
    });
  } finally {
    await bulk.close();
  }
}
