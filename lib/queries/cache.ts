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
//   that forgot to bump.
import "server-only";
import { cache } from "react";
import { LRUCache } from "lru-cache";
import { db } from "../db/client";
import { scopeOf, type Viewer } from "../auth/scope";
import { DATA_VERSION_KEY, localWrites } from "../db/data-version";

const CACHE_TTL_MS = 5 * 60_000;
const store = new LRUCache<string, Promise<unknown>>({ max: Number(process.env.PANTAU_CACHE_ENTRIES ?? 400), ttl: CACHE_TTL_MS });
const disabled = () => process.env.PANTAU_CACHE === "0";

/** The current data version: one read per request, again after a write of this process. */
export const dataVersion = () => versionAfter(localWrites());
const versionAfter = cache(async (_writes: number): Promise<string> => {
  const row = await db().setting.findUnique({ where: { key: DATA_VERSION_KEY }, select: { value: true } });
  return row?.value ?? "0";
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value) && !(value instanceof Map) && !(value instanceof Set)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

// The puskesmas id too: its name labels a puskesmas scope.
const scopeKey = (viewer: Viewer) => JSON.stringify([scopeOf(viewer), viewer.puskesmasId]);

/**
 * Wraps a scoped read `(viewer, ...args)`: the result depends on the viewer only through its scope
 * (the access check inside runs with the same scope, so a cached result is never shown outside it).
 * Arguments must be JSON-serialisable values.
 */
export function cachedByScope<A extends unknown[], R>(name: string, read: (viewer: Viewer, ...args: A) => Promise<R>) {
  return async (viewer: Viewer, ...args: A): Promise<R> => {
    if (disabled()) return read(viewer, ...args);
    const key = `${name}|${await dataVersion()}|${scopeKey(viewer)}|${JSON.stringify(args)}`;
    const hit = store.get(key) as Promise<R> | undefined;
    if (hit) return hit;
    const pending = read(viewer, ...args).then(deepFreeze);
    store.set(key, pending);
    // A failed read (out of scope, busy database) is not remembered.
    pending.catch(() => store.delete(key));
    return pending;
  };
}

/** For tests and the bench: forget every cached result. */
export function clearReadCache() {
  store.clear();
}
