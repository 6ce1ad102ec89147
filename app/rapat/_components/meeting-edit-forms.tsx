"use client";
// Correcting a meeting record: a draft's own fields, deleting a draft (only with "Saya yakin"), an agenda item's
// area, title and discussion, an action's fields, and removing attendees with a confirmation and a message that outlives the removed row.
import { useActionState, type FormEvent, type ReactNode } from "react";
import type { FormResult } from "@/lib/validations/posyandu";
import { MEETING_DATE_MIN, MEETING_KINDS, MEETING_KIND_LABELS, SECTORS, SECTOR_LABELS, meetingDateMax } from "@/lib/validations/meetings";
import { Field, FormMessage, generalMessage, inputClass, pick } from "@/app/posyandu/_components/form-parts";
import { Select, Shell, options, useForm, useListNotice, type Action, type Option } from "./meeting-forms";

type MeetingFields = { id: number; title: string; kind: string; date: string; place: string };

export function EditMeetingForm({ action, meeting, today }: { action: Action; meeting: MeetingFields; today: string }) {
  const f = useForm(action);
  return (
    <Shell title="Ubah data rapat" state={f.state} submit="Simpan data rapat" pending={f.pending} action={f.formAction}>
      <input type="hidden" name="meetingId" value={meeting.id} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Field label="Judul" error={f.err("title")} className="sm:col-span-2"><input name="title" maxLength={200} defaultValue={pick(f.sticky, "title", meeting.title)} aria-invalid={!!f.err("title")} className={inputClass} /></Field>
        <Field label="Jenis" error={f.err("kind")}><Select name="kind" opts={options(MEETING_KINDS, MEETING_KIND_LABELS)} value={pick(f.sticky, "kind", meeting.kind)} invalid={!!f.err("kind")} /></Field>
        <Field label="Tanggal" error={f.err("date")}><input name="date" type="date" min={MEETING_DATE_MIN} max={meetingDateMax(today)} defaultValue={pick(f.sticky, "date", meeting.date)} aria-invalid={!!f.err("date")} className={inputClass} /></Field>
        <Field label="Tempat" error={f.err("place")}><input name="place" maxLength={200} defaultValue={pick(f.sticky, "place", meeting.place)} aria-invalid={!!f.err("place")} className={inputClass} /></Field>
      </div>
      <p className="text-xs text-slate-600">Wilayah rapat tidak dapat diubah (agenda dan tindakan terikat padanya); bila salah, hapus rapat ini dan buat yang baru.</p>
    </Shell>
  );
}

export function DeleteMeetingForm({ action, meetingId, counts }: { action: Action; meetingId: number; counts: string }) {
  const f = useForm(action);
  // An unticked box is explained beside it; "Periksa kembali isian yang ditandai." above it would only repeat that.
  return (
    <Shell title="Hapus rapat" state={f.state} notice={generalMessage(f.state, ["yakin"])} submit="Hapus rapat" pending={f.pending} action={f.formAction} danger>
      <input type="hidden" name="meetingId" value={meetingId} />
      <p className="text-sm">Rapat draf ini akan dihapus beserta {counts}. Penghapusan tercatat di log audit dan tidak dapat dibatalkan dari aplikasi.</p>
      <label className="flex items-center gap-2 text-sm font-medium"><input type="checkbox" name="yakin" aria-invalid={!!f.err("yakin")} aria-describedby={f.err("yakin") ? `yakin-${meetingId}` : undefined} /> Saya yakin rapat ini dihapus</label>
      {f.err("yakin") && <p id={`yakin-${meetingId}`} role="alert" className="text-sm text-red-700">{f.err("yakin")}</p>}
    </Shell>
  );
}

type ActionFields = { id: number; text: string; ownerSector: string; ownerName: string | null; dueDate: string; areaCode: string | null; indicator: string | null; fundingSource: string | null };

export function EditActionForm({ action, a, meetingId, meetingDate, areas, indicators }: { action: Action; a: ActionFields; meetingId: number; meetingDate: string; areas: Option[]; indicators: Option[] }) {
  const f = useForm(action);
  return (
    <Shell title="Ubah tindakan" state={f.state} submit="Simpan tindakan" pending={f.pending} action={f.formAction}>
      <input type="hidden" name="actionId" value={a.id} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3">
        <Field label="Uraian tindakan" error={f.err("text")} className="sm:col-span-2 lg:col-span-3"><input name="text" maxLength={500} defaultValue={pick(f.sticky, "text", a.text)} aria-invalid={!!f.err("text")} className={inputClass} /></Field>
        <Field label="OPD penanggung jawab" error={f.err("ownerSector")}><Select name="ownerSector" opts={options(SECTORS, SECTOR_LABELS)} value={pick(f.sticky, "ownerSector", a.ownerSector)} invalid={!!f.err("ownerSector")} /></Field>
        <Field label="Nama penanggung jawab" error={f.err("ownerName")}><input name="ownerName" maxLength={120} defaultValue={pick(f.sticky, "ownerName", a.ownerName)} className={inputClass} /></Field>
        <Field label="Batas waktu" error={f.err("dueDate")}><input name="dueDate" type="date" min={meetingDate} defaultValue={pick(f.sticky, "dueDate", a.dueDate)} aria-invalid={!!f.err("dueDate")} className={inputClass} /></Field>
        <Field label="Wilayah" error={f.err("areaCode")}><Select name="areaCode" opts={[{ value: "", label: "seluruh wilayah rapat" }, ...areas]} value={pick(f.sticky, "areaCode", a.areaCode)} invalid={!!f.err("areaCode")} /></Field>
        <Field label="Indikator terkait" error={f.err("indicator")}><Select name="indicator" opts={[{ value: "", label: "—" }, ...indicators]} value={pick(f.sticky, "indicator", a.indicator)} invalid={!!f.err("indicator")} /></Field>
        <Field label="Sumber dana" error={f.err("fundingSource")} hint="Mis. APBD, Dana Desa"><input name="fundingSource" maxLength={120} defaultValue={pick(f.sticky, "fundingSource", a.fundingSource)} className={inputClass} /></Field>
      </div>
      <p className="text-xs text-slate-600">Status diubah lewat “Catat perkembangan”, agar setiap perubahan status punya tanggal dan catatan.</p>
    </Shell>
  );
}

/** A draft's agenda item moved to another area of the meeting (its indicator and period stay). */
export function AgendaAreaForm({ action, meetingId, itemId, areaCode, areas }: { action: Action; meetingId: number; itemId: number; areaCode: string; areas: Option[] }) {
  const f = useForm(action);
  return (
    <Shell title="Ubah wilayah agenda" state={f.state} submit="Simpan wilayah" pending={f.pending} action={f.formAction}>
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="itemId" value={itemId} />
      <Field label="Wilayah" error={f.err("areaCode")}><Select name="areaCode" opts={areas} value={pick(f.sticky, "areaCode", areaCode)} invalid={!!f.err("areaCode")} /></Field>
    </Shell>
  );
}

/** A draft's agenda item title and discussion (a suggested title names its area and figures). */
export function AgendaTextForm({ action, meetingId, itemId, title, discussion }: { action: Action; meetingId: number; itemId: number; title: string; discussion: string | null }) {
  const f = useForm(action);
  return (
    <Shell title="Ubah judul agenda" state={f.state} submit="Simpan judul" pending={f.pending} action={f.formAction}>
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="itemId" value={itemId} />
      <Field label="Judul" error={f.err("title")}><input name="title" maxLength={200} defaultValue={pick(f.sticky, "title", title)} aria-invalid={!!f.err("title")} className={inputClass} /></Field>
      <Field label="Pembahasan" error={f.err("discussion")} hint="Opsional; tampil di bawah judul, di presentasi dan di notulen">
        <textarea name="discussion" rows={2} maxLength={1000} defaultValue={pick(f.sticky, "discussion", discussion)} aria-invalid={!!f.err("discussion")} className={inputClass} />
      </Field>
    </Shell>
  );
}

/**
 * One form around a list whose rows each carry a submit button (name="targetId", data-confirm="…"): the button's
 * question is asked first, and the result stays on screen after its row is gone (a form per row vanishes with it),
 * until the list changes again (`list`: its row ids).
 */
export function ConfirmedRowsForm({ action, meetingId, op, label, list, children }: { action: Action; meetingId: number; op: string; label: string; list: string; children: ReactNode }) {
  const [state, formAction] = useActionState<FormResult | null, FormData>(action, null);
  const { notice } = useListNotice(state, list);
  const ask = (e: FormEvent<HTMLFormElement>) => {
    const question = ((e.nativeEvent as SubmitEvent).submitter as HTMLElement | null)?.dataset.confirm;
    if (question && !window.confirm(question)) e.preventDefault();
  };
  return (
    <form action={formAction} onSubmit={ask} aria-label={label} className="space-y-2">
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="op" value={op} />
      {children}
      <FormMessage state={notice} />
    </form>
  );
}
