"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">Terjadi kesalahan</h1>
      <p className="mt-2 text-slate-600">Halaman ini tidak dapat dimuat. Coba lagi; jika tetap gagal, hubungi admin.</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-brand-700 px-4 py-2 text-white">Coba lagi</button>
    </main>
  );
}
