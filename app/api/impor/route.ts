// POST /api/impor?jenis=<kind>&mode=pratinjau|simpan with a multipart "berkas":
// the web face of lib/import/engine.ts (the same pipeline as `npm run impor`).
import { NextResponse } from "next/server";
import { z } from "@/lib/validations/z";
import { getViewer } from "@/lib/auth/viewer";
import { canEnterData } from "@/lib/auth/scope";
import { db } from "@/lib/db/client";
import { runImport } from "@/lib/import/engine";
import { importerCli, OFFLOAD_FROM_BYTES, runImportFileInChild } from "@/lib/import/offload";
import { shownOutcome, type ShownOutcome } from "@/lib/import/outcome";
import { MAX_UPLOAD_BYTES } from "@/lib/import/read-table";
import { receiveUpload, tooLarge, UploadError, type ReceivedFile } from "@/lib/import/upload";
import { ALL_IMPORT_IDS } from "@/lib/import/registry";
import { log } from "@/lib/log";
import { secureCookies } from "@/lib/env";
import { todayJakarta } from "@/lib/validations/posyandu";

const querySchema = z.object({
  jenis: z.enum(ALL_IMPORT_IDS as [string, ...string[]], { message: "Jenis impor tidak dikenal" }),
  mode: z.enum(["pratinjau", "simpan"], { message: "Mode harus pratinjau atau simpan" }),
});

/**
 * proxy.ts does not run on this route (so that the upload streams in: see its matcher); these are the headers it
 * would have added that matter for a JSON answer. next.config.js adds the fixed ones (nosniff, DENY, …).
 */
function answer(body: unknown, status = 200): NextResponse {
  const headers: Record<string, string> = { "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'", "Cache-Control": "no-store" };
  if (secureCookies()) headers["Strict-Transport-Security"] = "max-age=31536000";
  return NextResponse.json(body, { status, headers });
}

export async function POST(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return answer({ galat: "Silakan masuk terlebih dahulu." }, 401);
  if (!canEnterData(viewer.role)) return answer({ galat: "Peran Anda tidak dapat mengimpor data." }, 403);
  const url = new URL(request.url);
  const query = querySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) return answer({ galat: query.error.issues[0]?.message }, 400);
  if (Number(request.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES) {
    return answer({ galat: tooLarge() }, 413);
  }
  let upload: ReceivedFile;
  try {
    upload = await receiveUpload(request);
  } catch (e) {
    if (e instanceof UploadError) return answer({ galat: e.message }, e.status);
    throw e;
  }
  // "The future" is judged on the Jakarta day, as the forms judge it: at 01:00 WIB on the 1st the new month exists.
  const opts = { dryRun: query.data.mode === "pratinjau", today: todayJakarta() };
  // A large file in a process of its own, so other users' pages keep loading meanwhile (lib/import/offload.ts).
  const separate = upload.bytes >= OFFLOAD_FROM_BYTES && importerCli() !== null;
  let outcome: ShownOutcome;
  try {
    outcome = separate
      ? await runImportFileInChild(viewer, query.data.jenis, upload.path, upload.name, opts)
      : shownOutcome(await runImport(db(), viewer, query.data.jenis, await upload.read(), upload.name, opts));
  } finally {
    await upload.dispose();
  }
  log(outcome.status === "ditolak" ? "warn" : "info", "impor", { jenis: query.data.jenis, mode: query.data.mode, status: outcome.status, masalah: outcome.issuesTotal, pengguna: viewer.id, prosesTerpisah: separate });
  return answer(outcome, outcome.status === "ditolak" ? 422 : 200);
}
