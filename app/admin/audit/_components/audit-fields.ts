// The audit log's field names in Indonesian, as the forms name them: audit rows store model fields
// (skNumber, kaderOnDuty, dueDate, afterLock…), which the kota admin cannot read. tests/components/audit-labels.test.ts
// reads every field the writers can store from their types, so a new field without a label fails there.
import { roleLabel } from "@/lib/auth/scope";
import { INDICATORS } from "@/lib/indicators/catalogue";
import { SOURCE_LABEL } from "@/lib/indicators/nutrition-sources";
import { genderLabel, kaderLevelLabel, levelOriginLabel, trainingLabel } from "@/lib/validations/kader";
import { ACTION_STATUS_LABELS, AGENDA_KIND_LABELS, MEETING_KIND_LABELS, MEETING_STATUS_LABELS, SECTOR_LABELS } from "@/lib/validations/meetings";
import { levelLabel } from "@/lib/wilayah/codes";

/** One label per field name, whatever the entity. */
export const FIELD: Record<string, string> = {
  // diffAudit's own rows: a non-object value, and "n more columns".
  nilai: "Nilai", "…": "…",
  // Posyandu (form "Tambah/Ubah posyandu", import template posyandu)
  code: "Kode", name: "Nama", kelurahanCode: "Kelurahan/desa", kecamatanCode: "Kecamatan", kabKotaCode: "Kab/kota",
  puskesmasId: "Puskesmas", rw: "RW", dusun: "Dusun", address: "Alamat tempat kegiatan", lat: "Lintang", lng: "Bujur",
  ilp: "Sudah Integrasi Layanan Primer (ILP)", ilpSince: "ILP sejak", skNumber: "Nomor SK", active: "Aktif",
  // Kader, keanggotaan, pelatihan
  gender: "Jenis kelamin", birthYear: "Tahun lahir", phone: "Nomor telepon", level: "Level", levelOrigin: "Asal level kompetensi",
  levelRule: "Aturan level kompetensi", kaderId: "Kader", posyanduId: "Posyandu", posyandu: "Posyandu", startDate: "Mulai bertugas",
  endDate: "Selesai bertugas", memberships: "Keanggotaan posyandu", trainings: "Pelatihan", servedAt: "Pernah bertugas di posyandu",
  type: "Jenis pelatihan", date: "Tanggal", organizer: "Penyelenggara", note: "Catatan",
  // Laporan bulanan (SKDN grid), status gizi, profil tahunan
  period: "Periode", opened: "Posyandu buka", kaderOnDuty: "Kader bertugas", s: "S (jumlah balita)", k: "K (punya KMS/buku KIA)",
  d: "D (ditimbang)", n: "N (naik berat badan)", o: "O (ditimbang, bulan lalu tidak)", b: "B (baru pertama ditimbang)",
  bgm: "BGM (bawah garis merah)", t2: "2T (tidak naik dua kali)", qualityFlags: "Tanda mutu data", source: "Sumber",
  importBatchId: "Batch impor", enteredById: "Dicatat oleh", enteredAt: "Dicatat pada",
  diukurTb: "Diukur TB/PB", sangatPendek: "Sangat pendek", pendek: "Pendek", diukurBbTb: "Diukur BB/TB", giziBuruk: "Gizi buruk",
  giziKurang: "Gizi kurang", diukurBb: "Diukur BB/U", bbSangatKurang: "BB sangat kurang", bbKurang: "BB kurang",
  year: "Tahun", cakupanKia: "Cakupan KIA kumulatif setahun (%)", cakupanKb: "Cakupan KB kumulatif setahun (%)",
  cakupanImunisasi: "Cakupan imunisasi kumulatif setahun (%)", programTambahan: "Ada program tambahan",
  danaSehat: "KK yang ikut dana sehat (%)", alatUkurLengkap: "Alat timbang/ukur lengkap",
  // Target indikator
  indicator: "Indikator", areaCode: "Wilayah", value: "Nilai target (%)",
  // Rapat, peserta, agenda, tindak lanjut
  kind: "Jenis", title: "Judul", place: "Tempat", status: "Status", previousId: "Rapat sebelumnya", agenda: "Jumlah agenda",
  items: "Jumlah agenda", narratives: "Jumlah narasi", afterLock: "Sesudah rapat dikunci", meetingId: "Rapat", meeting: "Rapat",
  sector: "OPD/sektor", position: "Jabatan", order: "Urutan", snapshot: "Data yang dibekukan", discussion: "Pembahasan",
  text: "Uraian tindakan", ownerSector: "OPD penanggung jawab", ownerName: "Nama penanggung jawab", dueDate: "Batas waktu",
  fundingSource: "Sumber dana", carriedFromId: "Lanjutan dari tindak lanjut", closedAt: "Selesai pada", progressId: "Catatan kemajuan",
  // Pengguna, token API
  username: "Nama pengguna", role: "Peran", scopeAreaCode: "Wilayah", sessionVersion: "Sesi (naik = keluar dari semua perangkat)",
  userId: "Pengguna",
  // Impor, pembatalan impor, pemetaan nama
  fileName: "Nama berkas", inserted: "Baris baru", updated: "Baris diubah", unchanged: "Baris tetap", deleted: "Baris dihapus",
  restored: "Baris dipulihkan", sourceKey: "Nama di berkas sumber",
};

/** Where one field name means different things per entity, the form's own word for it. */
const BY_ENTITY: Record<string, Record<string, string>> = {
  Posyandu: { code: "Kode posyandu", name: "Nama posyandu", puskesmasId: "Puskesmas pembina", active: "Posyandu masih beroperasi" },
  Kader: { code: "Kode kader", level: "Level kompetensi" },
  Meeting: { level: "Tingkat rapat", kind: "Jenis rapat", areaCode: "Wilayah rapat" },
  AgendaItem: { kind: "Tampilan" },
  User: { name: "Nama lengkap" },
  ImportBatch: { kind: "Jenis impor" },
  NameMapping: { kind: "Jenis pemetaan" },
  IndicatorTarget: { source: "Sumber/dasar target" },
  ActionItem: { areaCode: "Wilayah", status: "Status tindak lanjut" },
};

/** The Indonesian label of an audited field, or null when none is known (shown raw, so the gap is visible). */
export function fieldLabel(entity: string, field: string): string | null {
  // Own keys only: a field called "constructor" must not find Object.prototype's.
  const own = (labels: Record<string, string> | undefined) => (labels && Object.hasOwn(labels, field) ? labels[field] : undefined);
  return own(Object.hasOwn(BY_ENTITY, entity) ? BY_ENTITY[entity] : undefined) ?? own(FIELD) ?? null;
}

type Labels = Readonly<Record<string, string>>;
/** Own keys only: a value or field called "constructor" must not find Object.prototype's. */
const ownKey = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined => (record && Object.hasOwn(record, key) ? record[key] : undefined);

/** Stored enum values by field, from the maps the forms and pages show them with (none copied here). */
const VALUE: Record<string, Labels> = {
  sector: SECTOR_LABELS, ownerSector: SECTOR_LABELS, role: roleLabel, indicator: Object.fromEntries(INDICATORS.map((i) => [i.id, i.label])),
};

/** Where a field's values are another enum per entity (a kader's level is Purwa…, a meeting's Kota…). */
const VALUE_BY_ENTITY: Record<string, Record<string, Labels>> = {
  Kader: { level: kaderLevelLabel, levelOrigin: levelOriginLabel, gender: genderLabel },
  KaderTraining: { type: trainingLabel },
  Meeting: { level: levelLabel, kind: MEETING_KIND_LABELS, status: MEETING_STATUS_LABELS },
  AgendaItem: { kind: AGENDA_KIND_LABELS },
  ActionItem: { status: ACTION_STATUS_LABELS },
  MonthlyReport: { source: SOURCE_LABEL }, NutritionAggregate: { source: SOURCE_LABEL }, AnnualProfile: { source: SOURCE_LABEL },
};

/** The Indonesian word for a stored enum value (TERKUNCI → Terkunci), or null when there is none (shown raw). */
export function valueLabel(entity: string, field: string, value: string): string | null {
  const labels = ownKey(ownKey(VALUE_BY_ENTITY, entity), field) ?? ownKey(VALUE, field);
  return ownKey(labels, value) ?? null;
}

