/**
 * The workbook's date system, for the functions that read or return dates.
 *
 * Excel passes dates to custom functions as bare serial numbers, and the same number is a different
 * day in a 1900 workbook and in a 1904 one (1 462 days apart). A function may not call Office to ask
 * (it runs on every recalculation, and the functions must stay pure), so the host tells this module
 * once, when it has read the workbook, and the functions read it. Until told, dates are 1900-system
 * serials: Excel's default on Windows, on the web and on every recent Mac.
 *
 * The flag lives on the global object under a registered symbol, not in a module variable: the task
 * pane and the functions are two webpack entries sharing one runtime (one page), and each entry has
 * its own copy of this module. `Symbol.for` gives both copies the same key.
 */

const KEY = Symbol.for("cap-pad.workbook.date1904");

type Holder = { [KEY]?: boolean };

/** Called by the Excel host when it has read the workbook's date system. */
export function setWorkbookDateSystem(use1904: boolean): void {
  (globalThis as Holder)[KEY] = use1904;
}

export function isDateSystem1904(): boolean {
  return (globalThis as Holder)[KEY] === true;
}
