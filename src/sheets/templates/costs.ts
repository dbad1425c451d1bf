/**
 * Cost templates: `Tarifs` (the shipped rate card, marked as examples), `Budget` (CNC postes, the
 * computed columns coloured by native conditional formats: over budget red, within 5 % orange) and
 * `Achats` (supplier invoices received).
 */
import { rangeA1 } from "../address";
import { ACHATS, BUDGET, TARIFS } from "../contract/costs";
import { VARIANCE_WARNING_PERCENT } from "../../data/costs/costSettings";
import { CNC_DEVIS_VERSION } from "../../data/costs/budgetCodes";
import type { SheetModel } from "../../workbook/model";
import { varianceColours } from "../costs/colours";
import { INPUT_ROWS, SheetBuilder, firstCell } from "../render";
import type { OutValue } from "../../workbook/values";

/** Rows below a table that its conditional formats already cover (lines typed later). */
const EXTRA_ROWS = 500;

export function tarifsSheet(rows: readonly Record<string, OutValue>[]): SheetModel {
  const b = new SheetBuilder(TARIFS.sheet, false);
  b.title(
    "Tarifs (prix HT)",
    "EXEMPLES (ordres de grandeur 2024–2026, pas un devis) : remplacez-les par vos prix. Poste = code du devis CNC.",
  );
  b.table(TARIFS, 2, 0, [...rows], { blankRows: 3, columnStyles: { Poste: { hAlign: "center" }, Unité: { hAlign: "center" } } });
  b.freeze(3, 1);
  b.options({ tabColor: "#BF8F00" }).printAs({ landscape: false, repeatRows: 3, repeatColumns: 1, extraRows: INPUT_ROWS });
  return b.build();
}

export function budgetSheet(rows: readonly Record<string, OutValue>[]): SheetModel {
  const b = new SheetBuilder(BUDGET.sheet, false);
  b.title(
    "Budget par poste (montants HT)",
    `Une ligne par production et poste (${CNC_DEVIS_VERSION}). Colonnes grises calculées par « Vérifier » : rouge = dépassement, orange = à moins de ${VARIANCE_WARNING_PERCENT} % du devis.`,
  );
  const t = b.table(BUDGET, 2, 0, [...rows], { blankRows: rows.length ? 0 : 10 });
  b.rowHeight(2, 30); // "Surcoûts techniques acceptés" on two lines
  const from = t.spec.columns.findIndex((c) => c.header === "Engagé");
  const to = t.spec.columns.findIndex((c) => c.header === "Écart (%)");
  const range = rangeA1(t.row + 1, t.col + from, t.row + t.rowCount + EXTRA_ROWS, t.col + to);
  varianceColours(b, range, { gap: firstCell(t, "Écart"), quote: firstCell(t, "Devis HT"), forecast: firstCell(t, "Prévision finale") });
  b.freeze(3, 2);
  b.options({ tabColor: "#BF8F00" }).printAs({ landscape: true, repeatRows: 3, repeatColumns: 2, extraRows: INPUT_ROWS });
  return b.build();
}

export function achatsSheet(rows: readonly Record<string, OutValue>[]): SheetModel {
  const b = new SheetBuilder(ACHATS.sheet, false);
  b.title(
    "Achats (factures fournisseurs reçues, HT)",
    "Labo, supports, archives… : ce que les séances ne chiffrent pas (rien de déjà compté en séance).",
  );
  b.table(ACHATS, 2, 0, [...rows], { blankRows: rows.length ? 2 : 10 });
  b.freeze(3, 0);
  b.options({ tabColor: "#BF8F00" }).printAs({ landscape: true, pagesWide: 1, repeatRows: 3, repeatColumns: 1, extraRows: INPUT_ROWS });
  return b.build();
}
