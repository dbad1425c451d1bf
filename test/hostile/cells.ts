/**
 * Mutations of single cells of the contract's input tables: a value the column's declared type cannot
 * hold (text in a date, a boolean in an amount, NaN-like strings, huge and negative numbers, dates
 * before 1900 or after 9999, timecodes with wrong separators), Excel errors, blanks and whitespace,
 * formulas in input cells, odd but valid values, and computed cells typed over by hand. Each unusable
 * cell expects an alert naming it.
 */
import type ExcelJS from "exceljs";
import { displayValue } from "../../src/workbook/values";
import type { BoundRef, Build } from "./build";
import { dataCell, dataRowCount, headersOf } from "./tables";
import { ERROR_VALUES, HOSTILE_TEXTS, readForm, unusableFor, usableOddities } from "./values";

interface Target {
  bound: BoundRef;
  row: number;
  col: number;
}

/** A random cell of a data row of some input table; `input` limits it to the contract's input columns. */
function target(b: Build, which: "input" | "computed" | "any" = "input"): Target | undefined {
  const bound = b.someTable();
  if (!bound) return undefined;
  const cols = headersOf(bound.t)
    .map((_, j) => j)
    .filter((j) => {
      const c = b.columnAt(bound, j);
      return which === "any" || (which === "computed" ? c?.computed === true : c !== undefined && !c.computed);
    });
  if (cols.length === 0) return undefined;
  return { bound, row: b.rnd.int(dataRowCount(bound.t)), col: b.rnd.pick(cols) };
}

function wrongType(b: Build): void {
  const t = target(b);
  const column = t && b.columnAt(t.bound, t.col);
  if (!t || !column) return;
  const values = unusableFor(column, b.date1904);
  if (values.length === 0) return errorValue(b, t);
  b.put(t.bound, t.row, t.col, b.rnd.pick(values), "type", "mauvais-type", `impossible pour une colonne ${column.type}`);
}

function errorValue(b: Build, at?: Target): void {
  const t = at ?? target(b);
  if (!t) return;
  b.put(t.bound, t.row, t.col, { error: b.rnd.pick(ERROR_VALUES) } as ExcelJS.CellErrorValue, "erreur", "erreur-excel", "");
}

function blank(b: Build): void {
  const t = target(b);
  const column = t && b.columnAt(t.bound, t.col);
  if (!t || !column) return;
  const value = b.rnd.pick(["", "   ", "\u00a0", null]);
  b.put(t.bound, t.row, t.col, value, column.required ? "obligatoire" : undefined, column.required ? "obligatoire-vide" : "vide", "");
}

function whitespaceAround(b: Build): void {
  const t = target(b);
  if (!t) return;
  const v = dataCell(t.bound.t, t.row, t.col).value;
  if (typeof v !== "string" || !v.trim()) return;
  b.put(t.bound, t.row, t.col, `  ${v}\u00a0 `, undefined, "espaces", "espaces autour d'une valeur valide");
}

/** A formula whose result is the value already there: commands read the result and keep the formula. */
function formulaSameValue(b: Build): void {
  const t = target(b);
  if (!t) return;
  const v = readForm(dataCell(t.bound.t, t.row, t.col).value);
  let formula: string;
  if (typeof v === "number") formula = `${v}*1`;
  else if (typeof v === "string" && !v.includes('"') && !v.includes("\n")) formula = `"${v}"`;
  else if (typeof v === "boolean") formula = v ? "TRUE()" : "FALSE()";
  else return;
  b.put(t.bound, t.row, t.col, { formula, result: v } as ExcelJS.CellFormulaValue, undefined, "formule", `formule de même valeur (${displayValue(v)})`);
}

function formulaError(b: Build): void {
  const t = target(b);
  if (!t) return;
  const [formula, error] = b.rnd.pick([
    ["1/0", "#DIV/0!"],
    ["VLOOKUP(\"x\",A1:A2,2,FALSE)", "#N/A"],
    ["#REF!+1", "#REF!"],
  ] as const);
  b.put(t.bound, t.row, t.col, { formula, result: { error } } as unknown as ExcelJS.CellFormulaValue, "erreur", "formule-erreur", "");
}

function oddity(b: Build): void {
  const t = target(b);
  const column = t && b.columnAt(t.bound, t.col);
  if (!t || !column) return;
  const values = column.type === "text" ? HOSTILE_TEXTS : usableOddities(column);
  if (values.length === 0) return;
  b.put(t.bound, t.row, t.col, b.rnd.pick(values), undefined, "valeur-etrange", `inhabituelle mais valable pour une colonne ${column.type}`);
}

/** A user typing over a computed cell: it is Cap PAD's, rewritten by the next check. */
function typedOverComputed(b: Build): void {
  const t = target(b, "computed");
  if (!t) return;
  b.put(t.bound, t.row, t.col, b.rnd.pick(["à la main", 12, { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue]), undefined, "calcul-ecrase", "cellule calculée tapée à la main");
}

export const CELL_MUTATIONS: readonly ((b: Build) => void)[] = [
  wrongType,
  wrongType,
  wrongType,
  wrongType,
  (b) => errorValue(b),
  (b) => errorValue(b),
  blank,
  blank,
  whitespaceAround,
  formulaSameValue,
  formulaError,
  oddity,
  oddity,
  typedOverComputed,
];
