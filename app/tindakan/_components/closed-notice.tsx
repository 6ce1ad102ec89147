import type { ReactNode } from "react";
import { sectorText, statusText, ymdText } from "@/app/rapat/_components/figure-format";

const noticeClass = "rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900";

/**
 * What the user has just closed on /tindakan: the row leaves the open list together with its form (and the form's
 * own message), so the page says what was saved and where to find it (`where`: the meeting page points to /tindakan).
 */
export function ClosedNotice({ action, where = "Tindakan ini tidak lagi ada di daftar terbuka; lihat “Baru diselesaikan” di bawah." }: { action: { text: string; status: string; closedAt: Date | null } | undefined; where?: ReactNode }) {
  if (!action) return null;
  return (
    <p role="status" className={noticeClass} data-ditutup>
      Tersimpan: “{action.text}” ditandai <strong>{statusText(action.status)}</strong>
      {action.closedAt ? ` per ${ymdText(action.closedAt.toISOString())}` : ""}. {where}
    </p>
  );
}

/**
 * What the user has just corrected (updateActionAction reloads the page with ?diubah=<id>): the saved values as the
 * list now shows them, since the correction form closes with the save (its row is marked in the list).
 */
export function EditedNotice({ action }: { action: { text: string; ownerSector: string; ownerName: string | null; dueDate: Date } | undefined }) {
  if (!action) return null;
  return (
    <p role="status" className={noticeClass} data-diubah-pesan>
      Tersimpan: tindakan “{action.text}” diubah. Penanggung jawab <strong>{sectorText(action.ownerSector)}{action.ownerName ? ` (${action.ownerName})` : ""}</strong>,
      batas waktu <strong>{ymdText(action.dueDate.toISOString())}</strong>.
    </p>
  );
}
