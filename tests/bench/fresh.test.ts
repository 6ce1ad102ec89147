// The bench's freshness probe reads the D/S card's n from the ringkasan HTML; if it
// could not read it, "the save never shows" would be reported for a fresh page.
import { describe, expect, it } from "vitest";
import { renderToString } from "react-dom/server";
import { createElement } from "react";
import { dsN } from "../../scripts/bench/fresh";

describe("bench freshness probe", () => {
  it("reads the n of the D/S card as React renders it (text parts separated by comments)", () => {
    const n = 12345;
    const html = renderToString(
      createElement("main", null,
        createElement("div", { "data-kpi": "stunting" }, "n = ", "999", " · e-PPGBM"),
        createElement("div", { "data-kpi": "d_s" }, "n = ", n.toLocaleString("id-ID"), " · ", "laporan bulanan")),
    );
    expect(html).toContain("<!-- -->");
    expect(dsN(html)).toBe(12345);
    expect(dsN("<main>tanpa kartu</main>")).toBeNull();
  });
});
