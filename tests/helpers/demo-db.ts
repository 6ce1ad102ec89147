// A throwaway database holding the Kota Metro demo, with a Viewer per demo user.
import { freshDb, type TestDb } from "./db";
import { loadWilayah } from "@/lib/wilayah/load";
import { readOfficialAreas } from "@/lib/wilayah/idn-area";
import { generateDemo, type DemoDataset } from "@/lib/demo/generate";
import { persistDemo } from "@/lib/demo/persist";
import { demoUsers } from "@/lib/demo/users";
import { loadViewer } from "@/lib/queries/auth";
import type { Viewer } from "@/lib/auth/scope";

export const metroKelurahan = () =>
  readOfficialAreas("18.72")
    .filter((a) => a.level === "KELURAHAN")
    .map((a) => ({ code: a.code, name: a.name, kecamatanCode: a.parentCode!, kabKotaCode: "18.72" }));

export type DemoDb = TestDb & { data: DemoDataset; viewers: Record<"admin" | "pimpinan" | "camat" | "lurah" | "puskesmas", Viewer> };

export async function demoDb(): Promise<DemoDb> {
  const t = freshDb();
  await loadWilayah(t.db, "18.72");
  const data = generateDemo(metroKelurahan());
  await persistDemo(t.db, data, "18.72", demoUsers(data, "18.72").map((u) => ({ ...u, passwordHash: "x" })));
  const viewers = {} as DemoDb["viewers"];
  for (const u of await t.db.user.findMany()) viewers[u.username as keyof DemoDb["viewers"]] = (await loadViewer(u.id, 0))!;
  return { ...t, data, viewers };
}
