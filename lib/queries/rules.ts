// The rule sets in force for a year (versioned data, domain.md §10.9): the
// latest version whose effective year is not after the year asked for.
import type { Db } from "../db/client";
import { z } from "../validations/z";
import { STRATA_2011 } from "../reference/seed";
import { AKTIF_2020, type AktifRule } from "../indicators/posyandu-aktif";
import type { StrataRule } from "../indicators/strata";

const strataSchema = z.object({ minFrekuensi: z.number(), minRerataKader: z.number(), minDsPersen: z.number(), minCakupanPersen: z.number(), minDanaSehatPersen: z.number() });
const aktifSchema = z.object({ minHariBuka: z.number(), minKaderSk: z.number(), minLayananTercapai: z.number(), minCakupanPersen: z.number(), minBulanGizi: z.number().optional() });

export type ActiveRules = { strata: StrataRule; aktif: AktifRule; versi: { strata: string; aktif: string } };

/** Rule sets for `year`; falls back to the built-in 2011/2020 tables when none is stored. */
export async function activeRules(client: Pick<Db, "ruleSet">, year: number): Promise<ActiveRules> {
  const pick = (kind: "STRATA" | "POSYANDU_AKTIF") =>
    client.ruleSet.findFirst({ where: { kind, effectiveYear: { lte: year } }, orderBy: { effectiveYear: "desc" }, select: { version: true, params: true } });
  const [s, a] = await Promise.all([pick("STRATA"), pick("POSYANDU_AKTIF")]);
  const strata = s ? strataSchema.safeParse(JSON.parse(s.params)) : null;
  const aktif = a ? aktifSchema.safeParse(JSON.parse(a.params)) : null;
  return {
    strata: strata?.success ? strata.data : STRATA_2011,
    aktif: aktif?.success ? { ...AKTIF_2020, ...aktif.data, minBulanGizi: aktif.data.minBulanGizi ?? AKTIF_2020.minBulanGizi } : AKTIF_2020,
    versi: { strata: strata?.success ? s!.version : "bawaan-2011", aktif: aktif?.success ? a!.version : "bawaan-2020" },
  };
}
