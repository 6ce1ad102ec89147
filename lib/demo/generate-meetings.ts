// Two past Pokjanal meetings for the demo (kab/kota and one kecamatan) with
// attendees, agenda and follow-up actions in every status.
import type { DemoKelurahan } from "./generate-org";
import { ATTENDEE_NAMES } from "./names";
import { addMonths } from "../period";
import { childrenLabel, levelLabel, regencyLevel, villageLevel } from "../wilayah/codes";

type Sector = "DINKES" | "BAPPEDA" | "DP3AP2KB" | "DINSOS" | "PMD" | "DISDIK" | "CAMAT" | "LURAH" | "TP_PKK" | "PUSKESMAS" | "LAINNYA";
type Status = "BELUM" | "PROSES" | "SELESAI" | "BATAL";

export type DemoAction = {
  text: string; ownerSector: Sector; ownerName: string; dueDate: string; status: Status;
  areaCode: string | null; indicator: string | null; fundingSource: string | null;
  progress: { date: string; note: string; newStatus: Status | null }[];
};

export type DemoMeeting = {
  level: "KOTA" | "KECAMATAN"; areaCode: string; date: string; place: string;
  kind: "RAPAT_RUTIN" | "BIMBINGAN_TEKNIS" | "REMBUK_STUNTING"; title: string;
  attendees: { sector: Sector; name: string; position: string }[];
  agenda: { title: string; kind: "PETA" | "GRAFIK" | "SKOR" | "TINDAKAN" | "LAINNYA"; indicator: string | null; areaCode: string | null; period: string | null }[];
  actions: DemoAction[];
};

/**
 * Meetings of the first kab/kota in `kelurahan` (sorted by code) and of its first kecamatan, dated relative to the
 * last data month, so they stay deterministic. The texts name the areas by their level: "Kota" and "Kelurahan" in
 * Kota Metro, "Kabupaten" and "Desa" in most of East Java (the provinsi and nasional bench datasets).
 */
export function generateMeetings(kelurahan: DemoKelurahan[], endPeriod: string): DemoMeeting[] {
  const kota = kelurahan[0]?.kabKotaCode;
  const kec = kelurahan[0]?.kecamatanCode;
  if (!kota || !kec) return [];
  const inKota = kelurahan.filter((k) => k.kabKotaCode === kota);
  const kelInKec = inKota.filter((k) => k.kecamatanCode === kec);
  const kelA = kelInKec[0]!;
  const kelB = kelInKec[kelInKec.length - 1]!;
  const regency = levelLabel[regencyLevel(kota)];
  const village = (k: DemoKelurahan) => levelLabel[villageLevel(k.code)];
  const villages = (list: DemoKelurahan[]) => childrenLabel(list.map(village), "kelurahan");
  const head = (k: DemoKelurahan) => (village(k) === levelLabel.KELURAHAN ? "Lurah" : "Kepala Desa");
  const m1 = addMonths(endPeriod, -5);
  // The kecamatan's rembuk reviews the August weighing, so it meets the month after, once the data is in (the demo's
  // data of a month is entered on the 5th of the next: entered-at.ts).
  const m2 = addMonths(endPeriod, -2);
  const m2Meeting = addMonths(m2, 1);
  const name = (i: number) => ATTENDEE_NAMES[i % ATTENDEE_NAMES.length]!;
  return [
    {
      level: "KOTA", areaCode: kota, date: `${m1}-12`, place: `Aula Bappeda ${regency}`, kind: "RAPAT_RUTIN",
      title: `Rapat Rutin Pokjanal Posyandu ${regency} Semester I`,
      attendees: [
        { sector: "DINKES", name: name(0), position: "Kepala Dinas Kesehatan" },
        { sector: "DINKES", name: name(7), position: "Pengelola Program Gizi" },
        { sector: "BAPPEDA", name: name(1), position: "Kabid Sosial Budaya" },
        { sector: "DP3AP2KB", name: name(2), position: "Sekretaris Dinas" },
        { sector: "DINSOS", name: name(3), position: "Kasi Pemberdayaan" },
        { sector: "PMD", name: name(4), position: "Kabid Kelembagaan" },
        { sector: "TP_PKK", name: name(5), position: "Ketua Pokja IV TP-PKK" },
      ],
      agenda: [
        { title: "Tindak lanjut rapat sebelumnya", kind: "TINDAKAN", indicator: null, areaCode: kota, period: null },
        { title: "Prevalensi stunting per kecamatan (Februari)", kind: "PETA", indicator: "stunting", areaCode: kota, period: `${m1.slice(0, 4)}-02` },
        { title: "Posyandu Purnama + Mandiri per kecamatan", kind: "GRAFIK", indicator: "purnama_mandiri", areaCode: kota, period: String(Number(m1.slice(0, 4)) - 1) },
      ],
      actions: [
        {
          text: "Pelatihan dasar kader bagi posyandu yang kadernya belum terlatih", ownerSector: "DINKES", ownerName: name(7),
          dueDate: `${addMonths(m1, 2)}-28`, status: "SELESAI", areaCode: kota, indicator: "kader_terlatih", fundingSource: "APBD",
          progress: [
            { date: `${addMonths(m1, 1)}-10`, note: "Jadwal pelatihan disusun bersama puskesmas.", newStatus: "PROSES" },
            { date: `${addMonths(m1, 2)}-25`, note: "Pelatihan angkatan I selesai, 40 kader.", newStatus: "SELESAI" },
          ],
        },
        {
          text: `Penambahan kader dengan SK ${head(kelA)} di ${village(kelA)} ${kelA.name}`, ownerSector: "PMD", ownerName: name(4),
          dueDate: `${addMonths(m1, 3)}-28`, status: "PROSES", areaCode: kelA.code, indicator: "posyandu_kader_cukup", fundingSource: "APBD",
          progress: [{ date: `${addMonths(m1, 2)}-05`, note: "Usulan calon kader dari RW sudah masuk.", newStatus: "PROSES" }],
        },
        {
          text: "Pengadaan alat ukur antropometri untuk posyandu yang belum lengkap", ownerSector: "BAPPEDA", ownerName: name(1),
          dueDate: `${addMonths(endPeriod, 2)}-28`, status: "BELUM", areaCode: kota, indicator: null, fundingSource: "APBD", progress: [],
        },
        {
          text: "Sosialisasi dana sehat melalui forum RW", ownerSector: "TP_PKK", ownerName: name(5),
          dueDate: `${addMonths(m1, 1)}-28`, status: "BATAL", areaCode: kota, indicator: null, fundingSource: null,
          progress: [{ date: `${addMonths(m1, 1)}-20`, note: "Digabung dengan kegiatan PKK bulan berikutnya.", newStatus: "BATAL" }],
        },
      ],
    },
    {
      level: "KECAMATAN", areaCode: kec, date: `${m2Meeting}-20`, place: "Aula Kantor Camat", kind: "REMBUK_STUNTING",
      title: "Rembuk Stunting Tingkat Kecamatan",
      attendees: [
        { sector: "CAMAT", name: name(8), position: "Camat" },
        { sector: "LURAH", name: name(9), position: `${head(kelA)} ${kelA.name}` },
        { sector: "LURAH", name: name(11), position: `${head(kelB)} ${kelB.name}` },
        { sector: "PUSKESMAS", name: name(10), position: "Bidan Koordinator" },
        { sector: "TP_PKK", name: name(5), position: "Ketua TP-PKK Kecamatan" },
      ],
      agenda: [
        { title: `Prevalensi stunting per ${villages(kelInKec)} (Agustus)`, kind: "SKOR", indicator: "stunting", areaCode: kec, period: m2 },
        { title: "Kelengkapan laporan bulanan posyandu", kind: "GRAFIK", indicator: "kelengkapan_laporan", areaCode: kec, period: m2 },
      ],
      actions: [
        {
          text: "Verifikasi laporan bulanan yang mencatat D lebih besar dari S", ownerSector: "PUSKESMAS", ownerName: name(10),
          dueDate: `${addMonths(m2Meeting, 1)}-15`, status: "SELESAI", areaCode: kec, indicator: "d_s", fundingSource: null,
          progress: [{ date: `${addMonths(m2Meeting, 1)}-12`, note: "Tiga laporan dikoreksi bersama kader.", newStatus: "SELESAI" }],
        },
        {
          text: `Kunjungan rumah balita 2T dan BGM di ${village(kelB)} ${kelB.name}`, ownerSector: "LURAH", ownerName: name(11),
          dueDate: `${addMonths(m2Meeting, 1)}-28`, status: "BELUM", areaCode: kelB.code, indicator: "stunting", fundingSource: `Dana ${village(kelB)}`, progress: [],
        },
      ],
    },
  ];
}
