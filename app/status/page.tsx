import type { Metadata } from "next";

export const metadata: Metadata = { title: "Status" };
export const dynamic = "force-dynamic";

/**
 * A public page that renders on every request and touches no database: the
 * uptime check for a reverse proxy, and the baseline of `npm run bench` (the
 * framework's own limit on this machine, with the same proxy, layout and CSP).
 */
export default function StatusPage() {
  return (
    <main className="mx-auto max-w-xl px-4 py-10">
      <h1 className="text-xl font-semibold">Pantau Posyandu berjalan</h1>
      <p className="text-sm text-slate-600">Halaman ini tidak membaca basis data. Kesehatan basis data dan migrasi: /api/health.</p>
      <p className="text-xs text-slate-500">Waktu server: {new Date().toISOString()}</p>
    </main>
  );
}
