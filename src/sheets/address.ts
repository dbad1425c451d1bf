/** A1 addresses. Rows and columns are 0-based in code, 1-based in what users read. */

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `B5` for (row 4, col 1). */
export function a1(row: number, col: number): string {
  return columnLetters(col) + (row + 1);
}

/** `A1:C10`. */
export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  return `${a1(top, left)}:${a1(bottom, right)}`;
}

/** `$A$1:$A$10`, for defined names and validation lists. */
export function absoluteRange(top: number, left: number, bottom: number, right: number): string {
  const abs = (r: number, c: number): string => `$${columnLetters(c)}$${r + 1}`;
  return `${abs(top, left)}:${abs(bottom, right)}`;
}

/** Sheet name as formulas need it: quoted when it holds anything but letters, digits, `_`. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `Taches!H12`, what alerts show and the task pane selects. */
export function sheetCell(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!${a1(row, col)}`;
}

/** Parses `B5` or `$B$5` into 0-based row and column. */
export function parseA1(text: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(text.trim());
  if (!m) return undefined;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Parses `A1:C10` (a single cell gives a 1×1 range). */
export function parseRange(text: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const [from, to] = text.split(":");
  const a = parseA1(from);
  const b = to === undefined ? a : parseA1(to);
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}
