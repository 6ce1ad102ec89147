// A fast path for readCsv: most files are one record per line, quoted (if at all) the way
// Excel and LibreOffice quote ("SOKA""AN"). Such text splits on line endings and the
// delimiter into exactly what csv-parse returns with readCsv's options, at a fraction of its
// time and garbage. Anything else (a line break inside quotes, a stray or unclosed quote)
// gives null and csv-parse reads the whole file, with its own results and errors.

/** A kept record: its 1-based line in the file and its cells. */
export type SplitRow = { line: number; cells: string[] };

/**
 * The records of `text` split on any line ending (\r\n, \n, \r) and on `delimiter`, filtered by
 * `keep` like csv-parse's on_record; null when a line's quoting needs csv-parse.
 */
export function splitSimpleCsv(text: string, delimiter: string, keep: (cells: string[], line: number) => SplitRow | null): SplitRow[] | null {
  const rows: SplitRow[] = [];
  // Line by line rather than split(): a 1M-line file would hold every line's string at once.
  const eol = /\r\n|\n|\r/g;
  // Most files end lines with \n only: indexOf finds those faster than the regex and allocates nothing.
  const lfOnly = !text.includes("\r");
  let line = 0;
  // A final line ending ends the last record; it does not start an empty one (nor does "" hold one).
  for (let start = 0; start < text.length; ) {
    let end: number;
    let next: number;
    if (lfOnly) {
      const lf = text.indexOf("\n", start);
      end = lf < 0 ? text.length : lf;
      next = lf < 0 ? end : lf + 1;
    } else {
      eol.lastIndex = start;
      const m = eol.exec(text);
      end = m ? m.index : text.length;
      next = m ? end + m[0].length : end;
    }
    const record = text.slice(start, end);
    const cells = record.includes('"') ? splitQuoted(record, delimiter) : record.split(delimiter);
    if (!cells) return null;
    const row = keep(cells, ++line);
    if (row) rows.push(row);
    start = next;
  }
  return rows;
}

const QUOTE = 34; // "

/**
 * True when splitSimpleCsv will not give up on `text`: every line holding a quote splits the simple way. Checked
 * before reading because the reader hands rows to a sink as it goes (a 1M-row import stages them), and a split
 * that gave up halfway could not take back the rows it had already passed on. Only lines with a quote are looked at.
 */
export function isSimpleCsv(text: string, delimiter: string): boolean {
  for (let q = text.indexOf('"'); q >= 0; ) {
    const start = Math.max(text.lastIndexOf("\n", q), text.lastIndexOf("\r", q)) + 1;
    const lf = text.indexOf("\n", q);
    const cr = text.indexOf("\r", q);
    const end = lf < 0 ? (cr < 0 ? text.length : cr) : cr < 0 ? lf : Math.min(lf, cr);
    if (!splitQuoted(text.slice(start, end), delimiter)) return false;
    q = text.indexOf('"', end);
  }
  return true;
}

/** One line's cells where quotes only wrap whole cells (doubled inside); null for any other use of a quote. */
function splitQuoted(record: string, delimiter: string): string[] | null {
  const cells: string[] = [];
  for (let at = 0; ; ) {
    if (record.charCodeAt(at) !== QUOTE) {
      const next = record.indexOf(delimiter, at);
      const cell = record.slice(at, next < 0 ? record.length : next);
      if (cell.includes('"')) return null; // a quote inside an unquoted cell
      cells.push(cell);
      if (next < 0) return cells;
      at = next + delimiter.length;
      continue;
    }
    let value = "";
    for (let from = at + 1; ; ) {
      const close = record.indexOf('"', from);
      if (close < 0) return null; // unclosed here: a line break inside quotes, or a broken file
      value += record.slice(from, close);
      if (record.charCodeAt(close + 1) === QUOTE) {
        value += '"';
        from = close + 2;
        continue;
      }
      at = close + 1;
      break;
    }
    cells.push(value);
    if (at === record.length) return cells;
    if (!record.startsWith(delimiter, at)) return null; // text after the closing quote
    at += delimiter.length;
  }
}
