"use client";
// The month picker of the dashboards' filter forms. `<input type="month">` shows the browser's locale (English
// month names on an English Windows) and is a bare text box in Firefox and desktop Safari, which have no month
// picker; a select lists the months that have data, in Indonesian, newest first, in every browser. Only the
// chosen month is rendered on the server: the full list (up to 120 options) is markup only the browser needs,
// and on every dashboard request it would be sent twice (HTML and RSC payload; see use-hydrated.ts).
import { useState } from "react";
import { monthOptions, periodLabel } from "@/lib/period";
import { useHydrated } from "./use-hydrated";

export function MonthSelect({ name, value, newest, oldest, className }: { name: string; value: string | null; newest: string | null; oldest: string | null; className?: string }) {
  // Controlled: the list grows after hydration, and the chosen month must stay chosen when it does.
  const [chosen, setChosen] = useState(value ?? "");
  const all = monthOptions(newest, oldest, value);
  const groups = useHydrated() ? all : all.flatMap((g) => (g.periods.includes(chosen) ? [{ year: g.year, periods: [chosen] }] : []));
  return (
    <select name={name} value={chosen} onChange={(e) => setChosen(e.target.value)} className={className}>
      {groups.length === 0 && <option value="">belum ada data</option>}
      {groups.map((g) => (
        <optgroup key={g.year} label={String(g.year)}>
          {g.periods.map((p) => <option key={p} value={p}>{periodLabel(p)}</option>)}
        </optgroup>
      ))}
    </select>
  );
}
