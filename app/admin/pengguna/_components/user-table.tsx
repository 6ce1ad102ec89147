import { viewerRoleLabel } from "@/lib/auth/scope";
import { levelLabel } from "@/lib/wilayah/codes";
import type { listUsers } from "@/lib/queries/admin";
import { areaLabel, formatDateTime } from "../../_components/format";
import { UserActions, type UserActionSet } from "./user-actions";
import { TableCard, type TableColumn } from "@/components/ui/table-card";

type Row = Awaited<ReturnType<typeof listUsers>>[number];

const COLUMNS: TableColumn[] = [
  { label: "Pengguna", className: "min-w-36" },
  { label: "Peran dan wilayah" },
  { label: "Status" },
  { label: "Terakhir masuk" },
  { label: "Aksi", srOnly: true },
];

/** Accounts of the admin's area: who, role, scope, status and last sign-in, with the account actions. */
export function UserTable({ rows, actions, selfId, now }: { rows: Row[]; actions: UserActionSet; selfId: number; now: Date }) {
  return (
    <TableCard columns={COLUMNS} id="daftar-pengguna" title="Pengguna" empty={null}>
      {rows.map((u) => (
        <tr key={u.id} className={`border-t border-slate-100 align-top ${u.active ? "" : "bg-slate-50 text-slate-600"}`}>
          <td className="px-3 py-2">
            <span className="block font-medium">{u.name}</span>
            <span className="block text-xs text-slate-500">{u.username}{u.id === selfId ? " (Anda)" : ""}</span>
          </td>
          <td className="px-3 py-2">
            {viewerRoleLabel({ role: u.role, scopeAreaCode: u.scopeArea?.code ?? null })}
            <span className="block text-xs text-slate-500">
              {u.puskesmas ? u.puskesmas.name : u.scopeArea ? `${areaLabel(levelLabel[u.scopeArea.level], u.scopeArea.name)} (${u.scopeArea.code})` : "—"}
            </span>
          </td>
          <td className="px-3 py-2">
            <span className={`inline-block rounded px-1.5 py-0.5 text-xs ${u.active ? "bg-emerald-50 text-emerald-800" : "bg-slate-200 text-slate-700"}`}>{u.active ? "Aktif" : "Nonaktif"}</span>
            {u.lockedUntil && u.lockedUntil > now && <span className="block text-xs text-amber-800">Terkunci sementara</span>}
          </td>
          <td className="whitespace-nowrap px-3 py-2">{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : "Belum pernah"}</td>
          <td className="px-3 py-2">
            <UserActions actions={actions} userId={u.id} username={u.username} active={u.active} self={u.id === selfId} />
          </td>
        </tr>
      ))}
    </TableCard>
  );
}
