// One way to write the audit log: who, what, before/after as JSON. Call it with
// the transaction client of the write it describes, so both commit together.
import type { Tx } from "./import/kind";
import { bumpDataVersion, type DataFamily } from "./db/data-version";

export type AuditEntry = {
  userId: number | null;
  action: "CREATE" | "UPDATE" | "DELETE" | string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
};

/**
 * Never put child names or NIK in before/after: those are never stored anyway. Also replaces the data version:
 * whatever is worth auditing may change a figure on a dashboard.
 */
export async function writeAudit(tx: Pick<Tx, "auditLog" | "setting">, e: AuditEntry, changed?: readonly DataFamily[]): Promise<void> {
  // `changed`: the data families the audited write can change (lib/db/data-version.ts); all when not named.
  await bumpDataVersion(tx, changed);
  await tx.auditLog.create({
    data: {
      userId: e.userId,
      action: e.action,
      entity: e.entity,
      entityId: String(e.entityId),
      before: e.before === undefined ? null : JSON.stringify(e.before),
      after: e.after === undefined ? null : JSON.stringify(e.after),
    },
  });
}
