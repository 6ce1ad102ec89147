// Cross-request cache of the dashboard reads. Every figure on the ringkasan,
// map, scorecard and area pages is a pure function of the data, the viewer's
// scope and the arguments, and the data changes a few times a day while the
// pages are read all day long (a projector, a room of laptops). So results are
// kept per (function, data version, scope, arguments):
// - the data version is a token in the `setting` table that every write that
//   can change a figure replaces inside its own transaction (bumpDataVersion),
//   so a committed write invalidates every cached figure at once, in every
//   process (the importer CLI is another process);
// - it is read once per request (React `cache`), one primary-key lookup;
// - a result is frozen, so a caller that mutates it fails loudly instead of
//   corrupting what the next viewer sees;
// - concurrent misses share one computation (the promise is cached);
// - entries also expire after CACHE_TTL_MS as a backstop for a write path
//   that forgot to bump;
// - a read that depends only on some data families (`dependsOn`) is keyed by
//   their tokens instead, so it survives writes of the other families: the
//   province's area/posyandu/kader counts took ≈ 1 s on PostgreSQL to
//   recompute after every monthly report saved.
import "server-only";
import { cache } from "react";
import { LRUCache } from "lru-cache";
import { hotRead } from "../db/hot-read";
import { env } from "../env";
import { scopeOf, type Viewer } from "../auth/scope";
import { DATA_FAMILIES, DATA_VERSION_KEY, familyVersionKey, localWrites, type DataFamily } from "../db/data-version";

const CACHE_TTL_MS = 5 * 60_000;
let lru: LRUCache<string, Promise<unknown>> | undefined;
const store = () => (lru ??= new LRUCache({ max: env().PANTAU_CACHE_ENTRIES, ttl: CACHE_TTL_MS }));
const disabled = () => !env().PANTAU_CACHE;

type Deployment = { version: string; families: Record<DataFamily, string>; demo: boolean };
const SETTING_KEYS = [DATA_VERSION_KEY, ...DATA_FAMILIES.map(familyVersionKey), "demo"];

/** The data version (and each family's), the demo flag: one read per request, again after a write of this process. */
export const deploymentNow = () => settingsAfter(localWrites());
const settingsAfter = cache(async (writes: number): Promise<Deployment> => {
  void writes; // only the memo key
  // It runs on every request: outside the query builder (lib/db/hot-read.ts). One statement, so the tokens agree.
  const rows = await hotRead<{ key: string; value: string }>(`SELECT "key", "value" FROM "Setting" WHERE "key" IN (${SETTING_KEYS.map(() => "?").join(", ")})`, ...SETTING_KEYS);
  const value = (key: string) => rows.find((r) => r.key === key)?.value;
  const families = Object.fromEntries(DATA_FAMILIES.map((f) => [f, value(familyVersionKey(f)) ?? "0"])) as Record<DataFamily, string>;
  return { version: value(DATA_VERSION_KEY) ?? "0", families, demo: value("demo") === "1" };
});
export const dataVersion = async () => (await deploymentNow()).version;

/** The version part of a key: the data version, or the tokens of the families a read depends on. */
async function versionFor(dependsOn: readonly DataFamily[] | undefined): Promise<string> {
  if (!dependsOn) return dataVersion();
  const { families } = await deploymentNow();
  return dependsOn.map((f) => `${f}=${families[f]}`).join(",");
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value) && !(value instanceof Map) && !(value instanceof Set)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

// The puskesmas id too: its name labels a puskesmas scope.
const scopeKey = (viewer: Viewer, perUser: boolean) => JSON.stringify([scopeOf(viewer), viewer.puskesmasId, perUser ? [viewer.id, viewer.role] : null]);

async function remember<R>(key: string, read: () => Promise<R>): Promise<R> {
  const hit = store().get(key) as Promise<R> | undefined;
  if (hit) return hit;
  const pending = read().then(deepFreeze);
  store().set(key, pending);
  // A failed read (out of scope, busy database) is not remembered.
  pending.catch(() => store().delete(key));
  return pending;
}

/** `perUser`: the result also depends on who asks. `dependsOn`: every table the read reads is in these families. */
export type CacheOptions = { perUser?: boolean; dependsOn?: readonly DataFamily[] };

/**
 * Wraps a scoped read `(viewer, ...args)`: the result depends on the viewer only through its scope
 * (the access check inside runs with the same scope, so a cached result is never shown outside it).
 * Arguments must be JSON-serialisable values. `perUser`: the result also depends on who asks (their OPD, their rights).
 */
export function cachedByScope<A extends unknown[], R>(name: string, read: (viewer: Viewer, ...args: A) => Promise<R>, opts: CacheOptions = {}) {
  return async (viewer: Viewer, ...args: A): Promise<R> => {
    if (disabled()) return read(viewer, ...args);
    return remember(`${name}|${await versionFor(opts.dependsOn)}|${scopeKey(viewer, opts.perUser ?? false)}|${JSON.stringify(args)}`, () => read(viewer, ...args));
  };
}

/** Wraps a read that shows no area data (the latest period of an area, the area tree): keyed by its arguments. */
export function cachedShared<A extends unknown[], R>(name: string, read: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    if (disabled()) return read(...args);
    return remember(`${name}|${await dataVersion()}|${JSON.stringify(args)}`, () => read(...args));
  };
}
