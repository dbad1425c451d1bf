/**
 * Splits a long text into lines of at most `width` characters at word boundaries. Printed sheets
 * write long legal texts one line per row: merged cells with wrapped text do not grow their row in
 * every host (exceljs and LibreOffice keep the default height), one row per line always prints whole.
 */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Characters of ordinary French text that one line of a column of `width` holds when printed: about
 * one per unit of width (Calibri in Excel, DejaVu Sans in LibreOffice at its wider column), one less
 * for the cell's padding and bold text.
 */
export function charsPerLine(width: number): number {
  return Math.max(1, Math.floor(width) - 1);
}

/** Lines a wrapped cell of `width` takes for `text`. */
export function wrappedLines(text: string, width: number): number {
  const chars = charsPerLine(width);
  // A short text on one line (most cells of a long planning) takes one line: no split needed.
  if (text.length <= chars && !/[\r\n]/.test(text)) return 1;
  // A word longer than the line is broken across lines by the spreadsheet.
  return wrapWords(text, chars).reduce((n, line) => n + Math.max(1, Math.ceil(line.length / chars)), 0);
}

/** Length of the longest word of a text (a header's column must hold it whole). */
export function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map((w) => w.length));
}
