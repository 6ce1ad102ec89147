// GET /api/templat/<kind>?format=xlsx|csv|csv-titik-koma: the import template of a kind. Excel in the Indonesian
// locale opens a CSV with semicolons into columns (its list separator is ";", the comma is its decimal mark), so the
// semicolon variant is offered beside the comma one; the importer reads both.
import { NextResponse } from "next/server";
import { getViewer } from "@/lib/auth/viewer";
import { importKind } from "@/lib/import/registry";
import { csvTemplate, xlsxTemplate } from "@/lib/import/templates";

export async function GET(request: Request, { params }: { params: Promise<{ jenis: string }> }) {
  if (!(await getViewer())) return NextResponse.json({ galat: "Silakan masuk terlebih dahulu." }, { status: 401 });
  const kind = importKind((await params).jenis);
  if (!kind || kind.columns.length === 0) return NextResponse.json({ galat: "Templat tidak ditemukan." }, { status: 404 });
  const asked = new URL(request.url).searchParams.get("format");
  const format = asked === "csv" || asked === "csv-titik-koma" ? asked : "xlsx";
  const name = format === "csv-titik-koma" ? `templat-${kind.id}-titik-koma.csv` : `templat-${kind.id}.${format}`;
  const headers = { "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" };
  if (format !== "xlsx") return new NextResponse(csvTemplate(kind, format === "csv" ? "," : ";"), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  return new NextResponse(new Uint8Array(await xlsxTemplate(kind)), {
    headers: { ...headers, "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  });
}
