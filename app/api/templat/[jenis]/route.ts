// GET /api/templat/<kind>?format=xlsx|csv: the import template of a kind.
import { NextResponse } from "next/server";
import { getViewer } from "@/lib/auth/viewer";
import { importKind } from "@/lib/import/registry";
import { csvTemplate, xlsxTemplate } from "@/lib/import/templates";

export async function GET(request: Request, { params }: { params: Promise<{ jenis: string }> }) {
  if (!(await getViewer())) return NextResponse.json({ galat: "Silakan masuk terlebih dahulu." }, { status: 401 });
  const kind = importKind((await params).jenis);
  if (!kind || kind.columns.length === 0) return NextResponse.json({ galat: "Templat tidak ditemukan." }, { status: 404 });
  const format = new URL(request.url).searchParams.get("format") === "csv" ? "csv" : "xlsx";
  const name = `templat-${kind.id}.${format}`;
  const headers = { "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" };
  if (format === "csv") return new NextResponse(csvTemplate(kind), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  return new NextResponse(new Uint8Array(await xlsxTemplate(kind)), {
    headers: { ...headers, "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  });
}
