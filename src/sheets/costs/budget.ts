/** `Budget` and `Achats` → the cost report's budget lines and supplier invoices, each with its place. */
import type { BudgetLine, Purchase } from "../../core/costs/costReport";
import type { FreezeBudgetLine } from "../../core/costs/quoteFreeze";
import type { SheetSource } from "../source";
import { BUDGET } from "../contract/costs";
import { supplierInvoicesOf } from "../accounts/documents";
import type { RowReader } from "../read";
import { isBlank } from "../../workbook/values";

export interface BudgetRows {
  lines: BudgetLine[];
  /** The row of each line (same index). */
  rows: RowReader[];
  /** The same lines as typed, blank cells undefined (what "Figer le devis" may fill). */
  typed: FreezeBudgetLine[];
}

export function budgetOf(ctx: SheetSource): BudgetRows {
  return ctx.memo("costs.budget", () => {
    const out: BudgetRows = { lines: [], rows: [], typed: [] };
    for (const row of ctx.table(BUDGET)?.rows ?? []) {
      const production = row.text("Production", { required: true });
      const budgetCode = row.text("Poste", { required: true });
      const quote = row.money("Devis HT");
      const technical = row.money("Surcoûts techniques acceptés", { min: 0 });
      if (!production || !budgetCode) continue;
      out.lines.push({
        production,
        budgetCode,
        label: row.text("Libellé"),
        quoteCents: quote ?? 0,
        acceptedTechnicalCents: technical ?? 0,
        comment: row.text("Commentaire"),
        place: { sheet: row.sheet, row: row.sheetRow, id: budgetCode, cell: row.cell("Poste") },
      });
      out.rows.push(row);
      // A cell that cannot be read is not blank: the freeze leaves it to the user (its alert says why).
      const blank = (header: string): boolean => isBlank(row.raw(header));
      out.typed.push({ production, budgetCode, quoteCents: blank("Devis HT") ? undefined : (quote ?? 0), acceptedTechnicalCents: blank("Surcoûts techniques acceptés") ? undefined : (technical ?? 0) });
    }
    return out;
  });
}

/** The cost report's purchases: the supplier invoice log's net amounts (one reader of `Achats`). */
export function purchasesOf(ctx: SheetSource): Purchase[] {
  return ctx.memo("costs.purchases", () =>
    supplierInvoicesOf(ctx).map((inv) => ({
      day: inv.day,
      production: inv.production,
      supplier: inv.supplier || undefined,
      budgetCode: inv.budgetCode,
      amountCents: inv.netCents,
      reference: inv.number || undefined,
      place: { sheet: inv.place?.sheet ?? "", row: inv.place?.row ?? 0, id: inv.number, cell: inv.place?.cells?.budgetCode },
    })),
  );
}
