// The offline meeting pack: one self-contained HTML file (inline CSS, SVG
// charts and maps) for the projector laptop without a connection.
import { NextResponse } from "next/server";
import { viewerForRequest } from "@/lib/auth/request-viewer";
import { getMeetingView } from "@/lib/queries/meeting-view";
import { meetingPackHtml } from "@/lib/export/meeting-document";
import { todayJakarta } from "@/lib/validations/posyandu";
import { z } from "@/lib/validations/z";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await viewerForRequest(request);
  if (!viewer) return NextResponse.json({ galat: "Silakan masuk terlebih dahulu." }, { status: 401 });
  const id = z.coerce.number().int().positive().max(2_000_000_000).safeParse((await params).id);
  if (!id.success) return NextResponse.json({ galat: "Nomor rapat tidak valid." }, { status: 400 });
  const view = await getMeetingView(viewer, id.data, todayJakarta());
  if (!view) return NextResponse.json({ galat: "Rapat tidak ditemukan atau di luar wilayah Anda." }, { status: 404 });
  const html = meetingPackHtml(view, new Date());
  return new NextResponse(html, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-disposition": `attachment; filename="rapat-${view.meeting.id}-${view.meeting.date.toISOString().slice(0, 10)}.html"`,
      "cache-control": "private, no-store",
    },
  });
}
