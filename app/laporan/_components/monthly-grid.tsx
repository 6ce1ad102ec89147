"use client";

import { startTransition, useActionState, useRef, type FormEvent, type KeyboardEvent } from "react";
import type { GridColumn, GridField, GridResult } from "@/lib/validations/reports";
import type { GridRowData, StoredReport } from "@/lib/queries/entry";

type Action = (prev: GridResult | null, form: FormData) => Promise<GridResult>;

const COLUMN: Record<GridField, Exclude<keyof StoredReport, "opened" | "source" | "qualityFlags">> = { kader_bertugas: "kaderOnDuty", s: "s", k: "k", d: "d", n: "n", o: "o", b: "b", bgm: "bgm", t2: "t2" };
const SOURCE: Record<string, string> = { FORM: "isian", IMPOR: "impor", SIP: "SIP", DEMO: "demo", EPPGBM: "e-PPGBM", SURVEI: "survei" };

/**
 * One row per posyandu; every row is posted together. The form is submitted only by
 * its button: Enter moves to the same column of the next row (Shift+Enter: previous).
 */
export function MonthlyGrid({ rows, columns, periode, title, action }: { rows: GridRowData[]; columns: GridColumn[]; periode: string; title: string; action: Action }) {
  const [state, dispatch, pending] = useActionState<GridResult | null, FormData>(action, null);
  const formRef = useRef<HTMLFormElement>(null);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    // Dispatching ourselves (not <form action>) keeps what was typed when the save is refused.
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    startTransition(() => dispatch(form));
  }

  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    const input = e.target;
    if (e.key !== "Enter" || !(input instanceof HTMLInputElement)) return;
    e.preventDefault();
    const next = e.currentTarget.querySelector<HTMLInputElement>(`[data-row="${Number(input.dataset.row) + (e.shiftKey ? -1 : 1)}"][data-col="${input.dataset.col}"]`);
    next?.focus();
    if (next?.type === "text") next.select();
  }

  function copyLastS() {
    formRef.current?.querySelectorAll<HTMLInputElement>("input[data-last-s]").forEach((el) => {
      if (el.value === "") el.value = el.dataset.lastS ?? "";
    });
  }

  if (rows.length === 0) {
    return <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700 shadow-sm">Belum ada posyandu aktif terdaftar di kelurahan/desa ini.</p>;
  }
  const errors = state?.rowErrors ?? {};
  const hasLastS = rows.some((r) => r.lastS !== null);
  return (
    <form ref={formRef} onSubmit={onSubmit} onKeyDown={onKeyDown} aria-labelledby="grid-title" className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <input type="hidden" name="periode" value={periode} />
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 px-4 py-3">
        <h2 id="grid-title" className="text-lg font-semibold">{title}</h2>
        {hasLastS && (
          <button type="button" onClick={copyLastS} className="text-sm text-brand-700 underline">
            Salin S bulan lalu ke kolom S yang kosong
          </button>
        )}
      </div>
      <p className="px-4 pt-3 text-xs text-slate-600">
        S = balita di wilayah · K = punya KMS/buku KIA · D = ditimbang · N = naik berat badan · O = tidak ditimbang bulan lalu · B = baru pertama kali ditimbang · BGM = bawah garis merah · 2T = tidak naik 2× berturut-turut.
        N/D dihitung atas D − O − B (balita O dan B belum dapat dinilai naik); O dan B boleh kosong bila tidak dicatat.
        Angka samar di kolom S adalah S bulan lalu. Baris yang tidak dicentang dan tanpa angka dilewati; untuk mencatat posyandu tidak buka, isi S dan biarkan
        &quot;Buka&quot; kosong. Enter pindah ke baris berikutnya.
      </p>
      <div className="overflow-x-auto p-4">
        <table className="w-full min-w-[52rem] text-left text-sm">
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="sticky left-0 z-10 bg-slate-100 px-2 py-2">Posyandu</th>
              <th scope="col" className="px-2 py-2 text-center">Buka</th>
              {columns.map((c) => (
                <th key={c.field} scope="col" title={c.help} className="px-2 py-2 text-right">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <GridRow key={r.posyanduId} row={r} index={i} columns={columns} errors={errors[String(r.posyanduId)]} />
            ))}
          </tbody>
        </table>
      </div>
      <div className="space-y-3 border-t border-slate-200 px-4 py-3">
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-50">
          {pending ? "Menyimpan…" : "Simpan semua"}
        </button>
        {state && <Outcome state={state} />}
      </div>
    </form>
  );
}

function GridRow({ row: r, index, columns, errors }: { row: GridRowData; index: number; columns: GridColumn[]; errors: NonNullable<GridResult["rowErrors"]>[string] | undefined }) {
  const errorId = `galat-${r.posyanduId}`;
  const labelOf = (f: string) => columns.find((c) => c.field === f)?.label ?? (f === "buka" ? "Buka" : f);
  const messages = errors ? Object.entries(errors).map(([f, m]) => `${labelOf(f)}: ${m}`) : [];
  const cell = ({ field: f, help }: GridColumn) => {
    const value = r.report?.[COLUMN[f]];
    const bad = Boolean(errors?.[f]);
    return (
      <td key={f} className="px-1 py-1 text-right">
        {/* Text, not type=number: Chromium silently reads "3,5" as 35; the server refuses it with a message instead. */}
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          name={`${f}-${r.posyanduId}`}
          defaultValue={value ?? ""}
          placeholder={f === "s" && r.lastS !== null ? String(r.lastS) : undefined}
          data-last-s={f === "s" && r.lastS !== null ? r.lastS : undefined}
          data-row={index}
          data-col={f}
          aria-label={`${help}, ${r.name}`}
          aria-invalid={bad || undefined}
          aria-describedby={bad ? errorId : undefined}
          className={`num w-16 rounded border px-2 py-1 text-right placeholder:text-slate-400 ${bad ? "border-red-500 bg-red-50" : "border-slate-300"}`}
        />
      </td>
    );
  };
  return (
    <>
      <tr className={`border-t border-slate-100 ${messages.length > 0 ? "bg-red-50/40" : ""}`}>
        <th scope="row" className="sticky left-0 z-10 max-w-[10rem] bg-white px-2 py-1 font-normal">
          <input type="hidden" name="posyandu" value={r.posyanduId} />
          <span className="block truncate font-medium">{r.name}</span>
          <span className="block text-xs text-slate-500">
            {r.rw ? `${r.rw} · ` : ""}
            {r.report ? `tersimpan (${SOURCE[r.report.source] ?? r.report.source})` : "belum ada"}
            {r.report?.qualityFlags?.includes("D_GT_S") && <span className="ml-1 rounded bg-amber-100 px-1 text-amber-900">D&gt;S</span>}
          </span>
        </th>
        <td className="px-2 py-1 text-center">
          <input
            type="checkbox"
            name={`buka-${r.posyanduId}`}
            defaultChecked={r.report?.opened ?? false}
            data-row={index}
            data-col="buka"
            aria-label={`${r.name} buka bulan ini`}
            className="h-5 w-5 accent-brand-700"
          />
        </td>
        {columns.map(cell)}
      </tr>
      {messages.length > 0 && (
        <tr>
          <td colSpan={2 + columns.length} id={errorId} className="px-2 pb-2 text-xs text-red-700">
            {r.name}: {messages.join("; ")}
          </td>
        </tr>
      )}
    </>
  );
}

function Outcome({ state }: { state: GridResult }) {
  if (!state.ok) return <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-800">{state.message}</p>;
  return (
    <div role="status" className="space-y-2 text-sm">
      <p className="rounded bg-emerald-50 px-3 py-2 text-emerald-900">{state.message}</p>
      {state.warnings && state.warnings.length > 0 && (
        <ul className="list-inside list-disc rounded bg-amber-50 px-3 py-2 text-amber-900">
          {state.warnings.map((w, i) => (
            <li key={i}>
              {w.name}: {w.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
