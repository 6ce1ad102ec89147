// Riwayat impor: when an import ran (an operator who imports twice a day needs the hour, not only the date) and
// whether it was saved with warnings (a missing column kept, D > S flagged), next to its status.
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { BatchTable } from "@/app/impor/_components/batch-table";

const batch = (over: Record<string, unknown>) => ({
  id: 7, kind: "LAPORAN_BULANAN", fileName: "laporan-november.xlsx", rowsTotal: 11, rowsInserted: 9, rowsUpdated: 2, rowsUnchanged: 0, warnings: 0,
  status: "SELESAI", message: null, createdAt: new Date("2026-12-03T07:05:00Z"), undoneAt: null, user: { name: "Operator Puskesmas" }, ...over,
});

describe("import history table", () => {
  it("shows the time in WIB and the warnings a saved import had", () => {
    const html = renderToStaticMarkup(createElement(BatchTable, { batches: [batch({ warnings: 3 }), batch({ id: 6, warnings: 0 }), batch({ id: 5, status: "GAGAL", warnings: 2, message: "4 galat" })] as never, canUndo: false }));
    expect(html).toContain("3 Des 2026, 14.05 WIB");
    expect(html.match(/data-peringatan[^>]*>([^<]*)</g)).toEqual(['data-peringatan="true">3 peringatan<']);
    expect(html).toContain("Ditolak<span class=\"block text-xs text-slate-500\">4 galat</span>");
  });
});
