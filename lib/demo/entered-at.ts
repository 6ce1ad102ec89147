// When the demo's data of a month was "entered": the 5th of the following month (a deterministic "data terakhir").
// The demo meetings are dated after the data they review was in (tests/demo/demo.test.ts).
import { addMonths } from "../period";

const entered = new Map<string, Date>();

/** The entry time of a month's demo reports and weighings (memoised: the bulk loader asks once per row). */
export function demoEnteredAt(period: string): Date {
  let d = entered.get(period);
  if (!d) entered.set(period, (d = new Date(`${addMonths(period, 1)}-05T02:00:00.000Z`)));
  return d;
}
