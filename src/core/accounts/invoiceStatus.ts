/**
 * The status of each of our invoices, derived from the register and the payments received — never
 * typed: `émise`, `partiellement payée`, `payée`, `en retard` (from the day after the due date while
 * something is still due), `annulée par avoir` (named in a credit note's « Avoir de »). The register's
 * `Statut` column, the alerts and the pane all show this one result.
 *
 * An older register may carry « payée » typed by hand with no payment recorded: the user's word is
 * kept (the invoice counts as paid in full) and flagged (`legacyPaid`) so that an alert asks for the
 * payment to be recorded.
 */
import type { DayNumber } from "../dates/civil";
import type { Cents } from "../money";
import { deriveStatuses, type RegisterRow } from "../invoicing/register";
import type { Payment } from "./documents";

export type DerivedInvoiceStatus = "issued" | "partlyPaid" | "paid" | "overdue" | "cancelled";

export const DERIVED_STATUS_LABEL: Record<DerivedInvoiceStatus, string> = {
  issued: "émise",
  partlyPaid: "partiellement payée",
  paid: "payée",
  overdue: "en retard",
  cancelled: "annulée par avoir",
};

export interface ReceivableState {
  number: string;
  status: DerivedInvoiceStatus;
  /** Received up to `today` (TTC). */
  paidCents: Cents;
  /** Still to be received (0 when paid, cancelled or a credit note). */
  dueCents: Cents;
  /** Days past the due date while something is due (0 otherwise). */
  daysLate: number;
  /** « payée » typed in the register with no payment recorded: kept, and to be recorded. */
  legacyPaid: boolean;
  /** Received beyond the invoice's total. */
  overpaidCents: Cents;
  /** « payée » typed while the payments recorded leave something due: the payments win, and it is said. */
  typedPaidContradicted: boolean;
}

/** Payments received per invoice number, dated up to `today`. */
export function receivedByInvoice(payments: readonly Payment[], today: DayNumber): Map<string, Cents> {
  const out = new Map<string, Cents>();
  for (const p of payments) if (p.direction === "received" && p.day <= today) out.set(p.invoice.trim(), (out.get(p.invoice.trim()) ?? 0) + p.amountCents);
  return out;
}

function stateOf(row: RegisterRow, typed: string | undefined, paidCents: Cents, today: DayNumber): ReceivableState {
  const base = { number: row.number, paidCents, daysLate: 0, legacyPaid: false, overpaidCents: 0, typedPaidContradicted: typed === "paid" && paidCents > 0 && paidCents < row.ttcCents };
  if (typed === "cancelled") return { ...base, status: "cancelled", dueCents: 0 };
  // A credit note is not collected: it cancels what it names.
  if (row.creditOf.trim() !== "") return { ...base, status: "issued", dueCents: 0 };
  if (typed === "paid" && paidCents === 0) return { ...base, status: "paid", dueCents: 0, legacyPaid: true };
  const dueCents = Math.max(0, row.ttcCents - paidCents);
  const overpaidCents = Math.max(0, paidCents - row.ttcCents);
  if (dueCents === 0) return { ...base, status: "paid", dueCents, overpaidCents };
  if (row.dueDate !== undefined && today > row.dueDate) return { ...base, status: "overdue", dueCents, daysLate: today - row.dueDate };
  return { ...base, status: paidCents > 0 ? "partlyPaid" : "issued", dueCents };
}

/** Each register row's state as of `today` (by number, in register order). */
export function invoiceStates(register: readonly RegisterRow[], payments: readonly Payment[], today: DayNumber): Map<string, ReceivableState> {
  const typed = deriveStatuses(register);
  const received = receivedByInvoice(payments, today);
  const out = new Map<string, ReceivableState>();
  for (const row of register) out.set(row.number, stateOf(row, typed.get(row.number), received.get(row.number) ?? 0, today));
  return out;
}
