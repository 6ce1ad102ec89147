// Which clicks SoftNavigation turns into a client-side navigation. The browser behaviour itself (same
// document, back button, Ctrl-click opening a tab) is checked in Chromium: tests/e2e/navigation.e2e.test.ts.
import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { softTarget } from "@/components/ui/soft-navigation";
import { NavLink } from "@/components/ui/nav-link";

const ORIGIN = "http://127.0.0.1:3000";

/** An anchor as the DOM would give it (attributes only), and a child element inside it. */
function anchor(attrs: Record<string, string>) {
  const a = { getAttribute: (n: string) => attrs[n] ?? null, hasAttribute: (n: string) => n in attrs, closest: (sel: string) => (sel === "a[data-nav]" && "data-nav" in attrs ? a : null) };
  const child = { closest: (sel: string) => a.closest(sel) };
  return { a, child };
}
const click = (target: unknown, mods: Partial<Record<"metaKey" | "ctrlKey" | "shiftKey" | "altKey" | "defaultPrevented", boolean>> = {}, button = 0) => ({
  defaultPrevented: false, button, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, ...mods, target: target as EventTarget,
});

describe("NavLink", () => {
  it("is a plain anchor with the href and its attributes, marked for client-side navigation", () => {
    const html = renderToStaticMarkup(createElement(NavLink, { href: "/wilayah/18.72.01?urut=stunting", className: "underline", title: "Urutkan" }, "Metro Pusat"));
    expect(html).toBe('<a href="/wilayah/18.72.01?urut=stunting" data-nav="" class="underline" title="Urutkan">Metro Pusat</a>');
    expect(renderToStaticMarkup(createElement(NavLink, { href: "/a#form", keepScroll: true }, "x"))).toContain('data-nav="tetap"');
  });
});

describe("softTarget", () => {
  it("navigates a plain left click on a NavLink (or on text inside it), keeping query and hash", () => {
    const { a, child } = anchor({ href: "/wilayah/18.72.01?indikator=d_s#peta", "data-nav": "" });
    expect(softTarget(click(a), ORIGIN)).toEqual({ href: "/wilayah/18.72.01?indikator=d_s#peta", scroll: true });
    expect(softTarget(click(child), ORIGIN)).toEqual({ href: "/wilayah/18.72.01?indikator=d_s#peta", scroll: true });
  });

  it("keeps the scroll position for keepScroll links", () => {
    const { a } = anchor({ href: "/posyandu/P1/kader?ubah=K1#form-kader", "data-nav": "tetap" });
    expect(softTarget(click(a), ORIGIN)).toEqual({ href: "/posyandu/P1/kader?ubah=K1#form-kader", scroll: false });
  });

  it("leaves modified, middle and already handled clicks to the browser", () => {
    const { a } = anchor({ href: "/skor", "data-nav": "" });
    for (const mod of ["metaKey", "ctrlKey", "shiftKey", "altKey", "defaultPrevented"] as const) expect(softTarget(click(a, { [mod]: true }), ORIGIN)).toBeNull();
    expect(softTarget(click(a, {}, 1), ORIGIN)).toBeNull();
  });

  it("leaves other anchors to the browser: plain <a>, new tab, download, another site", () => {
    expect(softTarget(click(anchor({ href: "/api/rapat/1/paket" }).a), ORIGIN)).toBeNull();
    expect(softTarget(click(anchor({ href: "/skor", "data-nav": "", target: "_blank" }).a), ORIGIN)).toBeNull();
    expect(softTarget(click(anchor({ href: "/skor", "data-nav": "", download: "" }).a), ORIGIN)).toBeNull();
    expect(softTarget(click(anchor({ href: "https://sigiziterpadu.kemkes.go.id/", "data-nav": "" }).a), ORIGIN)).toBeNull();
    expect(softTarget(click(null), ORIGIN)).toBeNull();
  });
});
