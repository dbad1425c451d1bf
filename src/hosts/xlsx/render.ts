/**
 * Writes a SheetModel into an exceljs workbook: the one renderer of templates and reports for files,
 * and for Excel through `insertWorksheetsFromBase64`.
 */
import type ExcelJS from "exceljs";
import { serialFromDay } from "../../core/dates/civil";
import type { CellModel, CellStyle, ConditionalFormatStyle, SheetModel } from "../../workbook/model";
import { isDayValue, type OutValue } from "../../workbook/values";
import { applyPageSetup } from "./print";
import { isDate1904 } from "./workbook";

const argb = (hex: string): string => "FF" + hex.replace("#", "").toUpperCase();

/** A cell value as exceljs writes it: civil days become serials of the workbook's date system. */
export function exceljsValue(v: OutValue | undefined, date1904: boolean): ExcelJS.CellValue {
  if (v === undefined || v === null) return null;
  if (isDayValue(v)) return serialFromDay(v.day, date1904) ?? null;
  return v;
}

/**
 * The exceljs style of a model style, built once per distinct style and shared by every cell that has
 * it: exceljs' styles-xform finds a style object it has seen in its WeakMap when saving, instead of
 * hashing the font, fill and border of each cell again, and no cell allocates its own five objects.
 * On the year workbook (5,104-row « Planning à imprimer », 5,009-row Gantt), with the builders sharing
 * their style objects, a check's apply phase takes 369 ms of CPU instead of 534 and its save 3.2 s
 * instead of 4.0 s (best of 3, same machine). The shared objects are never mutated: a later write of
 * a number format replaces the cell's style (`setNumFmt`).
 */
function exceljsStyle(s: CellStyle, cache: StyleCache): Partial<ExcelJS.Style> {
  // Builders often give many cells the very same style object: found by identity, no key to build.
  const same = cache.byObject.get(s);
  if (same) return same;
  const key = `${s.numFmt}\u0001${s.bold}\u0001${s.italic}\u0001${s.fontSize}\u0001${s.fontColor}\u0001${s.fill}\u0001${s.hAlign}\u0001${s.vAlign}\u0001${s.wrap}\u0001${s.border}\u0001${s.locked}`;
  let style = cache.byKey.get(key);
  if (!style) cache.byKey.set(key, (style = buildStyle(s)));
  cache.byObject.set(s, style);
  return style;
}

/** The exceljs styles of one rendering, by model style object and by content. */
interface StyleCache {
  byObject: WeakMap<CellStyle, Partial<ExcelJS.Style>>;
  byKey: Map<string, Partial<ExcelJS.Style>>;
}

/** A fresh exceljs style for a model style (the properties in the order exceljs' own cells set them). */
function buildStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (s.numFmt) style.numFmt = s.numFmt;
  if (s.bold || s.italic || s.fontColor || s.fontSize)
    style.font = {
      // The workbook's own font named: a font without a name prints in a serif face in LibreOffice.
      name: "Calibri",
      family: 2,
      bold: s.bold || undefined,
      italic: s.italic || undefined,
      size: s.fontSize,
      color: s.fontColor ? { argb: argb(s.fontColor) } : undefined,
    };
  if (s.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.hAlign || s.vAlign || s.wrap) style.alignment = { horizontal: s.hAlign, vertical: s.vAlign, wrapText: s.wrap || undefined };
  if (s.border) {
    const thin = { style: "thin" as const, color: { argb: "FF8EA9DB" } };
    style.border = s.border === "bottom" ? { bottom: thin } : { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (s.locked !== undefined) style.protection = { locked: s.locked };
  return style;
}

/**
 * A cell's style with its number format set, as a new object: a cell's style may be shared with other
 * cells (exceljs shares one per style id of a loaded file, the renderer one per model style), so it is
 * replaced, never mutated.
 */
export function setNumFmt(cell: ExcelJS.Cell, numFmt: string): void {
  cell.style = { ...cell.style, numFmt };
}

function cfStyle(s: ConditionalFormatStyle): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (s.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(s.fill) } };
  if (s.fontColor || s.bold || s.italic || s.strike)
    style.font = { color: s.fontColor ? { argb: argb(s.fontColor) } : undefined, bold: s.bold, italic: s.italic, strike: s.strike };
  return style;
}

function writeCell(cell: ExcelJS.Cell, m: CellModel, date1904: boolean, styles: StyleCache): void {
  if (m.formula !== undefined) cell.value = { formula: m.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
  else cell.value = exceljsValue(m.value, date1904);
  if (m.style) cell.style = exceljsStyle(m.style, styles);
}

/** Every cell of the model with its style, row by row (`Row.getCell` finds a cell without parsing an address). */
function writeCells(ws: ExcelJS.Worksheet, model: SheetModel, date1904: boolean): void {
  const styles: StyleCache = { byObject: new WeakMap(), byKey: new Map() };
  model.rows.forEach((row, r) => {
    if (!row) return;
    const wsRow = ws.getRow(r + 1);
    row.forEach((c, col) => {
      if (c) writeCell(wsRow.getCell(col + 1), c, date1904, styles);
    });
  });
}

/**
 * Adds the sheet to the workbook. When `replace` names an existing sheet, it is removed first and the
 * new one takes its place in the tab order (defined names that pointed into it are rewritten).
 */
export async function renderSheet(wb: ExcelJS.Workbook, model: SheetModel, opts: { replace?: boolean; name?: string } = {}): Promise<ExcelJS.Worksheet> {
  const name = opts.name ?? model.name;
  const date1904 = isDate1904(wb);
  let orderNo: number | undefined;
  const existing = wb.getWorksheet(name);
  if (existing) {
    if (!opts.replace) throw new Error(`la feuille ${name} existe déjà`);
    orderNo = (existing as unknown as { orderNo: number }).orderNo;
    removeNamesInto(wb, name);
    wb.removeWorksheet(existing.id);
  }
  const ws = wb.addWorksheet(name, {
    properties: model.tabColor ? { tabColor: { argb: argb(model.tabColor) } } : undefined,
    views: model.freeze ? [{ state: "frozen", ySplit: model.freeze.rows, xSplit: model.freeze.columns }] : undefined,
  });
  if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
  if (model.hidden) ws.state = "hidden";

  for (const [r, points] of Object.entries(model.rowHeights ?? {})) ws.getRow(Number(r) + 1).height = points;
  (model.columnWidths ?? []).forEach((w, i) => {
    if (w) ws.getColumn(i + 1).width = w;
  });

  // Tables first (exceljs' addTable writes the cells it covers), then every cell with its style.
  for (const t of model.tables ?? []) {
    const rows: ExcelJS.CellValue[][] = [];
    for (let i = 0; i < Math.max(1, t.rowCount); i++) {
      const src = model.rows[t.row + 1 + i] ?? [];
      rows.push(
        t.headers.map((_, j) => {
          const c = src[t.col + j];
          if (!c) return null;
          return c.formula !== undefined ? ({ formula: c.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue) : exceljsValue(c.value, date1904);
        }),
      );
    }
    ws.addTable({
      name: t.name,
      ref: ws.getCell(t.row + 1, t.col + 1).address,
      headerRow: true,
      style: { theme: (t.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: t.headers.map((h) => ({ name: h, filterButton: true })),
      rows,
    });
  }
  writeCells(ws, model, date1904);

  for (const m of model.merges ?? []) ws.mergeCells(m);
  let priority = 1;
  for (const cf of model.conditionalFormats ?? [])
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [{ type: "expression", formulae: [cf.formula], style: cfStyle(cf.style), priority: priority++, stopIfTrue: cf.stopIfTrue } as ExcelJS.ConditionalFormattingRule],
    });
  for (const v of model.validations ?? []) {
    const dv: ExcelJS.DataValidation = {
      type: v.type,
      allowBlank: v.allowBlank ?? true,
      formulae: v.formulae,
      operator: v.operator,
      showErrorMessage: Boolean(v.error),
      errorStyle: v.errorStyle,
      errorTitle: v.errorTitle,
      error: v.error,
      showInputMessage: Boolean(v.prompt),
      promptTitle: v.promptTitle,
      prompt: v.prompt,
    };
    (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(v.range, dv);
  }
  for (const n of model.names ?? []) wb.definedNames.add(`${quoteForName(name)}!${n.range}`, n.name);
  if (model.print) applyPageSetup(ws, model.print);
  if (model.protect) await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
  return ws;
}

function quoteForName(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** exceljs keeps defined names by cell; a replaced sheet must not leave names pointing at the old one. */
function removeNamesInto(wb: ExcelJS.Workbook, sheet: string): void {
  const dn = wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] };
  const model = dn.model.filter((n) => !n.ranges.some((r) => sheetOfRange(r) === sheet));
  dn.model = model;
}

function sheetOfRange(range: string): string {
  const i = range.lastIndexOf("!");
  const s = i < 0 ? "" : range.slice(0, i);
  return s.startsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
}

