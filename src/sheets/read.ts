/**
 * Reading input tables through their spec: a table bound to the snapshot gives typed values per cell,
 * and every cell that cannot be used becomes an alert naming the sheet, row, column and cell — never an
 * exception. Parsers in `src/sheets/<area>.ts` use this to turn rows into domain objects.
 */
import { AlertSink, type Alert, type Severity } from "../core/alerts";
import { dayFromSerial, parseDateText, serialFromDay, type DayNumber } from "../core/dates/civil";
import { minutesFromDayFraction, parseTimeText, type Minutes } from "../core/dates/time";
import { centsFromEuros, type Cents } from "../core/money";
import { FRAME_RATES, isTimecodeError, parseTimecodeValue } from "../core/timecode";
import { headerIndex } from "../workbook/patch";
import { findTable, normalizeHeader, type Snapshot, type TableSnapshot } from "../workbook/snapshot";
import { columnLetters, quoteSheet, sheetCell } from "./address";
import type { ColumnSpec, TableSpec } from "./spec";
import { displayValue, isBlank, isCellError, type CellValue } from "../workbook/values";

/** A cell read as a date: an Excel serial of the workbook's date system, or a typed date text (jj/mm/aaaa). */
export function dayOfCell(v: CellValue | undefined, date1904: boolean): DayNumber | undefined {
  return typeof v === "number" ? dayFromSerial(v, date1904) : typeof v === "string" ? parseDateText(v) : undefined;
}

export interface BoundTable {
  spec: TableSpec;
  snapshot: TableSnapshot;
  /** Column index in the snapshot for each spec header (-1 when missing). */
  columnIndex: Map<string, number>;
  /** Each spec header bound once: row getters look a column up once per cell, not three times. */
  columns: Map<string, BoundColumn>;
  rows: RowReader[];
  /**
   * Cells a typed getter has read (data row × spec column): `reportUnreadCells` checks the others by
   * their declared type, so that a row a parser skips or a column no feature reads still has its bad
   * cells reported.
   */
  read: Uint8Array;
  /**
   * Spec headers that appear twice in the table. Read from the first column, never written: with two
   * columns of one name Cap PAD cannot know which one is its own (the other may be what the user typed).
   */
  ambiguous: Set<string>;
}

/**
 * A spec column bound to the table: its position in the spec (the `read` bitmap's column), in the
 * snapshot, and the address of its cells without the row number. Built once per table rather than
 * looked up three times per cell, with `sheetCell` (a regex and a string build) once per column: with
 * the lazy places of crew/place.ts, reading the year workbook's 19,760 séances, 3,000 contracts and
 * 5,000 tasks went from 296 to 121 ms (first run of each reader in a process, best of 3).
 */
export interface BoundColumn {
  spec?: ColumnSpec;
  /** Position in the spec, -1 for a header the spec does not have. */
  j: number;
  /** Column index in the snapshot, -1 when the table lacks the column. */
  at: number;
  /** `Taches!F`: a cell's address is this and its sheet row (the table's first column when missing). */
  prefix: string;
}

function bindColumns(snap: TableSnapshot, spec: TableSpec, columnIndex: Map<string, number>): Map<string, BoundColumn> {
  const sheet = quoteSheet(snap.sheet) + "!";
  const columns = new Map<string, BoundColumn>();
  spec.columns.forEach((c, j) => {
    const at = columnIndex.get(c.header) ?? -1;
    columns.set(c.header, { spec: c, j, at, prefix: sheet + columnLetters(snap.left + Math.max(0, at)) });
  });
  return columns;
}

/** What a getter asked for a header outside the spec reads: nothing, placed on the table's first column. */
const unknownColumns = new WeakMap<TableSnapshot, BoundColumn>();

function unknownColumn(snap: TableSnapshot): BoundColumn {
  let c = unknownColumns.get(snap);
  if (!c) unknownColumns.set(snap, (c = { j: -1, at: -1, prefix: quoteSheet(snap.sheet) + "!" + columnLetters(snap.left) }));
  return c;
}

/** Largest magnitude accepted as a plain number (beyond, a cell is garbage for every quantity we read). */
const MAX_NUMBER = 1e12;

/**
 * A number no cell of ours can mean, whatever its column: a frame count included (10^12 frames at
 * 60 ips is over 500 years, while the timecode module itself goes to 10^15 for exact sums).
 */
export function isHugeNumber(v: unknown): boolean {
  return typeof v === "number" && Math.abs(v) > MAX_NUMBER;
}

export interface NumberOptions {
  min?: number;
  max?: number;
  integer?: boolean;
  required?: boolean;
  /** What the number is, in French, for the message: "un nombre de jours". */
  what?: string;
}

/**
 * Binds a table: alerts for a missing table (when `required`), missing columns, duplicated headers.
 * Returns undefined when the table is absent.
 */
export function bindTable(snapshot: Snapshot, spec: TableSpec, sink: AlertSink, opts: { required?: boolean } = {}): BoundTable | undefined {
  const snap = findTable(snapshot, spec.name);
  if (!snap) {
    if (opts.required)
      sink.add({
        code: "TABLE_ABSENTE",
        severity: "error",
        sheet: spec.sheet,
        row: 0,
        id: "",
        cell: "",
        message: `Table « ${spec.name} » introuvable : insérez le modèle ou renommez votre tableau « ${spec.name} » (Création de tableau > Nom du tableau).`,
      });
    return undefined;
  }
  const columnIndex = new Map<string, number>();
  const seen = new Map<string, number>();
  const ambiguous = new Set<string>();
  snap.headers.forEach((h, i) => {
    const key = normalizeHeader(String(h ?? ""));
    if (key && seen.has(key)) {
      const written = spec.columns.find((c) => normalizeHeader(c.header) === key && (c.computed || c.writableBy));
      if (written) ambiguous.add(written.header);
      sink.add({
        code: "TABLE_EN_TETE_DOUBLE",
        severity: "warning",
        sheet: snap.sheet,
        row: snap.headerRow + 1,
        id: "",
        cell: sheetCell(snap.sheet, snap.headerRow, snap.left + i),
        message: written
          ? `Table ${spec.name} : l'en-tête « ${h} » apparaît deux fois ; Cap PAD ne sait pas laquelle des deux colonnes est la sienne et n'écrit dans aucune.`
          : `Table ${spec.name} : l'en-tête « ${h} » apparaît deux fois ; seule la première colonne est lue.`,
      });
    } else seen.set(key, i);
  });
  for (const col of spec.columns) {
    const i = headerIndex(snap.headers, col.header);
    columnIndex.set(col.header, i);
    if (i < 0 && !col.computed && !col.optional)
      sink.add({
        code: "TABLE_COLONNE_ABSENTE",
        severity: "warning",
        sheet: snap.sheet,
        row: snap.headerRow + 1,
        id: "",
        cell: sheetCell(snap.sheet, snap.headerRow, snap.left),
        message: `Table ${spec.name} : la colonne « ${col.header} » est introuvable (en-tête renommé ou supprimé) ; ses valeurs sont considérées vides.`,
      });
    if (i < 0 && col.computed)
      sink.add({
        code: "TABLE_COLONNE_CALCULEE_ABSENTE",
        severity: "info",
        sheet: snap.sheet,
        row: snap.headerRow + 1,
        id: "",
        cell: sheetCell(snap.sheet, snap.headerRow, snap.left),
        message: `Table ${spec.name} : la colonne calculée « ${col.header} » est absente ; ajoutez-la pour voir ce résultat dans la feuille.`,
      });
  }
  const columns = bindColumns(snap, spec, columnIndex);
  const table: BoundTable = { spec, snapshot: snap, columnIndex, columns, rows: [], read: new Uint8Array(snap.rows.length * spec.columns.length), ambiguous };
  // All input cells blank: the row is ignored (Excel tables often keep an empty last row).
  const inputs = [...columns.values()].filter((c) => !c.spec?.computed && c.at >= 0).map((c) => c.at);
  snap.rows.forEach((row, r) => {
    if (!inputs.every((i) => isBlank(row[i]))) table.rows.push(new RowReader(table, r, sink));
  });
  return table;
}

/** Typed access to one data row; each getter reports an unusable cell and returns undefined. */
export class RowReader {
  constructor(
    readonly table: BoundTable,
    /** 0-based data row index in the table. */
    readonly index: number,
    private readonly sink: AlertSink,
  ) {}

  /** 1-based sheet row, as Excel shows it. */
  get sheetRow(): number {
    return this.table.snapshot.headerRow + 2 + this.index;
  }

  get sheet(): string {
    return this.table.snapshot.sheet;
  }

  /** The row's ID (the spec's id column), for alerts. */
  get id(): string {
    const col = this.table.spec.idColumn;
    if (!col) return "";
    const v = this.raw(col);
    return isCellError(v) ? "" : displayValue(v).trim();
  }

  raw(header: string): CellValue {
    return this.valueIn(this.column(header));
  }

  /** `Taches!F5` of a column (the table's first column when the column is missing). */
  cell(header: string): string {
    return this.column(header).prefix + this.sheetRow;
  }

  private column(header: string): BoundColumn {
    return this.table.columns.get(header) ?? unknownColumn(this.table.snapshot);
  }

  private valueIn(column: BoundColumn): CellValue {
    return column.at < 0 ? null : (this.table.snapshot.rows[this.index][column.at] ?? null);
  }

  /** A typed getter's read: the cell is noted as read (see `seen`) and its value returned. */
  private take(header: string): CellValue {
    const column = this.column(header);
    if (column.j >= 0) this.table.read[this.index * this.table.spec.columns.length + column.j] = 1;
    return this.valueIn(column);
  }

  /** Adds an alert located on this row (and on a column when given). */
  alert(code: string, severity: Severity, message: string, header?: string, production?: string): Alert {
    const a: Alert = {
      code,
      severity,
      sheet: this.sheet,
      row: this.sheetRow,
      id: this.id,
      cell: header ? this.cell(header) : this.cell(this.table.spec.idColumn ?? this.table.spec.columns[0].header),
      message,
      production,
    };
    this.sink.add(a);
    return a;
  }

  /**
   * Notes that a typed getter reads this cell (raw() reads quietly and does not count). Readers of
   * types the row does not know (frame rates, timecodes at a given rate) call it once they accept a cell.
   */
  seen(header: string): void {
    this.take(header);
  }

  wasRead(header: string): boolean {
    const j = this.column(header).j;
    return j >= 0 && this.table.read[this.index * this.table.spec.columns.length + j] === 1;
  }

  /** Reports an unusable cell with the generic code every table shares. */
  invalid(header: string, expected: string): undefined {
    const v = this.take(header);
    const shown = isCellError(v) ? `l'erreur Excel ${v.error}` : `« ${truncate(displayValue(v))} »`;
    this.alert("CELLULE_INVALIDE", "error", `${this.cell(header)} (${header}) : ${shown} n'est pas ${expected}.`, header);
    return undefined;
  }

  private missing(header: string, required: boolean | undefined): undefined {
    const spec = this.columnSpec(header);
    if (required ?? spec?.required)
      this.alert("CELLULE_VIDE", "error", `${this.cell(header)} (${header}) : valeur obligatoire manquante.`, header);
    return undefined;
  }

  private columnSpec(header: string): ColumnSpec | undefined {
    return this.column(header).spec;
  }

  /** Text, trimmed; numbers and booleans are accepted as their text. */
  text(header: string, opts: { required?: boolean } = {}): string | undefined {
    const v = this.take(header);
    if (isCellError(v)) return this.invalid(header, "un texte");
    if (isBlank(v)) return this.missing(header, opts.required);
    return displayValue(v).trim();
  }

  number(header: string, opts: NumberOptions = {}): number | undefined {
    const v = this.take(header);
    const what = opts.what ?? "un nombre valide";
    // A column the contract declares `integer` never holds a fraction, whoever reads it.
    const integer = opts.integer ?? this.columnSpec(header)?.type === "integer";
    if (isCellError(v)) return this.invalid(header, what);
    if (isBlank(v)) return this.missing(header, opts.required);
    let n: number;
    if (typeof v === "number") n = v;
    else if (typeof v === "string") {
      // French typing: "1 234,5" is 1234.5.
      const t = v.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
      n = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : NaN;
    } else n = NaN;
    if (!Number.isFinite(n) || isHugeNumber(n)) return this.invalid(header, what);
    if (integer && !Number.isInteger(n)) return this.invalid(header, `${what} (nombre entier)`);
    if (opts.min !== undefined && n < opts.min) return this.invalid(header, `${what} (au moins ${opts.min})`);
    if (opts.max !== undefined && n > opts.max) return this.invalid(header, `${what} (au plus ${opts.max})`);
    return n;
  }

  /**
   * A date: an Excel serial in the workbook's date system, or a date typed as text (27/11/2026). A
   * text date Excel cannot hold (before 1900, or before 1904 in that date system) is refused too:
   * nothing computed from it could be written back as a date.
   */
  date(header: string, date1904: boolean, opts: { required?: boolean } = {}): DayNumber | undefined {
    const v = this.take(header);
    if (isCellError(v)) return this.invalid(header, "une date");
    if (isBlank(v)) return this.missing(header, opts.required);
    const day = dayOfCell(v, date1904);
    if (day !== undefined && serialFromDay(day, date1904) === undefined) return this.invalid(header, `une date du calendrier d'Excel (du ${date1904 ? "01/01/1904" : "01/01/1900"} au 31/12/9999)`);
    return day === undefined ? this.invalid(header, "une date valide (jj/mm/aaaa)") : day;
  }

  /** A time of day in minutes: an Excel day fraction, or text such as 9:30 or 9h30. */
  time(header: string, opts: { required?: boolean } = {}): Minutes | undefined {
    const v = this.take(header);
    if (isCellError(v)) return this.invalid(header, "une heure");
    if (isBlank(v)) return this.missing(header, opts.required);
    const m = typeof v === "number" ? (v >= 0 && v < 2 ? minutesFromDayFraction(v) : undefined) : typeof v === "string" ? parseTimeText(v) : undefined;
    return m === undefined ? this.invalid(header, "une heure valide (hh:mm)") : m;
  }

  /** A percentage as a fraction (0.5 = 50 %): cells formatted % hold fractions; a plain 50 means 50 %. */
  percent(header: string, opts: { required?: boolean } = {}): number | undefined {
    const v = this.take(header);
    if (typeof v === "string" && /%\s*$/.test(v)) {
      const n = Number(v.replace(/[%\s\u00a0\u202f]/g, "").replace(",", "."));
      return Number.isFinite(n) && n >= 0 && n <= 100 ? n / 100 : this.invalid(header, "un pourcentage entre 0 et 100 %");
    }
    const n = this.number(header, { ...opts, what: "un pourcentage entre 0 et 100 %" });
    if (n === undefined) return undefined;
    const fraction = n > 1 ? n / 100 : n;
    return fraction < 0 || fraction > 1 ? this.invalid(header, "un pourcentage entre 0 et 100 %") : fraction;
  }

  /** Euros as integer cents. */
  money(header: string, opts: { required?: boolean; min?: number } = {}): Cents | undefined {
    const v = this.take(header);
    const n = typeof v === "string" ? this.numberFromMoneyText(header, v) : this.number(header, { ...opts, what: "un montant en euros" });
    if (n === undefined) return undefined;
    if (opts.min !== undefined && n < opts.min) return this.invalid(header, `un montant d'au moins ${opts.min} €`);
    return centsFromEuros(n);
  }

  private numberFromMoneyText(header: string, v: string): number | undefined {
    if (v.trim() === "") return this.missing(header, undefined);
    const t = v.replace(/€|EUR/gi, "").replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
    const n = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : NaN;
    return Number.isFinite(n) && !isHugeNumber(n) ? n : this.invalid(header, "un montant en euros");
  }

  /** VRAI/FAUX, oui/non, x (checked), 1/0. */
  bool(header: string): boolean | undefined {
    const v = this.take(header);
    if (typeof v === "boolean") return v;
    if (isBlank(v)) return undefined;
    if (isCellError(v)) return this.invalid(header, "oui ou non");
    const t = displayValue(v).trim().toLocaleLowerCase("fr");
    if (["oui", "o", "x", "vrai", "true", "1", "ok", "✓", "yes"].includes(t)) return true;
    if (["non", "n", "faux", "false", "0", "no"].includes(t)) return false;
    return this.invalid(header, "oui ou non");
  }

  /** One of the spec's list values (case and accents tolerated), returned in its canonical spelling. */
  choice(header: string, values: readonly string[], opts: { required?: boolean } = {}): string | undefined {
    const t = this.text(header, opts);
    if (t === undefined) return undefined;
    const hit = choiceOf(values, t);
    return hit ?? this.invalid(header, `une valeur parmi : ${values.join(", ")}`);
  }

  /** A timecode whose frame rate is not known here: valid when some supported rate accepts it. */
  timecodeAtAnyRate(header: string): number | undefined {
    const v = this.take(header);
    if (isBlank(v)) return this.missing(header, undefined);
    if (isCellError(v) || isHugeNumber(v)) return this.invalid(header, "un timecode");
    for (const rate of FRAME_RATES) {
      const frames = parseTimecodeValue(v, rate);
      if (!isTimecodeError(frames)) return frames;
    }
    return this.invalid(header, "un timecode HH:MM:SS:II");
  }

  /** Reads a cell through the getter of the type its column declares (its alerts, if any, follow). */
  readAsDeclared(column: ColumnSpec, date1904: boolean): void {
    const h = column.header;
    switch (column.type) {
      case "text":
        return void this.text(h);
      case "integer":
      case "number":
        return void this.number(h);
      case "money":
        return void this.money(h);
      case "percent":
        return void this.percent(h);
      case "date":
        return void this.date(h, date1904);
      case "time":
        return void this.time(h);
      case "boolean":
        return void this.bool(h);
      case "timecode":
        return void this.timecodeAtAnyRate(h);
      case "list":
        return void this.choice(h, column.values ?? []);
    }
  }
}

/**
 * Every input cell of a bound table that no parser read through a typed getter and no alert names yet
 * is read by its declared type: a row a parser leaves out at its first bad cell, a column no feature
 * uses, a cell only read quietly by an engine that accepted it — their unusable cells are still said.
 */
export function reportUnreadCells(table: BoundTable, reported: ReadonlySet<string>, date1904: boolean): void {
  const columns = table.spec.columns.flatMap((spec) => {
    const bound = table.columns.get(spec.header)!;
    return spec.computed || bound.at < 0 ? [] : [{ spec, bound }];
  });
  const width = table.spec.columns.length;
  const rowsReported = reportedRows(table, reported);
  for (const row of table.rows)
    for (const { spec, bound } of columns) {
      if (table.read[row.index * width + bound.j] === 1) continue;
      // An address is built only on a row some alert names: the year workbook's sweep went from 76 to 18 ms.
      if (rowsReported.has(row.sheetRow) && reported.has(bound.prefix + row.sheetRow)) continue;
      row.readAsDeclared(spec, date1904);
    }
}

/** The sheet rows of the table's sheet that some reported cell names (`Seances!E12` → 12). */
function reportedRows(table: BoundTable, reported: ReadonlySet<string>): Set<number> {
  const sheet = quoteSheet(table.snapshot.sheet) + "!";
  const rows = new Set<number>();
  for (const cell of reported) if (cell.startsWith(sheet)) rows.add(Number(/\d+$/.exec(cell)?.[0]));
  return rows;
}

/** Each list's values by their folded text (the first of a fold wins), and the folds of what was typed. */
const folds = new WeakMap<readonly string[], { byFold: Map<string, string>; typed: Map<string, string | undefined> }>();

/**
 * The list value `text` stands for (case and accents tolerated). A list column sees few distinct texts:
 * folding each value of the list again for every cell was part of the 97 ms the year's 3,000
 * contracts took to read (46 ms now).
 */
function choiceOf(values: readonly string[], text: string): string | undefined {
  let f = folds.get(values);
  if (!f) {
    const byFold = new Map<string, string>();
    for (const v of values) if (!byFold.has(foldText(v))) byFold.set(foldText(v), v);
    folds.set(values, (f = { byFold, typed: new Map() }));
  }
  if (!f.typed.has(text)) {
    if (f.typed.size >= 1000) f.typed.clear(); // free text typed in a list column: the memo stays small
    f.typed.set(text, f.byFold.get(foldText(text)));
  }
  return f.typed.get(text);
}

/** Lower case without accents or extra spaces, to compare what users type. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLocaleLowerCase("fr");
}

function truncate(text: string, max = 40): string {
  return text.length > max ? text.slice(0, max - 1) + "…" : text;
}
