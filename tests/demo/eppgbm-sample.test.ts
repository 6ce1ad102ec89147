// The synthetic e-PPGBM export (bench and `npm run contoh:eppgbm`) must stay a valid CSV for real
// place names: Jawa Timur has a desa written SOKA"AN, which broke the province bench file.
import { describe, expect, it } from "vitest";
import { eppgbmSampleCsv } from "@/lib/demo/eppgbm-sample";
import { readTable } from "@/lib/import/read-table";

describe("synthetic e-PPGBM export", () => {
  it("quotes names holding a quote or the separator, and the importer's reader gets them back", async () => {
    const posyandu = [
      { name: "Kenanga 1", kelurahanCode: "35.01.01.2001" },
      { name: "Mawar; Barat", kelurahanCode: "35.01.01.2002" },
    ];
    const names = new Map([["35.01.01.2001", 'SOKA"AN'], ["35.01.01.2002", "Sumberejo"]]);
    const csv = eppgbmSampleCsv({ posyandu }, names, 4, ["2026-02"]);
    const table = await readTable(new TextEncoder().encode(csv), "contoh.csv", "eppgbm");
    const desa = table.headers.indexOf(table.headers.find((h) => h.includes("desa"))!);
    const pos = table.headers.indexOf(table.headers.find((h) => h === "posyandu")!);
    expect(table.rows).toHaveLength(4);
    expect(table.rows.map((r) => r.cells[desa])).toEqual(['SOKA"AN', "SUMBEREJO", 'SOKA"AN', "SUMBEREJO"]);
    expect(table.rows[1]!.cells[pos]).toBe("POSYANDU MAWAR; BARAT");
  });
});
