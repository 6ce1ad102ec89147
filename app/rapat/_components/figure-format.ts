// Formatting shared by every view of a meeting (page, slides, notulen, HTML pack).
import { formatDecimal, formatInt } from "@/lib/format";
import { periodLabel } from "@/lib/period";
import type { RateLite } from "@/lib/meetings/snapshot";
import type { Delta } from "@/lib/meetings/delta";
import { SECTOR_LABELS, ACTION_STATUS_LABELS } from "@/lib/validations/meetings";

export const periodText = (p: string | null) => (!p ? "" : /^\d{4}-\d{2}$/.test(p) ? periodLabel(p) : `tahun ${p}`);
export const pct = (r: RateLite | null | undefined) => (!r || r.nilai === null ? "—" : `${formatDecimal(r.nilai)}%`);
export const nText = (r: RateLite | null | undefined) => (r ? `n = ${formatInt(r.n)}${r.n_kecil ? " (kecil)" : ""}` : "");
export const sectorText = (s: string) => SECTOR_LABELS[s as keyof typeof SECTOR_LABELS] ?? s;
export const statusText = (s: string) => ACTION_STATUS_LABELS[s as keyof typeof ACTION_STATUS_LABELS] ?? s;
// One formatter for the process: building an Intl.DateTimeFormat costs ≈ 0.1 ms, and the kecamatan page formats
// up to five due dates on every request (≈ 2 % of its server time when it was built per call).
const dayMonthYear = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
export const ymdText = (iso: string) => {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number) as [number, number, number];
  return dayMonthYear.format(new Date(Date.UTC(y, m - 1, d)));
};

/** "▼ 2,1 poin (membaik)" — the change since the previous meeting. */
export function deltaText(d: Delta | null | undefined): string {
  if (!d || d.selisih === null) return "—";
  const arrow = d.selisih > 0 ? "▲" : d.selisih < 0 ? "▼" : "■";
  return `${arrow} ${formatDecimal(Math.abs(d.selisih))} poin${d.arah ? ` (${d.arah})` : ""}`;
}
export const deltaClass = (d: Delta | null | undefined) => (d?.arah === "membaik" ? "text-emerald-700" : d?.arah === "memburuk" ? "text-red-700" : "text-slate-600");

/** The hover note of a frozen N/D whose denominator is partly plain D (reports without O/B); null otherwise. */
export function withoutObText(r: { laporan_tanpa_ob?: number } | null | undefined): string | null {
  return r?.laporan_tanpa_ob ? `${formatInt(r.laporan_tanpa_ob)} laporan tanpa O/B: penyebutnya D, bukan D − O − B` : null;
}
