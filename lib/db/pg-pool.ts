// The pg connections behind the app's PostgreSQL client, so an import can run
// COPY on the very connection its Prisma transaction holds (same transaction,
// same commit or rollback). Prisma exposes no handle to that connection; the
// pool makes its clients from TrackedClient, and the transaction's connection is
// the live client whose backend process id equals the pg_backend_pid() the
// transaction reports.
import pg from "pg";
import type { Tx } from "../import/kind";

type Server = { host: string; port: number; database: string };

/** Clients currently connected, from every pool this process made (one per Prisma client, or more after a reconnect). */
const live = new Set<TrackedClient>();

// A custom Client class rides in the pool's options, so the pool Prisma's adapter recreates from those options
// after a $disconnect tracks its clients too.
class TrackedClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    live.add(this);
    this.once("end", () => live.delete(this));
  }
}

/** A pool for `config` whose clients can be found again by their backend process id. */
export function trackedPool(config: Server & pg.PoolConfig): pg.Pool {
  return new pg.Pool({ ...config, Client: TrackedClient });
}

/**
 * The pg client `tx` (a Prisma transaction on a pool from trackedPool for `server`) runs on, or null if it
 * cannot be identified (then the caller falls back to statements through Prisma). Use it only between awaited
 * Prisma calls of that transaction: the connection carries one statement at a time.
 */
export async function transactionConnection(tx: Pick<Tx, "$queryRawUnsafe">, server: Server): Promise<pg.ClientBase | null> {
  const [row] = await tx.$queryRawUnsafe<{ pid: number }[]>("SELECT pg_backend_pid() AS pid");
  const pid = Number(row?.pid);
  // processID (from the server's BackendKeyData) is a public field of pg.Client that @types/pg does not declare.
  const found = [...live].filter((c) => (c as unknown as { processID: number | null }).processID === pid && c.host === server.host && c.port === server.port && c.database === server.database);
  return found.length === 1 ? found[0]! : null;
}
