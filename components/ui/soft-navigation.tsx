"use client";
// One click listener for every NavLink on the page (components/ui/nav-link.tsx): a plain left click on an
// in-app link becomes a client-side navigation, as with next/link; anything else (a new tab, a download,
// another site, a modified click) is left to the browser.
import { useEffect, useTransition } from "react";
import { useRouter } from "next/navigation";

type Click = Pick<MouseEvent, "defaultPrevented" | "button" | "metaKey" | "ctrlKey" | "shiftKey" | "altKey" | "target">;

/** Where a click should navigate client-side (path + query + hash, and whether to scroll), or null to let the browser handle it. */
export function softTarget(e: Click, origin: string): { href: string; scroll: boolean } | null {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return null;
  const el = e.target as Element | null;
  const a = typeof el?.closest === "function" ? el.closest("a[data-nav]") : null;
  if (!a || (a.getAttribute("target") ?? "_self") !== "_self" || a.hasAttribute("download")) return null;
  const url = new URL(a.getAttribute("href") ?? "", `${origin}/`);
  if (url.origin !== origin) return null;
  return { href: url.pathname + url.search + url.hash, scroll: a.getAttribute("data-nav") !== "tetap" };
}

/** Mounted once in the root layout; shows a thin "Memuat halaman…" bar while the next page is on its way. */
export function SoftNavigation() {
  const router = useRouter();
  // The navigation runs as a transition, so React reports it pending until the new page has rendered
  // (a province page can take a moment on a busy server; the room should see that the click registered).
  const [pending, startTransition] = useTransition();
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const to = softTarget(e, window.location.origin);
      if (!to) return;
      e.preventDefault();
      startTransition(() => router.push(to.href, { scroll: to.scroll }));
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [router]);
  if (!pending) return null;
  return (
    <div role="status" className="fixed inset-x-0 top-0 z-[2000] h-1 animate-pulse bg-amber-400">
      <span className="sr-only">Memuat halaman…</span>
    </div>
  );
}
