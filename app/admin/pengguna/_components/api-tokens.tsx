import type { listApiTokens } from "@/lib/queries/admin";
import type { TokenResult } from "@/lib/actions/admin";
import type { FormResult } from "@/lib/validations/posyandu";
import { formatDateTime } from "../../_components/format";
import { ApiTokenForm, type TokenUser } from "./api-token-form";
import { RevokeTokenButton } from "./api-token-revoke";
import { TableCard, type TableColumn } from "@/components/ui/table-card";

type Row = Awaited<ReturnType<typeof listApiTokens>>[number];
type Actions = {
  issue: (prev: TokenResult | null, form: FormData) => Promise<TokenResult>;
  revoke: (prev: FormResult | null, form: FormData) => Promise<FormResult>;
};

const COLUMNS: TableColumn[] = [
  { label: "Pengguna", className: "min-w-36" },
  { label: "Keterangan" },
  { label: "Dibuat" },
  { label: "Terakhir dipakai" },
  { label: "Status" },
  { label: "Aksi", srOnly: true },
];

/** "Token API": issue a per-user token for /api/v1 and list or revoke the tokens of the admin's area. */
export function ApiTokens({ rows, users, actions }: { rows: Row[]; users: TokenUser[]; actions: Actions }) {
  return (
    <TableCard
      columns={COLUMNS}
      id="token-api"
      title="Token API"
      intro={
        <>
          <p className="text-sm text-slate-600">
            Kirim header <code className="rounded bg-slate-100 px-1">Authorization: Bearer &lt;token&gt;</code> pada <code className="rounded bg-slate-100 px-1">GET /api/v1/indikator</code>; token bertindak dengan peran dan wilayah penggunanya.
          </p>
          <ApiTokenForm action={actions.issue} users={users} />
        </>
      }
      empty={rows.length === 0 ? "Belum ada token API." : null}
    >
      {rows.map((t) => (
        <tr key={t.id} className={`border-t border-slate-100 align-top ${t.revokedAt ? "bg-slate-50 text-slate-600" : ""}`}>
          <td className="px-3 py-2">
            <span className="block font-medium">{t.user.name}</span>
            <span className="block text-xs text-slate-500">{t.user.username}</span>
          </td>
          <td className="px-3 py-2">{t.name}</td>
          <td className="whitespace-nowrap px-3 py-2">{formatDateTime(t.createdAt)}</td>
          <td className="whitespace-nowrap px-3 py-2">{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : "Belum pernah"}</td>
          <td className="px-3 py-2">
            <span className={`inline-block rounded px-1.5 py-0.5 text-xs ${t.revokedAt ? "bg-slate-200 text-slate-700" : "bg-emerald-50 text-emerald-800"}`}>{t.revokedAt ? "Dicabut" : "Aktif"}</span>
            {t.revokedAt && <span className="block text-xs text-slate-500">{formatDateTime(t.revokedAt)}</span>}
          </td>
          <td className="px-3 py-2">
            {!t.revokedAt && <RevokeTokenButton action={actions.revoke} tokenId={t.id} label={`"${t.name}" milik ${t.user.username}`} />}
          </td>
        </tr>
      ))}
    </TableCard>
  );
}
