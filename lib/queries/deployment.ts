// Deployment-wide facts every page header needs (not scoped: no personal or area data).
import "server-only";
import { db } from "../db/client";

/** Whether this database holds the generated demo (the UI then shows "DATA DEMO"). */
export async function isDemoData(): Promise<boolean> {
  const row = await db().setting.findUnique({ where: { key: "demo" }, select: { value: true } });
  return row?.value === "1";
}
