"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { FileDrop } from "./file-drop";
import { IssueTable, type Issue } from "./issue-table";

type Outcome = {
  status: "pratinjau" | "ditolak" | "selesai";
  rows: number;
  counts: { inserted: number; updated: number; unchanged: number };
  issues: Issue[];
  issuesTotal: number;
  /** Every error of the file, also those beyond the shown issues. */
  errorsTotal: number;
  batchId: number | null;
  galat?: string;
};

type Phase = { kind: "idle" } | { kind: "uploading"; percent: number; mode: string } | { kind: "processing"; mode: string } | { kind: "done"; outcome: Outcome };

/** Sends the file with XMLHttpRequest so a large upload shows real progress. */
function send(jenis: string, mode: "pratinjau" | "simpan", file: File, onProgress: (p: number) => void, onUploaded: () => void): Promise<Outcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/impor?jenis=${encodeURIComponent(jenis)}&mode=${mode}`);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((100 * e.loaded) / e.total));
    xhr.upload.onload = onUploaded;
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as Outcome);
      } catch {
        resolve({ status: "ditolak", rows: 0, counts: { inserted: 0, updated: 0, unchanged: 0 }, issues: [], issuesTotal: 0, errorsTotal: 0, batchId: null, galat: `Server menjawab ${xhr.status}.` });
      }
    };
    xhr.onerror = () => resolve({ status: "ditolak", rows: 0, counts: { inserted: 0, updated: 0, unchanged: 0 }, issues: [], issuesTotal: 0, errorsTotal: 0, batchId: null, galat: "Koneksi ke server terputus." });
    const body = new FormData();
    body.append("berkas", file);
    xhr.send(body);
  });
}

export function UploadForm({ jenis, label, hasTemplate }: { jenis: string; label: string; hasTemplate: boolean }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });

  async function run(mode: "pratinjau" | "simpan") {
    if (!file) return;
    setPhase({ kind: "uploading", percent: 0, mode });
    const outcome = await send(jenis, mode, file, (percent) => setPhase({ kind: "uploading", percent, mode }), () => setPhase({ kind: "processing", mode }));
    setPhase({ kind: "done", outcome });
    if (outcome.status === "selesai") router.refresh();
  }

  const outcome = phase.kind === "done" ? phase.outcome : null;
  const busy = phase.kind === "uploading" || phase.kind === "processing";
  return (
    <section aria-labelledby="unggah" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="unggah" className="text-lg font-semibold">{label}</h2>
        {hasTemplate && (
          <p className="text-sm">
            Unduh templat: <a className="text-brand-700 underline" href={`/api/templat/${jenis}?format=xlsx`}>XLSX</a> ·{" "}
            <a className="text-brand-700 underline" href={`/api/templat/${jenis}?format=csv`}>CSV</a> ·{" "}
            <a className="text-brand-700 underline" href={`/api/templat/${jenis}?format=csv-titik-koma`}>CSV (Excel Indonesia, titik koma)</a>
          </p>
        )}
      </div>
      {jenis === "eppgbm" && (
        <p className="rounded bg-sky-50 px-3 py-2 text-sm text-sky-900">
          Dari ekspor e-PPGBM hanya jumlah per posyandu per bulan yang disimpan. Nama anak, NIK dan tanggal lahir dibaca untuk menghitung lalu dibuang,
          tidak disimpan di Pantau Posyandu.
        </p>
      )}
      <FileDrop
        accept={jenis === "batas-wilayah" ? ".geojson,.json" : ".csv,.xlsx,.txt"}
        hint={`${jenis === "batas-wilayah" ? "GeoJSON (.geojson/.json)" : "CSV (koma atau titik koma, UTF-8) atau XLSX"}, maksimal 50 MB`}
        fileName={file?.name ?? null}
        onFile={(f) => {
          setFile(f);
          setPhase({ kind: "idle" });
        }}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" disabled={!file || busy} onClick={() => void run("pratinjau")} className="rounded bg-brand-700 px-4 py-2 text-white disabled:opacity-50">
          Periksa berkas
        </button>
        {outcome?.status === "pratinjau" && (
          <button type="button" disabled={busy} onClick={() => void run("simpan")} className="rounded bg-emerald-600 px-4 py-2 font-semibold text-white disabled:opacity-50">
            Simpan {outcome.rows.toLocaleString("id-ID")} baris
          </button>
        )}
        {phase.kind === "uploading" && (
          <span className="flex items-center gap-2 text-sm" role="status">
            <progress max={100} value={phase.percent} className="w-40" /> Mengunggah {phase.percent}%
          </span>
        )}
        {phase.kind === "processing" && <span role="status" className="text-sm text-slate-600">{phase.mode === "simpan" ? "Menyimpan…" : "Memeriksa setiap baris…"}</span>}
      </div>
      {outcome && <OutcomeSummary outcome={outcome} />}
      {outcome && outcome.issues.length > 0 && <IssueTable issues={outcome.issues} total={outcome.issuesTotal} boundary={jenis === "batas-wilayah"} />}
    </section>
  );
}

function OutcomeSummary({ outcome }: { outcome: Outcome }) {
  const c = outcome.counts;
  const n = (x: number) => x.toLocaleString("id-ID");
  if (outcome.galat) return <p role="alert" className="rounded bg-red-50 px-3 py-2 text-red-800">{outcome.galat}</p>;
  if (outcome.status === "ditolak") {
    return <p role="alert" className="rounded bg-red-50 px-3 py-2 text-red-800">Berkas ditolak: {n(outcome.errorsTotal)} galat. Tidak ada data yang ditulis. Perbaiki baris di bawah lalu unggah lagi.</p>;
  }
  const detail = `${n(c.inserted)} baru, ${n(c.updated)} diperbarui, ${n(c.unchanged)} tidak berubah`;
  if (outcome.status === "pratinjau") return <p className="rounded bg-amber-50 px-3 py-2 text-amber-900">Berkas lolos pemeriksaan ({n(outcome.rows)} baris): {detail}. Belum ada yang ditulis; tekan Simpan.</p>;
  return <p role="status" className="rounded bg-emerald-50 px-3 py-2 text-emerald-900">Tersimpan sebagai batch #{outcome.batchId}: {detail}.</p>;
}
