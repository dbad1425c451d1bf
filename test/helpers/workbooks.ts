/** Small builders shared by host and command tests. */
import type ExcelJS from "exceljs";
import { newWorkbook, openWorkbook, saveWorkbook } from "../../src/hosts/xlsx/workbook";
import { renderSheet } from "../../src/hosts/xlsx/render";
import type { SheetModel } from "../../src/workbook/model";

export async function workbookOf(...sheets: SheetModel[]): Promise<ExcelJS.Workbook> {
  const wb = await newWorkbook();
  for (const s of sheets) await renderSheet(wb, s);
  return wb;
}

/** Saves and re-opens: what a user's file looks like after a round trip through disk. */
export async function reopen(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return openWorkbook(await saveWorkbook(wb));
}

/** Every cell of every sheet as `Sheet!A1 → value|formula`, to prove what changed and what did not. */
export function dumpCells(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const ws of wb.worksheets)
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        // A cell covered by a merge shows its master's value (exceljs) and holds nothing of its own in
        // the file: the master is compared, the merge itself too (by the callers that care).
        if (cell.isMerged && cell.master !== cell) return;
        const v = cell.value as unknown;
        const text = v && typeof v === "object" && "formula" in (v as object) ? `=${cell.formula}` : v instanceof Date ? v.toISOString() : JSON.stringify(v);
        out.set(`${ws.name}!${cell.address}`, text);
      }),
    );
  return out;
}
