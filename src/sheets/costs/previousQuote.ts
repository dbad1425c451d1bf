/**
 * The quote the `Devis` sheet holds (its last computation), read back as the engine's quote lines: a
 * re-run after re-planning compares the new quote with it. Lines marked "Supprimé" are the previous
 * quote's leftovers, not part of it.
 */
import { QUOTE_CHANGE_LABEL, quoteFromLines, type Quote, type QuoteLine } from "../../core/costs/quote";
import { isRateUnit } from "../../core/costs/rateCard";
import type { SheetSource } from "../source";
import { DEVIS } from "../contract/costs";

export function previousQuoteOf(ctx: SheetSource): Quote | undefined {
  const table = ctx.table(DEVIS);
  if (!table) return undefined;
  const lines: QuoteLine[] = [];
  for (const row of table.rows) {
    if (row.text("Évolution") === QUOTE_CHANGE_LABEL.removed) continue;
    const production = row.text("Production");
    const unit = row.text("Unité") ?? "";
    const quantity = row.number("Quantité");
    const price = row.money("Prix HT");
    const amount = row.money("Montant HT");
    if (!production || !isRateUnit(unit) || quantity === undefined || price === undefined || amount === undefined) continue;
    lines.push({
      production,
      budgetCode: row.text("Poste") ?? "",
      rateCode: row.text("Code") ?? "",
      label: row.text("Désignation") ?? "",
      unit,
      quantity,
      unitPriceCents: price,
      amountCents: amount,
      tasks: (row.text("Tâches") ?? "").split(",").map((t) => t.trim()).filter((t) => t !== ""),
    });
  }
  return quoteFromLines(lines);
}
