/**
 * Builds a SheetModel through the Excel API: the fallback of template insertion where
 * `insertWorksheetsFromBase64` (ExcelApi 1.13) is missing, and the writer of report sheets. It mirrors
 * the exceljs renderer (`src/hosts/xlsx/render.ts`) so that both give the same sheet: values and
 * formulas, civil days as serials of the workbook's date system, styles, column widths, merges,
 * tables, native conditional formats, data validations, defined names, freeze panes, tab color, print
 * setup (ExcelApi 1.9), protection and visibility.
 *
 * Styles are applied to rectangles of cells that share one style (row runs, merged down the rows),
 * not cell by cell: a 200-row table column is one range and a handful of format calls.
 */
import type { CellModel, CellStyle, SheetModel, ValidationModel } from "../../workbook/model";
import { columnLetters, rangeA1 } from "../../sheets/address";
import type { PrintSetup } from "../../workbook/model";
import { ACTION_BYTES, jsonBytes, slices, type WriteBatch } from "./batch";
import { printSetupMissing } from "./requirements";
import { excelValue, mustWriteAsText, type ExcelScalar } from "./values";

export interface SheetWriteOptions {
  date1904: boolean;
  batch: WriteBatch;
  /** French notes for the summary (what this Excel could not do). */
  warnings: string[];
  /** Defined names that exist (lower case); a name the sheet wants that is taken is skipped and said. */
  names: Set<string>;
  /** Page layout is available (ExcelApi 1.9). */
  print: boolean;
}

/** Border color of the exceljs renderer (`render.ts`), so both paths draw the same lines. */
const BORDER_COLOR = "#8EA9DB";

/** Excel's column width in points for a width in characters of the default font (Calibri 11: 7 px digits + 5 px padding). */
export function columnWidthPoints(chars: number): number {
  const px = Math.trunc(((256 * chars + Math.trunc(128 / 7)) / 256) * 7);
  return px * 0.75;
}

export function nameTaken(name: string, sheet: string): string {
  return `Le nom défini « ${name} » existe déjà dans le classeur : il n'a pas été recréé pour la feuille « ${sheet} ».`;
}

// Excel's limits for data validation texts (it refuses longer ones).
const MAX_ALERT_TITLE = 32;
const MAX_ALERT_MESSAGE = 255;

interface Rect {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** The style a cell ends up with; `@` when its text must stay text. Excel's defaults are dropped. */
function effectiveStyle(cell: CellModel | null | undefined): CellStyle | undefined {
  if (!cell) return undefined;
  const s: CellStyle = { ...(cell.style ?? {}) };
  if (cell.formula === undefined && typeof cell.value === "string" && mustWriteAsText(cell.value)) s.numFmt = "@";
  if (s.locked === true) delete s.locked; // cells are locked by default
  for (const k of ["bold", "italic", "wrap"] as const) if (!s[k]) delete s[k];
  for (const k of Object.keys(s) as (keyof CellStyle)[]) if (s[k] === undefined) delete s[k];
  return Object.keys(s).length ? s : undefined;
}

function styleKey(s: CellStyle): string {
  return JSON.stringify(Object.keys(s).sort().map((k) => [k, s[k as keyof CellStyle]]));
}

/** Rectangles of cells with one style: runs along each row, extended down while the run repeats. */
export function styleRects(model: SheetModel): { rect: Rect; style: CellStyle }[] {
  const out: { rect: Rect; style: CellStyle }[] = [];
  const open = new Map<string, { rect: Rect; style: CellStyle }>();
  model.rows.forEach((row, r) => {
    const styles = (row ?? []).map(effectiveStyle);
    const keys = styles.map((s) => (s ? styleKey(s) : undefined));
    for (let c = 0; c < styles.length; ) {
      const style = styles[c];
      if (!style) {
        c++;
        continue;
      }
      let end = c + 1;
      while (end < styles.length && keys[end] === keys[c]) end++;
      // A bottom border is drawn under each row: those runs are not merged down.
      const slot = `${c}:${end}:${keys[c]}`;
      const prev = open.get(slot);
      if (prev && style.border !== "bottom" && prev.rect.top + prev.rect.rows === r) prev.rect.rows++;
      else {
        const entry = { rect: { top: r, left: c, rows: 1, cols: end - c }, style };
        out.push(entry);
        open.set(slot, entry);
      }
      c = end;
    }
  });
  return out;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

function applyStyle(range: Excel.Range, rect: Rect, s: CellStyle): void {
  if (s.numFmt) range.numberFormat = Array.from({ length: rect.rows }, () => Array<string>(rect.cols).fill(s.numFmt!));
  const format = range.format;
  if (s.bold) format.font.bold = true;
  if (s.italic) format.font.italic = true;
  if (s.fontSize) format.font.size = s.fontSize;
  if (s.fontColor) format.font.color = s.fontColor;
  if (s.fill) format.fill.color = s.fill;
  if (s.hAlign) format.horizontalAlignment = H_ALIGN[s.hAlign];
  if (s.vAlign) format.verticalAlignment = V_ALIGN[s.vAlign];
  if (s.wrap) format.wrapText = true;
  if (s.border) {
    // exceljs draws the border on every cell: a box (all four sides) or the bottom line.
    const edges: Excel.BorderIndex[] =
      s.border === "bottom"
        ? ["EdgeBottom" as Excel.BorderIndex]
        : (["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", ...(rect.rows > 1 ? ["InsideHorizontal"] : []), ...(rect.cols > 1 ? ["InsideVertical"] : [])] as Excel.BorderIndex[]);
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = BORDER_COLOR;
    }
  }
  if (s.locked === false) format.protection.locked = false;
}

/**
 * Runs of formulas along each row, extended down while the next row has a run over the same columns:
 * a sheet of formulas row after row (the Gantt) is one call per block, not one per row.
 */
export function formulaBlocks(model: SheetModel): { top: number; left: number; rows: string[][] }[] {
  const out: { top: number; left: number; rows: string[][] }[] = [];
  const open = new Map<string, { top: number; left: number; rows: string[][] }>();
  model.rows.forEach((row, r) => {
    const cells = row ?? [];
    for (let c = 0; c < cells.length; ) {
      if (cells[c]?.formula === undefined) {
        c++;
        continue;
      }
      let end = c;
      const formulas: string[] = [];
      while (end < cells.length && cells[end]?.formula !== undefined) formulas.push("=" + cells[end++]!.formula!.replace(/^=/, ""));
      const key = `${c}:${end}`;
      const prev = open.get(key);
      if (prev && prev.top + prev.rows.length === r) prev.rows.push(formulas);
      else {
        const block = { top: r, left: c, rows: [formulas] };
        out.push(block);
        open.set(key, block);
      }
      c = end;
    }
  });
  return out;
}

function styleBytes(rect: Rect, s: CellStyle): number {
  return (s.numFmt ? rect.rows * rect.cols * (jsonBytes(s.numFmt) + 1) : 0) + 1200;
}

function validationRule(v: ValidationModel): Excel.DataValidationRule {
  const formula = (i: number): string => "=" + (v.formulae[i] ?? "").replace(/^=/, "");
  const operator = {
    between: "Between",
    greaterThanOrEqual: "GreaterThanOrEqualTo",
    lessThanOrEqual: "LessThanOrEqualTo",
    greaterThan: "GreaterThan",
    lessThan: "LessThan",
    equal: "EqualTo",
  }[v.operator ?? "between"] as Excel.DataValidationOperator;
  const basic = { formula1: formula(0), ...(v.formulae.length > 1 ? { formula2: formula(1) } : {}), operator };
  switch (v.type) {
    case "list": {
      const f = (v.formulae[0] ?? "").replace(/^=/, "");
      // `"a,b,c"` is a literal list; anything else is a reference or formula.
      const literal = /^".*"$/.test(f);
      return { list: { inCellDropDown: true, source: literal ? f.slice(1, -1) : "=" + f } };
    }
    case "custom":
      return { custom: { formula: formula(0) } };
    case "whole":
      return { wholeNumber: basic };
    case "decimal":
      return { decimal: basic };
    case "date":
      return { date: basic };
    case "textLength":
      return { textLength: basic };
  }
}

const ALERT_STYLE = { stop: "Stop", warning: "Warning", information: "Information" } as const;

function quoteForFormula(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * Queues the whole sheet on `ws` (an empty sheet just added), syncing only when the batch budget is
 * full. The phases run in the order Excel needs: formats before values (a cell formatted as text keeps
 * "=…" as text), tables after their cells (the header row's text becomes the column names), protection
 * last (a protected sheet refuses the writes before it).
 */
export async function writeSheet(context: Excel.RequestContext, ws: Excel.Worksheet, sheetName: string, model: SheetModel, opts: SheetWriteOptions): Promise<void> {
  const { batch } = opts;
  await writeColumnWidths(ws, model, batch);
  await writeRowHeights(ws, model, batch);
  await writeStyles(ws, model, batch);
  await writeConstants(ws, model, batch, opts.date1904);
  await writeFormulas(ws, model, batch);
  await writeMerges(ws, model, batch);
  await writeTables(ws, model, batch);
  await writeConditionalFormats(ws, model, batch);
  await writeValidations(ws, model, batch);
  await writeNames(context, sheetName, model, opts);
  await writeFreezePanes(ws, model, batch);
  if (model.tabColor) {
    await batch.reserve(100);
    ws.tabColor = model.tabColor;
  }
  if (model.print) {
    if (!opts.print) opts.warnings.push(printSetupMissing(sheetName));
    else await writePageLayout(ws, model.print, batch);
  }
  await writeProtection(ws, model, batch);
}

/** Column widths, consecutive equal widths together. */
async function writeColumnWidths(ws: Excel.Worksheet, model: SheetModel, batch: WriteBatch): Promise<void> {
  const widths = model.columnWidths ?? [];
  for (let c = 0; c < widths.length; ) {
    let end = c + 1;
    while (end < widths.length && widths[end] === widths[c]) end++;
    if (widths[c]) {
      await batch.reserve(100);
      ws.getRangeByIndexes(0, c, 1, end - c).format.columnWidth = columnWidthPoints(widths[c]);
    }
    c = end;
  }
}

/** Row heights (wrapped text that Excel does not autofit on a built sheet), equal heights together. */
async function writeRowHeights(ws: Excel.Worksheet, model: SheetModel, batch: WriteBatch): Promise<void> {
  const heights = Object.entries(model.rowHeights ?? {})
    .map(([r, h]) => [Number(r), h] as const)
    .sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < heights.length; ) {
    let end = i + 1;
    while (end < heights.length && heights[end][1] === heights[i][1] && heights[end][0] === heights[end - 1][0] + 1) end++;
    await batch.reserve(100);
    ws.getRangeByIndexes(heights[i][0], 0, end - i, 1).format.rowHeight = heights[i][1];
    i = end;
  }
}

async function writeStyles(ws: Excel.Worksheet, model: SheetModel, batch: WriteBatch): Promise<void> {
  for (const { rect, style } of styleRects(model)) {
    await batch.reserve(styleBytes(rect, style));
    applyStyle(ws.getRangeByIndexes(rect.top, rect.left, rect.rows, rect.cols), rect, style);
  }
}

/**
 * Runs `write` on blocks of rows [start, end) of at most half the request budget (by `rowBytes`),
 * reserving each block's bytes first; a block `skip` says has nothing to write is not reserved.
 */
async function writeInBlocks(
  count: number,
  rowBytes: (i: number) => number,
  batch: WriteBatch,
  write: (start: number, end: number) => void,
  skip: (start: number, end: number) => boolean = () => false,
): Promise<void> {
  for (const block of slices(count, rowBytes, batch.budgetBytes / 2)) {
    if (skip(block.start, block.end)) continue;
    let bytes = 0;
    for (let i = block.start; i < block.end; i++) bytes += rowBytes(i);
    await batch.reserve(bytes);
    write(block.start, block.end);
  }
}

/**
 * Constants through `values` (null leaves a cell alone), by bands of rows over the columns they fill,
 * in row blocks under the request budget. The sheet is new, so its empty cells need no write: the
 * year's Gantt (5,000 task rows of formulas under a 52-week blank grid) sent 1.49 MB of nulls in one
 * 5009 × 59 `values` call, which pushed « Vérifier » past one write request (4 syncs); by bands it sends
 * its title rows only.
 */
async function writeConstants(ws: Excel.Worksheet, model: SheetModel, batch: WriteBatch, date1904: boolean): Promise<void> {
  const constants: (ExcelScalar | null)[][] = model.rows.map((row) =>
    (row ?? []).map((cell) => {
      if (!cell || cell.formula !== undefined || cell.value === undefined || cell.value === null) return null;
      const v = excelValue(cell.value, date1904);
      return v === "" ? null : v;
    }),
  );
  for (const band of constantBands(constants)) {
    const slice = (r: number): (ExcelScalar | null)[] => Array.from({ length: band.cols }, (_, c) => constants[band.top + r][band.left + c] ?? null);
    const rows = Array.from({ length: band.rows }, (_, r) => slice(r));
    await writeInBlocks(
      band.rows,
      (r) => jsonBytes(rows[r]),
      batch,
      (start, end) => {
        ws.getRangeByIndexes(band.top + start, band.left, end - start, band.cols).values = rows.slice(start, end) as ExcelScalar[][];
      },
    );
  }
}

/** Bytes of one null in a `values` array ("null,"): what widening a band to a row's columns costs. */
const NULL_BYTES = 5;

/**
 * Consecutive rows with constants, each band over the columns from its leftmost to its rightmost
 * constant. A row joins the band above when widening costs fewer null bytes than a call of its own
 * (`ACTION_BYTES`-sized), so a table of ragged rows stays one band and a blank grid is never sent.
 */
export function constantBands(constants: (ExcelScalar | null)[][]): Rect[] {
  const bands: Rect[] = [];
  let band: Rect | undefined;
  constants.forEach((row, r) => {
    let first = -1;
    let last = -1;
    row.forEach((v, c) => {
      if (v === null) return;
      if (first < 0) first = c;
      last = c;
    });
    if (first < 0) {
      band = undefined;
      return;
    }
    if (band) {
      const left = Math.min(band.left, first);
      const right = Math.max(band.left + band.cols - 1, last);
      const cols = right - left + 1;
      const waste = (cols - band.cols) * band.rows + (cols - (last - first + 1));
      if (waste * NULL_BYTES <= ACTION_BYTES) {
        band.left = left;
        band.cols = cols;
        band.rows++;
        return;
      }
    }
    bands.push((band = { top: r, left: first, rows: 1, cols: last - first + 1 }));
  });
  return bands;
}

/** Formulas through `formulas`, by rectangles (row runs merged down), in row blocks under the budget. */
async function writeFormulas(ws: Excel.Worksheet, model: SheetModel, batch: WriteBatch): Promise<void> {
  for (const block of formulaBlocks(model)) {
    await writeInBlocks(
      block.rows.length,
      (i) => jsonBytes(block.rows[i]),
      batch,
      (start, end) => {
        const rows = block.rows.slice(start, end);
        ws.getRangeByIndexes(block.top + start, block.left, rows.length, rows[0].length).formulas = rows;
      },
    );
  }
}

async function writeMerges(ws: Excel.Worksheet, model: SheetModel, batch: WriteBatch): Promise<void> {
  for (const m of model.merges ?? []) {
    await batch.reserve(100);
    ws.getRange(m).merge(false);
  }
}

async function writeTables(ws: Excel.Worksheet, model: SheetModel, batch: WriteBatch): Promise<void> {
  for (const t of model.tables ?? []) {
    await batch.reserve(300);
    const table = ws.tables.add(rangeA1(t.row, t.col, t.row + Math.max(1, t.rowCount), t.col + t.headers.length - 1), true);
    table.name = t.name;
    table.style = t.style ?? "TableStyleMedium2";
  }
}

/** Native conditional formats (ExcelApi 1.6), in the model's priority order. */
async function writeConditionalFormats(ws: Excel.Worksheet, model: SheetModel, batch: WriteBatch): Promise<void> {
  let priority = 0;
  for (const cf of model.conditionalFormats ?? []) {
    await batch.reserve(600 + jsonBytes(cf.formula));
    const format = ws.getRange(cf.range).conditionalFormats.add(Excel.ConditionalFormatType.custom);
    // The formula is relative to the range's top-left cell, as in the exceljs rule.
    format.custom.rule.formula = "=" + cf.formula.replace(/^=/, "");
    if (cf.style.fill) format.custom.format.fill.color = cf.style.fill;
    if (cf.style.fontColor) format.custom.format.font.color = cf.style.fontColor;
    if (cf.style.bold) format.custom.format.font.bold = true;
    if (cf.style.italic) format.custom.format.font.italic = true;
    if (cf.style.strike) format.custom.format.font.strikethrough = true;
    if (cf.stopIfTrue) format.stopIfTrue = true;
    format.priority = priority++;
  }
}

/** Data validations (ExcelApi 1.8): lists warn instead of refusing, notes show as input messages. */
async function writeValidations(ws: Excel.Worksheet, model: SheetModel, batch: WriteBatch): Promise<void> {
  for (const v of model.validations ?? []) {
    await batch.reserve(800 + jsonBytes(v));
    const dv = ws.getRange(v.range).dataValidation;
    dv.rule = validationRule(v);
    dv.errorAlert = {
      showAlert: Boolean(v.error),
      style: ALERT_STYLE[v.errorStyle ?? "stop"],
      title: (v.errorTitle ?? "").slice(0, MAX_ALERT_TITLE),
      message: (v.error ?? "").slice(0, MAX_ALERT_MESSAGE),
    };
    dv.prompt = { showPrompt: Boolean(v.prompt), title: (v.promptTitle ?? "").slice(0, MAX_ALERT_TITLE), message: (v.prompt ?? "").slice(0, MAX_ALERT_MESSAGE) };
    dv.ignoreBlanks = v.allowBlank ?? true;
  }
}

/** The sheet's defined names; a name already taken in the workbook is skipped and said. */
async function writeNames(context: Excel.RequestContext, sheetName: string, model: SheetModel, opts: SheetWriteOptions): Promise<void> {
  for (const n of model.names ?? []) {
    if (opts.names.has(n.name.toLowerCase())) {
      opts.warnings.push(nameTaken(n.name, sheetName));
      continue;
    }
    opts.names.add(n.name.toLowerCase());
    await opts.batch.reserve(200);
    context.workbook.names.add(n.name, `=${quoteForFormula(sheetName)}!${n.range}`);
  }
}

async function writeFreezePanes(ws: Excel.Worksheet, model: SheetModel, batch: WriteBatch): Promise<void> {
  if (!model.freeze || !(model.freeze.rows > 0 || model.freeze.columns > 0)) return;
  await batch.reserve(150);
  const panes = ws.freezePanes;
  if (model.freeze.rows > 0 && model.freeze.columns > 0) panes.freezeAt(ws.getRangeByIndexes(0, 0, model.freeze.rows, model.freeze.columns));
  else if (model.freeze.rows > 0) panes.freezeRows(model.freeze.rows);
  else panes.freezeColumns(model.freeze.columns);
}

/** Protection and visibility, last: a protected sheet refuses the writes before. */
async function writeProtection(ws: Excel.Worksheet, model: SheetModel, batch: WriteBatch): Promise<void> {
  if (model.protect) {
    await batch.reserve(150);
    ws.protection.protect({ allowFormatColumns: true, selectionMode: "Normal" });
  }
  if (model.hidden) {
    await batch.reserve(100);
    ws.visibility = "Hidden";
  }
}

/** Points per inch: Office.js takes margins in points, the xlsx file in inches. */
const POINTS_PER_INCH = 72;

/** The page setup of the exceljs renderer (`src/hosts/xlsx/print.ts`) through `PageLayout` (ExcelApi 1.9). */
async function writePageLayout(ws: Excel.Worksheet, print: PrintSetup, batch: WriteBatch): Promise<void> {
  await batch.reserve(600);
  const layout = ws.pageLayout;
  layout.orientation = print.landscape ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  // All columns on `pagesWide` pages across, as many pages down as needed (xlsx fitToHeight="0").
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: print.pagesWide ?? 1, verticalFitToPages: 0 };
  if (print.margins) {
    layout.leftMargin = print.margins.left * POINTS_PER_INCH;
    layout.rightMargin = print.margins.right * POINTS_PER_INCH;
    layout.topMargin = print.margins.top * POINTS_PER_INCH;
    layout.bottomMargin = print.margins.bottom * POINTS_PER_INCH;
    layout.headerMargin = print.margins.header * POINTS_PER_INCH;
    layout.footerMargin = print.margins.footer * POINTS_PER_INCH;
  }
  if (print.repeatRows) layout.setPrintTitleRows(`$1:$${print.repeatRows}`);
  if (print.repeatColumns) layout.setPrintTitleColumns(`$A:$${columnLetters(print.repeatColumns - 1)}`);
  if (print.area) layout.setPrintArea(print.area.replace(/\$/g, ""));
  // Manual page breaks (one attendance sheet per page): each goes above the row that starts a page.
  for (const r of print.rowBreaks ?? []) {
    if (r <= 0) continue;
    await batch.reserve(150);
    ws.horizontalPageBreaks.add(ws.getRangeByIndexes(r, 0, 1, 1));
  }
}
