// Reference data every deployment needs (not demo data): versioned rule sets
// from domain.md §1 and the national stunting targets. Idempotent.
import type { Db } from "../db/client";
import { bumpDataVersion } from "../db/data-version";

/** Strata thresholds, Kemenkes Pedoman Umum Pengelolaan Posyandu 2011 (domain.md §1). */
export const STRATA_2011 = {
  minFrekuensi: 8,
  minRerataKader: 5,
  minDsPersen: 50,
  minCakupanPersen: 50,
  minDanaSehatPersen: 50,
};

/** Posyandu Aktif criteria, RPJMN 2020–24 definition (domain.md §1). */
export const POSYANDU_AKTIF_2020 = {
  minHariBuka: 8,
  minKaderSk: 5,
  minLayananTercapai: 3,
  minCakupanPersen: 50,
  butuhAlatUkur: true,
  butuhKegiatanTambahan: true,
};

/** How a rule set is named on screen; a version added later by an admin shows as it was entered. */
const RULE_VERSION_LABELS: Record<string, string> = { "kemenkes-2011": "Kemenkes 2011", "rpjmn-2020": "RPJMN 2020–2024" };

/** "kemenkes-2011+rpjmn-2020" (PosyanduYear.ruleVersion) → "strata: Kemenkes 2011 · Posyandu Aktif: RPJMN 2020–2024". */
export function ruleVersionText(version: string): string {
  const [strata, aktif] = version.split("+");
  const label = (v: string) => RULE_VERSION_LABELS[v] ?? v;
  return [strata && `strata: ${label(strata)}`, aktif && `Posyandu Aktif: ${label(aktif)}`].filter(Boolean).join(" · ");
}

const RULE_SETS = [
  { kind: "STRATA" as const, version: "kemenkes-2011", effectiveYear: 2011, params: STRATA_2011, source: "Kemenkes, Pedoman Umum Pengelolaan Posyandu 2011 (Telaah Kemandirian Posyandu)" },
  { kind: "POSYANDU_AKTIF" as const, version: "rpjmn-2020", effectiveYear: 2020, params: POSYANDU_AKTIF_2020, source: "RPJMN 2020–2024, definisi operasional Posyandu Aktif" },
];

/** National stunting targets (percent of balita), domain.md §3. */
const NATIONAL_TARGETS = [
  { indicator: "stunting", year: 2024, value: 14, source: "Perpres 72/2021" },
  { indicator: "stunting", year: 2025, value: 18.8, source: "RPJMN 2025–2029" },
  { indicator: "stunting", year: 2029, value: 14.2, source: "RPJMN 2025–2029" },
];

/** Inserts missing reference rows; never overwrites values an ADMIN changed. */
export async function seedReference(db: Db): Promise<void> {
  for (const r of RULE_SETS) {
    await db.ruleSet.upsert({
      where: { kind_version: { kind: r.kind, version: r.version } },
      create: { ...r, params: JSON.stringify(r.params) },
      update: {},
    });
  }
  for (const t of NATIONAL_TARGETS) {
    // areaCode null = national; NULLs are distinct in unique indexes, so look up first.
    const existing = await db.indicatorTarget.findFirst({ where: { indicator: t.indicator, year: t.year, areaCode: null } });
    if (!existing) await db.indicatorTarget.create({ data: { ...t, areaCode: null } });
  }
  // Rules or targets may be new: cached figures (lib/queries/cache.ts) must not outlive them.
  await bumpDataVersion(db);
}
