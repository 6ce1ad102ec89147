import type { ReactNode } from "react";
import { statusText, ymdText } from "@/app/rapat/_components/figure-format";

/**
 * What the user has just closed on /tindakan: the row leaves the open list together with its form (and the form's
 * own message), so the page says what was saved and where to find it (`where`: the meeting page points to /tindakan).
 */
export function ClosedNotice({ action, where = "Tindakan ini tidak lagi ada di daftar terbuka; lihat “Baru diselesaikan” di bawah." }: { action: { text: string; status: string; closedAt: Date | null } | undefined; where?: ReactNode }) {
  if (!action) return null;
  return (
    <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900" data-ditutup>
      Tersimpan: “{action.text}” ditandai <strong>{statusText(action.status)}</strong>
      {action.closedAt ? ` per ${ymdText(action.closedAt.toISOString())}` : ""}. {where}
    </p>
  );
}
