/**
 * Payment terms of an invoice (Code de commerce art. L441-10 I; figures and sources in
 * `data/invoicing/legalMentions.ts`): the due date, and the sentence the invoice prints and its
 * e-invoice carries (BT-20), computed once here.
 *
 * A term is a number of days and a way of counting them, both from the client's row:
 * | mode                     | due date                                               | agreed maximum |
 * |--------------------------|--------------------------------------------------------|----------------|
 * | (no days)                | end of the service + 30 days (the legal default)       | —              |
 * | `invoiceDate`            | invoice date + N days                                  | 60 days        |
 * | `endOfMonth`             | invoice date + N days, then the end of that month      | 45 days        |
 * | `endOfMonthThenDays`     | end of the invoice's month, then + N days              | 45 days        |
 * "Fin de mois" without a number of days is the usual "45 jours fin de mois". A periodic (recap)
 * invoice is due at most 45 days after its date, whatever was agreed (CGI art. 289 I-3): the due date
 * is brought back to it and the sentence says so. A due date is never before the invoice's date.
 */
import { addDays, daysInMonth, type DayNumber, dayFromYmd, toFrench, ymdFromDay } from "../dates/civil";
import { PAYMENT_TERM_LIMITS } from "../../data/invoicing/legalMentions";

export type PaymentTermMode = "invoiceDate" | "endOfMonth" | "endOfMonthThenDays";

/** The words of `Clients[Calcul du délai]`, by mode. */
export const PAYMENT_TERM_MODE_LABEL: Readonly<Record<PaymentTermMode, string>> = {
  invoiceDate: "date de facture",
  endOfMonth: "fin de mois",
  endOfMonthThenDays: "fin de mois puis jours",
};

export function parsePaymentTermMode(text: string | undefined): PaymentTermMode | undefined {
  const t = (text ?? "").trim().toLowerCase();
  return (Object.keys(PAYMENT_TERM_MODE_LABEL) as PaymentTermMode[]).find((m) => PAYMENT_TERM_MODE_LABEL[m] === t);
}

export interface PaymentTerm {
  /** Agreed days; undefined = nothing agreed (the legal default). */
  days?: number;
  mode?: PaymentTermMode;
}

export interface DueDateRequest {
  term: PaymentTerm;
  issueDate: DayNumber;
  /** Last day of the service (end of the period, or the delivery date); default: the invoice date. */
  serviceEnd?: DayNumber;
  /** A periodic (recap) invoice of a month. */
  periodic?: boolean;
}

export interface DueDate {
  dueDate: DayNumber;
  /** "Paiement à 45 jours fin de mois (…), soit le 31/01/2027" (no final stop). */
  text: string;
  /** The agreed term went past 45 days from the invoice date and was brought back to it. */
  capped: boolean;
}

const L441_10 = "art. L441-10 du Code de commerce";

/** The largest number of days that may be agreed in a mode. */
export function maxAgreedDays(mode: PaymentTermMode): number {
  return mode === "invoiceDate" ? PAYMENT_TERM_LIMITS.maxDaysFromInvoice : PAYMENT_TERM_LIMITS.maxDaysEndOfMonth;
}

function endOfMonth(day: DayNumber): DayNumber {
  const { year, month } = ymdFromDay(day);
  return dayFromYmd(year, month, daysInMonth(year, month));
}

/** The due date of the term alone, and how the invoice says it (before the periodic cap). */
function agreedDue(req: DueDateRequest): { due: DayNumber; words: string } {
  const { term, issueDate } = req;
  if (term.days === undefined && term.mode !== "endOfMonth" && term.mode !== "endOfMonthThenDays") {
    const days = PAYMENT_TERM_LIMITS.defaultDaysAfterService;
    return { due: addDays(req.serviceEnd ?? issueDate, days), words: `Paiement à ${days} jours après la fin de la prestation (délai légal, ${L441_10})` };
  }
  const mode = term.mode ?? "invoiceDate";
  const days = term.days ?? PAYMENT_TERM_LIMITS.maxDaysEndOfMonth;
  if (mode === "invoiceDate") return { due: addDays(issueDate, days), words: `Paiement à ${days} jours date de facture` };
  if (mode === "endOfMonth") return { due: endOfMonth(addDays(issueDate, days)), words: `Paiement à ${days} jours fin de mois (date de facture + ${days} jours, puis fin du mois)` };
  return { due: addDays(endOfMonth(issueDate), days), words: `Paiement à ${days} jours fin de mois (fin du mois de la facture, puis ${days} jours)` };
}

/** THE due date of an invoice, and its sentence. */
export function dueDateOf(req: DueDateRequest): DueDate {
  const { due, words } = agreedDue(req);
  const cap = addDays(req.issueDate, PAYMENT_TERM_LIMITS.maxDaysPeriodicInvoice);
  if (req.periodic && due > cap) {
    const max = PAYMENT_TERM_LIMITS.maxDaysPeriodicInvoice;
    return { dueDate: cap, capped: true, text: `${words}, ramené à ${max} jours date de facture pour une facture périodique (${L441_10}), soit le ${toFrench(cap)}` };
  }
  if (due < req.issueDate) return { dueDate: req.issueDate, capped: false, text: `${words} : échu à la date de la facture, payable à réception` };
  return { dueDate: due, capped: false, text: `${words}, soit le ${toFrench(due)}` };
}
