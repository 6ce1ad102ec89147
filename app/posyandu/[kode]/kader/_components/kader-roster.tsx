import { NavLink } from "@/components/ui/nav-link";
import { formatDate } from "@/lib/format";
import type { RosterKader } from "@/lib/queries/registry";
import type { FormResult } from "@/lib/validations/posyandu";
import { kaderLevelLabel, trainingLabel } from "@/lib/validations/kader";
import { EndServiceForm } from "./end-service-form";
import { TableCard } from "@/components/ui/table-card";

type Action = (prev: FormResult | null, form: FormData) => Promise<FormResult>;

/** Every kader who serves or served here: membership periods, trainings, level; history is never removed. */
export function KaderRoster({ kader, posyanduCode, endAction, today }: { kader: RosterKader[]; posyanduCode: string; endAction: Action | null; today: string }) {
  return (
    <TableCard columns={[{ label: "Kader", className: "min-w-40" }, { label: "Masa tugas" }, { label: "Pelatihan" }, { label: "Level" }, Boolean(endAction) && { label: "Aksi", srOnly: true }]} id="daftar-kader" title="Daftar kader" empty={kader.length === 0 ? "Belum ada kader tercatat di posyandu ini." : null}>
      {kader.map((k) => (
        <tr key={k.code} className={`border-t border-slate-100 align-top ${k.servingHere ? "" : "bg-slate-50 text-slate-600"}`}>
          <td className="px-3 py-2">
            <span className="block font-medium">{k.name}</span>
            <span className="block text-xs text-slate-500">
              {k.code}{k.gender ? ` · ${k.gender}` : ""}{k.birthYear ? ` · lahir ${k.birthYear}` : ""}
            </span>
            <span className={`mt-1 inline-block rounded px-1.5 py-0.5 text-xs ${k.servingHere ? "bg-emerald-50 text-emerald-800" : "bg-slate-200 text-slate-700"}`}>
              {k.servingHere ? "Bertugas" : "Sudah berhenti"}
            </span>
          </td>
          <td className="px-3 py-2">
            <ul className="space-y-0.5">
              {k.memberships.map((m) => (
                <li key={m.id} className="whitespace-nowrap">{formatDate(m.startDate)} – {m.endDate ? formatDate(m.endDate) : "sekarang"}</li>
              ))}
            </ul>
          </td>
          <td className="px-3 py-2">
            {k.trainings.length === 0 ? (
              <span className="text-slate-500">Belum ada</span>
            ) : (
              <ul className="space-y-0.5">
                {k.trainings.map((t) => (
                  <li key={t.id}>
                    {trainingLabel[t.type]} <span className="text-xs text-slate-500">({formatDate(t.date)}{t.organizer ? `, ${t.organizer}` : ""})</span>
                  </li>
                ))}
              </ul>
            )}
          </td>
          <td className="px-3 py-2">
            {k.level ? kaderLevelLabel[k.level] : "—"}
            {k.level && k.levelOrigin === "ATURAN" && <span className="block text-xs text-slate-500">dihitung aturan</span>}
          </td>
          {endAction && (
            <td className="px-3 py-2 text-right">
              <NavLink href={`/posyandu/${encodeURIComponent(posyanduCode)}/kader?ubah=${encodeURIComponent(k.code)}#form-kader`} keepScroll className="text-brand-700 underline">Ubah</NavLink>
              {k.servingHere && <EndServiceForm action={endAction} posyanduCode={posyanduCode} kaderCode={k.code} kaderName={k.name} today={today} />}
            </td>
          )}
        </tr>
      ))}
    </TableCard>
  );
}
