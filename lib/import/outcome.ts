// What an import answers a person: the outcome with at most MAX_ISSUES_SHOWN of its issues and the totals. A
// 1M-row file can carry a million warnings; the errors (what stops the file) are shown first so that warnings
// never hide them, and the banner counts every error, not only the shown ones.
import type { ImportOutcome } from "./engine";

export const MAX_ISSUES_SHOWN = 1000;

export type ShownOutcome = ImportOutcome & { issuesTotal: number; errorsTotal: number };

export function shownOutcome(outcome: ImportOutcome): ShownOutcome {
  const errors = outcome.issues.filter((i) => i.severity === "error");
  const warnings = outcome.issues.filter((i) => i.severity !== "error");
  const issues = [...errors.slice(0, MAX_ISSUES_SHOWN), ...warnings.slice(0, Math.max(0, MAX_ISSUES_SHOWN - errors.length))];
  return { ...outcome, issues, issuesTotal: outcome.issues.length, errorsTotal: errors.length };
}
