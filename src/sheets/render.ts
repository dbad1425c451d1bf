/**
 * Building SheetModels: a title, then tables placed from their specs with number formats, drop-down
 * lists and the native conditional formats that color computed columns.
 */
import { absoluteRange, a1, columnIndex, columnLetters, parseRange, rangeA1 } from "./address";
import type { CellModel, CellStyle, ConditionalFormatModel, SheetModel, TableModel, ValidationModel } from "../workbook/model";
import { modelView, POINTS_PER_WIDTH_UNIT, printableWidth, printSetup, ROW_POINTS, type PrintContract } from "./print";
import { charsPerLine, longestWord, wrappedLines } from "./wrap";
import { numberFormatOf, type TableSpec } from "./spec";
import type { OutValue } from "../workbook/values";

export const COLORS = {
  title: "#1F3864",
  headerFill: "#DDEBF7",
  /** Conditional format colors: Excel's own "light red / light yellow / green" presets, readable in print. */
  redFill: "#FFC7CE",
  redFont: "#9C0006",
  orangeFill: "#FFE4B5",
  orangeFont: "#8A4B00",
  yellowFill: "#FFEB9C",
  yellowFont: "#9C5700",
  greenFill: "#C6EFCE",
  greenFont: "#006100",
  greyFont: "#595959",
  blueFill: "#DDEBF7",
  computedFill: "#F2F2F2",
} as const;

/** Excel's default column width, in characters. */
const DEFAULT_COLUMN_WIDTH = 8.43;
/** Narrowest band (characters) a note is wrapped in: narrower, it would stand as a tall column of words. */
const MIN_SUBTITLE_WIDTH = 40;

export interface PlacedTable {
  spec: TableSpec;
  row: number;
  col: number;
  rowCount: number;
  /** Column letter of a header (for conditional format formulas). */
  letter(header: string): string;
  /** `A4:U300`: the data body range used for conditional formats. */
  bodyRange(extraRows?: number): string;
}

export class SheetBuilder {
  private readonly model: SheetModel;
  private contract?: PrintContract;
  /** Rows of `note`s (the subtitle's included), wrapped to the page when the sheet is built. */
  private readonly notes: number[] = [];

  constructor(name: string, owned: boolean) {
    this.model = { name, owned, rows: [], columnWidths: [], tables: [], conditionalFormats: [], validations: [], names: [], merges: [] };
  }

  set(row: number, col: number, cell: CellModel): this {
    while (this.model.rows.length <= row) this.model.rows.push([]);
    const r = this.model.rows[row];
    while (r.length <= col) r.push(null);
    r[col] = cell;
    return this;
  }

  value(row: number, col: number, value: OutValue, style?: CellStyle): this {
    return this.set(row, col, { value, style });
  }

  formula(row: number, col: number, formula: string, style?: CellStyle): this {
    return this.set(row, col, { formula, style });
  }

  /**
   * Title in A1 (and a subtitle in A2): owned sheets' titles start with the owned marker. A subtitle
   * longer than the printed page is wide wraps inside the columns of the first page (`fitNotes`).
   */
  title(text: string, subtitle?: string): this {
    this.value(0, 0, text, { bold: true, fontSize: 14, fontColor: COLORS.title });
    if (subtitle) this.note(1, subtitle);
    return this;
  }

  /**
   * A sentence of explanation in column A of `row` (a subtitle, a legend under a table), in grey
   * italics, that prints whole: wrapped like the subtitle when it is longer than the page is wide.
   */
  note(row: number, text: string): this {
    this.value(row, 0, text, { italic: true, fontColor: COLORS.greyFont });
    this.notes.push(row);
    return this;
  }

  /**
   * A long note spills over the cells to its right, and prints cut at the edge of the page (and again,
   * garbled, in the repeated columns of the next page across): it is wrapped instead in a merged area
   * over the first columns that always fit one page (at 100 %) — the repeated columns when the sheet
   * prints several pages across — with the row height its lines take.
   */
  private fitNotes(): void {
    if (!this.contract || this.notes.length === 0) return;
    const widths = this.model.columnWidths ?? [];
    const width = (c: number): number => widths[c] || DEFAULT_COLUMN_WIDTH;
    const room = printableWidth(this.contract.landscape) / POINTS_PER_WIDTH_UNIT;
    // Several pages across: within the columns every page repeats, so that each page shows it whole —
    // unless they are too narrow to read it there (a code column): then within the first page's.
    const across = printSetup(this.contract, modelView(this.model));
    let repeated = 0;
    for (let c = 0; c < (across.repeatColumns ?? 0); c++) repeated += width(c);
    const last = repeated >= MIN_SUBTITLE_WIDTH ? across.repeatColumns! - 1 : (this.contract.lastColumn ?? widths.length - 1);
    let k = 0;
    let sum = width(0);
    while (k + 1 <= last && sum + width(k + 1) <= room) sum += width(++k);
    for (const r of this.notes) this.fitNote(r, k, sum);
  }

  /** One note wrapped over columns `0..k` (`sum` units wide), when it is longer than they hold. */
  private fitNote(r: number, k: number, sum: number): void {
    const text = this.model.rows[r]?.[0]?.value;
    if (typeof text !== "string" || text.length <= charsPerLine(sum)) return;
    const row = this.model.rows[r] ?? [];
    if (row.slice(1, k + 1).some((c) => c && c.value !== null && c.value !== undefined)) return;
    if (k > 0) this.merge(r, 0, r, k);
    this.set(r, 0, { value: text, style: { italic: true, fontColor: COLORS.greyFont, wrap: true, vAlign: "top" } });
    this.rowHeight(r, wrappedLines(text, sum) * ROW_POINTS);
  }

  width(col: number, width: number): this {
    const w = this.model.columnWidths!;
    while (w.length <= col) w.push(0);
    w[col] = Math.max(w[col] || 0, width);
    return this;
  }

  /**
   * Places a table with its header at (row, col) and `rows` of data (at least one row is written, blank
   * if needed: a table without data rows makes exceljs write a corrupt file). `blankRows` adds empty
   * rows to type into.
   */
  table(
    spec: TableSpec,
    row: number,
    col: number,
    rows: Record<string, OutValue>[],
    opts: { blankRows?: number; style?: string; /** Extra style of some columns' data cells (alignment…), by header. */ columnStyles?: Record<string, CellStyle> } = {},
  ): PlacedTable {
    const headers = spec.columns.map((c) => c.header);
    const rowCount = Math.max(1, rows.length + (opts.blankRows ?? 0));
    // Beside a wrapped column, every cell of the row reads from the top, aligned with its first line.
    const top = spec.columns.some((c) => c.wrap) ? { vAlign: "top" as const } : {};
    headers.forEach((h, j) => {
      const colSpec = spec.columns[j];
      // Header colors are written on the cells too: LibreOffice and printouts ignore table styles.
      this.value(row, col + j, h, { bold: true, wrap: true, vAlign: "middle", fill: COLORS.headerFill, border: "bottom" });
      // A header's longest word fits whole (bold): « Production » is never printed « Productio-n ».
      this.width(col + j, Math.max(colSpec.width ?? Math.max(10, h.length + 2), longestWord(h) + 2));
      for (let i = 0; i < rowCount; i++) {
        const v = i < rows.length ? (rows[i][h] ?? null) : null;
        this.set(row + 1 + i, col + j, {
          value: v,
          style: {
            numFmt: numberFormatOf(colSpec),
            ...(colSpec.computed ? { fill: COLORS.computedFill, locked: true } : { locked: false }),
            ...top,
            ...(colSpec.wrap ? { wrap: true } : {}),
            ...opts.columnStyles?.[h],
          },
        });
      }
    });
    const t: TableModel = { name: spec.name, row, col, headers, rowCount, style: opts.style ?? spec.style ?? "TableStyleMedium2" };
    this.model.tables!.push(t);
    // Drop-down lists warn rather than refuse: pasted data must still land, the check reports it.
    spec.columns.forEach((c, j) => {
      const range = rangeA1(row + 1, col + j, row + rowCount + 200, col + j);
      if (c.values && c.values.length > 0) this.validation({ range, type: "list", formulae: [`"${c.values.join(",")}"`], allowBlank: true, errorStyle: "warning", errorTitle: c.header, error: `Valeurs attendues : ${c.values.join(", ")}.`, promptTitle: c.note ? c.header : undefined, prompt: c.note });
      else if (c.note && !c.computed) this.validation({ range, type: "custom", formulae: ["TRUE"], allowBlank: true, promptTitle: c.header, prompt: c.note });
    });
    const letter = (header: string): string => {
      const j = headers.indexOf(header);
      if (j < 0) throw new Error(`colonne ${header} absente de ${spec.name}`);
      return columnLetters(col + j);
    };
    return {
      spec,
      row,
      col,
      rowCount,
      letter,
      bodyRange: (extraRows = 500) => rangeA1(row + 1, col, row + rowCount + extraRows, col + headers.length - 1),
    };
  }

  conditionalFormat(cf: ConditionalFormatModel): this {
    this.model.conditionalFormats!.push(cf);
    return this;
  }

  validation(v: ValidationModel): this {
    this.model.validations!.push(v);
    return this;
  }

  /** A workbook-level defined name over a rectangle of this sheet. */
  name(name: string, top: number, left: number, bottom: number, right: number): this {
    this.model.names!.push({ name, range: absoluteRange(top, left, bottom, right) });
    return this;
  }

  merge(top: number, left: number, bottom: number, right: number): this {
    this.model.merges!.push(rangeA1(top, left, bottom, right));
    return this;
  }

  /** Height of a row (points), for rows with wrapped text. */
  rowHeight(row: number, points: number): this {
    (this.model.rowHeights ??= {})[row] = points;
    return this;
  }

  freeze(rows: number, columns = 0): this {
    this.model.freeze = { rows, columns };
    return this;
  }

  options(extra: Partial<Pick<SheetModel, "tabColor" | "print" | "protect" | "hidden">>): this {
    Object.assign(this.model, extra);
    return this;
  }

  /**
   * Rows holding wrapped text get the height of their longest cell: LibreOffice keeps a row's height
   * as the file says on import, and a wrapped cell in a row of default height prints cut.
   */
  private fitWrappedRows(): void {
    const widths = this.model.columnWidths ?? [];
    // A merged area's text wraps over the whole area's width.
    const spans = new Map<string, number>();
    for (const m of this.model.merges ?? []) {
      const range = parseRange(m);
      if (!range) continue;
      let w = 0;
      for (let c = range.left; c <= range.right; c++) w += widths[c] || DEFAULT_COLUMN_WIDTH;
      spans.set(`${range.top}:${range.left}`, w);
    }
    this.model.rows.forEach((row, r) => {
      let lines = 1;
      row?.forEach((cell, c) => {
        if (!cell?.style?.wrap || typeof cell.value !== "string") return;
        const width = (spans.size > 0 ? spans.get(`${r}:${c}`) : undefined) ?? (widths[c] || DEFAULT_COLUMN_WIDTH);
        lines = Math.max(lines, wrappedLines(cell.value, width));
      });
      if (lines > 1) this.rowHeight(r, Math.max(this.model.rowHeights?.[r] ?? 0, lines * ROW_POINTS));
    });
  }

  /** How the sheet prints: resolved against the finished content when the sheet is built. */
  printAs(contract: PrintContract): this {
    this.contract = contract;
    return this;
  }

  build(): SheetModel {
    this.fitNotes();
    this.fitWrappedRows();
    if (this.contract) this.model.print = printSetup(this.contract, modelView(this.model));
    return this.model;
  }
}

/** Rows below an input sheet's tables that its print area covers: the rows users will type. */
export const INPUT_ROWS = 1000;

/** 0-based column of a placed table's header, for a print contract's last printed column. */
export function lastPrinted(t: PlacedTable, header: string): number {
  return columnIndex(t.letter(header));
}

/** First data cell address of a placed table's column, for relative conditional-format formulas. */
export function firstCell(t: PlacedTable, header: string): string {
  return `$${t.letter(header)}${t.row + 2}`;
}

export { a1 };
