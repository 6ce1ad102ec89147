// The periods the agenda form offers first. Not the current month, which has no
// reports yet: the meeting's data month, and for nutrition its last Feb/Aug weighing.
import { dataMonthFor } from "@/lib/queries/meeting-snapshot";
import { addMonths, measurementAtOrBefore, measurementFor } from "@/lib/period";

/** `month`: for monthly indicators and the scorecard; `measurement`: for stunting, wasting, underweight. */
export type AgendaPeriods = { month: string; measurement: string };

/**
 * The data month of the meeting (the month before it, capped at the latest month with data) and the Feb/Aug weighing
 * read with it (capped at the latest weighing with data). Without data yet: the month before the meeting and the
 * Feb/Aug at or before it, still the periods the room will want once the data is in.
 */
export function agendaPeriods(meetingDate: Date, latest: { month: string | null; measurement: string | null }): AgendaPeriods {
  const month = dataMonthFor(meetingDate, latest.month) ?? addMonths(meetingDate.toISOString().slice(0, 7), -1);
  return { month, measurement: measurementFor(month, latest.measurement) ?? measurementAtOrBefore(month) };
}
