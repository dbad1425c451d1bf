/**
 * The bank journal (BQ): one entry per receipt or payment, in the order of their days.
 * Receipt: debit the bank (512), credit the client (411); for services on receipts the VAT it carries
 * moves in the same entry from the waiting account (445718) to the collected VAT of its rate.
 * Payment to a supplier: debit the supplier (401), credit the bank; the VAT it carries moves from
 * 445668 to the deductible VAT. A partial payment carries its share of each rate (`vatShares.ts`).
 * A payment whose invoice is unknown is still posted to the bank (its money moved), without VAT and
 * without subsidiary account, and said.
 */
import { type Alert, placedAlert } from "../alerts";
import { type DayNumber, toFrench } from "../dates/civil";
import type { Cents } from "../money";
import { accountOf } from "./chart";
import type { Payment, SupplierInvoice } from "./documents";
import { type EntryLine, type JournalEntry, line, subsidiaryOf, type Subsidiary } from "./entries";
import type { PostingRules } from "./postingRules";
import { payableCandidates } from "./payables";
import { purchaseVat } from "./purchaseEntries";
import { saleGross, type SaleDocument } from "./salesEntries";
import { paymentShares, type RateAmounts } from "./vatShares";

/** What a payment settles: its VAT rates, amount incl. VAT and the counterpart's subsidiary account. */
interface Settled {
  key: string;
  rates: RateAmounts[];
  grossCents: Cents;
  aux: Subsidiary;
  /** The VAT waits for the payment (services on receipts); false: it was due on the invoice. */
  vatWaits: boolean;
}

const purchaseKey = (supplier: string, number: string): string => `${supplier.trim().toLowerCase()}\u0000${number.trim().toLowerCase()}`;

function settledOf(p: Payment, sales: Map<string, SaleDocument>, purchases: readonly SupplierInvoice[], rules: PostingRules): Settled | undefined {
  if (p.direction === "received") {
    const doc = sales.get(p.invoice.trim());
    return (
      doc && {
        key: `V${doc.number}`,
        rates: doc.rates,
        grossCents: saleGross(doc),
        aux: subsidiaryOf("C", doc.client),
        vatWaits: !rules.vatOnDebits,
      }
    );
  }
  // The supplier invoice is found as what is owed finds it (payables.ts): one rule for both.
  const found = payableCandidates(purchases, p);
  if (found.length !== 1) return undefined;
  const inv = found[0];
  const vat = purchaseVat(inv);
  const rates =
    inv.vatRatePercent === undefined
      ? []
      : [
          {
            ratePercent: inv.vatRatePercent,
            baseCents: inv.netCents,
            vatCents: vat,
          },
        ];
  return {
    key: `A${purchaseKey(inv.supplier, inv.number)}`,
    rates,
    grossCents: inv.netCents + vat,
    aux: subsidiaryOf("F", inv.supplier),
    vatWaits: true,
  };
}

/** The VAT lines of a payment: waiting account → due (collected) or deductible account, rate by rate. */
function vatTransfer(p: Payment, shares: readonly RateAmounts[], rules: PostingRules): EntryLine[] {
  const received = p.direction === "received";
  return shares.flatMap((s) => {
    const vat = {
      kind: received ? "collected" : "deductible",
      ratePercent: s.ratePercent,
      baseCents: s.baseCents,
    } as const;
    const pending = accountOf(rules.chart, received ? "vatCollectedPending" : "vatDeductiblePending", p.day, s.ratePercent);
    const due = accountOf(rules.chart, received ? "vatCollected" : "vatDeductible", p.day, s.ratePercent);
    // Collected VAT is a credit (the pending debit releases it); deductible VAT is a debit.
    const sign = received ? 1 : -1;
    return [...line(pending, sign * s.vatCents), ...line(due, -sign * s.vatCents, undefined, vat)];
  });
}

export interface PaymentEntries {
  entries: JournalEntry[];
  /** With the payment's day, so that a period keeps only its own. */
  alerts: { day: DayNumber; alert: Alert }[];
}

export function paymentEntries(payments: readonly Payment[], sales: readonly SaleDocument[], purchases: readonly SupplierInvoice[], rules: PostingRules): PaymentEntries {
  const byNumber = new Map(sales.map((d) => [d.number.trim(), d]));
  const paidBefore = new Map<string, Cents>();
  const entries: JournalEntry[] = [];
  const alerts: PaymentEntries["alerts"] = [];
  for (const p of [...payments].sort((a, b) => a.day - b.day)) {
    const settled = settledOf(p, byNumber, purchases, rules);
    const received = p.direction === "received";
    let shares: RateAmounts[] = [];
    if (!settled) {
      const whose = received ? "facture émise" : "facture fournisseur";
      alerts.push({
        day: p.day,
        alert: placedAlert(
          p.place,
          "COMPTA_PAIEMENT_SANS_FACTURE",
          "warning",
          `le paiement du ${toFrench(p.day)} renvoie à la ${whose} « ${p.invoice} », introuvable (ou ambiguë) : il est passé en banque sans compte de tiers ni TVA.`,
          "invoice",
        ),
      });
    } else {
      const before = paidBefore.get(settled.key) ?? 0;
      if (settled.vatWaits) shares = paymentShares(settled.rates, settled.grossCents, before, p.amountCents);
      paidBefore.set(settled.key, before + p.amountCents);
    }
    const counterpart = accountOf(rules.chart, received ? "clients" : "suppliers", p.day);
    const bank = accountOf(rules.chart, "bank", p.day);
    const sign = received ? 1 : -1;
    entries.push({
      journal: "BQ",
      number: "",
      day: p.day,
      pieceRef: p.reference.trim() || p.invoice.trim() || "sans référence",
      pieceDay: p.day,
      label: [received ? "Encaissement" : "Paiement", p.invoice, settled?.aux.label, p.mode].filter(Boolean).join(" "),
      lines: [...line(bank, sign * p.amountCents), ...line(counterpart, -sign * p.amountCents, settled?.aux), ...vatTransfer(p, shares, rules)],
    });
  }
  return { entries, alerts };
}
