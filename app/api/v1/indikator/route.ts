// GET /api/v1/indikator?wilayah=<kode>&(periode=YYYY-MM|tahun=YYYY)
// The same JSON as `npm run indikator -- --json`, for the caller's scope only.
import { NextResponse } from "next/server";
import { z } from "@/lib/validations/z";
import { periodSchema } from "@/lib/period";
import { viewerForRequest } from "@/lib/auth/request-viewer";
import { AreaAccessError, getIndicatorReport } from "@/lib/queries/indicators";

const querySchema = z
  .object({
    wilayah: z.string().regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, "Parameter wilayah harus kode Kemendagri, misalnya 18.72.01"),
    periode: periodSchema.optional(),
    tahun: z.coerce.number().int().min(2000, "Tahun tidak valid").max(2100, "Tahun tidak valid").optional(),
  })
  .refine((q) => (q.periode === undefined) !== (q.tahun === undefined), { message: "Isi tepat satu dari periode atau tahun" });

export async function GET(request: Request) {
  const viewer = await viewerForRequest(request);
  if (!viewer) return NextResponse.json({ galat: "Silakan masuk atau sertakan token API yang sah." }, { status: 401 });
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return NextResponse.json({ galat: query.error.issues.map((i) => i.message).join("; ") }, { status: 400 });
  const { wilayah, periode, tahun } = query.data;
  try {
    const report = await getIndicatorReport(viewer, wilayah, periode ? { periode } : { tahun: tahun! });
    return NextResponse.json(report, { headers: { "Cache-Control": "private, no-store" } });
  } catch (e) {
    if (e instanceof AreaAccessError) return NextResponse.json({ galat: e.message }, { status: 403 });
    throw e;
  }
}
