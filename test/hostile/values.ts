/**
 * What hostile users type, by the column type the contract declares (`src/sheets/contract/*.ts`).
 * `unusableFor` lists values that a column of that type cannot hold — a cell holding one must become an
 * alert — and `usableOddities` values that are odd but valid for the type (text in a text column, a date
 * in a text column, a negative amount…), which must only never crash nor be lost.
 */
import type ExcelJS from "exceljs";
import { foldText } from "../../src/sheets/read";
import type { ColumnSpec } from "../../src/sheets/spec";
import type { CellValue } from "../../src/workbook/values";

export const MARKUP = "<img src=x onerror=alert(1)>";

/** Text that is valid as a name but hostile to exports, markup and spreadsheets. */
export const HOSTILE_TEXTS: readonly string[] = [
  "Élodie Lefèvre-Nuñez",
  "Montage 🎬 ✂️ 🇫🇷",
  '=HYPERLINK("http://exemple.invalid","clic")',
  "=1+1",
  "+33 6 12 34 56 78",
  "-Rétro",
  "@Marie",
  "＝SOMME(A1)",
  MARKUP,
  `<b>gras</b> & "guillemets" 'apostrophe' ]]> <!--`,
  "\u00a0espace insécable\u00a0",
  "ligne 1\nligne 2",
  "Ça dépasse ; vraiment, « tout »",
  "x".repeat(300),
];

/** Strings that look like numbers to a careless parser. */
export const NAN_LIKE: readonly string[] = ["NaN", "Infinity", "-Infinity", "1e999", "-1e999"];

const WORDS: readonly string[] = ["abc", "environ trois", "n/a", MARKUP, "=1+1", "@Marie", "🎬", ...NAN_LIKE];

export const ERROR_VALUES: readonly string[] = ["#REF!", "#N/A", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"];

/** Values a column of this type cannot hold (the date system matters: serial 0 is a date in 1904). */
export function unusableFor(col: ColumnSpec, date1904: boolean): ExcelJS.CellValue[] {
  const huge: ExcelJS.CellValue[] = [1e15, -1e15];
  switch (col.type) {
    case "text":
      return [];
    case "integer":
      return [...WORDS, true, 1.5, -2.25, ...huge];
    case "number":
    case "money":
      return [...WORDS, false, ...huge];
    case "percent":
      return [...WORDS, true, 150, -0.25, "150 %", ...huge];
    case "date":
      return [
        ...WORDS,
        true,
        "pas une date",
        "32/13/2026",
        "29/02/2027",
        "31/12/1899",
        "01/01/1850",
        "1850-06-01",
        "31/12/10000",
        -5,
        ...(date1904 ? [] : [0]),
        2958466,
        ...huge,
      ];
    case "time":
      return [...WORDS, false, "25:99", "midi", "9h75", -0.25, 3.5, ...huge];
    case "timecode":
      return [...WORDS, true, "10-00-00-00", "10/00/00/00", "10.00.00.00", "10h00m00s00", "1:2:3:4:5", "10:00:00:99", 0.5, ...huge];
    case "boolean":
      return ["peut-être", 42, ...NAN_LIKE];
    case "list": {
      const allowed = new Set((col.values ?? []).map(foldText));
      // A yes/no list is read as a yes/no cell (VRAI, x, 1 are yes): only what is neither is unusable.
      const yesNo = allowed.has("oui") && allowed.has("non");
      return ["valeur inconnue", MARKUP, "🎬", 42, ...NAN_LIKE, ...(yesNo ? [] : [true])].filter((v) => !allowed.has(foldText(String(v))));
    }
  }
}

/** Odd but valid values for the type: they must be read or ignored, never crash nor be lost. */
export function usableOddities(col: ColumnSpec): ExcelJS.CellValue[] {
  switch (col.type) {
    case "text":
      return [...HOSTILE_TEXTS, 46353, true, "  espaces autour  ", ...NAN_LIKE];
    case "integer":
    case "number":
    case "money":
      return [-3, 0, "1 234", 999999];
    case "date":
      return ["27/11/2026", "2026-11-27", 46353.75];
    case "time":
      return ["9h30", "09:30", 0.375];
    case "percent":
      return ["50 %", 0.5, 1];
    default:
      return col.values?.length ? [col.values[0].toUpperCase(), ` ${col.values[col.values.length - 1]} `] : [];
  }
}

/** The value a command reads from a cell holding `v` (the file host's reading: formulas give their result). */
export function readForm(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v === "" ? null : v;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "object" && "error" in v) return { error: String(v.error) };
  if (typeof v === "object" && "formula" in v) return readForm((v as { result?: ExcelJS.CellValue }).result ?? null);
  return String(v);
}
