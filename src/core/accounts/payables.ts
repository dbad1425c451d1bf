/**
 * What we owe each supplier: a supplier invoice is paid by the payments to it (table Paiements, « payé »)
 * and, when « Payé le » is typed on the log, in full on that day (`loggedPayments`: the one reading of
 * that cell, for what is owed and for the bank journal of the accounting export); it is late from the
 * day after its due date. Supplier invoice numbers are unique per supplier only, so a payment names the supplier
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

/** The recorded payments to suppliers by the one invoice each settles (an ambiguous one settles none: its alert asks which supplier it was). */
function recordedByInvoice(invoices: readonly SupplierInvoice[], payments: readonly Payment[]): Map<SupplierInvoice, Payment[]> {
  const out = new Map<SupplierInvoice, Payment[]>();
  for (const p of payments) {
    if (p.direction !== "paid") continue;
    const candidates = payableCandidates(invoices, p);
    if (candidates.length === 1) out.set(candidates[0], [...(out.get(candidates[0]) ?? []), p]);
  }
  return out;
}

/** A payment of a supplier invoice that the log itself stands for. */
export interface LoggedPayment {
  invoice: SupplierInvoice;
  payment: Payment;
}

function impliedPayments(invoices: readonly SupplierInvoice[], recorded: Map<SupplierInvoice, Payment[]>): LoggedPayment[] {
  return invoices.flatMap((invoice): LoggedPayment[] => {
    if (invoice.paidDay === undefined) return [];
    const rest = invoice.grossCents - (recorded.get(invoice) ?? []).reduce((t, p) => t + p.amountCents, 0);
    if (rest <= 0) return [];
    const payment: Payment = { day: invoice.paidDay, direction: "paid", invoice: invoice.number, supplier: invoice.supplier, amountCents: rest, mode: invoice.paymentMode, reference: "", place: invoice.place };
    return [{ invoice, payment }];
  });
}

/**
 * « Payé le » typed on the log: the invoice was settled in full that day, so what the recorded payments
 * do not account for is one payment of the rest (TTC) on that day.
 */
export function loggedPayments(invoices: readonly SupplierInvoice[], payments: readonly Payment[]): LoggedPayment[] {
  return impliedPayments(invoices, recordedByInvoice(invoices, payments));
}

/** The state of each supplier invoice as of `today` (same order as `invoices`). */
export function payableStates(invoices: readonly SupplierInvoice[], payments: readonly Payment[], today: DayNumber): PayableState[] {
  const recorded = recordedByInvoice(invoices, payments);
  const paid = new Map<SupplierInvoice, Cents>();
  const add = (invoice: SupplierInvoice, p: Payment): void => {
    if (p.day <= today) paid.set(invoice, (paid.get(invoice) ?? 0) + p.amountCents);
  };
  for (const [invoice, ps] of recorded) for (const p of ps) add(invoice, p);
  for (const l of impliedPayments(invoices, recorded)) add(l.invoice, l.payment);
  return invoices.map((invoice) => {
    const paidCents = paid.get(invoice) ?? 0;
    const dueCents = Math.max(0, invoice.grossCents - paidCents);
    const daysLate = dueCents > 0 && invoice.dueDay !== undefined && today > invoice.dueDay ? today - invoice.dueDay : 0;
    return { invoice, paidCents, dueCents, daysLate };
  });
}
