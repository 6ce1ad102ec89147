import { NavLink } from "@/components/ui/nav-link";
import { canEnterData, canManage, viewerRoleLabel, type Viewer } from "@/lib/auth/scope";
import { DemoBadge } from "./demo-badge";
import { SignOutButton } from "./sign-out-button";

/** Top bar of every signed-in page: product, demo marker, who is signed in. */
export function AppHeader({ viewer, demo }: { viewer: Viewer; demo: boolean }) {
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <NavLink href="/" className="text-lg font-semibold">
          Pantau Posyandu
        </NavLink>
        {demo && <DemoBadge />}
        <nav aria-label="Menu utama" className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
          <NavLink href="/" className="hover:underline">Ringkasan</NavLink>
          {/* Peta and Skor show the child areas of a kota or kecamatan; the lurah's map and table are on the kelurahan page. */}
          {(viewer.scopeAreaCode?.split(".").length ?? 9) <= 3 && <NavLink href="/peta" className="hover:underline">Peta</NavLink>}
          {(viewer.scopeAreaCode?.split(".").length ?? 9) <= 3 && <NavLink href="/skor" className="hover:underline">Skor</NavLink>}
          <NavLink href="/posyandu" className="hover:underline">Posyandu</NavLink>
          <NavLink href="/rapat" className="hover:underline">Rapat</NavLink>
          <NavLink href="/tindakan" className="hover:underline">Tindakan</NavLink>
          {canEnterData(viewer.role) && <NavLink href="/laporan" className="hover:underline">Isi data</NavLink>}
          {canEnterData(viewer.role) && <NavLink href="/impor" className="hover:underline">Impor data</NavLink>}
          {canManage(viewer.role) && <NavLink href="/admin/pengguna" className="hover:underline">Admin</NavLink>}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <NavLink href="/akun" className="text-right leading-tight hover:underline" title="Akun saya">
            <span className="block font-medium">{viewer.name}</span>
            <span className="block text-white/80">{viewerRoleLabel(viewer)}</span>
          </NavLink>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
