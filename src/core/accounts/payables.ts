/**
 * What we owe each supplier: a supplier invoice is paid when « Payé le » is typed on the log or when
 * the payments to it (table Paiements, « payé ») reach its total; it is late from the day after its
 * due date. Supplier invoice numbers are unique per supplier only, so a payment names the supplier
 * when two suppliers used the same number.
 */
import type { DayNumber } from "../dates/civil";
import type { Cents } from "../money";
import type { Payment, SupplierInvoice } from "./documents";

export interface PayableState {
  invoice: SupplierInvoice;
  paidCents: Cents;
  dueCents: Cents;
  daysLate: number;
}

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The supplier invoices a payment may settle: by number, narrowed by supplier when it names one. */
export function payableCandidates(invoices: readonly SupplierInvoice[], payment: Payment): SupplierInvoice[] {
  const byNumber = invoices.filter((i) => i.number !== "" && same(i.number, payment.invoice));
  if (payment.supplier) {
    const named = byNumber.filter((i) => same(i.supplier, payment.supplier!));
    if (named.length) return named;
  }
  return byNumber;
}

/** The state of each supplier invoice as of `today` (same order as `invoices`). */
export function payableStates(invoices: readonly SupplierInvoice[], payments: readonly Payment[], today: DayNumber): PayableState[] {
  const paid = new Map<SupplierInvoice, Cents>();
  for (const p of payments) {
    if (p.direction !== "paid" || p.day > today) continue;
    const candidates = payableCandidates(invoices, p);
    // An ambiguous payment settles nothing: its alert asks which supplier it was.
    if (candidates.length === 1) paid.set(candidates[0], (paid.get(candidates[0]) ?? 0) + p.amountCents);
  }
  return invoices.map((invoice) => {
    const settled = invoice.paidDay !== undefined && invoice.paidDay <= today;
    const paidCents = settled ? invoice.grossCents : (paid.get(invoice) ?? 0);
    const dueCents = Math.max(0, invoice.grossCents - paidCents);
    const daysLate = dueCents > 0 && invoice.dueDay !== undefined && today > invoice.dueDay ? today - invoice.dueDay : 0;
    return { invoice, paidCents, dueCents, daysLate };
  });
}
