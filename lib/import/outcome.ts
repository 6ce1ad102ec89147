// What an import answers a person: the outcome with at most MAX_ISSUES_SHOWN of its issues (in the order the
// checks found them) and their total. The web page shows this; a 1M-row file can carry a million warnings.
import type { ImportOutcome } from "./engine";

export const MAX_ISSUES_SHOWN = 1000;

export type ShownOutcome = ImportOutcome & { issuesTotal: number };

export function shownOutcome(outcome: ImportOutcome): ShownOutcome {
  return { ...outcome, issues: outcome.issues.slice(0, MAX_ISSUES_SHOWN), issuesTotal: outcome.issues.length };
}
