import type { DefaultMonth } from "@/lib/indicators/default-month";
import { formatInt } from "@/lib/format";
import { periodLabel } from "@/lib/period";

/**
 * Says why a page opened on the month before the latest one (lib/indicators/default-month.ts), or, when the latest
 * month is chosen, that its figures rest on the few posyandu that have reported so far.
 * `href(month)`: this page at that month, with the view's other choices kept.
 */
export function PartialMonthNotice({ bulan, shown, skipped, href }: { bulan: string | null; shown: string | null; skipped: DefaultMonth["dilewati"]; href: (month: string) => string }) {
  if (!skipped || !shown || (bulan !== shown && bulan !== skipped.bulan.periode)) return null;
  const { bulan: latest, sebelumnya } = skipped;
  const received = `Laporan ${periodLabel(latest.periode)} baru masuk dari ${formatInt(latest.melapor)} posyandu (${periodLabel(sebelumnya.periode)}: ${formatInt(sebelumnya.melapor)} posyandu)`;
  return (
    <p role="note" data-partial-month={latest.periode} className="rounded-lg border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950">
      {bulan === shown ? (
        <>
          {received}, jadi halaman ini dibuka pada {periodLabel(shown)}.{" "}
          <a href={href(latest.periode)} className="font-medium text-brand-700 underline">Lihat {periodLabel(latest.periode)} (sementara)</a>
        </>
      ) : (
        <>
          {received}: angka bulan ini sementara dan akan berubah.{" "}
          <a href={href(shown)} className="font-medium text-brand-700 underline">Kembali ke {periodLabel(shown)}</a>
        </>
      )}
    </p>
  );
}
