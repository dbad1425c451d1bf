/**
 * Opening and saving .xlsx files with exceljs (the file host; Excel's template insertion saves too), with the failures users can meet said
 * in one French line: not an xlsx, password-protected, damaged.
 */
import type ExcelJS from "exceljs";
import { loadExcelJS } from "./exceljs";
import { keepRowBreaks, reapplyPrintContracts, restoreRowBreaks } from "./print";

export class UnusableFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnusableFileError";
  }
}

const ZIP_MAGIC = [0x50, 0x4b];
/** Compound File Binary: old .xls files and every password-protected (encrypted) .xlsx. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

export async function openWorkbook(bytes: Uint8Array, fileName = "le fichier"): Promise<ExcelJS.Workbook> {
  const starts = (magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);
  if (bytes.length === 0) throw new UnusableFileError(`${fileName} est vide.`);
  if (starts(CFB_MAGIC))
    throw new UnusableFileError(
      `${fileName} est protégé par un mot de passe ou au format .xls ancien : enregistrez-le sans mot de passe au format .xlsx.`,
    );
  if (!starts(ZIP_MAGIC)) throw new UnusableFileError(`${fileName} n'est pas un classeur Excel (.xlsx).`);
  const ExcelJSLib = await loadExcelJS();
  const wb = new ExcelJSLib.Workbook();
  const raw = keepRawValues(wb);
  const breaks = keepRowBreaks(wb);
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new UnusableFileError(`${fileName} est endommagé ou n'est pas un classeur .xlsx lisible (${shortReason(e)}).`);
  }
  if (wb.worksheets.length === 0) throw new UnusableFileError(`${fileName} ne contient aucune feuille.`);
  absolutePrintAreas(wb);
  restoreRowBreaks(wb, breaks);
  exactDateValues(wb, raw);
  return wb;
}

/** exceljs' cell model while loading: `type` 2 a number, 6 a formula (with its cached `result`). */
interface LoadingCell {
  address: string;
  type: number;
  value?: unknown;
  result?: unknown;
}
interface LoadingModel {
  worksheets: ({ name?: string; rows?: { cells?: LoadingCell[] }[] } | undefined)[];
}
const NUMBER_TYPE = 2;
const FORMULA_TYPE = 6;

/**
 * exceljs turns the value of every date-formatted cell into a JS Date while loading, whatever it is. A
 * number past the Date range (a SIRET pasted into a date column, 1e15) or a formula's cached error or
 * text (`=1/0` → #DIV/0!) becomes an Invalid Date, read as #VALUE! and saved back as `NaN` — the user's
 * value lost and the file corrupt; a fraction finer than the millisecond is rounded. While exceljs
 * reconciles the loaded parts (the step that converts), the values that would not survive that trip are
 * noted by sheet and cell, to be put back exactly (`exactDateValues`). Integers within ±1e8 days
 * convert exactly and are left to the exact serial of `exactDateValues`.
 */
function keepRawValues(wb: ExcelJS.Workbook): Map<string, Map<string, unknown>> {
  const raw = new Map<string, Map<string, unknown>>();
  const xlsx = wb.xlsx as unknown as { reconcile(model: LoadingModel, options: unknown): void };
  const reconcile = xlsx.reconcile.bind(xlsx);
  const fragile = (v: unknown): boolean => v !== undefined && (typeof v !== "number" || !Number.isInteger(v) || Math.abs(v) > 1e8);
  xlsx.reconcile = (model, options) => {
    const found = model.worksheets.map((ws) => {
      const cells = new Map<string, unknown>();
      for (const row of ws?.rows ?? [])
        for (const c of row?.cells ?? []) {
          if (c.type === NUMBER_TYPE && fragile(c.value)) cells.set(c.address, c.value);
          else if (c.type === FORMULA_TYPE && fragile(c.result)) cells.set(c.address, c.result);
        }
      return cells;
    });
    reconcile(model, options);
    // Sheet names are known once reconciled.
    model.worksheets.forEach((ws, i) => {
      if (ws?.name && found[i]?.size) raw.set(ws.name, found[i]);
    });
  };
  return raw;
}

const MS_PER_DAY = 86400000;

/**
 * exceljs turns every cell formatted as a date or a time into a JS Date (millisecond precision) and
 * writes it back as `25569 + ms / 86400000`, which loses the last digits of a time of day (14:00 is
 * saved as 0.58333333333212, that LibreOffice shows as 13:59): every save would nudge what the user
 * typed. At open, in one pass over the cells, each Date becomes again the number the file held when
 * `keepRawValues` noted it, else its exact serial (integer milliseconds, one division).
 */
function exactDateValues(wb: ExcelJS.Workbook, raw: ReadonlyMap<string, ReadonlyMap<string, unknown>>): void {
  const date1904 = isDate1904(wb);
  for (const ws of wb.worksheets) {
    const kept = raw.get(ws.name);
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as unknown;
        if (v === null || typeof v !== "object") return;
        if (v instanceof Date) {
          const exact = kept?.get(cell.address);
          cell.value = exact !== undefined ? (exact as number) : Number.isNaN(v.getTime()) ? v : serialOfExcelJSDate(v, date1904);
        } else if (kept && "formula" in v && (v as { result?: unknown }).result instanceof Date) {
          const exact = kept.get(cell.address);
          if (exact !== undefined) cell.value = { ...(v as ExcelJS.CellFormulaValue), result: exact } as ExcelJS.CellFormulaValue;
        }
      }),
    );
  }
}

/**
 * The serial an exceljs Date stands for: integer milliseconds shifted to Excel's epoch, then one
 * division, so 14:00 is 0.5833333333333334 (the closest double) and not exceljs' own 0.58333333333212.
 */
export function serialOfExcelJSDate(d: Date, date1904: boolean): number {
  return (d.getTime() + (25569 - (date1904 ? 1462 : 0)) * MS_PER_DAY) / MS_PER_DAY;
}

/**
 * exceljs reads a print area back as `A1:T90` and writes that as `$A1:$T90`: rows relative to the
 * cursor, so LibreOffice and Excel print the wrong rows after a round trip. Rows are made absolute
 * again (`A$1:T$90`, written `$A$1:$T$90`).
 */
export function absolutePrintAreas(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    const area = ws.pageSetup?.printArea;
    if (area) ws.pageSetup.printArea = area.replace(/([A-Za-z]+)\$?(\d+)/g, "$1$$$2");
  }
}

export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const ExcelJSLib = await loadExcelJS();
  const wb = new ExcelJSLib.Workbook();
  wb.creator = "Cap PAD";
  wb.calcProperties.fullCalcOnLoad = true;
  return wb;
}

export async function saveWorkbook(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  // Excel recalculates native formulas (Gantt, totals) on open since exceljs cannot compute them.
  wb.calcProperties.fullCalcOnLoad = true;
  // Cap PAD's own sheets print as their contract says, whatever the file held when it was read.
  reapplyPrintContracts(wb);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export function isDate1904(wb: ExcelJS.Workbook): boolean {
  return Boolean((wb.properties as { date1904?: boolean }).date1904);
}

function shortReason(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split("\n")[0].slice(0, 80);
}
