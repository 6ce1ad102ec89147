// GET /api/v1/indikator?wilayah=<kode|wilayah-kerja>&(periode=YYYY-MM|tahun=YYYY|rolling12=YYYY-MM)
// The same JSON as `npm run indikator -- --json`, for the caller's scope only.
import { NextResponse } from "next/server";
import { z } from "@/lib/validations/z";
import { periodSchema } from "@/lib/validations/period";
import { viewerForRequest } from "@/lib/auth/request-viewer";
import { AreaAccessError, WILAYAH_KERJA } from "@/lib/queries/indicators";
import { getIndicatorReportWithChange } from "@/lib/queries/indicator-compare";

const querySchema = z
  .object({
    // "wilayah-kerja": a puskesmas's whole scope (its kelurahan as children); the engine refuses it to other roles.
    wilayah: z.union([z.literal(WILAYAH_KERJA), z.string().regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/)], { message: `Parameter wilayah harus kode Kemendagri, misalnya 18.72.01, atau "${WILAYAH_KERJA}"` }),
    periode: periodSchema.optional(),
    tahun: z.coerce.number().int().min(2000, "Tahun tidak valid").max(2100, "Tahun tidak valid").optional(),
    rolling12: periodSchema.optional(),
  })
  .refine((q) => [q.periode, q.tahun, q.rolling12].filter((x) => x !== undefined).length === 1, { message: "Isi tepat satu dari periode, tahun atau rolling12" });

export async function GET(request: Request) {
  const viewer = await viewerForRequest(request);
  if (!viewer) return NextResponse.json({ galat: "Silakan masuk atau sertakan token API yang sah." }, { status: 401 });
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return NextResponse.json({ galat: query.error.issues.map((i) => i.message).join("; ") }, { status: 400 });
  const { wilayah, periode, tahun, rolling12 } = query.data;
  try {
    const report = await getIndicatorReportWithChange(viewer, wilayah, periode ? { periode } : rolling12 ? { rolling: rolling12 } : { tahun: tahun! });
    return NextResponse.json(report, { headers: { "Cache-Control": "private, no-store" } });
  } catch (e) {
    if (e instanceof AreaAccessError) return NextResponse.json({ galat: e.message }, { status: 403 });
    throw e;
  }
}
