// The list pages' table card: a screen reader announces every column by name (the action column only to it), a
// viewer without the actions gets no empty action column, and an empty list shows its message instead of a bare
// header row.
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { TableCard, type TableColumn } from "@/components/ui/table-card";

const row = createElement("tr", null, createElement("td", null, "Posyandu Mawar"), createElement("td", null, "5"));
function render(columns: (TableColumn | false)[], empty: string | null = null) {
  return renderToStaticMarkup(createElement(TableCard, { id: "daftar", title: "Daftar posyandu", empty, columns }, row));
}

describe("TableCard", () => {
  it("renders the header row from the columns, the action column for screen readers only", () => {
    const html = render([{ label: "Posyandu", className: "min-w-36" }, { label: "Kader aktif", className: "text-right", title: "kader yang bertugas" }, { label: "Aksi", srOnly: true }]);
    const headers = [...html.matchAll(/<th scope="col"[^>]*>(.*?)<\/th>/g)].map((m) => m[1]);
    expect(headers).toEqual(["Posyandu", "Kader aktif", '<span class="sr-only">Aksi</span>']);
    expect(html).toContain('title="kader yang bertugas" class="px-3 py-2 text-right"');
    expect(html).toMatch(/<\/thead><tbody><tr><td>Posyandu Mawar<\/td>/);
    expect(html).toContain('aria-labelledby="daftar"');
  });

  it("leaves out a column given as false", () => {
    const html = render([{ label: "Kader" }, false]);
    expect(html.match(/<th /g)).toHaveLength(1);
  });

  it("shows the empty message and no table when there are no rows", () => {
    const html = render([{ label: "Posyandu" }], "Belum ada posyandu terdaftar di wilayah ini.");
    expect(html).toContain("Belum ada posyandu terdaftar di wilayah ini.");
    expect(html).not.toContain("<table");
  });
});
