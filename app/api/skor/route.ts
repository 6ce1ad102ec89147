// GET /api/skor?wilayah=&bulan=&format=csv|xlsx — the scorecard download (wilayah=wilayah-kerja: a puskesmas's).
import { NextResponse } from "next/server";
import { z } from "@/lib/validations/z";
import { periodSchema } from "@/lib/validations/period";
import { viewerForRequest } from "@/lib/auth/request-viewer";
import { canViewArea, scopeOf } from "@/lib/auth/scope";
import { getScorecard } from "@/lib/queries/scorecard";
import { WILAYAH_KERJA } from "@/lib/queries/indicator-root";
import { scorecardCsv, scorecardXlsx } from "@/lib/export/scorecard";

const querySchema = z.object({
  wilayah: z.union([z.literal(WILAYAH_KERJA), z.string().regex(/^\d{2}\.\d{2}(\.\d{2})?$/)], { message: `Parameter wilayah harus kode kota atau kecamatan, atau "${WILAYAH_KERJA}"` }),
  bulan: periodSchema.optional(),
  format: z.enum(["csv", "xlsx"], { message: "Format harus csv atau xlsx" }),
});

export async function GET(request: Request) {
  const viewer = await viewerForRequest(request);
  if (!viewer) return NextResponse.json({ galat: "Silakan masuk terlebih dahulu." }, { status: 401 });
  const q = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!q.success) return NextResponse.json({ galat: q.error.issues.map((i) => i.message).join("; ") }, { status: 400 });
  // The wilayah kerja is a puskesmas's whole scope; any other code must lie inside the viewer's.
  const scope = scopeOf(viewer);
  if (q.data.wilayah === WILAYAH_KERJA ? scope.kind !== "set" : !canViewArea(scope, q.data.wilayah)) return NextResponse.json({ galat: "Wilayah di luar cakupan akun Anda." }, { status: 403 });
  const sc = await getScorecard(viewer, q.data.wilayah, q.data.bulan);
  if (!sc) return NextResponse.json({ galat: "Belum ada data untuk wilayah ini." }, { status: 404 });
  const name = `skor-${q.data.wilayah}-${sc.periode.bulan}`;
  if (q.data.format === "csv") {
    return new NextResponse(scorecardCsv(sc), { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}.csv"` } });
  }
  return new NextResponse(new Uint8Array(await scorecardXlsx(sc)), {
    headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Content-Disposition": `attachment; filename="${name}.xlsx"` },
  });
}
