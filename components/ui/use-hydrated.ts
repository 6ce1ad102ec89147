"use client";
// false on the server and during hydration, true once React has hydrated (it re-renders with the client
// snapshot). For markup that only the browser needs and that would otherwise be rendered on every request and
// sent twice (HTML and the RSC payload that already holds its data): the charts' screen-reader tables, the
// scorecard's hover texts.
import { useSyncExternalStore } from "react";

const noSubscribe = () => () => {};

export const useHydrated = () => useSyncExternalStore(noSubscribe, () => true, () => false);
