// Word lists for the synthetic demo (posyandu are often named after flowers).

export const POSYANDU_NAMES = [
  "Melati", "Mawar", "Anggrek", "Dahlia", "Kenanga", "Cempaka", "Flamboyan", "Teratai", "Seroja", "Bougenville",
  "Kamboja", "Nusa Indah", "Asoka", "Edelweis", "Kemuning", "Sedap Malam", "Matahari", "Tulip", "Lavender", "Srikandi",
] as const;

export const FEMALE_FIRST = [
  "Siti", "Sri", "Dwi", "Tri", "Eka", "Rina", "Yuni", "Wulan", "Nur", "Endang",
  "Ratna", "Ani", "Ida", "Fitri", "Dewi", "Tuti", "Rini", "Lilis", "Umi", "Yeni",
] as const;

export const FEMALE_LAST = [
  "Lestari", "Rahayu", "Handayani", "Ningsih", "Wahyuni", "Susanti", "Purwanti", "Suryani", "Maryati", "Hidayati",
  "Mulyani", "Nurhayati", "Rahmawati", "Kurniasih", "Astuti", "Wulandari", "Sulistyowati", "Kusumawati", "Aminah", "Khasanah",
] as const;

export const MALE_NAMES = ["Budi Santoso", "Agus Salim", "Joko Susilo", "Slamet Riyadi", "Eko Prasetyo", "Hendra Gunawan"] as const;

export const ATTENDEE_NAMES = [
  "dr. Hartono", "Ir. Bambang Wibowo", "Dra. Sumarni", "Suhendra, S.Sos.", "Rusdi, S.IP.", "Hj. Murniati",
  "Drs. Agus Riyanto", "Yulianti, S.KM.", "Ns. Wahyu Lestari", "Fauzi, S.H.", "Endah Sari, A.Md.Keb.", "Taufik Hidayat, S.E.",
] as const;
