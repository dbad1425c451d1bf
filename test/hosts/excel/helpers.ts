/** Shared set-up of the Office.js host tests: workbooks rendered by the exceljs renderer, the fake installed. */
import type ExcelJS from "exceljs";
import { renderSheet } from "../../../src/hosts/xlsx/render";
import { newWorkbook, openWorkbook, saveWorkbook } from "../../../src/hosts/xlsx/workbook";
import type { SheetModel } from "../../../src/workbook/model";
import { FakeExcel, installFakeOffice, type FakeExcelOptions } from "../../fakes/excelFake";
import type { DumpSheet } from "../../fakes/fakeXlsx";

/** Renders sheet models into an .xlsx (the file host's renderer), as a user's workbook would be saved. */
export async function xlsxOf(models: SheetModel[], opts: { date1904?: boolean } = {}): Promise<Uint8Array> {
  const wb = await newWorkbook();
  if (opts.date1904) (wb.properties as { date1904?: boolean }).date1904 = true;
  for (const m of models) await renderSheet(wb, m);
  return saveWorkbook(wb);
}

export async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  return openWorkbook(bytes);
}

/** A fake loaded from the bytes and installed as the `Excel`/`Office` globals until `uninstall`. */
export async function installFrom(bytes: Uint8Array, opts: Omit<FakeExcelOptions, "sheets" | "date1904"> = {}): Promise<{ fake: FakeExcel; uninstall: () => void }> {
  const fake = await FakeExcel.fromXlsx(bytes, opts);
  return { fake, uninstall: installFakeOffice(fake) };
}

export function installNew(opts: FakeExcelOptions = {}): { fake: FakeExcel; uninstall: () => void } {
  const fake = new FakeExcel(opts);
  return { fake, uninstall: installFakeOffice(fake) };
}

/** The `Excel` global as the tests call it (typed like office.js). */
export function excel(): typeof Excel {
  return (globalThis as unknown as { Excel: typeof Excel }).Excel;
}

/**
 * In a file, text is text whatever the cell's format; through the API, text that Excel would parse is
 * written into a cell formatted "@". That format is the only allowed difference between the two paths.
 */
export function withoutTextFormat(sheet: DumpSheet): DumpSheet {
  const cells = Object.fromEntries(
    Object.entries(sheet.cells).map(([a, c]) => {
      if (typeof c.value !== "string" || c.numberFormat !== "@") return [a, c];
      const { numberFormat: _ignored, ...rest } = c;
      return [a, rest];
    }),
  );
  return { ...sheet, cells };
}

