/**
 * Rows typed just under an input table are never ignored. Excel grows a table while one types under
 * it; LibreOffice, Google Sheets or a script do not, and a séance typed there used to vanish from pay
 * and invoices. Every command takes them into the table first — the snapshot it computes on has them
 * as the table's last rows, its patch grows the table (an `extend` op, before any other write), and an
 * information alert names the rows. Where the table cannot grow there (merged cells, another table, a
 * totals row, an Excel without the API), each row gets an error alert saying how to take it in.
 *
 * Generic over the contract: any table users type into gets it, including tables added later.
 */
import type { Alert } from "../core/alerts";
import { rowKeys, type ExtendOp } from "../workbook/patch";
import type { Snapshot, TableSnapshot } from "../workbook/snapshot";
import { sheetCell } from "./address";
import { tableSpec } from "./contract";
import { isTypedInto, keyColumns as keyColumnsOf } from "./spec";

/**
 * Said when it happens, not kept in the workbook: the rows are in the table from then on, so the
 * `Alerte` column and the `Alertes` sheet do not record it (a second run finds nothing to say and
 * changes nothing).
 */
export const SAID_ONCE = new Set(["TABLE_LIGNES_AJOUTEES"]);

export interface TypedRowsOutcome {
  /** The snapshot with the rows taken in: the tables' last rows, `below` gone. */
  snapshot: Snapshot;
  /** One per table that grows, for the patch (hosts apply them before any other write). */
  extensions: ExtendOp[];
  alerts: Alert[];
}

/** 1-based sheet row of the `i`-th row under a table. */
const rowUnder = (t: TableSnapshot, i: number): number => t.headerRow + 2 + t.rows.length + i;

function rowsSpan(t: TableSnapshot, count: number): string {
  const first = rowUnder(t, 0);
  return count > 1 ? `les lignes ${first} à ${first + count - 1}, saisies` : `la ligne ${first}, saisie`;
}

function adopted(t: TableSnapshot, name: string, count: number): Alert {
  return {
    code: "TABLE_LIGNES_AJOUTEES",
    severity: "info",
    sheet: t.sheet,
    row: rowUnder(t, 0),
    id: "",
    cell: sheetCell(t.sheet, rowUnder(t, 0) - 1, t.left),
    message: `Table ${name} : ${rowsSpan(t, count)} juste sous le tableau, ${count > 1 ? "en font" : "en fait"} désormais partie (le tableau a été agrandi, comme Excel le fait pendant la saisie).`,
  };
}

function refused(t: TableSnapshot, name: string, i: number, reason: string): Alert {
  const row = rowUnder(t, i);
  return {
    code: "TABLE_LIGNE_HORS_TABLE",
    severity: "error",
    sheet: t.sheet,
    row,
    id: "",
    cell: sheetCell(t.sheet, row - 1, t.left),
    message: `${t.sheet}, ligne ${row} : saisie juste sous la table ${name} mais hors du tableau, elle n'est pas lue (${reason}). Agrandissez le tableau pour l'y inclure (Création de tableau > Redimensionner le tableau).`,
  };
}

/** Takes the rows typed under every input table into it (or says why it cannot, row by row). */
export function adoptTypedRows(snapshot: Snapshot): TypedRowsOutcome {
  const outcome: TypedRowsOutcome = { snapshot, extensions: [], alerts: [] };
  let tables: Record<string, TableSnapshot> | undefined;
  for (const [key, t] of Object.entries(snapshot.tables)) {
    const spec = tableSpec(t.name);
    if (!t.below || t.below.rows.length === 0 || !spec || !isTypedInto(spec)) continue;
    const { rows, formulas, blocked } = t.below;
    if (blocked) {
      rows.forEach((_, i) => outcome.alerts.push(refused(t, spec.name, i, blocked)));
      continue;
    }
    const keyColumns = keyColumnsOf(spec);
    outcome.extensions.push({ kind: "extend", table: t.name, expectedRowCount: t.rows.length, rows: rows.length, keyColumns, expectedKeys: rowKeys({ ...t, rows }, keyColumns) });
    outcome.alerts.push(adopted(t, spec.name, rows.length));
    tables ??= { ...snapshot.tables };
    const grown: TableSnapshot = { ...t, rows: [...t.rows, ...rows] };
    if (t.formulas) grown.formulas = [...t.formulas, ...(formulas ?? rows.map((r) => r.map(() => null)))];
    delete grown.below;
    tables[key] = grown;
  }
  if (tables) outcome.snapshot = { ...snapshot, tables };
  return outcome;
}
