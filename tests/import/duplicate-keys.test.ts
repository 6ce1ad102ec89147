// Duplicate natural keys inside one file (checkDuplicateKeys): numeric keys are first checked sorted in a typed
// array (1M rows), and any duplicate is named with the line of its first occurrence, whatever the key type.
import { describe, expect, it } from "vitest";
import { checkDuplicateKeys, type ParsedRow } from "@/lib/import/columns";
import { IssueList } from "@/lib/import/issues";

const rows = (keys: (string | number)[]): ParsedRow[] => keys.map((k, i) => ({ line: i + 2, values: { k } }));
const check = (keys: (string | number)[]) => {
  const issues = new IssueList();
  checkDuplicateKeys(rows(keys), (r) => r.values.k as string | number, "kunci", issues);
  return issues.items.map((i) => `baris ${i.row}: ${i.message}`);
};

describe("checkDuplicateKeys", () => {
  it("finds nothing among distinct numbers, large ones included", () => {
    expect(check([3, 1, 2 ** 40, 2 ** 40 + 1, 0])).toEqual([]);
  });
  it("names a repeated number at each later line, with the first line", () => {
    expect(check([5, 2 ** 40, 7, 2 ** 40, 5, 2 ** 40])).toEqual([
      "baris 5: kunci 1099511627776 sudah ada di baris 3 berkas ini (duplikat)",
      "baris 6: kunci 5 sudah ada di baris 2 berkas ini (duplikat)",
      "baris 7: kunci 1099511627776 sudah ada di baris 3 berkas ini (duplikat)",
    ]);
  });
  it("handles text keys and a mix (codes not found keep a text key)", () => {
    expect(check([1, "X/2026-07", 2, "X/2026-07"])).toEqual(["baris 5: kunci X/2026-07 sudah ada di baris 3 berkas ini (duplikat)"]);
    expect(check(["A", "B"])).toEqual([]);
  });
});
