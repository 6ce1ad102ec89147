// Page sections that render in the first pass when their data is at hand, and stream behind a skeleton
// otherwise. An async server component always streams as a separate chunk: on the kecamatan page its five
// sections (fallbacks, hidden segments, swap scripts, extra flushes) cost ≈ 20 % of a request, yet the
// dashboards' reads are cached (lib/queries/cache.ts), so the usual request has everything at hand.
import { Suspense, type ReactNode } from "react";

const settled = new WeakMap<Promise<unknown>, { value: unknown }>();

/**
 * Lets `reads` settle if they can without waiting on I/O: after it, a `Deferred` of a settled read renders at
 * once. Cache hits resolve within microtasks. A read that waits on the network (PostgreSQL) is not waited for
 * and streams behind its skeleton; SQLite's driver is synchronous, so a SQLite read never yields to the event
 * loop and the page could not have streamed anything before it anyway.
 */
export async function settle(reads: Promise<unknown>[]): Promise<void> {
  for (const p of reads) {
    if (!settled.has(p)) p.then((value) => settled.set(p, { value }), () => undefined);
  }
  // setImmediate runs after every queued microtask, so chains of already-resolved promises have settled by then.
  await new Promise<void>((resolve) => setImmediate(resolve));
}

/** `children(value)` now when `read` has settled (see `settle`), else inside <Suspense fallback> once it does. */
export function Deferred<T>({ read, fallback, children }: { read: Promise<T>; fallback: ReactNode; children: (value: T) => ReactNode }) {
  const done = settled.get(read);
  if (done) return <>{children(done.value as T)}</>;
  return (
    <Suspense fallback={fallback}>
      <Await read={read}>{children}</Await>
    </Suspense>
  );
}

async function Await<T>({ read, children }: { read: Promise<T>; children: (value: T) => ReactNode }) {
  return <>{children(await read)}</>;
}
