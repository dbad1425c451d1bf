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
