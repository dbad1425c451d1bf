/**
 * The accounting documents besides our own invoices: the invoices our suppliers send us (the `Achats`
 * log) and the money that comes in or goes out (the `Paiements` table). Core speaks of domain fields;
 * the sheets' readers build these from the rows and keep each row's place for the alerts. Money in
 * integer cents; dates as civil day numbers.
 */
import type { RowPlace } from "../alerts";
import type { DayNumber } from "../dates/civil";

/** One supplier invoice (a purchase), as logged. */
export interface SupplierInvoice {
  day: DayNumber;
  supplier: string;
  /** The supplier's own invoice number ("" when not typed: older logs had none). */
  number: string;
  production: string;
  /** Budget code (poste) the cost is booked to, e.g. "10.2". */
  budgetCode: string;
  label: string;
  netCents: number;
  /** VAT rate in percent (20, 10, 5.5, 2.1, 0); undefined when not typed. */
  vatRatePercent: number | undefined;
  vatCents: number;
  grossCents: number;
  dueDay: DayNumber | undefined;
  /** The day it was paid in full, when typed on the log itself. */
  paidDay: DayNumber | undefined;
  paymentMode: string;
  place?: RowPlace;
}

/** Which way the money went: received from a client, or paid to a supplier. */
export type PaymentDirection = "received" | "paid";

/** One receipt or payment (partial payments are several rows for one invoice). */
export interface Payment {
  day: DayNumber;
  direction: PaymentDirection;
  /** Our invoice number (received) or the supplier's invoice number (paid). */
  invoice: string;
  /** For a payment to a supplier, who was paid (supplier invoice numbers are unique per supplier only). */
  supplier?: string;
  amountCents: number;
  mode: string;
  reference: string;
  place?: RowPlace;
}
