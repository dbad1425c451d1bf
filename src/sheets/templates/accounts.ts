/** The `Paiements` sheet: receipts from clients and payments to suppliers, partial payments one row each. */
import { PAIEMENTS } from "../contract/accounts";
import type { SheetModel } from "../../workbook/model";
import { INPUT_ROWS, SheetBuilder } from "../render";
import type { OutValue } from "../../workbook/values";

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
