"use client";
// The meeting page's small forms. Each posts to a server action and shows its
// Indonesian result; refused input keeps what the user typed.
import { useActionState, useMemo, useState, type ChangeEvent, type ReactNode } from "react";
import type { FormResult } from "@/lib/validations/posyandu";
import { ACTION_STATUSES, ACTION_STATUS_LABELS, AGENDA_KINDS, AGENDA_KIND_LABELS, MEETING_DATE_MIN, MEETING_KINDS, MEETING_KIND_LABELS, SECTORS, SECTOR_LABELS, defaultDueDate, meetingDateMax } from "@/lib/validations/meetings";
import { indicatorDef } from "@/lib/indicators/catalogue";
import { periodLabel } from "@/lib/period";
import type { AgendaPeriods } from "./agenda-period";
import { Field, FormMessage, buttonClass, formKey, inputClass, pick } from "@/app/posyandu/_components/form-parts";

export type Action = (prev: FormResult | null, form: FormData) => Promise<FormResult>;
export type Option = { value: string; label: string };

/** A form action's state, the refused values to keep, and each field's error. */
export function useForm(action: Action) {
  const [state, formAction, pending] = useActionState<FormResult | null, FormData>(action, null);
  const sticky = state?.ok ? null : state;
  return { state, formAction, pending, sticky, err: (n: string) => state?.fieldErrors?.[n] };
}

/**
 * A saved result's notice that belongs to the list it changed (`list`: a signature such as the row ids): it goes when
 * the list changes again (a row removed, another entry) or `dismiss` is called (the user starts the next entry).
 * A refusal stays until the next submission: it explains what the user is typing.
 */
export function useListNotice(state: FormResult | null, list: string) {
  // Remembered when a result arrives: the action's answer and the refreshed list come in one render.
  const [seen, setSeen] = useState({ state, list, dismissed: false });
  if (seen.state !== state) setSeen({ state, list, dismissed: false });
  const current = seen.state === state ? seen : { state, list, dismissed: false };
  const stale = state?.ok === true && (current.list !== list || current.dismissed);
  return { notice: stale ? null : state, dismiss: () => { if (state?.ok && !current.dismissed) setSeen({ ...current, dismissed: true }); } };
}

/** `notice`: what the message under the fields shows, when not simply the state (see generalMessage, useListNotice). */
export function Shell({ title, state, notice, children, submit, pending, action, id, danger = false, onInput }: { title?: string; state: FormResult | null; notice?: FormResult | null; children: ReactNode; submit: string; pending: boolean; action: (f: FormData) => void; id?: string; danger?: boolean; onInput?: () => void }) {
  return (
    <form key={formKey(state)} action={action} className="space-y-2" noValidate aria-label={title} id={id} onInput={onInput}>
      {children}
      <FormMessage state={notice === undefined ? state : notice} />
      <button type="submit" disabled={pending} className={danger ? "rounded bg-red-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-50" : buttonClass}>{pending ? "Menyimpan…" : submit}</button>
    </form>
  );
}

export const options = (values: readonly string[], labels: Record<string, string>) => values.map((v) => ({ value: v, label: labels[v] ?? v }));
export const Select = ({ name, opts, value, invalid, onChange }: { name: string; opts: Option[]; value: string; invalid: boolean; onChange?: (e: ChangeEvent<HTMLSelectElement>) => void }) => (
  <select name={name} defaultValue={value} aria-invalid={invalid} onChange={onChange} className={inputClass}>{opts.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}</select>
);

/** Wraps a form action so that a saved entry hands back the submitted `fields`, for the next entry to start from. */
export function keepOnSave(action: Action, fields: readonly string[]): Action {
  return async (prev, form) => {
    const result = await action(prev, form);
    return result.ok ? { ...result, values: Object.fromEntries(fields.map((n) => [n, String(form.get(n) ?? "")])) } : result;
  };
}

/** The period an agenda item starts with: a nutrition map or chart reads the last Feb/Aug weighing, the rest the data month. */
export function agendaPeriod(kind: string, indicator: string, periods: AgendaPeriods): string {
  return (kind === "PETA" || kind === "GRAFIK") && indicatorDef(indicator)?.periode === "penimbangan" ? periods.measurement : periods.month;
}

export function NewMeetingForm({ action, areas, today }: { action: Action; areas: Option[]; today: string }) {
  const f = useForm(action);
  return (
    <Shell title="Rapat baru" state={f.state} submit="Buat rapat" pending={f.pending} action={f.formAction}>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Field label="Wilayah rapat" error={f.err("areaCode")}><Select name="areaCode" opts={areas} value={pick(f.sticky, "areaCode", areas[0]?.value)} invalid={!!f.err("areaCode")} /></Field>
        <Field label="Jenis" error={f.err("kind")}><Select name="kind" opts={options(MEETING_KINDS, MEETING_KIND_LABELS)} value={pick(f.sticky, "kind", "RAPAT_RUTIN")} invalid={!!f.err("kind")} /></Field>
        <Field label="Judul" error={f.err("title")} className="sm:col-span-2"><input name="title" maxLength={200} defaultValue={pick(f.sticky, "title", "")} aria-invalid={!!f.err("title")} className={inputClass} /></Field>
        <Field label="Tanggal" error={f.err("date")}><input name="date" type="date" min={MEETING_DATE_MIN} max={meetingDateMax(today)} defaultValue={pick(f.sticky, "date", today)} aria-invalid={!!f.err("date")} className={inputClass} /></Field>
        <Field label="Tempat" error={f.err("place")}><input name="place" maxLength={200} defaultValue={pick(f.sticky, "place", "")} aria-invalid={!!f.err("place")} className={inputClass} /></Field>
      </div>
      <label className="flex items-center gap-2 text-sm"><input type="checkbox" name="saran" defaultChecked={f.sticky?.values ? f.sticky.values.saran === "on" : true} /> Mulai dari agenda usulan (tindakan terbuka, wilayah memburuk, strata turun, kader &lt; 5, laporan belum masuk)</label>
    </Shell>
  );
}

/** `list`: the attendee ids; "… ditambahkan." goes when they change again or the next name is typed. */
export function AttendeeForm({ action, meetingId, list }: { action: Action; meetingId: number; list: string }) {
  // Attendees are usually entered OPD by OPD: the next entry keeps the sector of the last one saved.
  const f = useForm(useMemo(() => keepOnSave(action, ["sector"]), [action]));
  const { notice, dismiss } = useListNotice(f.state, list);
  return (
    <Shell title="Tambah peserta" state={f.state} notice={notice} onInput={dismiss} submit="Tambah peserta" pending={f.pending} action={f.formAction}>
      <input type="hidden" name="meetingId" value={meetingId} />
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-3">
        <Field label="OPD/sektor" error={f.err("sector")}><Select name="sector" opts={options(SECTORS, SECTOR_LABELS)} value={pick(f.sticky, "sector", f.state?.values?.sector ?? "DINKES")} invalid={!!f.err("sector")} /></Field>
        <Field label="Nama" error={f.err("name")}><input name="name" maxLength={120} defaultValue={pick(f.sticky, "name", "")} aria-invalid={!!f.err("name")} className={inputClass} /></Field>
        <Field label="Jabatan" error={f.err("position")}><input name="position" maxLength={120} defaultValue={pick(f.sticky, "position", "")} className={inputClass} /></Field>
      </div>
    </Shell>
  );
}

export function AgendaForm({ action, meetingId, indicators, areas, periods }: { action: Action; meetingId: number; indicators: Option[]; areas: Option[]; periods: AgendaPeriods }) {
  const f = useForm(action);
  // The period follows the chosen kind and indicator until the user types another one.
  const follow = (e: ChangeEvent<HTMLSelectElement>) => {
    const get = (n: string) => e.currentTarget.form?.elements.namedItem(n);
    const [period, kind, indicator] = [get("period"), get("kind"), get("indicator")];
    if (!(period instanceof HTMLInputElement) || !(kind instanceof HTMLSelectElement) || !(indicator instanceof HTMLSelectElement)) return;
    if (period.value === periods.month || period.value === periods.measurement) period.value = agendaPeriod(kind.value, indicator.value, periods);
  };
  const kind = pick(f.sticky, "kind", "PETA");
  const indicator = pick(f.sticky, "indicator", "stunting");
  return (
    <Shell title="Tambah agenda" state={f.state} submit="Tambah agenda" pending={f.pending} action={f.formAction}>
      <input type="hidden" name="meetingId" value={meetingId} />
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-5">
        <Field label="Judul" error={f.err("title")} className="lg:col-span-2"><input name="title" maxLength={200} defaultValue={pick(f.sticky, "title", "")} aria-invalid={!!f.err("title")} className={inputClass} /></Field>
        <Field label="Tampilan" error={f.err("kind")}><Select name="kind" opts={options(AGENDA_KINDS, AGENDA_KIND_LABELS)} value={kind} invalid={!!f.err("kind")} onChange={follow} /></Field>
        <Field label="Indikator" error={f.err("indicator")}><Select name="indicator" opts={[{ value: "", label: "—" }, ...indicators]} value={indicator} invalid={!!f.err("indicator")} onChange={follow} /></Field>
        <Field label="Wilayah" error={f.err("areaCode")}><Select name="areaCode" opts={areas} value={pick(f.sticky, "areaCode", areas[0]?.value)} invalid={!!f.err("areaCode")} /></Field>
        <Field label="Periode" error={f.err("period")} hint="TTTT-BB (bulan) atau TTTT (tahun)"><input name="period" maxLength={7} defaultValue={pick(f.sticky, "period", agendaPeriod(kind, indicator, periods))} aria-invalid={!!f.err("period")} className={inputClass} /></Field>
      </div>
      <p className="text-xs text-slate-600">Periode awal: bulan data rapat ({periodLabel(periods.month)}). Stunting, wasting dan underweight diukur pada penimbangan Februari/Agustus, jadi peta/grafiknya memakai {periodLabel(periods.measurement)}.</p>
    </Shell>
  );
}

export function ActionForm({ action, meetingId, meetingDate, areas, indicators, today }: { action: Action; meetingId: number; meetingDate: string; areas: Option[]; indicators: Option[]; today: string }) {
  const f = useForm(action);
  return (
    <Shell title="Catat tindakan" state={f.state} submit="Catat tindakan" pending={f.pending} action={f.formAction}>
      <input type="hidden" name="meetingId" value={meetingId} />
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3">
        <Field label="Uraian tindakan" error={f.err("text")} className="sm:col-span-2 lg:col-span-3"><input name="text" maxLength={500} defaultValue={pick(f.sticky, "text", "")} aria-invalid={!!f.err("text")} className={inputClass} /></Field>
        <Field label="OPD penanggung jawab" error={f.err("ownerSector")}><Select name="ownerSector" opts={options(SECTORS, SECTOR_LABELS)} value={pick(f.sticky, "ownerSector", "DINKES")} invalid={!!f.err("ownerSector")} /></Field>
        <Field label="Nama penanggung jawab" error={f.err("ownerName")}><input name="ownerName" maxLength={120} defaultValue={pick(f.sticky, "ownerName", "")} className={inputClass} /></Field>
        <Field label="Batas waktu" error={f.err("dueDate")}><input name="dueDate" type="date" min={meetingDate} defaultValue={pick(f.sticky, "dueDate", defaultDueDate(meetingDate, today))} aria-invalid={!!f.err("dueDate")} className={inputClass} /></Field>
        <Field label="Wilayah" error={f.err("areaCode")}><Select name="areaCode" opts={[{ value: "", label: "seluruh wilayah rapat" }, ...areas]} value={pick(f.sticky, "areaCode", "")} invalid={!!f.err("areaCode")} /></Field>
        <Field label="Indikator terkait" error={f.err("indicator")}><Select name="indicator" opts={[{ value: "", label: "—" }, ...indicators]} value={pick(f.sticky, "indicator", "")} invalid={!!f.err("indicator")} /></Field>
        <Field label="Sumber dana" error={f.err("fundingSource")} hint="Mis. APBD, Dana Desa"><input name="fundingSource" maxLength={120} defaultValue={pick(f.sticky, "fundingSource", "")} className={inputClass} /></Field>
      </div>
    </Shell>
  );
}

export function ProgressForm({ action, actionId, meetingId, today }: { action: Action; actionId: number; meetingId: number; today: string }) {
  const f = useForm(action);
  return (
    <Shell title="Catat perkembangan" state={f.state} submit="Simpan perkembangan" pending={f.pending} action={f.formAction}>
      <input type="hidden" name="actionId" value={actionId} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-3">
        <Field label="Catatan" error={f.err("note")} className="sm:col-span-3"><input name="note" maxLength={500} defaultValue={pick(f.sticky, "note", "")} aria-invalid={!!f.err("note")} className={inputClass} /></Field>
        <Field label="Status baru" error={f.err("newStatus")}><Select name="newStatus" opts={[{ value: "", label: "tidak berubah" }, ...options(ACTION_STATUSES, ACTION_STATUS_LABELS)]} value={pick(f.sticky, "newStatus", "")} invalid={!!f.err("newStatus")} /></Field>
        <Field label="Tanggal" error={f.err("date")}><input name="date" type="date" defaultValue={pick(f.sticky, "date", today)} aria-invalid={!!f.err("date")} className={inputClass} /></Field>
      </div>
    </Shell>
  );
}

/** A one-button form (delete a row, lock the meeting), with an optional confirmation. */
export function OpButton({ action, meetingId, op, targetId, label, confirm: question, danger = false, ariaLabel, quiet = false }: { action: Action; meetingId: number; op: string; targetId?: number; label: string; confirm?: string; danger?: boolean; ariaLabel?: string; quiet?: boolean }) {
  const [state, formAction, pending] = useActionState<FormResult | null, FormData>(action, null);
  return (
    <form action={formAction} onSubmit={(e) => { if (question && !window.confirm(question)) e.preventDefault(); }} className="inline">
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="op" value={op} />
      {targetId !== undefined && <input type="hidden" name="targetId" value={targetId} />}
      <button type="submit" disabled={pending} aria-label={ariaLabel} title={ariaLabel} className={danger ? "text-sm text-red-700 underline" : quiet ? "rounded border border-slate-300 px-2 py-0.5 text-sm hover:bg-slate-100 disabled:opacity-40" : buttonClass}>{pending ? "…" : label}</button>
      {state && !state.ok && <span role="alert" className="ml-2 text-sm text-red-700">{state.message}</span>}
    </form>
  );
}
