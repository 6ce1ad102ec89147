// The importers' scoped reads run in slices of 900 ids (SQLite's parameter
// limit); one slice may still return a very large result, e.g. every existing
// report when a 150,000-row file is imported again (found by tests/crash).
import { describe, expect, it } from "vitest";
import { chunked } from "@/lib/queries/import";

describe("chunked", () => {
  it("slices the ids and keeps every row of every slice, in order", async () => {
    const slices: number[][] = [];
    const rows = await chunked(Array.from({ length: 2000 }, (_, i) => i), async (ids) => (slices.push(ids), ids.map((id) => id * 2)));
    expect(slices.map((s) => s.length)).toEqual([900, 900, 200]);
    expect(rows).toEqual(Array.from({ length: 2000 }, (_, i) => i * 2));
  });

  it("joins slices that return 300,000 rows each (more than a call may take as arguments)", async () => {
    const rows = await chunked(Array.from({ length: 1000 }, (_, i) => i), async () => new Array<number>(300_000).fill(7));
    expect(rows).toHaveLength(600_000);
  });
});
