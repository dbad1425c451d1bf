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
  keepExactNumbers(wb);
  const breaks = keepRowBreaks(wb);
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new UnusableFileError(`${fileName} est endommagé ou n'est pas un classeur .xlsx lisible (${shortReason(e)}).`);
  }
  if (wb.worksheets.length === 0) throw new UnusableFileError(`${fileName} ne contient aucune feuille.`);
  absolutePrintAreas(wb);
  restoreRowBreaks(wb, breaks);
  return wb;
}

/** exceljs' cell model while loading: `type` 2 a number, 4 a date, 6 a formula (with its cached `result`). */
interface LoadingCell {
  type: number;
  styleId?: unknown;
  value?: unknown;
  result?: unknown;
}
interface LoadingModel {
  worksheets: ({ rows?: ({ cells?: LoadingCell[] } | undefined)[] } | undefined)[];
}
const NUMBER_TYPE = 2;
const DATE_TYPE = 4;
const FORMULA_TYPE = 6;

/**
 * exceljs turns the value of every date-formatted cell into a JS Date while loading, and writes a Date
 * back as `25569 + ms / 86400000`: a time of day loses its last digits (14:00 is saved as
 * 0.58333333333212, that LibreOffice shows as 13:59), a number past the Date range (a SIRET pasted
 * into a date column, 1e15) or a formula's cached error or text (`=1/0` → #DIV/0!) becomes an Invalid
 * Date saved back as `NaN` — the user's value lost and the file corrupt. So while exceljs reconciles
 * the loaded parts (the step that converts), each styled number and formula result is noted with the
 * number the file held, and where exceljs made it a Date the number is put back in the cell's model,
 * before any cell object exists: the workbook holds exactly what the file held, a number with its date
 * format, as Excel does.
 *
 * Done on the model rather than by walking every cell of the loaded workbook afterwards: on the bench's
 * year workbook (19,760 séances) that walk cost 175 ms of a 2.3 s open.
 */
function keepExactNumbers(wb: ExcelJS.Workbook): void {
  const xlsx = wb.xlsx as unknown as { reconcile(model: LoadingModel, options: unknown): void };
  const reconcile = xlsx.reconcile.bind(xlsx);
  xlsx.reconcile = (model, options) => {
    const cells: LoadingCell[] = [];
    const numbers: unknown[] = [];
    for (const ws of model.worksheets)
      for (const row of ws?.rows ?? [])
        for (const c of row?.cells ?? []) {
          // Only a styled cell can carry a date format.
          if (c?.styleId === undefined) continue;
          if (c.type === NUMBER_TYPE) numbers.push(c.value);
          else if (c.type === FORMULA_TYPE && c.result !== undefined) numbers.push(c.result);
          else continue;
          cells.push(c);
        }
    reconcile(model, options);
    cells.forEach((c, i) => {
      if (c.type === DATE_TYPE) {
        c.type = NUMBER_TYPE;
        c.value = numbers[i];
      } else if (c.type === FORMULA_TYPE && c.result instanceof Date) c.result = numbers[i];
    });
  };
}

const MS_PER_DAY = 86400000;

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

/**
 * Deflate at level 3 rather than exceljs' default (JSZip's 6): zlib's fast strategy (levels 1 to 3)
 * skips the lazy match search that took most of the save. On the year workbook of the bench (20
 * productions, 19,760 séances) exceljs wrote the file in 1.36 s at level 3 against 1.72–2.04 s at level 6
 * (same run, one process), for a file of 2.16 MB instead of 1.87 MB (+15 %); level 1 was no faster and
 * larger (2.36 MB). Every reader of .xlsx inflates any level alike.
 */
export const SAVE_ZIP = { compression: "DEFLATE", compressionOptions: { level: 3 } } as const;

export async function saveWorkbook(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  // Excel recalculates native formulas (Gantt, totals) on open since exceljs cannot compute them.
  wb.calcProperties.fullCalcOnLoad = true;
  // Cap PAD's own sheets print as their contract says, whatever the file held when it was read.
  reapplyPrintContracts(wb);
  const buffer = await wb.xlsx.writeBuffer({ zip: SAVE_ZIP });
  return new Uint8Array(buffer as ArrayBuffer);
}

export function isDate1904(wb: ExcelJS.Workbook): boolean {
  return Boolean((wb.properties as { date1904?: boolean }).date1904);
}

function shortReason(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split("\n")[0].slice(0, 80);
}
