"use client";

/** Opens the browser's print dialog (choose "Simpan sebagai PDF" to get the berita acara as PDF). */
export function PrintButton() {
  return <button type="button" onClick={() => window.print()} className="rounded bg-brand-700 px-4 py-1.5 text-sm font-medium text-white">Cetak / simpan PDF</button>;
}
