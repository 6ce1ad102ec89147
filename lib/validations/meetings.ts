// zod schemas of the meeting forms: meeting, attendee, agenda item, action and
// progress note. Dates are YYYY-MM-DD (or DD/MM/YYYY) and checked to exist; the
// bounds that need the database (not before the meeting) are checked by the actions.
import { z } from "./z";
import { parseDate } from "../import/cells";
import { INDICATORS } from "../indicators/catalogue";
import { formatDate } from "../format";
import { addMonths } from "../period";
import { checkbox, dayOf, optionalText, requiredText } from "./posyandu";

export const SECTORS = ["DINKES", "BAPPEDA", "DP3AP2KB", "DINSOS", "PMD", "DISDIK", "CAMAT", "LURAH", "TP_PKK", "PUSKESMAS", "LAINNYA"] as const;
export const SECTOR_LABELS: Record<(typeof SECTORS)[number], string> = {
  DINKES: "Dinas Kesehatan", BAPPEDA: "Bappeda", DP3AP2KB: "DP3AP2KB", DINSOS: "Dinas Sosial", PMD: "Dinas PMD", DISDIK: "Dinas Pendidikan",
  CAMAT: "Kecamatan", LURAH: "Kelurahan/Desa", TP_PKK: "TP-PKK", PUSKESMAS: "Puskesmas", LAINNYA: "Lainnya",
};
export const MEETING_KINDS = ["RAPAT_RUTIN", "BIMBINGAN_TEKNIS", "REMBUK_STUNTING", "LAINNYA"] as const;
export const MEETING_KIND_LABELS: Record<(typeof MEETING_KINDS)[number], string> = {
  RAPAT_RUTIN: "Rapat rutin Pokjanal/Tim Pembina", BIMBINGAN_TEKNIS: "Bimbingan teknis", REMBUK_STUNTING: "Rembuk stunting", LAINNYA: "Lainnya",
};
export const AGENDA_KINDS = ["PETA", "GRAFIK", "SKOR", "TINDAKAN", "LAINNYA"] as const;
export const AGENDA_KIND_LABELS: Record<(typeof AGENDA_KINDS)[number], string> = { PETA: "Peta", GRAFIK: "Grafik", SKOR: "Skor", TINDAKAN: "Tindakan terbuka", LAINNYA: "Lainnya (teks)" };
export const MEETING_STATUS_LABELS: Record<"DRAFT" | "TERKUNCI", string> = { DRAFT: "Draf", TERKUNCI: "Terkunci" };
export const ACTION_STATUSES = ["BELUM", "PROSES", "SELESAI", "BATAL"] as const;
export const ACTION_STATUS_LABELS: Record<(typeof ACTION_STATUSES)[number], string> = { BELUM: "Belum", PROSES: "Proses", SELESAI: "Selesai", BATAL: "Batal" };

/** "2026-12-10" → "10 Desember 2026": dates in messages read as the users write them, never ISO. */
export const dateText = (ymd: string) => formatDate(dayOf(ymd));

const dateField = (label: string, range?: { min: string; max: string }) =>
  z.string({ message: `${label} wajib diisi` }).transform((raw, ctx) => {
    const p = parseDate(raw);
    if (!raw.trim() || !p.ok) {
      ctx.addIssue({ code: "custom", message: raw.trim() ? `${label}: ${p.ok ? "" : p.message}` : `${label} wajib diisi` });
      return z.NEVER;
    }
    if (range && (p.value < range.min || p.value > range.max)) {
      ctx.addIssue({ code: "custom", message: `${label} harus antara ${dateText(range.min)} dan ${dateText(range.max)}` });
      return z.NEVER;
    }
    return p.value;
  });

/** One calendar month after a YYYY-MM-DD date, on the month's last day when it is shorter (31 Jan → 28/29 Feb). */
function oneMonthAfter(ymd: string): string {
  const month = addMonths(ymd.slice(0, 7), 1);
  const lastDay = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  return `${month}-${String(Math.min(Number(ymd.slice(8, 10)), lastDay)).padStart(2, "0")}`;
}

/** The earliest meeting date accepted: anything older is a typo (01/01/1900), not a meeting to record. */
export const MEETING_DATE_MIN = "2000-01-01";

/** The latest meeting date accepted on `today`: meetings are planned ahead, but not more than two years ahead. */
export function meetingDateMax(today: string): string {
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y + 2, m - 1, d)).toISOString().slice(0, 10);
}

/**
 * The due date the action form offers: one month after the meeting, since a Pokjanal decision is usually reviewed at
 * the next (monthly) meeting; when that is already past (an old meeting recorded late), one month from today, so a
 * new action is never "terlambat" the moment it is saved.
 */
export function defaultDueDate(meetingDate: string, today: string): string {
  const afterMeeting = oneMonthAfter(meetingDate);
  return afterMeeting >= today ? afterMeeting : oneMonthAfter(today);
}

/** The field error of a date (due date, progress) before its meeting's date, or null. */
export function beforeMeetingError(label: string, ymd: string, meetingDate: string): string | null {
  return ymd < meetingDate ? `${label} tidak boleh sebelum tanggal rapat (${dateText(meetingDate)})` : null;
}

/** Why a meeting cannot be locked yet on `today` (before its own date), or null when it can. */
export function lockTooEarlyMessage(meetingDate: string, today: string): string | null {
  return today < meetingDate ? `Rapat belum dapat dikunci: rapat baru berlangsung ${dateText(meetingDate)}. Angka dibekukan setelah rapat, agar yang tercatat adalah angka yang dibahas.` : null;
}

// Hidden fields: a bad value means a tampered or stale form, never a typo; zod's default would say "diterima NaN".
const BAD_ID = "Nomor data tidak valid; muat ulang halaman";
const id = z.coerce.number({ message: BAD_ID }).int(BAD_ID).positive(BAD_ID);
const areaCode = z.string().trim().regex(/^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/, "Kode wilayah tidak valid");
const blankToNull = (v: unknown) => (v === "" || v === undefined ? null : v);

/** The meeting form on `today` (which bounds the date). */
export const meetingSchemaFor = (today: string) => z.object({
  areaCode,
  title: requiredText("Judul rapat", 200),
  date: dateField("Tanggal rapat", { min: MEETING_DATE_MIN, max: meetingDateMax(today) }),
  place: requiredText("Tempat", 200),
  kind: z.enum(MEETING_KINDS, { message: "Jenis rapat tidak dikenal" }),
  saran: checkbox,
});

/** Correcting a draft meeting: the creation form's fields except its area (agenda and actions are bounded by it). */
export const meetingEditSchemaFor = (today: string) => meetingSchemaFor(today).omit({ areaCode: true, saran: true }).extend({ meetingId: id });

/** Deleting a draft meeting needs the "Saya yakin" box: a bare button is one slip away from losing the record. */
export const meetingDeleteSchema = z.object({
  meetingId: id,
  yakin: checkbox.refine((v) => v, "Centang “Saya yakin” untuk menghapus rapat ini"),
});

export const attendeeSchema = z.object({
  meetingId: id,
  sector: z.enum(SECTORS, { message: "OPD/sektor tidak dikenal" }),
  name: requiredText("Nama", 120),
  position: optionalText(120),
});

export const agendaSchema = z.object({
  meetingId: id,
  title: requiredText("Judul agenda", 200),
  kind: z.enum(AGENDA_KINDS, { message: "Jenis agenda tidak dikenal" }),
  indicator: z.preprocess(blankToNull, z.enum(INDICATORS.map((d) => d.id) as [string, ...string[]], { message: "Indikator tidak dikenal" }).nullable()),
  areaCode: z.preprocess(blankToNull, areaCode.nullable()),
  period: z.preprocess(blankToNull, z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, "Periode harus TTTT atau TTTT-BB").nullable()),
});

/** Moving a draft's agenda item to another area of the meeting (blank: the meeting's own area, as at creation). */
export const agendaAreaSchema = z.object({
  meetingId: id,
  itemId: id,
  areaCode: z.preprocess(blankToNull, areaCode.nullable()),
});

/** Correcting a draft's agenda item: its title and the discussion line under it (blank: none). */
export const agendaTextSchema = z.object({
  meetingId: id,
  itemId: id,
  title: requiredText("Judul agenda", 200),
  discussion: optionalText(1000),
});

export const actionSchema = z.object({
  meetingId: id,
  text: requiredText("Uraian tindakan", 500),
  ownerSector: z.enum(SECTORS, { message: "OPD penanggung jawab tidak dikenal" }),
  ownerName: optionalText(120),
  dueDate: dateField("Batas waktu"),
  areaCode: z.preprocess(blankToNull, areaCode.nullable()),
  indicator: z.preprocess(blankToNull, z.enum(INDICATORS.map((d) => d.id) as [string, ...string[]]).nullable()),
  fundingSource: optionalText(120),
});

export const progressSchema = z.object({
  actionId: id,
  note: requiredText("Catatan", 500),
  newStatus: z.preprocess(blankToNull, z.enum(ACTION_STATUSES, { message: "Status tidak dikenal" }).nullable()),
  date: dateField("Tanggal"),
});

/** Correcting an action: the creation form's fields, for the action instead of its meeting. */
export const actionEditSchema = actionSchema.omit({ meetingId: true }).extend({ actionId: id });
