/**
 * Opening and saving .xlsx files with exceljs (the file host), with the failures users can meet said
 * in one French line: not an xlsx, password-protected, damaged.
 */
import type ExcelJS from "exceljs";
import { loadExcelJS } from "./exceljs";

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
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new UnusableFileError(`${fileName} est endommagé ou n'est pas un classeur .xlsx lisible (${shortReason(e)}).`);
  }
  if (wb.worksheets.length === 0) throw new UnusableFileError(`${fileName} ne contient aucune feuille.`);
  return wb;
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
