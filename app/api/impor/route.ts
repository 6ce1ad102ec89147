// POST /api/impor?jenis=<kind>&mode=pratinjau|simpan with a multipart "berkas":
// the web face of lib/import/engine.ts (the same pipeline as `npm run impor`).
import { NextResponse } from "next/server";
import { z } from "@/lib/validations/z";
import { getViewer } from "@/lib/auth/viewer";
import { canEnterData } from "@/lib/auth/scope";
import { db } from "@/lib/db/client";
import { runImport } from "@/lib/import/engine";
import { importerCli, OFFLOAD_FROM_BYTES, runImportInChild } from "@/lib/import/offload";
import { shownOutcome } from "@/lib/import/outcome";
import { MAX_IMPORT_BYTES, MAX_UPLOAD_BYTES } from "@/lib/import/read-table";
import { ALL_IMPORT_IDS } from "@/lib/import/registry";
import { log } from "@/lib/log";

const querySchema = z.object({
  jenis: z.enum(ALL_IMPORT_IDS as [string, ...string[]], { message: "Jenis impor tidak dikenal" }),
  mode: z.enum(["pratinjau", "simpan"], { message: "Mode harus pratinjau atau simpan" }),
});

export async function POST(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return NextResponse.json({ galat: "Silakan masuk terlebih dahulu." }, { status: 401 });
  if (!canEnterData(viewer.role)) return NextResponse.json({ galat: "Peran Anda tidak dapat mengimpor data." }, { status: 403 });
  const url = new URL(request.url);
  const query = querySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) return NextResponse.json({ galat: query.error.issues[0]?.message }, { status: 400 });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES) {
    return NextResponse.json({ galat: `Berkas terlalu besar; maksimal ${MAX_IMPORT_BYTES / 1048576} MB.` }, { status: 413 });
  }
  let file: File | null = null;
  try {
    const form = await request.formData();
    const value = form.get("berkas");
    file = value instanceof File ? value : null;
  } catch {
    return NextResponse.json({ galat: "Unggahan tidak dapat dibaca. Pilih berkas lalu coba lagi." }, { status: 400 });
  }
  if (!file) return NextResponse.json({ galat: "Pilih berkas yang akan diimpor." }, { status: 400 });
  const data = new Uint8Array(await file.arrayBuffer());
  const opts = { dryRun: query.data.mode === "pratinjau", today: new Date().toISOString().slice(0, 10) };
  const name = file.name.slice(0, 200);
  // A large file in a process of its own, so other users' pages keep loading meanwhile (lib/import/offload.ts).
  const separate = data.byteLength >= OFFLOAD_FROM_BYTES && importerCli() !== null;
  const outcome = separate ? await runImportInChild(viewer, query.data.jenis, data, name, opts) : shownOutcome(await runImport(db(), viewer, query.data.jenis, data, name, opts));
  log(outcome.status === "ditolak" ? "warn" : "info", "impor", { jenis: query.data.jenis, mode: query.data.mode, status: outcome.status, masalah: outcome.issuesTotal, pengguna: viewer.id, prosesTerpisah: separate });
  return NextResponse.json(outcome, { status: outcome.status === "ditolak" ? 422 : 200 });
}
