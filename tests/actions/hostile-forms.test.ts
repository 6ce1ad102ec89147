// The forms' server-action cores with hostile field values (docs/bad-input.md):
// every refusal is Indonesian (summary and field message) and writes nothing;
// free text that passes validation is stored exactly as typed (trimmed).
// Values are what a crafted multipart request can carry: any string, a File,
// repeated fields, and what a careless caller passes (arrays, objects).
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { createPosyandu, updatePosyandu } from "@/lib/actions/posyandu";
import { addKaderTraining, endKaderService, saveKader } from "@/lib/actions/kader";
import { saveMonthlyGrid, saveProfile } from "@/lib/actions/reports";
import { saveNutrition } from "@/lib/actions/nutrition";
import { addAgendaItem, addAttendee, createMeeting } from "@/lib/actions/meetings";
import { addAction, addProgress, updateAction } from "@/lib/actions/tindakan";
import { createUserInScope, setTarget } from "@/lib/actions/admin";
import { INJECTIONS } from "../corpus/injection";
import { notIndonesian, tableCounts } from "../corpus/checks";

const TODAY = "2026-08-20";
type Result = { ok: boolean; message: string; fieldErrors?: Record<string, string>; rowErrors?: Record<string, Record<string, string>> };
type Input = Record<string, unknown>;
/** A field: its form name, and (for free text) its limit and how to read the stored value back. */
type Field = { name: string; text?: { max: number; required: boolean; read: (t: DemoDb, key: string) => Promise<unknown> }; accepts?: unknown[] };
type Form = { label: string; run: (t: DemoDb, input: Input) => Promise<Result>; valid: (key: string) => Input; fields: Field[] };

const deep = () => {
  let v: unknown = "x";
  for (let i = 0; i < 10_000; i++) v = [v];
  return v;
};
const HOSTILE: unknown[] = [
  ...INJECTIONS, "", "   ", "x".repeat(100_000), "1e3", "0x10", "-1", "NaN", "Infinity", "٣", "１２",
  new File(["=1+1"], "a.csv"), ["a", "b"], JSON.parse('{"__proto__":{"polluted":true}}'), deep(),
];

// Hostile-looking but well-formed posyandu/kader codes and user names.
const WELL_FORMED_CODES = ["1e3", "0x10", "NaN", "Infinity"];
// Ids are coerced numerically ("0x10" is 16), then the scope check decides; 16 may be a real, permitted record.
const ID_LIKE = ["0x10", "1e3"];

let n = 0;
const key = () => `H${++n}`;

const FORMS = (ids: () => { posyandu: number; posyanduCode: string; kader: string; meeting: number; action: number }): Form[] => [
  {
    label: "posyandu baru",
    run: (t, input) => createPosyandu(t.db, t.viewers.lurah, input, TODAY),
    valid: (k) => ({ code: k, name: "Mawar", kelurahanCode: "18.72.01.1001", puskesmasId: "", rw: "RW 01", address: "Balai", lat: "", lng: "", ilp: "on", active: "on" }),
    fields: [
      { name: "code", accepts: WELL_FORMED_CODES }, { name: "kelurahanCode" }, { name: "puskesmasId", accepts: [""] }, { name: "lat", accepts: ["", "   ", "-1"] }, { name: "lng", accepts: ["", "   "] },
      { name: "name", text: { max: 120, required: true, read: async (t, k) => (await t.db.posyandu.findUnique({ where: { code: k } }))?.name } },
      { name: "rw", text: { max: 40, required: false, read: async (t, k) => (await t.db.posyandu.findUnique({ where: { code: k } }))?.rw } },
      { name: "address", text: { max: 200, required: false, read: async (t, k) => (await t.db.posyandu.findUnique({ where: { code: k } }))?.address } },
    ],
  },
  {
    label: "kader baru",
    run: (t, input) => saveKader(t.db, t.viewers.lurah, ids().posyanduCode, input, TODAY),
    valid: (k) => ({ mode: "baru", code: k, name: "Siti", gender: "P", birthYear: "1985", startDate: "2024-01-02", active: "on", level: "" }),
    fields: [
      { name: "code", accepts: WELL_FORMED_CODES }, { name: "gender", accepts: ["", "   "] }, { name: "birthYear", accepts: ["", "   "] }, { name: "startDate" }, { name: "level", accepts: ["", "   "] },
      { name: "name", text: { max: 120, required: true, read: async (t, k) => (await t.db.kader.findUnique({ where: { code: k } }))?.name } },
    ],
  },
  {
    label: "pelatihan kader",
    run: (t, input) => addKaderTraining(t.db, t.viewers.lurah, ids().posyanduCode, input, TODAY),
    valid: (k) => ({ kaderCode: ids().kader, type: "LAINNYA", date: "2025-01-01", organizer: `Dinkes ${k}` }),
    fields: [
      { name: "kaderCode" }, { name: "type" }, { name: "date" },
      { name: "organizer", text: { max: 120, required: false, read: async (t) => (await t.db.kaderTraining.findFirst({ orderBy: { id: "desc" } }))?.organizer } },
    ],
  },
  { label: "kader berhenti", run: (t, input) => endKaderService(t.db, t.viewers.lurah, ids().posyanduCode, input, TODAY), valid: () => ({ kaderCode: ids().kader, endDate: "2026-01-01" }), fields: [{ name: "kaderCode" }, { name: "endDate" }] },
  {
    label: "laporan bulanan (isian)",
    run: (t, input) => saveMonthlyGrid(t.db, t.viewers.lurah, { periode: input.periode, rows: [{ posyanduId: input.posyanduId, buka: true, kader_bertugas: "5", s: input.s, k: "70", d: "60", n: "50", bgm: "0", t2: "0" }] }, TODAY),
    valid: () => ({ periode: "2026-07", posyanduId: ids().posyandu, s: "80" }),
    fields: [{ name: "periode" }, { name: "posyanduId" }, { name: "s", accepts: ["", "   "] }],
  },
  {
    label: "status gizi",
    run: (t, input) => saveNutrition(t.db, t.viewers.lurah, input, TODAY),
    valid: () => ({ posyanduId: ids().posyandu, periode: "2026-02", sumber: "survei", diukur_tb: "70", sangat_pendek: "3", pendek: "8", diukur_bb_tb: "70", gizi_buruk: "1", gizi_kurang: "4", diukur_bb: "72", bb_sangat_kurang: "2", bb_kurang: "7" }),
    fields: [{ name: "posyanduId" }, { name: "periode" }, { name: "sumber" }, { name: "diukur_tb" }, { name: "pendek" }],
  },
  {
    label: "profil tahunan",
    run: (t, input) => saveProfile(t.db, t.viewers.lurah, input, TODAY),
    valid: () => ({ posyanduId: ids().posyandu, tahun: "2025", cakupan_kia: "72,5", cakupan_kb: "", cakupan_imunisasi: "", program_tambahan: "ya", dana_sehat: "", alat_ukur_lengkap: "" }),
    fields: [{ name: "posyanduId" }, { name: "tahun" }, { name: "cakupan_kia", accepts: ["", "   "] }, { name: "program_tambahan", accepts: ["", "   "] }],
  },
  {
    label: "rapat baru",
    run: (t, input) => createMeeting(t.db, t.viewers.admin, input, TODAY),
    valid: (k) => ({ areaCode: "18.72", title: `Rapat ${k}`, date: "2026-08-01", place: "Aula", kind: "RAPAT_RUTIN", saran: "" }),
    fields: [
      { name: "areaCode" }, { name: "date" }, { name: "kind" },
      { name: "title", text: { max: 200, required: true, read: async (t) => (await t.db.meeting.findFirst({ orderBy: { id: "desc" } }))?.title } },
      { name: "place", text: { max: 200, required: true, read: async (t) => (await t.db.meeting.findFirst({ orderBy: { id: "desc" } }))?.place } },
    ],
  },
  {
    label: "peserta rapat",
    run: (t, input) => addAttendee(t.db, t.viewers.admin, input),
    valid: () => ({ meetingId: ids().meeting, sector: "DINKES", name: "Budi", position: "" }),
    fields: [
      { name: "meetingId", accepts: ID_LIKE }, { name: "sector" },
      { name: "name", text: { max: 120, required: true, read: async (t) => (await t.db.meetingAttendee.findFirst({ orderBy: { id: "desc" } }))?.name } },
      { name: "position", text: { max: 120, required: false, read: async (t) => (await t.db.meetingAttendee.findFirst({ orderBy: { id: "desc" } }))?.position } },
    ],
  },
  {
    label: "agenda rapat",
    run: (t, input) => addAgendaItem(t.db, t.viewers.admin, input),
    valid: () => ({ meetingId: ids().meeting, title: "Bahas D/S", kind: "LAINNYA", indicator: "", areaCode: "", period: "" }),
    fields: [
      { name: "meetingId", accepts: ID_LIKE }, { name: "kind" }, { name: "indicator", accepts: ["", "   "] }, { name: "areaCode", accepts: [""] }, { name: "period", accepts: [""] },
      { name: "title", text: { max: 200, required: true, read: async (t) => (await t.db.agendaItem.findFirst({ orderBy: { id: "desc" } }))?.title } },
    ],
  },
  {
    label: "tindakan",
    run: (t, input) => addAction(t.db, t.viewers.admin, input),
    valid: () => ({ meetingId: ids().meeting, text: "Kunjungi posyandu", ownerSector: "DINKES", ownerName: "", dueDate: "2026-09-30", areaCode: "", indicator: "", fundingSource: "" }),
    fields: [
      { name: "meetingId", accepts: ID_LIKE }, { name: "ownerSector" }, { name: "dueDate" }, { name: "areaCode", accepts: [""] }, { name: "indicator", accepts: [""] },
      { name: "text", text: { max: 500, required: true, read: async (t) => (await t.db.actionItem.findFirst({ orderBy: { id: "desc" } }))?.text } },
      { name: "ownerName", text: { max: 120, required: false, read: async (t) => (await t.db.actionItem.findFirst({ orderBy: { id: "desc" } }))?.ownerName } },
      { name: "fundingSource", text: { max: 120, required: false, read: async (t) => (await t.db.actionItem.findFirst({ orderBy: { id: "desc" } }))?.fundingSource } },
    ],
  },
  {
    label: "ubah tindakan",
    run: (t, input) => updateAction(t.db, t.viewers.admin, input),
    valid: () => ({ actionId: ids().action, text: "Kunjungi posyandu lagi", ownerSector: "DINKES", ownerName: "", dueDate: "2026-09-30", areaCode: "", indicator: "", fundingSource: "" }),
    fields: [
      { name: "actionId", accepts: ID_LIKE }, { name: "ownerSector" }, { name: "dueDate" }, { name: "areaCode", accepts: [""] }, { name: "indicator", accepts: [""] },
      { name: "text", text: { max: 500, required: true, read: async (t) => (await t.db.actionItem.findUnique({ where: { id: ids().action } }))?.text } },
      { name: "ownerName", text: { max: 120, required: false, read: async (t) => (await t.db.actionItem.findUnique({ where: { id: ids().action } }))?.ownerName } },
    ],
  },
  {
    label: "perkembangan tindakan",
    run: (t, input) => addProgress(t.db, t.viewers.admin, input, TODAY),
    valid: () => ({ actionId: ids().action, note: "Sudah dikunjungi", newStatus: "", date: "2026-08-19" }),
    fields: [
      { name: "actionId", accepts: ID_LIKE }, { name: "newStatus", accepts: [""] }, { name: "date" },
      { name: "note", text: { max: 500, required: true, read: async (t) => (await t.db.actionProgress.findFirst({ orderBy: { id: "desc" } }))?.note } },
    ],
  },
  {
    label: "target indikator",
    run: (t, input) => setTarget(t.db, t.viewers.admin, input),
    valid: (k) => ({ indicator: "d_s", year: String(2030 + (n % 60)), areaCode: "18.72", value: "80", source: `RPJMD ${k}` }),
    fields: [
      { name: "indicator" }, { name: "year" }, { name: "areaCode", accepts: [""] }, { name: "value" },
      { name: "source", text: { max: 200, required: true, read: async (t) => (await t.db.indicatorTarget.findFirst({ orderBy: { id: "desc" } }))?.source } },
    ],
  },
  {
    label: "pengguna baru",
    run: (t, input) => createUserInScope(t.db, t.viewers.admin, input),
    valid: (k) => ({ username: `uji.${k.toLowerCase()}`, name: "Pengguna Uji", role: "KECAMATAN", scopeAreaCode: "18.72.01", sector: "", password: "Kelapa-Hijau-73", passwordConfirm: "Kelapa-Hijau-73" }),
    fields: [{ name: "username", accepts: WELL_FORMED_CODES }, { name: "role" }, { name: "scopeAreaCode" }, { name: "sector", accepts: [""] }, { name: "password" }],
  },
];

describe("form actions with hostile field values", () => {
  let t: DemoDb;
  const ids = { posyandu: 0, posyanduCode: "", kader: "", meeting: 0, action: 0 };
  beforeAll(async () => {
    t = await demoDb();
    const p = await t.db.posyandu.findFirstOrThrow({ where: { kelurahanCode: "18.72.01.1001" }, include: { memberships: { where: { endDate: null }, include: { kader: true } } } });
    Object.assign(ids, { posyandu: p.id, posyanduCode: p.code, kader: p.memberships[0]!.kader.code });
    const m = await createMeeting(t.db, t.viewers.admin, { areaCode: "18.72", title: "Rapat uji", date: "2026-08-01", place: "Aula", kind: "RAPAT_RUTIN" }, TODAY);
    ids.meeting = m.id!;
    expect((await addAction(t.db, t.viewers.admin, { meetingId: m.id, text: "Uji", ownerSector: "DINKES", dueDate: "2026-09-01" })).ok).toBe(true);
    ids.action = (await t.db.actionItem.findFirstOrThrow({ orderBy: { id: "desc" } })).id;
  });

  const forms = FORMS(() => ids);
  it.each(forms.flatMap((f) => f.fields.map((field) => [f.label, field.name, f, field] as const)))("%s · %s", async (_l, _f, form, field) => {
    const refusedValues = HOSTILE.filter((v) => !(field.accepts ?? []).includes(v) && !(field.text && typeof v === "string" && v.trim().length > 0 && v.trim().length <= field.text.max) && !(field.text && !field.text.required && typeof v === "string" && v.trim() === ""));
    const before = await tableCounts(t.db);
    for (const value of refusedValues) {
      const result = await form.run(t, { ...form.valid(key()), [field.name]: value });
      const shown = typeof value === "string" ? value.slice(0, 40) : Object.prototype.toString.call(value);
      expect(result.ok, shown).toBe(false);
      expect(notIndonesian(result.message, value), shown).toBeNull();
      const messages = [...Object.values(result.fieldErrors ?? {}), ...Object.values(result.rowErrors ?? {}).flatMap((r) => Object.values(r))];
      for (const m of messages) expect(notIndonesian(m, value), `${shown}: ${m}`).toBeNull();
    }
    expect(await tableCounts(t.db)).toEqual(before);
    if (!field.text) return;
    for (const s of INJECTIONS.filter((v) => v.trim().length <= field.text!.max)) {
      const k = key();
      const result = await form.run(t, { ...form.valid(k), [field.name]: s });
      expect(result.ok, `${s}: ${result.message} ${JSON.stringify(result.fieldErrors)}`).toBe(true);
      expect(await field.text.read(t, k), s).toBe(s.trim());
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("edits nothing when the posyandu code in the URL is hostile", async () => {
    const before = await tableCounts(t.db);
    for (const code of [...INJECTIONS, "", "%00", "P".repeat(10_000)]) {
      const r = await updatePosyandu(t.db, t.viewers.lurah, code, forms[0]!.valid(key()), TODAY);
      expect(r).toEqual({ ok: false, message: "Posyandu tidak ditemukan atau di luar wilayah Anda." });
    }
    expect(await tableCounts(t.db)).toEqual(before);
  });
});
