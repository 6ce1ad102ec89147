"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { FileDrop } from "./file-drop";
import { IssueTable } from "./issue-table";
import { NETWORK_MESSAGE, UNREADABLE_MESSAGE, canRead, failed, send, type Outcome } from "./send-file";

type Phase = { kind: "idle" } | { kind: "uploading"; percent: number; mode: string } | { kind: "processing"; mode: string } | { kind: "done"; outcome: Outcome };

export function UploadForm({ jenis, label, hasTemplate }: { jenis: string; label: string; hasTemplate: boolean }) {
  const router = useRouter();
  const [chosen, setChosen] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  // Bumped to remount the drop zone, which empties its input: a file the browser can no longer read must be chosen anew.
  const [pick, setPick] = useState(0);
  const section = useRef<HTMLElement>(null);

  async function run(mode: "pratinjau" | "simpan") {
    // The input's own file, not the one kept at the last change event: choosing the same path again after saving it
    // fires no change event in Chromium, yet only the input's new File reads the saved version.
    const file = section.current?.querySelector<HTMLInputElement>("input[name=berkas]")?.files?.[0] ?? chosen;
    if (!file) return;
    setPhase({ kind: "uploading", percent: 0, mode });
    const answer = (await canRead(file))
      ? await send(jenis, mode, file, (percent) => setPhase({ kind: "uploading", percent, mode }), () => setPhase({ kind: "processing", mode }))
      : "unreadable";
    if (answer === "unreadable") {
      setChosen(null);
      setPick((n) => n + 1);
    }
    const outcome = answer === "unreadable" ? failed(UNREADABLE_MESSAGE) : answer === "network" ? failed(NETWORK_MESSAGE) : answer;
    setPhase({ kind: "done", outcome });
    if (outcome.status === "selesai") router.refresh();
  }

  const outcome = phase.kind === "done" ? phase.outcome : null;
  const busy = phase.kind === "uploading" || phase.kind === "processing";
  return (
    <section ref={section} aria-labelledby="unggah" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
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
        key={pick}
        accept={jenis === "batas-wilayah" ? ".geojson,.json" : ".csv,.xlsx,.txt"}
        hint={`${jenis === "batas-wilayah" ? "GeoJSON (.geojson/.json)" : "CSV (koma atau titik koma, UTF-8) atau XLSX"}, maksimal 50 MB`}
        fileName={chosen?.name ?? null}
        onFile={(f) => {
          setChosen(f);
          setPhase({ kind: "idle" });
        }}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" disabled={!chosen || busy} onClick={() => void run("pratinjau")} className="rounded bg-brand-700 px-4 py-2 text-white disabled:opacity-50">
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
