import { NavLink } from "@/components/ui/nav-link";
import type { KaderIndicators } from "@/lib/indicators/kader";
import { formatDecimal, formatInt } from "@/lib/format";

/** Active kader, the ≥ 5 criterion, basic training and competency levels; the roster is one click away. */
export function KaderSummary({ kader, href }: { kader: KaderIndicators; href: string }) {
  const aktif = kader.kader_per_posyandu.pembilang;
  return (
    <section aria-labelledby="ringkas-kader" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-kader={aktif}>
      <h2 id="ringkas-kader" className="text-lg font-semibold">Kader</h2>
      <p className={`num mt-1 text-3xl font-semibold ${aktif < 5 ? "text-red-700" : ""}`}>{formatInt(aktif)}</p>
      <p className="text-sm text-slate-600">kader aktif{aktif < 5 ? " — kurang dari 5 (kriteria Posyandu Aktif)" : ""}</p>
      <dl className="mt-2 space-y-1 text-sm">
        <div className="flex justify-between gap-2"><dt>Terlatih dasar</dt><dd className="num">{kader.kader_terlatih.nilai === null ? "—" : `${formatDecimal(kader.kader_terlatih.nilai)}% (${formatInt(kader.kader_terlatih.pembilang)} dari ${formatInt(kader.kader_terlatih.penyebut)})`}</dd></div>
        <div className="flex justify-between gap-2"><dt>Purwa / Madya / Utama</dt><dd className="num">{kader.level.purwa} / {kader.level.madya} / {kader.level.utama}</dd></div>
        <div className="flex justify-between gap-2"><dt>Belum ada tingkat</dt><dd className="num">{kader.level.belum}</dd></div>
      </dl>
      <p className="mt-3 text-sm"><NavLink href={href} className="text-brand-700 underline">Daftar kader, pelatihan dan tingkat</NavLink></p>
    </section>
  );
}
