/**
 * Every owned sheet of a written .xlsx against its print contract, from the XML as written (not as
 * exceljs reads it back): orientation, A4, fit to pages across, margins, print area, and the manual
 * breaks — which must sit right above each row that starts a page by the contract, found in the
 * sheet's own text.
 */
import type ExcelJS from "exceljs";
import { worksheetView } from "../../src/hosts/xlsx/print";
import { openWorkbook } from "../../src/hosts/xlsx/workbook";
import { ownedSheetSpec } from "../../src/sheets/contract/sheets";
import { isOwnedTitle } from "../../src/workbook/model";
import { MARGINS, printSetup } from "../../src/sheets/print";
import { printXml } from "./xlsxXml";

/** Rows (0-based) whose column A matches, read from the worksheet itself. */
export function rowsMatching(ws: ExcelJS.Worksheet, pattern: RegExp): number[] {
  const rows: number[] = [];
  ws.eachRow((row, n) => {
    const v = row.getCell(1).value;
    if (typeof v === "string" && pattern.test(v)) rows.push(n - 1);
  });
  return rows;
}

/** `A$1:P$90` (the contract's form) → `$A$1:$P$90` (the defined name's). */
const absolute = (area: string): string => area.replace(/(^|:)\$?([A-Z]+)\$?(\d+)/g, "$1$$$2$$$3");

/** The owned sheets checked and, for each difference, `sheet : what (written ≠ expected)`. */
export async function printContractDifferences(bytes: Uint8Array): Promise<{ checked: number; differences: string[] }> {
  const wb = await openWorkbook(bytes);
  const xml = printXml(bytes);
  const differences: string[] = [];
  let checked = 0;
  for (const ws of wb.worksheets) {
    const a1 = ws.getCell(1, 1).value;
    const spec = typeof a1 === "string" && isOwnedTitle(a1) ? ownedSheetSpec(ws.name, a1) : undefined;
    const got = xml.get(ws.name);
    if (!spec || !got) continue;
    checked++;
    const expected = printSetup(spec.print, worksheetView(ws));
    const starts = spec.print.pageStarts ? rowsMatching(ws, spec.print.pageStarts).slice(1) : [];
    const compare: [string, unknown, unknown][] = [
      ["orientation", got.pageSetup.orientation, expected.landscape ? "landscape" : "portrait"],
      ["papier", got.pageSetup.paperSize, "9"],
      ["ajusté", got.fitToPage, true],
      ["pages en largeur", got.pageSetup.fitToWidth, String(expected.pagesWide)],
      ["pages en hauteur", got.pageSetup.fitToHeight, "0"],
      ["marge gauche", Number(got.margins.left), MARGINS.left],
      ["marge haute", Number(got.margins.top), MARGINS.top],
      ["sauts de page", JSON.stringify(got.rowBreaks), JSON.stringify(starts)],
      ["zone d'impression", got.printArea?.replace(/^.*!/, ""), absolute(expected.area!)],
    ];
    for (const [what, written, wanted] of compare) if (written !== wanted) differences.push(`${ws.name} : ${what} ${String(written)} ≠ ${String(wanted)}`);
  }
  return { checked, differences };
}
