// The figures of one agenda item: headline with n, source, period and the change
// since the previous meeting; a bar chart; a map for map items; a table; open
// actions; the kelurahan narratives. No hooks and no server-only imports, so the
// meeting page (server) and the presentation (client) render the same thing.
import type { MultiPolygon, Polygon } from "geojson";
import type { AgendaView } from "@/lib/queries/meeting-view";
import { colorClasses, colorOf } from "@/lib/colors";
import { formatDecimal, formatInt } from "@/lib/format";
import { RateBarChart } from "@/components/charts/rate-bar-chart";
import { SLIDE_FONT_SIZE } from "@/components/charts/chart-format";
import { AreaMap } from "@/components/maps/area-map";
import { areaTitle, villageLevel } from "@/lib/wilayah/codes";
import { figuresLeftOutNote } from "@/lib/meetings/left-out";
import { leftOutText } from "@/lib/indicators/nutrition-sources";
import { deltaClass, deltaText, nText, pct, periodText, sectorText, statusText, withoutObText, ymdText } from "./figure-format";

export function AgendaFigures({ item, large = false }: { item: AgendaView; large?: boolean }) {
  const f = item.figures;
  const sourceLine = [f.wilayah?.nama, periodText(f.periode), f.sumber ? `sumber: ${f.sumber}` : null, item.frozen ? `angka dibekukan ${ymdText(f.diambil)}` : "angka terkini (rapat belum dikunci)"].filter(Boolean).join(" · ");
  const before = new Map(item.delta?.baris.map((b) => [b.kode, b]) ?? []);
  const classes = f.indikator ? colorClasses(f.baris.map((b) => b.rate?.nilai ?? null), f.indikator.polaritas) : [];
  const shapes = new Map(item.shapes.map((s) => [s.code, s.geojson]));
  const leftOut = figuresLeftOutNote(f);
  // A map item over areas without boundaries still shows its figures per area: as the bar chart other items draw.
  const drawsMap = item.kind === "PETA" && item.shapes.length > 0;
  const listed = slideActions(f.tindakan, large);
  return (
    // On a slide the column fills the screen and the chart or map takes the height the text leaves; its text (the
    // narratives, the score table) is as large as the chart's ticks, SLIDE_FONT_SIZE.
    <div className={large ? "flex min-h-0 flex-1 flex-col gap-3" : "space-y-3 text-sm"} style={large ? { fontSize: SLIDE_FONT_SIZE } : undefined} data-agenda-kind={item.kind}>
      {f.indikator && f.total && (
        <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
          <span className={`num font-semibold ${large ? "text-5xl" : "text-3xl"}`} data-figure="total">{pct(f.total)}</span>
          <span className="text-slate-600">{f.indikator.label} · {nText(f.total)}{f.target !== null ? ` · target ${formatDecimal(f.target)}%` : ""}</span>
          {item.delta && <span className={deltaClass(item.delta.total)}>sejak rapat lalu: {pct({ ...f.total, nilai: item.delta.total.dulu })} → {pct(f.total)} {deltaText(item.delta.total)}</span>}
        </div>
      )}
      {f.indikator && drawsMap && (
        <AreaMap
          areas={f.baris.filter((b) => shapes.has(b.kode)).map((b) => ({
            code: b.kode, name: b.nama, geometry: JSON.parse(shapes.get(b.kode)!) as Polygon | MultiPolygon, value: b.rate?.nilai ?? null,
            valueLabel: b.rate?.nilai === null || !b.rate ? "tidak ada data" : `${formatDecimal(b.rate.nilai)}% (n = ${formatInt(b.rate.n)})`,
            note: leftOutText(b.rate?.sumber_lain),
            color: colorOf(b.rate?.nilai ?? null, classes), smallN: b.rate?.n_kecil ?? false, href: null,
          }))}
          legend={{ title: `${f.indikator.label} (%)`, classes, unit: "%", noDataLabel: "tidak ada data", smallNLabel: "n < 30 (kecil)" }}
          schematic={item.schematic}
          height={large ? "fill" : 380}
          presentation={large}
          ariaLabel={`Peta ${f.indikator.label}`}
        />
      )}
      {f.indikator && item.kind === "PETA" && !drawsMap && f.baris.length > 0 && (
        <p className="text-slate-600" data-map-fallback>
          {/* A kelurahan's figures are per posyandu, which have no boundaries to import. */}
          {f.wilayah?.kode.split(".").length === 4
            ? `Peta tidak digambar: angka ${f.wilayah.nama} dirinci per posyandu, yang tidak punya batas wilayah. Angkanya per posyandu:`
            : `Peta tidak digambar: belum ada batas wilayah untuk ${f.baris.length} wilayah ini (impor batas wilayah di halaman Impor). Angkanya per wilayah:`}
        </p>
      )}
      {f.indikator && !drawsMap && f.baris.length > 0 && (
        <RateBarChart labels={f.baris.map((b) => b.nama)} values={f.baris.map((b) => b.rate?.nilai ?? null)} n={f.baris.map((b) => b.rate?.n ?? 0)} nKecil={f.baris.map((b) => b.rate?.n_kecil ?? false)} target={f.target ?? undefined} label={f.indikator.label} large={large} height={large ? "fill" : undefined} download={large ? undefined : { fileName: `rapat-${item.id}-${f.indikator.id}`, title: `${f.indikator.label} · ${f.wilayah?.nama ?? ""} · ${periodText(f.periode)}`, source: sourceLine, note: leftOut ? `Catatan: ${leftOut}.` : null }} />
      )}
      {f.indikator && f.baris.length > 0 && !large && (
        <div className="overflow-x-auto">
          <table className="w-full text-left" aria-label={`Angka ${item.title}`}>
            <thead className="bg-slate-100"><tr><th className="px-2 py-1">Wilayah</th><th className="px-2 py-1 text-right">Nilai</th><th className="px-2 py-1 text-right">n</th><th className="px-2 py-1 text-right">Rapat lalu</th><th className="px-2 py-1 text-right">Perubahan</th></tr></thead>
            <tbody>
              {f.baris.map((b) => {
                const d = before.get(b.kode);
                return (
                  <tr key={b.kode} className="border-t border-slate-100" data-kode={b.kode}>
                    <td className="px-2 py-1">{b.nama}</td>
                    <td className="num px-2 py-1 text-right" title={[b.rate ? `${formatInt(b.rate.pembilang)} dari ${formatInt(b.rate.penyebut)}` : "tidak ada data", leftOutText(b.rate?.sumber_lain), withoutObText(b.rate)].filter(Boolean).join(" · ")}>{pct(b.rate)}</td>
                    <td className="num px-2 py-1 text-right">{b.rate ? formatInt(b.rate.n) : "—"}{b.rate?.n_kecil ? " kecil" : ""}</td>
                    <td className="num px-2 py-1 text-right">{d && d.dulu !== null ? `${formatDecimal(d.dulu)}%` : "—"}</td>
                    <td className={`num px-2 py-1 text-right ${deltaClass(d)}`}>{deltaText(d)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {f.skor && (
        <div className="overflow-x-auto">
          <table className="w-full text-left" aria-label={`Skor ${item.title}`}>
            <thead className="bg-slate-100"><tr><th className="px-2 py-1">Wilayah</th>{f.skor.kolom.map((k) => <th key={k.id} className="px-2 py-1 text-right" title={k.sumber ? `sumber: ${k.sumber}` : undefined}>{k.label}{k.periode ? <span className={`block font-normal text-slate-600 ${large ? "text-base" : "text-xs"}`} data-kolom-periode>{periodText(k.periode)}</span> : null}</th>)}</tr></thead>
            <tbody>
              {f.skor.baris.map((r) => (
                <tr key={r.kode} className="border-t border-slate-100"><td className={`px-2 py-1 ${large ? "whitespace-nowrap" : ""}`}>{r.nama}</td>{f.skor!.kolom.map((k) => <td key={k.id} className="num px-2 py-1 text-right" title={[nText(r.nilai[k.id]), leftOutText(r.nilai[k.id]?.sumber_lain)].filter(Boolean).join(" · ")}>{pct(r.nilai[k.id])}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {leftOut && <p className="text-amber-900" data-sumber-lain>Catatan: {leftOut}.</p>}
      {item.kind === "TINDAKAN" && (
        f.tindakan.length === 0 ? <p>Tidak ada tindakan terbuka dari rapat sebelumnya.</p> : (
          <ul className="space-y-1" aria-label="Tindakan terbuka">
            {listed.shown.map((a) => (
              <li key={a.id} className={`rounded border px-2 py-1 ${a.terlambat ? "border-red-300 bg-red-50" : "border-slate-200"}`}>
                <span className="font-medium">{a.teks}</span> — {sectorText(a.pemilik)}{a.nama ? ` (${a.nama})` : ""} · batas {ymdText(a.jatuhTempo)} · {statusText(a.status)}{a.terlambat ? " · TERLAMBAT" : ""}
              </li>
            ))}
            {listed.rest > 0 && (
              <li className="px-2 py-1 text-slate-700" data-tindakan-lainnya>… dan {formatInt(listed.rest)} tindakan terbuka lainnya (daftar lengkap di halaman rapat).</li>
            )}
          </ul>
        )
      )}
      {f.narasi.map((n) => (
        <p key={n.kode} className="rounded bg-slate-50 px-3 py-2" data-narasi={n.kode}><span className="font-semibold">{areaTitle(villageLevel(n.kode), n.nama)}:</span> {n.kalimat.join(" ")}</p>
      ))}
      {item.discussion && <p className="text-slate-700">{item.discussion}</p>}
      <p className={`text-slate-500 ${large ? "text-base" : "text-xs"}`} data-source-line>{sourceLine}</p>
    </div>
  );
}

/** Open actions a slide lists: a slide cannot scroll, so the late ones first, up to SLIDE_ACTIONS; the page lists all. */
export const SLIDE_ACTIONS = 6;
export function slideActions<T extends { terlambat: boolean }>(all: T[], large: boolean): { shown: T[]; rest: number } {
  if (!large || all.length <= SLIDE_ACTIONS) return { shown: all, rest: 0 };
  const shown = [...all.filter((a) => a.terlambat), ...all.filter((a) => !a.terlambat)].slice(0, SLIDE_ACTIONS);
  return { shown, rest: all.length - shown.length };
}
