// Row-level problems found while reading or validating an import file.

export type Severity = "error" | "warning";

/** One problem; `row` is the 1-based line in the file (header = 1), 0 for the whole file. */
export type ImportIssue = { row: number; column: string | null; message: string; severity: Severity };

/** "baris 7, kolom d: D (120) lebih besar dari S (100)" — the format the CLI and the page print. */
export function formatIssue(issue: ImportIssue): string {
  const where = issue.row > 0 ? `baris ${issue.row}` : "berkas";
  return issue.column ? `${where}, kolom ${issue.column}: ${issue.message}` : `${where}: ${issue.message}`;
}

/** Collects issues while a file is checked. */
export class IssueList {
  readonly items: ImportIssue[] = [];
  error(row: number, column: string | null, message: string) {
    this.items.push({ row, column, message, severity: "error" });
  }
  warning(row: number, column: string | null, message: string) {
    this.items.push({ row, column, message, severity: "warning" });
  }
  get errors() {
    return this.items.filter((i) => i.severity === "error");
  }
  get warnings() {
    return this.items.filter((i) => i.severity === "warning");
  }
  get hasErrors() {
    return this.items.some((i) => i.severity === "error");
  }
}

/** Thrown when a whole file cannot be read (wrong format, empty, too large). */
export class ImportFileError extends Error {}
