// A kelurahan operator's import must not learn where a code lives outside their scope: "sudah dipakai posyandu di
// wilayah lain" confirmed that a code exists in another area. A taken code outside the scope now gets one
// message whatever area holds it, and a row for an area outside the scope gets the same message whether its code
// exists there or nowhere. (Codes are unique, so refusing a taken code still shows it is taken; see docs/import.md.)
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { runImport } from "@/lib/import/engine";
import { formatIssue } from "@/lib/import/issues";

const TODAY = "2026-11-23";
const LURAH_KEL = "18.72.01.1001";
const SAME_KEC = "18.72.01.1002";
const OTHER_KEC = "18.72.03.1002";
const P = "kode_posyandu,nama_posyandu,kode_kelurahan";
const K = "kode_kader,kode_posyandu,nama,jenis_kelamin,tahun_lahir,mulai_bertugas,aktif,terlatih_dasar,level_kompetensi";

describe("import refusals tell an operator nothing about codes outside their scope", () => {
  let t: DemoDb;
  const codeIn = (kel: string) => t.data.posyandu.find((p) => p.kelurahanCode === kel)!;
  beforeAll(async () => {
    t = await demoDb();
  });
  const run = async (kind: string, text: string, who: "admin" | "lurah" = "lurah") => {
    const out = await runImport(t.db, t.viewers[who], kind, new TextEncoder().encode(text), "f.csv", { dryRun: true, today: TODAY });
    return out.issues.filter((i) => i.severity === "error").map(formatIssue);
  };
  /** The messages with the row's code replaced, so two codes' refusals can be compared word for word. */
  const words = (messages: string[], code: string) => messages.map((m) => m.replaceAll(code, "KODE"));

  it("refuses a posyandu code registered in another kelurahan or kecamatan with the same neutral words", async () => {
    const near = codeIn(SAME_KEC);
    const far = codeIn(OTHER_KEC);
    const nearOut = await run("posyandu", `${P}\n${near.code},Baru,${LURAH_KEL}\n`);
    const farOut = await run("posyandu", `${P}\n${far.code},Baru,${LURAH_KEL}\n`);
    expect(nearOut).toEqual([
      `baris 2, kolom kode_posyandu: kode posyandu ${near.code} tidak dapat dipakai: di luar wilayah Anda atau sudah terdaftar; pakai kode lain atau hubungi admin dinas`,
    ]);
    expect(words(farOut, far.code)).toEqual(words(nearOut, near.code));
    for (const m of [...nearOut, ...farOut]) expect(m).not.toMatch(/wilayah lain|sudah dipakai|Metro|Kenanga/);
  });

  it("answers a row for another kelurahan the same whether its code exists there or nowhere", async () => {
    const there = codeIn(SAME_KEC).code;
    const exists = await run("posyandu", `${P}\n${there},Baru,${SAME_KEC}\n`);
    const nowhere = await run("posyandu", `${P}\nPTIDAKADA9,Baru,${SAME_KEC}\n`);
    expect(exists).toEqual([`baris 2, kolom kode_kelurahan: kode kelurahan/desa ${SAME_KEC} tidak ada atau di luar wilayah Anda`]);
    expect(nowhere).toEqual(exists);
    // The kader import: a posyandu of another kelurahan reads like one that does not exist.
    const kaderThere = await run("kader", `${K}\nKORACLE1,${there},Ani,P,1980,,,,\n`);
    const kaderNowhere = await run("kader", `${K}\nKORACLE1,PTIDAKADA9,Ani,P,1980,,,,\n`);
    expect(words(kaderNowhere, "PTIDAKADA9")).toEqual(words(kaderThere, there));
  });

  it("refuses a kader code serving only in another kelurahan with the posyandu import's words, not where they serve", async () => {
    const there = codeIn(SAME_KEC).code;
    const mine = codeIn(LURAH_KEL).code;
    const save = (csv: string) => runImport(t.db, t.viewers.admin, "kader", new TextEncoder().encode(csv), "f.csv", { dryRun: false, today: TODAY });
    await save(`${K}\nKLUAR1,${there},Dewi Lestari,P,1980,2020-01-01,ya,,\nKDUA1,${mine},Sri,P,1982,2020-01-01,ya,,\n`);
    expect(await run("kader", `${K}\nKLUAR1,${mine},Nama Lain,P,1990,2026-01-01,ya,,\n`)).toEqual([
      "baris 2, kolom kode_kader: kode kader KLUAR1 tidak dapat dipakai: di luar wilayah Anda atau sudah terdaftar; pakai kode lain atau hubungi admin dinas",
    ]);
    // A kader the lurah knows (serving here) who also serves in the other kelurahan: saying so tells them nothing new.
    const kader = await t.db.kader.findUniqueOrThrow({ where: { code: "KDUA1" } });
    await t.db.kaderMembership.create({ data: { kaderId: kader.id, posyanduId: (await t.db.posyandu.findUniqueOrThrow({ where: { code: there } })).id, startDate: new Date("2024-01-01") } });
    expect(await run("kader", `${K}\nKDUA1,${mine},Sri Rahayu,P,1982,2020-01-01,ya,,\n`)).toEqual([
      "baris 2, kolom kode_kader: kader KDUA1 juga bertugas di posyandu di luar wilayah Anda; minta admin mengubahnya",
    ]);
  });
});
