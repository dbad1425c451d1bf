/**
 * The in-memory workbook behind the Office.js fake (`excelFake.ts`): sheets of cells (value, formula,
 * number format, format), tables, conditional formats, data validations, names, settings, and what
 * Excel does to them (inserting table rows shifts the cells below, deleting a sheet turns the names
 * into it into `#REF!`, a string typed into a General cell may become a number or a formula).
 *
 * It has no Node-only import: the task pane's browser tests bundle it with the fake.
 */
import { a1, columnLetters, parseRange, quoteSheet } from "../../src/sheets/address";

export type FakeValue = number | string | boolean | null | { error: string };

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeBorders {
  top?: string;
  bottom?: string;
  left?: string;
  right?: string;
  color?: string;
}

export interface FakeFormat {
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  size?: number;
  fontColor?: string;
  fill?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  borders?: FakeBorders;
  locked?: boolean;
}

export interface FakeCell {
  value: FakeValue;
  /** `=…`, English. */
  formula?: string;
  numberFormat?: string;
  format?: FakeFormat;
}

export interface FakeConditionalFormat {
  range: string;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  stopIfTrue?: boolean;
}

export interface FakeValidation {
  range: string;
  type: string;
  /** Without `=`; a literal list as `"a,b"` (with the quotes), as exceljs and the xlsx file keep it. */
  formulae: string[];
  operator?: string;
  allowBlank: boolean;
  showError: boolean;
  errorStyle: string;
  errorTitle?: string;
  error?: string;
  showPrompt: boolean;
  promptTitle?: string;
  prompt?: string;
}

export interface FakePageLayout {
  landscape?: boolean;
  paperSize?: string;
  fitToWidth?: boolean;
  /** Pages across when fitting to width. */
  pagesWide?: number;
  /** Margins in points (Office.js's unit), rounded to 0.1. */
  margins?: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** `$1:$3` */
  printTitleRows?: string;
  /** `$A:$C` */
  printTitleColumns?: string;
  /** 0-based rows with a manual page break above them. */
  rowBreaks?: number[];
  /** `A3:K40`, without `$`. */
  printArea?: string;
}

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

let nextId = 1;

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly debugInfo: { code: string; message: string; errorLocation?: string } = { code, message },
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export class FakeSheet {
  readonly id = `{fake-sheet-${nextId++}}`;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  deleted = false;
  readonly cells = new Map<number, FakeCell>();
  /** Points, by 0-based column. */
  readonly columnWidths = new Map<number, number>();
  /** Points, by 0-based row (only rows given a height). */
  readonly rowHeights = new Map<number, number>();
  merges: string[] = [];
  /** Index 0 has the highest priority. */
  conditionalFormats: FakeConditionalFormat[] = [];
  validations: FakeValidation[] = [];
  freeze?: { rows: number; columns: number };
  tabColor = "";
  protected = false;
  pageLayout: FakePageLayout = {};

  constructor(public name: string) {}

  static key(row: number, col: number): number {
    return row * MAX_COLUMNS + col;
  }

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(FakeSheet.key(row, col));
  }

  ensure(row: number, col: number): FakeCell {
    const k = FakeSheet.key(row, col);
    let c = this.cells.get(k);
    if (!c) this.cells.set(k, (c = { value: null }));
    return c;
  }

  /** Bottom-right of what holds anything (value, formula, format), or undefined when empty. */
  usedRect(): Rect | undefined {
    let r: Rect | undefined;
    for (const k of this.cells.keys()) {
      const row = Math.floor(k / MAX_COLUMNS);
      const col = k % MAX_COLUMNS;
      if (!r) r = { top: row, left: col, bottom: row, right: col };
      else {
        r.top = Math.min(r.top, row);
        r.left = Math.min(r.left, col);
        r.bottom = Math.max(r.bottom, row);
        r.right = Math.max(r.right, col);
      }
    }
    return r;
  }
}

export class FakeTable {
  readonly id = `${nextId++}`;
  style = "TableStyleMedium2";
  showHeaders = true;
  showTotals = false;
  deleted = false;

  constructor(
    public name: string,
    public sheet: FakeSheet,
    /** Whole table: header, body, totals. */
    public rect: Rect,
  ) {}

  get bodyRect(): Rect {
    const top = this.rect.top + (this.showHeaders ? 1 : 0);
    const bottom = this.rect.bottom - (this.showTotals ? 1 : 0);
    return { top, left: this.rect.left, bottom, right: this.rect.right };
  }

  get headerRect(): Rect {
    return { top: this.rect.top, left: this.rect.left, bottom: this.rect.top, right: this.rect.right };
  }

  headers(): string[] {
    const out: string[] = [];
    for (let c = this.rect.left; c <= this.rect.right; c++) out.push(displayText(this.sheet.cell(this.rect.top, c)?.value ?? null));
    return out;
  }
}

export function displayText(v: FakeValue): string {
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

export function rectA1(r: Rect): string {
  const from = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? from : `${from}:${a1(r.bottom, r.right)}`;
}

/** `A1`, `A1:C3`, `A:C` (whole columns), `2:4` (whole rows), `$A$1`. */
export function parseAddress(text: string): Rect | undefined {
  const t = text.replace(/\$/g, "").trim();
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(t);
  if (cols) {
    const a = parseRange(`${cols[1]}1:${cols[2]}1`)!;
    return { top: 0, bottom: MAX_ROWS - 1, left: a.left, right: a.right };
  }
  const rows = /^(\d+):(\d+)$/.exec(t);
  if (rows) return { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: MAX_COLUMNS - 1 };
  return parseRange(t);
}

/** Splits `'My sheet'!A1:B2` into the sheet name (unquoted) and the local address. */
export function splitSheetAddress(text: string): { sheet?: string; address: string } {
  const t = text.replace(/^=/, "");
  const i = t.lastIndexOf("!");
  if (i < 0) return { address: t };
  const s = t.slice(0, i);
  return { sheet: s.startsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s, address: t.slice(i + 1) };
}

export function rectsIntersect(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

const ERROR_TEXTS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!"];

/**
 * What Excel stores when a string is written through `Range.values` into a cell that is not formatted
 * as text: Office.js documents that a value starting with `+`, `-` or `=` is interpreted as a formula
 * (Excel.Range.values in @types/office-js), and Excel parses numbers, percentages and booleans the way
 * it does when they are typed. `@` starts Excel's implicit-intersection operator, also a formula.
 */
export function excelParse(text: string): { value: FakeValue; formula?: string } {
  const t = text.trim();
  if (text.startsWith("=")) return { value: null, formula: text };
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return { value: Number(t) };
  if (/^[+-]?(\d+\.?\d*|\.\d+)\s*%$/.test(t)) return { value: Number(t.replace("%", "")) / 100 };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  if (ERROR_TEXTS.includes(t.toUpperCase())) return { value: { error: t.toUpperCase() } };
  if (/^[+\-@]/.test(text)) return { value: null, formula: "=" + text };
  return { value: text };
}

export interface CellWrite {
  sync: number;
  sheet: string;
  address: string;
  kind: "value" | "formula" | "numberFormat";
  value: unknown;
}

/** The workbook state; `FakeExcel` (excelFake.ts) wraps it with the Office.js API surface. */
export class FakeWorkbookState {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  /** By lower-case name. */
  readonly names = new Map<string, { name: string; formula: string; comment?: string }>();
  readonly settings = new Map<string, unknown>();
  date1904 = false;
  activeSheet?: FakeSheet;
  selection?: { sheet: string; address: string };
  /** Every cell write through the API, in order (tests assert "exactly the changed cells"). */
  readonly cellWrites: CellWrite[] = [];
  /** The sync being executed (set by the fake's request context). */
  currentSync = 0;

  sheet(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  mustSheet(name: string): FakeSheet {
    const s = this.sheet(name);
    if (!s) throw new FakeOfficeError("ItemNotFound", `La feuille « ${name} » n'existe pas (fake).`);
    return s;
  }

  table(name: string): FakeTable | undefined {
    const lower = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower);
  }

  mustTable(name: string): FakeTable {
    const t = this.table(name);
    if (!t) throw new FakeOfficeError("ItemNotFound", `La table « ${name} » n'existe pas (fake).`);
    return t;
  }

  addSheet(name: string, position?: number): FakeSheet {
    if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new FakeOfficeError("InvalidArgument", `Nom de feuille invalide : ${name}`);
    if (this.sheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `La feuille « ${name} » existe déjà.`);
    const s = new FakeSheet(name);
    if (position === undefined || position >= this.sheets.length) this.sheets.push(s);
    else this.sheets.splice(Math.max(0, position), 0, s);
    this.activeSheet ??= s;
    return s;
  }

  deleteSheet(sheet: FakeSheet): void {
    if (this.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0)
      throw new FakeOfficeError("InvalidOperation", "Un classeur doit garder au moins une feuille visible.");
    this.sheets = this.sheets.filter((s) => s !== sheet);
    sheet.deleted = true;
    for (const t of this.tables) if (t.sheet === sheet) t.deleted = true;
    this.tables = this.tables.filter((t) => !t.deleted);
    // Excel keeps the names and turns their reference into #REF!.
    for (const n of this.names.values()) if (namesSheet(n.formula) === sheet.name.toLowerCase()) n.formula = "=#REF!";
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0];
  }

  moveSheet(sheet: FakeSheet, position: number): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.sheets.splice(Math.min(Math.max(0, position), this.sheets.length), 0, sheet);
  }

  addTable(sheet: FakeSheet, rect: Rect, hasHeaders: boolean, name?: string): FakeTable {
    for (const t of this.tables)
      if (t.sheet === sheet && rectsIntersect(t.rect, rect)) throw new FakeOfficeError("InvalidOperation", `Les tables ne peuvent pas se chevaucher (${t.name}).`);
    let r = rect;
    if (!hasHeaders) {
      // Excel inserts a header row above the data.
      this.shiftDown(sheet, rect.top, rect.left, rect.right, 1);
      r = { ...rect, bottom: rect.bottom + 1 };
    }
    const seen = new Set<string>();
    for (let c = r.left; c <= r.right; c++) {
      const cell = sheet.ensure(r.top, c);
      let h = displayText(cell.formula ? null : cell.value);
      if (!h) h = `Column${c - r.left + 1}`;
      let unique = h;
      for (let i = 2; seen.has(unique.toLowerCase()); i++) unique = `${h}${i}`;
      seen.add(unique.toLowerCase());
      cell.value = unique;
      delete cell.formula;
    }
    let tableName = name;
    if (!tableName) for (let i = 1; !tableName || this.table(tableName); i++) tableName = `Table${i}`;
    this.checkNewTableName(tableName);
    const t = new FakeTable(tableName, sheet, r);
    if (r.bottom === r.top) t.rect = { ...r, bottom: r.top + 1 }; // a table always has one body row
    this.tables.push(t);
    return t;
  }

  checkNewTableName(name: string, except?: FakeTable): void {
    if (!/^[A-Za-z_\\\u00C0-\u024F][\w.\u00C0-\u024F]*$/.test(name)) throw new FakeOfficeError("InvalidArgument", `Nom de table invalide : ${name}`);
    const other = this.table(name);
    if ((other && other !== except) || this.names.has(name.toLowerCase()))
      throw new FakeOfficeError("ItemAlreadyExists", `Le nom « ${name} » est déjà utilisé.`);
  }

  /** Moves the cells of columns left..right at and below `fromRow` down by `count` rows. */
  shiftDown(sheet: FakeSheet, fromRow: number, left: number, right: number, count: number): void {
    const moved: [number, FakeCell][] = [];
    for (const [k, cell] of sheet.cells) {
      const row = Math.floor(k / MAX_COLUMNS);
      const col = k % MAX_COLUMNS;
      if (row >= fromRow && col >= left && col <= right) moved.push([k, cell]);
    }
    for (const [k] of moved) sheet.cells.delete(k);
    for (const [k, cell] of moved) sheet.cells.set(k + count * MAX_COLUMNS, cell);
    for (const t of this.tables)
      if (t.sheet === sheet && t.rect.left >= left && t.rect.right <= right && t.rect.top >= fromRow)
        t.rect = { ...t.rect, top: t.rect.top + count, bottom: t.rect.bottom + count };
  }

  /** Moves the cells of columns left..right below `fromRow` up by `count` rows (the rows fromRow..fromRow+count-1 are removed). */
  shiftUp(sheet: FakeSheet, fromRow: number, left: number, right: number, count: number): void {
    const entries = [...sheet.cells.entries()];
    for (const [k] of entries) {
      const row = Math.floor(k / MAX_COLUMNS);
      const col = k % MAX_COLUMNS;
      if (row >= fromRow && col >= left && col <= right) sheet.cells.delete(k);
    }
    for (const [k, cell] of entries) {
      const row = Math.floor(k / MAX_COLUMNS);
      const col = k % MAX_COLUMNS;
      if (row >= fromRow + count && col >= left && col <= right) sheet.cells.set(k - count * MAX_COLUMNS, cell);
    }
    for (const t of this.tables)
      if (t.sheet === sheet && t.rect.left >= left && t.rect.right <= right && t.rect.top >= fromRow + count)
        t.rect = { ...t.rect, top: t.rect.top - count, bottom: t.rect.bottom - count };
  }

  /**
   * Inserts `count` rows into a table's body at `index` (0-based; the end when undefined), as
   * `TableRowCollection.add` and a user's "Insert table rows" do: the cells of the table's columns
   * below move down, the new rows take the format of the row above, and `values` fill them.
   */
  insertTableRows(table: FakeTable, index: number | undefined, count: number, values?: unknown[][], asTyped = false): number {
    const body = table.bodyRect;
    const bodyRows = body.bottom - body.top + 1;
    const at = index === undefined || index < 0 || index > bodyRows ? bodyRows : index;
    const firstRow = body.top + at;
    this.shiftDown(table.sheet, firstRow, table.rect.left, table.rect.right, count);
    table.rect = { ...table.rect, bottom: table.rect.bottom + count };
    const styleRow = at > 0 ? firstRow - 1 : firstRow + count;
    for (let i = 0; i < count; i++)
      for (let c = table.rect.left; c <= table.rect.right; c++) {
        const src = table.sheet.cell(styleRow, c);
        const cell = table.sheet.ensure(firstRow + i, c);
        if (src?.numberFormat) cell.numberFormat = src.numberFormat;
        if (src?.format) cell.format = structuredCloneFormat(src.format);
        if (Array.isArray(values)) {
          const v = values[i]?.[c - table.rect.left];
          if (v !== undefined && v !== null) writeValue(cell, v, asTyped);
        }
      }
    return firstRow;
  }

  deleteTableRows(table: FakeTable, index: number, count: number): void {
    const body = table.bodyRect;
    if (body.bottom - body.top + 1 - count < 1) throw new FakeOfficeError("InvalidOperation", "Une table garde au moins une ligne.");
    this.shiftUp(table.sheet, body.top + index, table.rect.left, table.rect.right, count);
    table.rect = { ...table.rect, bottom: table.rect.bottom - count };
  }
}

function namesSheet(formula: string): string {
  return (splitSheetAddress(formula).sheet ?? "").toLowerCase();
}

function structuredCloneFormat(f: FakeFormat): FakeFormat {
  return { ...f, borders: f.borders ? { ...f.borders } : undefined };
}

/**
 * Writes one value as Excel stores it. `asTyped`: a string goes through Excel's parsing (as with
 * `Range.values`) unless the cell is formatted as text (`@`); numbers and booleans are stored as such.
 */
export function writeValue(cell: FakeCell, input: unknown, asTyped = true): void {
  if (input === null || input === undefined) return;
  if (input === "") {
    cell.value = null;
    delete cell.formula;
    return;
  }
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    delete cell.formula;
    return;
  }
  if (typeof input === "object" && input !== null && typeof (input as { error?: unknown }).error === "string") {
    cell.value = input as { error: string };
    delete cell.formula;
    return;
  }
  const text = String(input);
  if (!asTyped || cell.numberFormat === "@") {
    cell.value = text;
    delete cell.formula;
    return;
  }
  const parsed = excelParse(text);
  cell.value = parsed.value;
  if (parsed.formula) cell.formula = parsed.formula;
  else delete cell.formula;
}

/** What `Range.values` returns for a cell: "" when empty, the error text, the cached result of a formula. */
export function readValue(cell: FakeCell | undefined): string | number | boolean {
  const v = cell?.value ?? null;
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  return v;
}

/** What `Range.formulas` returns: the formula, else the constant. */
export function readFormula(cell: FakeCell | undefined): string | number | boolean {
  return cell?.formula ?? readValue(cell);
}

export function columnName(col: number): string {
  return columnLetters(col);
}

export { quoteSheet };
