// One renderer for the printable notulen (berita acara) and the offline HTML
// meeting pack: plain escaped HTML with inline CSS and inline SVG charts/maps,
// so the pack opens from disk on a projector laptop with no network.
import type { MultiPolygon, Polygon } from "geojson";
import type { MeetingView, AgendaView } from "../queries/meeting-view";
import { colorClasses, colorOf } from "../colors";
import { formatDate, formatDecimal, formatInt } from "../format";
import { periodLabel } from "../period";
import { areaTitle, villageLevel } from "../wilayah/codes";
import { escapeXml as esc, svgBarChart, svgChoropleth } from "./svg";
import { ACTION_STATUS_LABELS, MEETING_KIND_LABELS, SECTORS, SECTOR_LABELS } from "../validations/meetings";
import type { RateLite } from "../meetings/snapshot";
import { figuresLeftOutNote } from "../meetings/left-out";
import type { Delta } from "../meetings/delta";

const pct = (r: RateLite | null | undefined) => (!r || r.nilai === null ? "—" : `${formatDecimal(r.nilai)}%`);
const when = (p: string | null) => (!p ? "" : /^\d{4}-\d{2}$/.test(p) ? periodLabel(p) : `tahun ${p}`);
const sector = (s: string) => SECTOR_LABELS[s as keyof typeof SECTOR_LABELS] ?? s;
const status = (s: string) => ACTION_STATUS_LABELS[s as keyof typeof ACTION_STATUS_LABELS] ?? s;
const ymd = (d: Date | string) => formatDate(typeof d === "string" ? new Date(`${d.slice(0, 10)}T00:00:00Z`) : d);
function delta(d: Delta | null | undefined): string {
  if (!d || d.selisih === null) return "—";
  return `${d.selisih > 0 ? "▲" : d.selisih < 0 ? "▼" : "■"} ${formatDecimal(Math.abs(d.selisih))} poin${d.arah ? ` (${d.arah})` : ""}`;
}

export const DOCUMENT_CSS = `
@page { size: A4; margin: 16mm 15mm; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #18181b; margin: 0; line-height: 1.4; font-size: 11pt; }
.doc { max-width: 190mm; margin: 0 auto; padding: 12px; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 2px; text-transform: uppercase; }
h2 { font-size: 13pt; margin: 18px 0 6px; border-bottom: 2px solid #1f5f4a; }
h3 { font-size: 11.5pt; margin: 14px 0 4px; }
.sub { text-align: center; margin: 0 0 12px; color: #3f3f46; }
table { width: 100%; border-collapse: collapse; margin: 4px 0 8px; font-size: 10pt; }
th, td { border: 1px solid #a1a1aa; padding: 3px 5px; text-align: left; vertical-align: top; }
th { background: #f4f4f5; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.meta td:first-child { width: 30%; font-weight: 600; }
.fig svg { width: 100%; height: auto; max-height: 120mm; }
.total { font-size: 14pt; font-weight: 700; }
.note { font-size: 9pt; color: #52525b; }
.narasi { background: #f4f4f5; padding: 4px 8px; margin: 4px 0; }
.late { color: #b91c1c; font-weight: 600; }
.better { color: #047857; } .worse { color: #b91c1c; }
.agenda { break-inside: avoid-page; }
.sign { display: flex; justify-content: space-between; gap: 24px; margin-top: 28px; break-inside: avoid; }
.sign div { width: 45%; text-align: center; }
.sign .line { margin-top: 64px; border-top: 1px solid #18181b; padding-top: 2px; }
@media print { .no-print { display: none !important; } a { color: inherit; text-decoration: none; } }
`;

function figureSvg(item: AgendaView): string {
  const f = item.figures;
  if (!f.indikator || f.baris.length === 0) return "";
  if (item.kind === "PETA" && item.shapes.length > 0) {
    const classes = colorClasses(f.baris.map((b) => b.rate?.nilai ?? null), f.indikator.polaritas);
    const shapes = new Map(item.shapes.map((s) => [s.code, JSON.parse(s.geojson) as Polygon | MultiPolygon]));
    return svgChoropleth({
      areas: f.baris.filter((b) => shapes.has(b.kode)).map((b) => ({ code: b.kode, name: b.nama, geometry: shapes.get(b.kode)!, color: colorOf(b.rate?.nilai ?? null, classes), label: pct(b.rate), smallN: b.rate?.n_kecil ?? false, noData: !b.rate || b.rate.nilai === null })),
      width: 900, height: 560, title: `${f.indikator.label} · ${f.wilayah?.nama ?? ""} · ${when(f.periode)}`,
      legend: classes.map((c) => ({ label: `${formatDecimal(c.from)}–${formatDecimal(c.to)}%`, color: c.color })),
      note: item.schematic ? "batas skematis (data demo); bukan batas wilayah resmi" : undefined,
    });
  }
  return svgBarChart({ labels: f.baris.map((b) => b.nama), values: f.baris.map((b) => b.rate?.nilai ?? null), n: f.baris.map((b) => b.rate?.n ?? 0), unit: "%", target: f.target, title: `${f.indikator.label} · ${when(f.periode)}`, width: 900, height: Math.max(220, 70 + f.baris.length * 30) });
}

function agendaHtml(item: AgendaView): string {
  const f = item.figures;
  const before = new Map(item.delta?.baris.map((b) => [b.kode, b]) ?? []);
  const cls = (d: Delta | null | undefined) => (d?.arah === "membaik" ? "better" : d?.arah === "memburuk" ? "worse" : "");
  const parts: string[] = [`<section class="agenda" data-agenda="${item.order}"><h3>${item.order}. ${esc(item.title)}</h3>`];
  const source = [f.wilayah?.nama, when(f.periode), f.sumber ? `sumber: ${f.sumber}` : null, item.frozen ? `angka dibekukan ${ymd(f.diambil)}` : "angka terkini (rapat belum dikunci)"].filter(Boolean).join(" · ");
  if (f.indikator && f.total) {
    parts.push(`<p><span class="total">${pct(f.total)}</span> ${esc(f.indikator.label)} · n = ${formatInt(f.total.n)}${f.total.n_kecil ? " (kecil)" : ""}${f.target !== null ? ` · target ${formatDecimal(f.target)}%` : ""}${item.delta ? ` · <span class="${cls(item.delta.total)}">sejak rapat lalu ${delta(item.delta.total)}</span>` : ""}</p>`);
  }
  const svg = figureSvg(item);
  if (svg) parts.push(`<div class="fig">${svg}</div>`);
  if (f.indikator && f.baris.length > 0) {
    parts.push(`<table><thead><tr><th>Wilayah</th><th class="num">Nilai</th><th class="num">n</th><th class="num">Rapat lalu</th><th class="num">Perubahan</th></tr></thead><tbody>${f.baris
      .map((b) => { const d = before.get(b.kode); return `<tr><td>${esc(b.nama)}</td><td class="num">${pct(b.rate)}</td><td class="num">${b.rate ? formatInt(b.rate.n) : "—"}${b.rate?.n_kecil ? " kecil" : ""}</td><td class="num">${d && d.dulu !== null ? `${formatDecimal(d.dulu)}%` : "—"}</td><td class="num ${cls(d)}">${delta(d)}</td></tr>`; })
      .join("")}</tbody></table>`);
  }
  if (f.skor) {
    parts.push(`<table><thead><tr><th>Wilayah</th>${f.skor.kolom.map((k) => `<th class="num">${esc(k.label)}${k.periode ? `<br><small>${esc(when(k.periode))}</small>` : ""}</th>`).join("")}</tr></thead><tbody>${f.skor.baris.map((r) => `<tr><td>${esc(r.nama)}</td>${f.skor!.kolom.map((k) => `<td class="num">${pct(r.nilai[k.id])}</td>`).join("")}</tr>`).join("")}</tbody></table>`);
  }
  const leftOut = figuresLeftOutNote(f);
  if (leftOut) parts.push(`<p class="note left-out">Catatan: ${esc(leftOut)}.</p>`);
  if (item.kind === "TINDAKAN") {
    parts.push(f.tindakan.length === 0 ? "<p>Tidak ada tindakan terbuka dari rapat sebelumnya.</p>" : `<ul>${f.tindakan.map((a) => `<li${a.terlambat ? ' class="late"' : ""}>${esc(a.teks)} — ${esc(sector(a.pemilik))}${a.nama ? ` (${esc(a.nama)})` : ""}, batas ${ymd(a.jatuhTempo)}, ${esc(status(a.status))}${a.terlambat ? ", terlambat" : ""}</li>`).join("")}</ul>`);
  }
  for (const n of f.narasi) parts.push(`<p class="narasi"><b>${esc(areaTitle(villageLevel(n.kode), n.nama))}:</b> ${esc(n.kalimat.join(" "))}</p>`);
  if (item.discussion) parts.push(`<p>${esc(item.discussion)}</p>`);
  parts.push(`<p class="note">${esc(source)}</p></section>`);
  return parts.join("\n");
}

/** The document body (header, attendees, agenda with figures, actions, signatures). */
export function meetingDocumentBody(view: MeetingView, generatedAt: Date): string {
  const m = view.meeting;
  const actions = [...m.actions, ...m.carried];
  const people = SECTORS.flatMap((s) => m.attendees.filter((a) => a.sector === s));
  return `<div class="doc">
<h1>Notulen Rapat</h1>
<p class="sub">${esc(m.title)}</p>
<table class="meta"><tbody>
<tr><td>Hari, tanggal</td><td>${new Intl.DateTimeFormat("id-ID", { weekday: "long", timeZone: "UTC" }).format(m.date)}, ${ymd(m.date)}</td></tr>
<tr><td>Tempat</td><td>${esc(m.place)}</td></tr>
<tr><td>Jenis rapat</td><td>${esc(MEETING_KIND_LABELS[m.kind as keyof typeof MEETING_KIND_LABELS] ?? m.kind)}</td></tr>
<tr><td>Wilayah</td><td>${esc(areaTitle(m.area.level, m.area.name))}</td></tr>
<tr><td>Status angka</td><td>${m.status === "TERKUNCI" ? `dibekukan saat rapat dikunci${m.lockedAt ? ` (${ymd(m.lockedAt)})` : ""}` : "rapat belum dikunci; angka mengikuti data terkini"}</td></tr>
</tbody></table>
<h2>Peserta</h2>
${people.length === 0 ? "<p>Belum ada peserta tercatat.</p>" : `<table><thead><tr><th class="num">No</th><th>Nama</th><th>Jabatan</th><th>OPD/sektor</th><th>Tanda tangan</th></tr></thead><tbody>${people.map((p, i) => `<tr><td class="num">${i + 1}</td><td>${esc(p.name)}</td><td>${esc(p.position ?? "")}</td><td>${esc(sector(p.sector))}</td><td></td></tr>`).join("")}</tbody></table>`}
<h2>Agenda dan data yang dibahas</h2>
${view.items.map(agendaHtml).join("\n") || "<p>Belum ada agenda.</p>"}
<h2>Keputusan dan rencana tindak lanjut</h2>
${actions.length === 0 ? "<p>Belum ada tindakan dicatat.</p>" : `<table><thead><tr><th class="num">No</th><th>Tindakan</th><th>OPD</th><th>Penanggung jawab</th><th>Batas waktu</th><th>Status</th><th>Perkembangan terakhir</th></tr></thead><tbody>${actions.map((a, i) => `<tr${a.overdue ? ' class="late"' : ""}><td class="num">${i + 1}</td><td>${esc(a.text)}${a.meetingId !== m.id ? ` <span class="note">(dari rapat sebelumnya)</span>` : ""}</td><td>${esc(sector(a.ownerSector))}</td><td>${esc(a.ownerName ?? "")}</td><td>${ymd(a.dueDate)}</td><td>${esc(status(a.status))}${a.overdue ? " (terlambat)" : ""}</td><td>${esc(a.progress.at(-1)?.note ?? "")}</td></tr>`).join("")}</tbody></table>`}
<div class="sign"><div>Notulis<div class="line">(............................................)</div></div><div>Pimpinan rapat<div class="line">(............................................)</div></div></div>
<p class="note">Dibuat oleh Pantau Posyandu, ${ymd(generatedAt)}. Angka = jumlah pembilang dibagi jumlah penyebut; n = dasar perhitungan.</p>
</div>`;
}

/** The self-contained pack: one HTML file, no external resources. */
export function meetingPackHtml(view: MeetingView, generatedAt: Date): string {
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(view.meeting.title)} — paket rapat</title>
<style>${DOCUMENT_CSS}
@media screen { body { background: #e4e4e7; } .doc { background: #fff; margin: 16px auto; padding: 24px; box-shadow: 0 1px 4px rgba(0,0,0,.2); } }</style>
</head><body>
${meetingDocumentBody(view, generatedAt)}
</body></html>`;
}
