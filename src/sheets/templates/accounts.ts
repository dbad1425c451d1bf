/**
 * Templates of the accounts: the chart of accounts (`PlanComptable`, filled with the default accounts and
 * their source) and the `Paiements` sheet (receipts from clients and payments to suppliers).
 */
import { DEFAULT_CHART } from "../../data/accounts/chartOfAccounts";
import { fromIso } from "../../core/dates/civil";
import type { SheetModel } from "../../workbook/model";
import type { OutValue } from "../../workbook/values";
import { ACCOUNT_USAGE_LABEL, PAIEMENTS, PLAN_COMPTABLE } from "../contract/accounts";
import { INPUT_ROWS, SheetBuilder } from "../render";

const dayCell = (iso: string | undefined): OutValue => (iso ? { day: fromIso(iso)! } : null);

export function defaultChartRows(): Record<string, OutValue>[] {
  return DEFAULT_CHART.map((r) => ({
    Compte: r.account,
    Libellé: r.label,
    Usage: ACCOUNT_USAGE_LABEL[r.usage],
    "Poste/Taux": r.key,
    Du: dayCell(r.from),
    Au: dayCell(r.to),
    Source: r.source,
  }));
}

export function planComptableSheet(rows: Record<string, OutValue>[] = defaultChartRows()): SheetModel {
  const b = new SheetBuilder(PLAN_COMPTABLE.sheet, false);
  b.title(
    "Plan comptable de l'export comptable (FEC)",
    "Un compte par usage, daté (Du, Au). Les achats prennent le compte du poste dont le code commence par Poste/Taux ; la TVA, celui de son taux. Remplacez les numéros par ceux de votre expert-comptable.",
  );
  b.table(PLAN_COMPTABLE, 2, 0, rows, { blankRows: 3 });
  b.freeze(3, 1);
  b.options({ tabColor: "#548235" }).printAs({
    landscape: true,
    repeatRows: 3,
    extraRows: INPUT_ROWS,
  });
  return b.build();
}

/** One row per payment, even partial: the invoices' status (Factures) and what is still owed (Achats) come from it. */
export function paiementsSheet(rows: readonly Record<string, OutValue>[]): SheetModel {
  const b = new SheetBuilder(PAIEMENTS.sheet, false);
  b.title(
    "Paiements (reçus des clients, payés aux fournisseurs, TTC)",
    "Une ligne par paiement, même partiel : le statut des factures (Factures) et ce qui reste dû (Achats) en sont tirés.",
  );
  b.table(PAIEMENTS, 2, 0, [...rows], { blankRows: rows.length ? 2 : 10 });
  b.freeze(3, 0);
  b.options({ tabColor: "#BF8F00" }).printAs({ landscape: false, repeatRows: 3, repeatColumns: 1, extraRows: INPUT_ROWS });
  return b.build();
}
