/**
 * The purchases journal (HA): one entry per supplier invoice. Debit the expense account of its budget
 * code (6xx, the chart's row whose poste starts the code) with the amount excl. VAT and the deductible
 * VAT, credit the supplier (401, subsidiary account of the supplier) with the sum. Post-production
 * purchases are services: their VAT becomes deductible once the supplier is paid (BOFiP « TVA – Droits
 * à déduction – Mentions sur les factures d'achat » paragraphe 30, https://bofip.impots.gouv.fr/doctrine/pgp/1111-PGP:
 * the tax must have become due at the supplier's, on payment for services), so it waits on 445668 until the payment moves it. A purchase whose VAT rate is
 * unknown is posted without VAT (the command says so).
 */
import { accountOf } from "./chart";
import type { SupplierInvoice } from "./documents";
import { type JournalEntry, line, subsidiaryOf } from "./entries";
import type { PostingRules } from "./postingRules";

/** The VAT a purchase carries: none when its rate was not typed. */
export const purchaseVat = (inv: SupplierInvoice): number => (inv.vatRatePercent === undefined ? 0 : inv.vatCents);

export function purchaseEntry(inv: SupplierInvoice, rules: PostingRules): JournalEntry {
  const vat = purchaseVat(inv);
  const ref = inv.number || `${inv.supplier} ${inv.label}`.trim() || "sans numéro";
  return {
    journal: "HA",
    number: "",
    day: inv.day,
    pieceRef: ref,
    pieceDay: inv.day,
    label: ["Facture", inv.number, inv.supplier, inv.production, inv.label].filter(Boolean).join(" "),
    lines: [
      ...line(accountOf(rules.chart, "purchases", inv.day, inv.budgetCode), inv.netCents),
      ...line(accountOf(rules.chart, "vatDeductiblePending", inv.day, inv.vatRatePercent), vat),
      ...line(accountOf(rules.chart, "suppliers", inv.day), -(inv.netCents + vat), subsidiaryOf("F", inv.supplier)),
    ],
  };
}
