// The demo's past Pokjanal meetings: written with the kota demo (persist.ts) and
// added after the bulk seed of the provinsi and nasional datasets, whose first
// kab/kota gets the same two meetings (the bench exports one as a meeting pack).
import type { Db } from "../db/client";
import type { DemoMeeting } from "./generate-meetings";
import { DemoSeedError } from "./persist";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const date = (ymd: string) => new Date(`${ymd}T00:00:00.000Z`);

/** Writes the meetings with their attendees, agenda, actions and progress (`adminId` creates them). */
export async function writeMeetings(tx: Tx, meetings: readonly DemoMeeting[], adminId: number | null): Promise<void> {
  for (const m of meetings) {
    await tx.meeting.create({
      data: {
        level: m.level, areaCode: m.areaCode, date: date(m.date), place: m.place, kind: m.kind, title: m.title, createdById: adminId,
        attendees: { create: m.attendees },
        agenda: { create: m.agenda.map((a, i) => ({ ...a, order: i + 1 })) },
        actions: {
          create: m.actions.map(({ progress, dueDate, ...a }) => ({
            ...a,
            dueDate: date(dueDate),
            closedAt: a.status === "SELESAI" || a.status === "BATAL" ? date(progress[progress.length - 1]?.date ?? dueDate) : null,
            progress: { create: progress.map((p) => ({ ...p, date: date(p.date), authorId: adminId })) },
          })),
        },
      },
    });
  }
}

/**
 * Adds `meetings` to a demo database that has none yet and returns how many were written (0 when it already has
 * meetings, so running it again changes nothing). Refuses a database without the demo flag: real meetings are
 * never mixed with invented ones.
 */
export async function addDemoMeetings(db: Db, meetings: readonly DemoMeeting[]): Promise<number> {
  const flag = await db.setting.findUnique({ where: { key: "demo" } });
  if (flag?.value !== "1") throw new DemoSeedError("Basis data ini bukan basis data demo: rapat demo tidak ditambahkan.");
  return db.$transaction(async (tx) => {
    if ((await tx.meeting.count()) > 0) return 0;
    const admin = await tx.user.findUnique({ where: { username: "admin" }, select: { id: true } });
    await writeMeetings(tx, meetings, admin?.id ?? null);
    return meetings.length;
  });
}
