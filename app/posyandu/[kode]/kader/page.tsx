import type { Metadata } from "next";
import { NavLink } from "@/components/ui/nav-link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canEnterData } from "@/lib/auth/scope";
import { isDemoData } from "@/lib/queries/deployment";
import { getKaderRoster, getPosyandu } from "@/lib/queries/registry";
import { addKaderTrainingAction, endKaderServiceAction, saveKaderAction } from "@/lib/actions/kader";
import { todayJakarta } from "@/lib/validations/posyandu";
import { AppHeader } from "@/components/ui/app-header";
import { KaderRoster } from "./_components/kader-roster";
import { KaderForm } from "./_components/kader-form";
import { TrainingForm } from "./_components/training-form";

export const metadata: Metadata = { title: "Kader posyandu" };
export const dynamic = "force-dynamic";

const ymd = (d: Date) => d.toISOString().slice(0, 10);

export default async function KaderPage({ params, searchParams }: {
  params: Promise<{ kode: string }>; searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ kode }, { ubah }] = await Promise.all([params, searchParams]);
  const viewer = await requireViewer();
  const [demo, posyandu, roster] = await Promise.all([isDemoData(), getPosyandu(viewer, kode), getKaderRoster(viewer, kode)]);
  if (!posyandu) notFound();
  const canEdit = canEnterData(viewer.role);
  const today = todayJakarta();
  const chosen = typeof ubah === "string" ? roster.find((k) => k.code === ubah) : undefined;
  const latest = chosen?.memberships.at(-1);
  const initial = chosen && latest
    ? { code: chosen.code, name: chosen.name, gender: chosen.gender, birthYear: chosen.birthYear, level: chosen.level, active: chosen.servingHere, startDate: ymd(latest.startDate) }
    : null;
  const serving = roster.filter((k) => k.servingHere && k.active).length;
  const href = `/posyandu/${encodeURIComponent(posyandu.code)}`;
  return (
    <>
      <AppHeader viewer={viewer} demo={demo} />
      <main className="mx-auto max-w-6xl space-y-4 px-4 py-6">
        <div>
          <p className="text-sm"><NavLink href={href} className="text-brand-700 underline">← Posyandu {posyandu.name}</NavLink> · <NavLink href={`/wilayah/${posyandu.kelurahanCode}`} className="text-brand-700 underline">Kel. {posyandu.kelurahan.name}</NavLink></p>
          <h1 className="break-words text-2xl font-semibold">Kader Posyandu {posyandu.name}</h1>
          <p className="text-sm text-slate-600">
            Kode {posyandu.code} · Kec. {posyandu.kelurahan.parent?.name ?? "—"} · {posyandu.puskesmas?.name ?? "puskesmas belum ditentukan"}
            {!posyandu.active && " · posyandu berhenti beroperasi"}
            {canEdit && <> · <NavLink href={`${href}/ubah`} className="text-brand-700 underline">Ubah data posyandu</NavLink></>}
          </p>
          <p className={`mt-1 text-sm ${serving < 5 ? "text-amber-800" : "text-slate-700"}`}>
            Kader aktif: <span className="num font-semibold">{serving}</span> (kriteria Posyandu Aktif: minimal 5 kader).
          </p>
        </div>
        <KaderRoster kader={roster} posyanduCode={posyandu.code} endAction={canEdit ? endKaderServiceAction : null} today={today} />
        {canEdit && (
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
            <KaderForm action={saveKaderAction} posyanduCode={posyandu.code} initial={initial} today={today} />
            <TrainingForm action={addKaderTrainingAction} posyanduCode={posyandu.code} kader={roster.map((k) => ({ code: k.code, name: k.name }))} today={today} />
          </div>
        )}
      </main>
    </>
  );
}
