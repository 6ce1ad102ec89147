// The scorecard table's formatted rows are worked out once per scorecard object and sort (area-score-table.tsx):
// what a reader must never see is a view left over from other data or another sort.
import { describe, expect, it } from "vitest";
import { tableView, type Scorecard } from "@/app/_components/area-score-table";
import type { ScoreCell } from "@/lib/queries/scorecard";

const rate = (pembilang: number, penyebut: number): ScoreCell => ({ pembilang, penyebut, nilai: (100 * pembilang) / penyebut, n: penyebut, tidak_ada_data: false, n_kecil: false });

function scorecard(values: Record<string, [number, number]>): Scorecard {
  const row = (kode: string, nama: string, [p, n]: [number, number]) => ({ kode, nama, cells: { d_s: rate(p, n) } });
  const rows = Object.entries(values).map(([nama, v], i) => row(`18.72.0${i + 1}`, nama, v));
  const total = rows.reduce<[number, number]>((s, r) => [s[0] + r.cells.d_s.pembilang, s[1] + r.cells.d_s.penyebut], [0, 0]);
  return Object.freeze({
    wilayah: { kode: "18.72", nama: "Kota Metro" },
    periode: { bulan: "2026-10", gizi: "2026-08", tahun: 2026 },
    sumberGizi: "EPPGBM",
    columns: [{ id: "d_s", label: "D/S", polaritas: "naik-baik", kind: "bulan", periode: "2026-10", sumber: "laporan bulanan (SIP)" }],
    total: row("18.72", "Kota Metro", total),
    rows,
  }) as unknown as Scorecard;
}
const shown = (v: ReturnType<typeof tableView>) => v.body.map((r) => `${r.nama} ${r.cells[0]![1]}`);

describe("scorecard table view", () => {
  it("sorts and formats the rows, total last, and gives the same rows again for the same data and sort", () => {
    const sc = scorecard({ "Metro Pusat": [60, 100], "Metro Utara": [90, 100] });
    const worstFirst = tableView(sc, { urut: "d_s", arah: "naik" });
    expect(shown(worstFirst)).toEqual(["Metro Pusat 60,0%", "Metro Utara 90,0%", "Kota Metro 75,0%"]);
    expect(tableView(sc, { urut: "d_s", arah: "naik" })).toBe(worstFirst);
    expect(shown(tableView(sc, { urut: "d_s", arah: "turun" }))).toEqual(["Metro Utara 90,0%", "Metro Pusat 60,0%", "Kota Metro 75,0%"]);
  });

  it("shows new figures as soon as the data (a new scorecard) changes", () => {
    const before = scorecard({ "Metro Pusat": [60, 100], "Metro Utara": [90, 100] });
    tableView(before, { urut: "wilayah", arah: "naik" });
    const after = scorecard({ "Metro Pusat": [70, 100], "Metro Utara": [90, 100] });
    expect(shown(tableView(after, { urut: "wilayah", arah: "naik" }))).toEqual(["Metro Pusat 70,0%", "Metro Utara 90,0%", "Kota Metro 80,0%"]);
  });
});
