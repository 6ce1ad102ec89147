// In-app links. `next/link` costs ≈ 0.05 ms of server CPU per link on every render (measured: a page of 60
// links took 3.1 ms longer than one of 60 plain anchors; the province dashboards carry 30–60 links), and in
// production it prefetches every link that scrolls into view, i.e. one more server request per visible table
// row. NavLink is a plain anchor instead; <SoftNavigation> (root layout) turns a plain left click on it into
// the same client-side navigation `next/link` does, so pages keep their instant, state-keeping transitions.
import type { AnchorHTMLAttributes } from "react";

export type NavLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & {
  href: string;
  /** Keep the scroll position (next/link's `scroll={false}`), e.g. a link to a form further down the same page. */
  keepScroll?: boolean;
};

/** A link to a page of this app: a plain `<a>` that navigates client-side (see SoftNavigation). */
export function NavLink({ href, keepScroll, ...rest }: NavLinkProps) {
  return <a href={href} data-nav={keepScroll ? "tetap" : ""} {...rest} />;
}
