/**
 * Conditional formats cannot be read back from a recalculated file. To prove what LibreOffice paints,
 * tests write each rule's formula into an ordinary cell, shifted to the cell it would color (relative
 * references move, `$` parts stay), and read the results. Strings are left alone.
 */
import { columnIndex, columnLetters } from "../../src/sheets/address";

const REF = /(^|[^A-Za-z0-9_.\[\]'"$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(\[])/g;

/** The formula as written in the cell `dRows` below and `dCols` right of the one it was written for. */
export function shiftFormula(formula: string, dRows: number, dCols: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REF, (_, before: string, colAbs: string, col: string, rowAbs: string, row: string) => {
            const c = colAbs ? col : columnLetters(columnIndex(col) + dCols);
            const r = rowAbs ? row : String(Number(row) + dRows);
            return `${before}${colAbs}${c}${rowAbs}${r}`;
          }),
    )
    .join("");
}

/** `IF(rule1,1,IF(rule2,2,…,0))`: the number of the first true rule, as LibreOffice applies only that one. */
export function firstTrue(rules: readonly string[]): string {
  return rules.reduceRight((inner, rule, i) => `IF(${rule},${i + 1},${inner})`, "0");
}
