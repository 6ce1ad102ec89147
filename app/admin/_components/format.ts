// Date-time display of the admin pages (id-ID, WIB).
const dateTime = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Asia/Jakarta" });

/** A moment as "12 Mei 2026, 14.05 WIB". */
export function formatDateTime(d: Date): string {
  return `${dateTime.format(d)} WIB`;
}

/** "Kecamatan Metro Pusat", "Kota Metro": the level word once, even when the official name already has it. */
export function areaLabel(levelWord: string, name: string): string {
  return name.toLowerCase().startsWith(levelWord.toLowerCase()) ? name : `${levelWord} ${name}`;
}
