import type { Metadata } from "next";
import { NavLink } from "@/components/ui/nav-link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { getMeetingView } from "@/lib/queries/meeting-view";
import { DOCUMENT_CSS, meetingDocumentBody } from "@/lib/export/meeting-document";
import { todayJakarta } from "@/lib/validations/posyandu";
import { z } from "@/lib/validations/z";
import { PrintButton } from "@/app/rapat/_components/print-button";

export const metadata: Metadata = { title: "Notulen rapat" };
export const dynamic = "force-dynamic";

/** The A4 notulen / berita acara: the browser prints it or saves it as PDF. */
export default async function NotulenPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const id = z.coerce.number().int().positive().max(2_000_000_000).safeParse((await params).id);
  if (!id.success) notFound();
  const view = await getMeetingView(viewer, id.data, todayJakarta());
  if (!view) notFound();
  // The body is built by lib/export/meeting-document.ts, which escapes every text it inserts.
  return (
    <div className="bg-white">
      <style>{DOCUMENT_CSS}</style>
      <div className="no-print flex flex-wrap items-center gap-3 border-b border-slate-200 px-4 py-2 text-sm">
        <NavLink href={`/rapat/${view.meeting.id}`} className="text-brand-700 underline">← Kembali ke rapat</NavLink>
        <PrintButton />
        <span className="text-slate-600">Ukuran A4; di dialog cetak pilih “Simpan sebagai PDF”.</span>
      </div>
      <div dangerouslySetInnerHTML={{ __html: meetingDocumentBody(view, new Date()) }} />
    </div>
  );
}
