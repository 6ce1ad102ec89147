// Server-side render of the entry forms with plain props: names the actions read,
// prefilled values and hints. No database, no browser.
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MonthlyGrid } from "@/app/laporan/_components/monthly-grid";
import { NutritionForm } from "@/app/gizi/_components/nutrition-form";
import { ProfileForm } from "@/app/profil/_components/profile-form";
import { GRID_COLUMNS, NUTRITION_GROUPS, gridFromForm, type FormResult, type GridResult } from "@/lib/validations/reports";

const gridAction = async (): Promise<GridResult> => ({ ok: true, message: "" });
const formAction = async (): Promise<FormResult> => ({ ok: true, message: "" });

describe("entry forms (rendered)", () => {
  it("renders one grid row per posyandu, prefilled, with last month's S as the hint of an empty S", () => {
    const html = renderToStaticMarkup(
      createElement(MonthlyGrid, {
        rows: [
          { posyanduId: 7, code: "P7", name: "Mawar", rw: "RW 02", report: { opened: true, kaderOnDuty: 5, s: 80, k: 78, d: 90, n: 60, o: 3, b: null, bgm: 1, t2: null, source: "IMPOR", qualityFlags: "D_GT_S" }, lastS: 79 },
          { posyanduId: 9, code: "P9", name: "Melati", rw: null, report: null, lastS: 41 },
        ],
        columns: GRID_COLUMNS,
        periode: "2026-10",
        title: "Kel. Metro · Oktober 2026",
        action: gridAction,
      }),
    );
    expect(html.match(/name="posyandu"/g)).toHaveLength(2);
    expect(html).toMatch(/placeholder="79"[^>]*name="s-7"/);
    expect(html).toMatch(/name="d-7"[^>]*value="90"/);
    expect(html).toMatch(/name="s-9"[^>]*value=""/);
    expect(html).toMatch(/placeholder="41"[^>]*name="s-9"/);
    expect(html).toMatch(/name="buka-7"[^>]*checked/);
    expect(html).not.toMatch(/name="buka-9"[^>]*checked/);
    expect(html).toContain("tersimpan (impor)");
    expect(html).toContain("D&gt;S");
    expect(html).toContain("Simpan semua");
    expect(html).toContain("Salin S bulan lalu");
  });

  it("posts field names the schemas read", () => {
    const form = new FormData();
    form.append("periode", "2026-10");
    form.append("posyandu", "7");
    form.append("kader_bertugas-7", "5");
    expect(gridFromForm(form).rows[0]).toMatchObject({ posyanduId: "7", kader_bertugas: "5", buka: false });
  });

  it("prefills the nutrition counts and the profile with a decimal comma", () => {
    const nutrition = renderToStaticMarkup(
      createElement(NutritionForm, {
        groups: NUTRITION_GROUPS, posyanduId: 3, periode: "2026-08", sumber: "eppgbm", title: "Mawar", note: "",
        stored: { diukurTb: 70, sangatPendek: 3, pendek: 8, diukurBbTb: 69, giziBuruk: 1, giziKurang: 4, diukurBb: 72, bbSangatKurang: 2, bbKurang: 7 },
        action: formAction,
      }),
    );
    expect(nutrition).toMatch(/name="diukur_bb_tb"[^>]*value="69"/);
    expect(nutrition).toMatch(/name="sumber" value="eppgbm"/);
    const profile = renderToStaticMarkup(
      createElement(ProfileForm, {
        posyanduId: 3, tahun: 2025, title: "Mawar", note: "",
        stored: { cakupanKia: 72.5, cakupanKb: 1234.5, cakupanImunisasi: null, programTambahan: true, danaSehat: 55, alatUkurLengkap: null },
        action: formAction,
      }),
    );
    expect(profile).toMatch(/name="cakupan_kia"[^>]*value="72,5"/);
    expect(profile).toMatch(/name="cakupan_kb"[^>]*value="1234,5"/);
    expect(profile).toMatch(/name="cakupan_imunisasi"[^>]*value=""/);
    expect(profile).toMatch(/<option value="ya" selected="">Ya<\/option>/);
  });
});
