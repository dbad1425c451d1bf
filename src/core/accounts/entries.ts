/**
 * Journal entries (écritures): one per document, each line on one account, debit or credit, in
 * integer cents. The journals are those of the French practice: VT sales, HA purchases, BQ bank.
 * Lines carry the VAT they move, so that the monthly VAT summary adds the very figures of the FEC.
 */
import type { DayNumber } from "../dates/civil";
import type { Cents } from "../money";
import type { PostingAccount } from "./chart";

export type JournalCode = "VT" | "HA" | "BQ";

export const JOURNAL_LABEL: Record<JournalCode, string> = {
  VT: "Ventes",
  HA: "Achats",
  BQ: "Banque",
};

/** The VAT a line makes due (collected) or deductible, at one rate, on one base. */
export interface VatMovement {
  kind: "collected" | "deductible";
  ratePercent: number;
  baseCents: Cents;
}

export interface EntryLine {
  account: string;
  accountLabel: string;
  /** Subsidiary account (the client or the supplier), "" when unused. */
  auxNumber: string;
  auxLabel: string;
  debitCents: Cents;
  creditCents: Cents;
  vat?: VatMovement;
}

export interface JournalEntry {
  journal: JournalCode;
  /** Set by `numberEntries`: continuous per journal. */
  number: string;
  day: DayNumber;
  pieceRef: string;
  pieceDay: DayNumber;
  label: string;
  lines: EntryLine[];
}

export interface Subsidiary {
  number: string;
  label: string;
}

export const NO_SUBSIDIARY: Subsidiary = { number: "", label: "" };

/**
 * One line from a signed amount: positive on the debit side, negative on the credit side (a credit
 * note is the same entry with negative amounts, so it lands on the opposite sides). No line for 0.
 */
export function line(account: PostingAccount, signedCents: Cents, aux: Subsidiary = NO_SUBSIDIARY, vat?: VatMovement): EntryLine[] {
  if (signedCents === 0) return [];
  const out: EntryLine = {
    account: account.account,
    accountLabel: account.label,
    auxNumber: aux.number,
    auxLabel: aux.label,
    debitCents: Math.max(signedCents, 0),
    creditCents: Math.max(-signedCents, 0),
  };
  return [vat ? { ...out, vat } : out];
}

export function entryBalance(entry: JournalEntry): Cents {
  return entry.lines.reduce((s, l) => s + l.debitCents - l.creditCents, 0);
}

/** The subsidiary account of a client or supplier: its name, upper case, letters and digits only. */
export function subsidiaryOf(prefix: "C" | "F", name: string): Subsidiary {
  const label = name.trim();
  const code = label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "")
    .slice(0, 17);
  return label ? { number: `${prefix}${code}`, label } : NO_SUBSIDIARY;
}
