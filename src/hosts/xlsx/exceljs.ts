/**
 * exceljs is loaded on demand: the task pane must paint without it (it weighs about 1 MB), and only
 * file mode and template insertion need it. In Node the package resolves normally; the browser build
 * aliases it to exceljs' own browser bundle.
 */
import type ExcelJS from "exceljs";

let cached: Promise<typeof ExcelJS> | undefined;

export function loadExcelJS(): Promise<typeof ExcelJS> {
  cached ??= import(/* webpackChunkName: "exceljs" */ "exceljs").then((m) => ((m as { default?: typeof ExcelJS }).default ?? (m as unknown as typeof ExcelJS)));
  return cached;
}
