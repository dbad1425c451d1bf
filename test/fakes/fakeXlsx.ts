/**
 * Between .xlsx files (exceljs) and the fake's workbook: load a file into the fake as Excel would open
 * it (values, formulas, number formats, cell formats, tables, conditional formats, data validations,
 * names, freeze panes, tab color, print setup, protection), and dump the fake — or any exceljs
 * workbook, through the same loader — into one plain, comparable shape.
 */
import type ExcelJS from "exceljs";
import { loadExcelJS } from "../../src/hosts/xlsx/exceljs";
import { keepRowBreaks, restoreRowBreaks } from "../../src/hosts/xlsx/print";
import { cellValueOf, tablesOf } from "../../src/hosts/file/read";
import { isDate1904 } from "../../src/hosts/xlsx/workbook";
import { parseRange, quoteSheet } from "../../src/sheets/address";
import {
  FakeOfficeError,
  FakeSheet,
  FakeTable,
  FakeWorkbookState,
  MAX_COLUMNS,
  rectA1,
  splitSheetAddress,
  type FakeCell,
  type FakeConditionalFormat,
  type FakeFormat,
  type FakePageLayout,
  type FakeValidation,
  type FakeValue,
} from "./fakeWorkbookState";

/** Excel's column width in points for a width in characters of the default font (Calibri 11, 7 px digits). */
export function excelColumnPoints(chars: number): number {
  const px = Math.trunc(((256 * chars + Math.trunc(128 / 7)) / 256) * 7);
  return px * 0.75;
}

const hex = (argb: string | undefined): string | undefined => (argb ? "#" + argb.slice(-6).toUpperCase() : undefined);

function formatOf(cell: ExcelJS.Cell): FakeFormat | undefined {
  const f: FakeFormat = {};
  const font = cell.font as Partial<ExcelJS.Font> | undefined;
  if (font?.bold) f.bold = true;
  if (font?.italic) f.italic = true;
  if (font?.strike) f.strike = true;
  if (font?.size && font.size !== 11) f.size = font.size;
  const fc = hex((font?.color as { argb?: string } | undefined)?.argb);
  if (fc) f.fontColor = fc;
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (fill?.type === "pattern" && fill.pattern === "solid") f.fill = hex((fill.fgColor as { argb?: string } | undefined)?.argb);
  const al = cell.alignment as Partial<ExcelJS.Alignment> | undefined;
  if (al?.horizontal) f.hAlign = { left: "Left", center: "Center", right: "Right" }[al.horizontal as string] ?? String(al.horizontal);
  if (al?.vertical) f.vAlign = { top: "Top", middle: "Center", bottom: "Bottom" }[al.vertical as string] ?? String(al.vertical);
  if (al?.wrapText) f.wrap = true;
  const b = cell.border as Partial<ExcelJS.Borders> | undefined;
  if (b) {
    for (const side of ["top", "bottom", "left", "right"] as const) {
      const edge = b[side];
      if (edge?.style) {
        f.borders ??= {};
        f.borders[side] = "Continuous";
        f.borders.color = hex((edge.color as { argb?: string } | undefined)?.argb) ?? f.borders.color;
      }
    }
  }
  if ((cell.protection as { locked?: boolean } | undefined)?.locked === false) f.locked = false;
  return Object.keys(f).length ? f : undefined;
}

function cfOf(rule: ExcelJS.ConditionalFormattingRule, range: string): FakeConditionalFormat {
  const r = rule as { type: string; formulae?: string[]; style?: Partial<ExcelJS.Style>; stopIfTrue?: boolean };
  const cf: FakeConditionalFormat = { range, type: r.type === "expression" ? "Custom" : r.type };
  if (r.formulae?.[0] !== undefined) cf.formula = "=" + String(r.formulae[0]).replace(/^=/, "");
  const fill = r.style?.fill as ExcelJS.FillPattern | undefined;
  const bg = hex((fill?.bgColor as { argb?: string } | undefined)?.argb ?? (fill?.fgColor as { argb?: string } | undefined)?.argb);
  if (bg) cf.fill = bg;
  const font = r.style?.font as Partial<ExcelJS.Font> | undefined;
  const fc = hex((font?.color as { argb?: string } | undefined)?.argb);
  if (fc) cf.fontColor = fc;
  if (font?.bold) cf.bold = true;
  if (font?.italic) cf.italic = true;
  if (font?.strike) cf.strike = true;
  if (r.stopIfTrue) cf.stopIfTrue = true;
  return cf;
}

function validationOf(range: string, v: ExcelJS.DataValidation): FakeValidation {
  return {
    range,
    type: v.type,
    formulae: (v.formulae ?? []).map((f) => String(f).replace(/^=/, "")),
    operator: v.type === "list" || v.type === "custom" ? undefined : (v.operator ?? "between"),
    allowBlank: Boolean(v.allowBlank),
    showError: Boolean(v.showErrorMessage),
    errorStyle: v.errorStyle ?? "stop",
    errorTitle: v.errorTitle || undefined,
    error: v.error || undefined,
    showPrompt: Boolean(v.showInputMessage),
    promptTitle: v.promptTitle || undefined,
    prompt: v.prompt || undefined,
  };
}

/** Adds one exceljs worksheet to the fake's state, as Excel opens or inserts it. */
function importSheet(state: FakeWorkbookState, ws: ExcelJS.Worksheet, date1904: boolean, position: number): FakeSheet {
  const sheet = state.addSheet(ws.name, position);
  sheet.visibility = ws.state === "hidden" ? "Hidden" : ws.state === "veryHidden" ? "VeryHidden" : "Visible";
  // Empty cells count too: a formatted empty cell (a template's blank rows) is part of the sheet.
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const { value, formula } = cellValueOf(cell, date1904);
      const c: FakeCell = { value };
      if (formula) c.formula = formula;
      if (cell.numFmt && cell.numFmt !== "General") c.numberFormat = cell.numFmt;
      const f = formatOf(cell);
      if (f) c.format = f;
      if (c.value === null && !c.formula && !c.numberFormat && !c.format) return;
      sheet.cells.set(FakeSheet.key(Number(cell.row) - 1, Number(cell.col) - 1), c);
    });
  });
  (ws.columns ?? []).forEach((col, i) => {
    if (col?.width) sheet.columnWidths.set(i, excelColumnPoints(col.width));
  });
  ws.eachRow({ includeEmpty: true }, (row) => {
    if (row.height) sheet.rowHeights.set(Number(row.number) - 1, row.height);
  });
  sheet.merges = [...((ws.model as { merges?: string[] }).merges ?? [])];
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  if (view?.state === "frozen") sheet.freeze = { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
  sheet.tabColor = hex((ws.properties?.tabColor as { argb?: string } | undefined)?.argb) ?? "";
  sheet.protected = Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet);
  const ps = ws.pageSetup as Partial<ExcelJS.PageSetup> & { printTitlesRow?: string };
  const layout: FakePageLayout = {};
  if (ps?.orientation) layout.landscape = ps.orientation === "landscape";
  if (ps?.paperSize === 9) layout.paperSize = "A4";
  if (ps?.fitToPage && (ps.fitToWidth ?? 0) >= 1 && (ps.fitToHeight ?? 0) === 0) {
    layout.fitToWidth = true;
    layout.pagesWide = ps.fitToWidth;
  }
  const m = ps?.margins;
  // exceljs' own default margins (0.7/0.75/0.3) are what a sheet without margins set has.
  if (m && !(m.left === 0.7 && m.right === 0.7 && m.top === 0.75 && m.bottom === 0.75 && m.header === 0.3 && m.footer === 0.3)) {
    const pt = (inches: number): number => Math.round(inches * 72 * 10) / 10;
    layout.margins = { left: pt(m.left), right: pt(m.right), top: pt(m.top), bottom: pt(m.bottom), header: pt(m.header), footer: pt(m.footer) };
  }
  if (ps?.printTitlesRow) layout.printTitleRows = ps.printTitlesRow.split(":").map((r) => "$" + r.replace(/\$/g, "")).join(":");
  if (ps?.printTitlesColumn) layout.printTitleColumns = ps.printTitlesColumn.split(":").map((c) => "$" + c.replace(/\$/g, "")).join(":");
  const breaks = (ws as unknown as { rowBreaks?: { id: number }[] }).rowBreaks ?? [];
  // exceljs notes a break below its row; Excel's list gives the row that starts the page.
  if (breaks.length) layout.rowBreaks = breaks.map((b) => b.id);
  if (ps?.printArea) layout.printArea = printAreaText(ps.printArea);
  sheet.pageLayout = layout;
  // Conditional formats, highest priority first.
  const cfs: { p: number; cf: FakeConditionalFormat }[] = [];
  for (const block of (ws as unknown as { conditionalFormattings?: { ref: string; rules: ExcelJS.ConditionalFormattingRule[] }[] }).conditionalFormattings ?? [])
    for (const rule of block.rules) cfs.push({ p: (rule as { priority?: number }).priority ?? 0, cf: cfOf(rule, block.ref) });
  sheet.conditionalFormats = cfs.sort((a, b) => a.p - b.p).map((x) => x.cf);
  const dv = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
  sheet.validations = Object.entries(dv).map(([range, v]) => validationOf(range.replace(/^range:/, ""), v));
  for (const t of tablesOf(ws)) {
    const r = parseRange(t.ref);
    if (!r) continue;
    if (state.table(t.name)) throw new FakeOfficeError("ItemAlreadyExists", `La table « ${t.name} » existe déjà dans le classeur.`);
    const table = new FakeTable(t.name, sheet, r);
    table.showHeaders = t.headerRow;
    table.showTotals = t.totalsRow;
    const model = ws.getTable(t.name) as unknown as { table?: { style?: { theme?: string } }; style?: { theme?: string } };
    table.style = (model.table ?? model).style?.theme ?? "TableStyleMedium2";
    state.tables.push(table);
  }
  return sheet;
}

async function parseXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const ExcelJSLib = await loadExcelJS();
  const wb = new ExcelJSLib.Workbook();
  // Excel keeps a file's manual page breaks, that exceljs alone drops.
  const breaks = keepRowBreaks(wb);
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  restoreRowBreaks(wb, breaks);
  return wb;
}

/** Loads a whole .xlsx as Excel opens it: sheets, tables, names, the date system. */
export async function loadXlsxIntoState(state: FakeWorkbookState, bytes: Uint8Array): Promise<void> {
  const wb = await parseXlsx(bytes);
  loadExcelJSIntoState(state, wb);
}

export function loadExcelJSIntoState(state: FakeWorkbookState, wb: ExcelJS.Workbook): void {
  state.date1904 = isDate1904(wb);
  for (const ws of wb.worksheets) importSheet(state, ws, state.date1904, state.sheets.length);
  for (const n of (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model ?? [])
    state.names.set(n.name.toLowerCase(), { name: n.name, formula: "=" + n.ranges.map(normalizeReference).join(",") });
}

/** Excel writes `'Equipe'!$A$1` as `Equipe!$A$1`: quotes only where the sheet name needs them. */
function normalizeReference(ref: string): string {
  const { sheet, address } = splitSheetAddress(ref);
  return sheet === undefined ? address : `${quoteSheet(sheet)}!${address}`;
}

/**
 * `Workbook.insertWorksheetsFromBase64`: the file's sheets (and their tables) are added at
 * `position`; workbook-level names are not brought along (Cap PAD adds its names through the API).
 * Returns the ids of the inserted sheets, as Excel does.
 */
export async function importXlsxSheets(state: FakeWorkbookState, bytes: Uint8Array, opts: { position: number; only?: string[] }): Promise<string[]> {
  let wb: ExcelJS.Workbook;
  try {
    wb = await parseXlsx(bytes);
  } catch (e) {
    throw new FakeOfficeError("InvalidArgument", `Le fichier base64 n'est pas un classeur lisible (${e instanceof Error ? e.message : String(e)}).`);
  }
  const date1904 = isDate1904(wb);
  const ids: string[] = [];
  let position = opts.position;
  for (const ws of wb.worksheets) {
    if (opts.only && opts.only.length && !opts.only.includes(ws.name)) continue;
    ids.push(importSheet(state, ws, date1904, position++).id);
  }
  return ids;
}

// ---------------------------------------------------------------------------------------------
// Dump

export interface DumpCell {
  value?: FakeValue;
  formula?: string;
  numberFormat?: string;
  format?: FakeFormat;
}

export interface DumpSheet {
  name: string;
  visibility: string;
  cells: Record<string, DumpCell>;
  tables: { name: string; range: string; style: string; showHeaders: boolean; showTotals: boolean }[];
  conditionalFormats: FakeConditionalFormat[];
  /** By cell address (validations are per cell in the file format). */
  validations: Record<string, Omit<FakeValidation, "range">>;
  merges: string[];
  /** Points, by column letter index. */
  columnWidths: Record<number, number>;
  /** Points, by 0-based row. */
  rowHeights: Record<number, number>;
  freeze?: { rows: number; columns: number };
  tabColor: string;
  protected: boolean;
  pageLayout: FakePageLayout;
}

export interface FakeDump {
  date1904: boolean;
  sheets: DumpSheet[];
  names: Record<string, string>;
  settings: Record<string, unknown>;
}

function expandRange(range: string): string[] {
  const out: string[] = [];
  for (const part of range.split(/\s+/)) {
    const r = parseRange(part);
    if (!r) continue;
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(rectA1({ top: row, left: col, bottom: row, right: col }));
  }
  return out;
}

export function dumpState(state: FakeWorkbookState): FakeDump {
  return {
    date1904: state.date1904,
    sheets: state.sheets.map((s) => {
      const cells: Record<string, DumpCell> = {};
      const keys = [...s.cells.keys()].sort((a, b) => a - b);
      for (const k of keys) {
        const c = s.cells.get(k)!;
        const d: DumpCell = {};
        if (c.value !== null) d.value = c.value;
        if (c.formula) d.formula = c.formula;
        if (c.numberFormat && c.numberFormat !== "General") d.numberFormat = c.numberFormat;
        if (c.format && Object.keys(c.format).some((p) => (c.format as Record<string, unknown>)[p] !== undefined)) d.format = JSON.parse(JSON.stringify(c.format));
        if (Object.keys(d).length) cells[rectA1({ top: Math.floor(k / MAX_COLUMNS), left: k % MAX_COLUMNS, bottom: Math.floor(k / MAX_COLUMNS), right: k % MAX_COLUMNS })] = d;
      }
      const validations: DumpSheet["validations"] = {};
      for (const v of s.validations) {
        const { range, ...rest } = v;
        const clean = JSON.parse(JSON.stringify(rest)) as Omit<FakeValidation, "range">;
        for (const a of expandRange(range)) validations[a] = clean;
      }
      return {
        name: s.name,
        visibility: s.visibility,
        cells,
        tables: state.tables.filter((t) => t.sheet === s).map((t) => ({ name: t.name, range: rectA1(t.rect), style: t.style, showHeaders: t.showHeaders, showTotals: t.showTotals })),
        conditionalFormats: s.conditionalFormats.map((c) => JSON.parse(JSON.stringify(c)) as FakeConditionalFormat),
        validations,
        merges: [...s.merges].sort(),
        columnWidths: Object.fromEntries([...s.columnWidths.entries()].sort((a, b) => a[0] - b[0])),
        rowHeights: Object.fromEntries([...s.rowHeights.entries()].sort((a, b) => a[0] - b[0])),
        freeze: s.freeze,
        tabColor: s.tabColor,
        protected: s.protected,
        pageLayout: JSON.parse(JSON.stringify(s.pageLayout)) as FakePageLayout,
      };
    }),
    names: Object.fromEntries([...state.names.values()].map((n) => [n.name, n.formula])),
    settings: Object.fromEntries(state.settings),
  };
}

/** A print area as both paths compare it: `A3:K40`, no sheet, no `$`. */
export function printAreaText(area: string): string {
  return area.replace(/^.*!/, "").replace(/\$/g, "").toUpperCase();
}

/** Dumps an exceljs workbook in the same shape (through the same loader as Excel opening the file). */
export function dumpExcelJS(wb: ExcelJS.Workbook): FakeDump {
  const state = new FakeWorkbookState();
  loadExcelJSIntoState(state, wb);
  return dumpState(state);
}
