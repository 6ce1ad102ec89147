// The data version: a token that every write which can change a figure on a
// dashboard replaces inside its own transaction. The read cache
// (lib/queries/cache.ts) keys its results by it, so a committed write makes
// every cached figure unreachable at once, in every process.
import { randomUUID } from "node:crypto";

export const DATA_VERSION_KEY = "data_version";

type SettingWriter = {
  setting: { upsert(args: { where: { key: string }; create: { key: string; value: string }; update: { value: string } }): Promise<unknown> };
};

// Writes made by this process, counted: a request that writes and then renders (a server action) reads the
// version again after its write instead of reusing the one it read before (lib/queries/cache.ts).
const counter = globalThis as unknown as { pantauLocalWrites?: number };
export const localWrites = () => counter.pantauLocalWrites ?? 0;

/** Replaces the data version; call it inside the transaction that writes the data. */
export async function bumpDataVersion(tx: SettingWriter): Promise<void> {
  counter.pantauLocalWrites = localWrites() + 1;
  const value = randomUUID();
  await tx.setting.upsert({ where: { key: DATA_VERSION_KEY }, create: { key: DATA_VERSION_KEY, value }, update: { value } });
}
