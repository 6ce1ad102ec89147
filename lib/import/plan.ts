// Insert / update / unchanged planning by natural key, shared by the kinds that
// upsert rows of one table, and the chunked writer that applies a plan.
import { sameValues, type Tx, type WriteCounts } from "./kind";
import { refreshRollups, type Touched } from "../rollup/refresh";
import { yearOf } from "../period";

export type Resolved = { key: string; posyanduId: number; data: Record<string, unknown> };
export type Plan = {
  inserts: Resolved[];
  updates: { id: number; data: Record<string, unknown>; before: object }[];
  unchanged: number;
};

/** Compares each resolved row with the existing row of the same key. */
export function planUpserts<E extends { id: number }>(resolved: Resolved[], existing: E[], keyOf: (e: E) => string): Plan {
  const byKey = new Map(existing.map((e) => [keyOf(e), e]));
  const plan: Plan = { inserts: [], updates: [], unchanged: 0 };
  for (const r of resolved) {
    const old = byKey.get(r.key);
    if (!old) plan.inserts.push(r);
    else if (sameValues(old as unknown as Record<string, unknown>, r.data)) plan.unchanged++;
    else plan.updates.push({ id: old.id, data: r.data, before: old });
  }
  return plan;
}

export function planCounts(plan: Plan): WriteCounts {
  return { inserted: plan.inserts.length, updated: plan.updates.length, unchanged: plan.unchanged };
}

// SQLite queries resolve without ever leaving the microtask queue, so a web import would hold the app
// server's event loop for its whole run (pages, /api/health). Every ~0.5 s of writing lets other requests in:
// they read the committed state on their own connection; writes queue behind the import.
const INSERT_CHUNK = 1000;
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

type TableName = "monthlyReport" | "nutritionAggregate" | "annualProfile";
const ENTITY: Record<TableName, string> = { monthlyReport: "MonthlyReport", nutritionAggregate: "NutritionAggregate", annualProfile: "AnnualProfile" };

/**
 * Applies a plan: bulk inserts, then updates each with an audit entry holding
 * the previous values (what an undo of the batch restores).
 */
export async function writePlan(tx: Tx, table: TableName, plan: Plan, stamp: Record<string, unknown> & { importBatchId: number }, userId: number): Promise<void> {
  // The three delegates share create/update shapes for our purposes; typed loosely on purpose.
  const delegate = tx[table] as unknown as {
    createMany(args: { data: object[] }): Promise<unknown>;
    update(args: { where: { id: number }; data: object }): Promise<unknown>;
  };
  for (let i = 0; i < plan.inserts.length; i += INSERT_CHUNK) {
    await delegate.createMany({ data: plan.inserts.slice(i, i + INSERT_CHUNK).map((r) => ({ ...r.data, posyanduId: r.posyanduId, ...stamp })) });
    await yieldToOthers();
  }
  for (const [n, u] of plan.updates.entries()) {
    await delegate.update({ where: { id: u.id }, data: { ...u.data, ...stamp } });
    await tx.auditLog.create({ data: { userId, importBatchId: stamp.importBatchId, action: "IMPORT_UPDATE", entity: ENTITY[table], entityId: String(u.id), before: JSON.stringify(u.before), after: JSON.stringify(u.data) } });
    if (n % 100 === 99) await yieldToOthers();
  }
  await refreshRollups(tx, touchedBy(table, plan));
}

/** What a plan touches, for the rollups: posyandu and their periods or years. */
function touchedBy(table: TableName, plan: Plan): Touched {
  const rows = [...plan.inserts.map((r) => ({ posyanduId: r.posyanduId, data: r.data })), ...plan.updates.map((u) => ({ posyanduId: (u.before as { posyanduId: number }).posyanduId, data: u.data }))];
  const posyanduIds = rows.map((r) => r.posyanduId);
  if (table === "annualProfile") return { posyanduIds, years: rows.map((r) => r.data.year as number) };
  const periods = rows.map((r) => r.data.period as string);
  return { posyanduIds, periods, years: table === "monthlyReport" ? periods.map(yearOf) : [] };
}
