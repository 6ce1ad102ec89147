// The demo logins: one user per role, printed by `npm run demo`. They exist
// only in demo databases; outside demo mode `npm run pengguna` creates users.
import type { DemoDataset } from "./generate";

export const DEMO_PASSWORD = "posyandu2026";

export type DemoUser = {
  username: string; name: string; role: "ADMIN" | "PIMPINAN" | "KECAMATAN" | "KELURAHAN" | "PUSKESMAS";
  scopeAreaCode: string | null; puskesmasName: string | null;
  sector: "DINKES" | "CAMAT" | "LURAH" | "PUSKESMAS" | "BAPPEDA" | null;
};

/** One user per role, scoped to the first kecamatan/kelurahan/puskesmas of the dataset. */
export function demoUsers(data: Pick<DemoDataset, "posyandu" | "puskesmas">, kotaCode: string): DemoUser[] {
  const first = data.posyandu[0];
  const puskesmas = data.puskesmas[0];
  if (!first || !puskesmas) return [];
  return [
    { username: "admin", name: "Admin Dinas Kesehatan", role: "ADMIN", scopeAreaCode: kotaCode, puskesmasName: null, sector: "DINKES" },
    { username: "pimpinan", name: "Kepala Dinas Kesehatan", role: "PIMPINAN", scopeAreaCode: kotaCode, puskesmasName: null, sector: "DINKES" },
    { username: "camat", name: "Camat (Pokjanal Kecamatan)", role: "KECAMATAN", scopeAreaCode: first.kecamatanCode, puskesmasName: null, sector: "CAMAT" },
    { username: "lurah", name: "Lurah (Pokja Kelurahan)", role: "KELURAHAN", scopeAreaCode: first.kelurahanCode, puskesmasName: null, sector: "LURAH" },
    { username: "puskesmas", name: `Operator ${puskesmas.name}`, role: "PUSKESMAS", scopeAreaCode: null, puskesmasName: puskesmas.name, sector: "PUSKESMAS" },
  ];
}
