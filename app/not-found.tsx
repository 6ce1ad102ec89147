import { NavLink } from "@/components/ui/nav-link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">Halaman tidak ditemukan</h1>
      <p className="mt-2 text-slate-600">Halaman yang Anda cari tidak ada atau berada di luar wilayah akun Anda.</p>
      <NavLink href="/" className="mt-4 inline-block text-brand-700 underline">Kembali ke ringkasan</NavLink>
    </main>
  );
}
