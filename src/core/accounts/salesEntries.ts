/**
 * The sales journal (VT): one entry per invoice or credit note of the register, as issued.
 * Invoice: debit the client (411, subsidiary account of the client) with the amount incl. VAT, credit
 * the services sold (706) with the amount excl. VAT and the VAT of each rate. The VAT of services is
 * due when the client pays (CGI art. 269-2-c): it waits on 445718 until the receipt moves it; with the
 * option for debits it goes straight to the collected VAT of its rate. A credit note is the same entry
 * with negative amounts, so every line lands on the other side.
 */
import type { RowPlace } from "../alerts";
import type { DayNumber } from "../dates/civil";
import type { Cents } from "../money";
import { accountOf } from "./chart";
import { type JournalEntry, line, subsidiaryOf } from "./entries";
import type { PostingRules } from "./postingRules";
import type { RateAmounts } from "./vatShares";

/** An invoice or credit note of the register; a credit note's amounts are negative. */
export interface SaleDocument {
  kind: "invoice" | "creditNote";
  number: string;
  day: DayNumber;
  client: string;
  production: string;
  /** Base and VAT of each rate (negative for a credit note). */
  rates: RateAmounts[];
  /** For a credit note, the invoice it cancels. */
  creditOf: string;
  place?: RowPlace;
}

export const saleGross = (doc: SaleDocument): Cents => doc.rates.reduce((s, r) => s + r.baseCents + r.vatCents, 0);

export function saleEntry(doc: SaleDocument, rules: PostingRules): JournalEntry {
  const client = subsidiaryOf("C", doc.client);
  const what = doc.kind === "creditNote" ? `Avoir ${doc.number}${doc.creditOf ? ` sur ${doc.creditOf}` : ""}` : `Facture ${doc.number}`;
  const net = doc.rates.reduce((s, r) => s + r.baseCents, 0);
  const vatLines = doc.rates.flatMap((r) =>
    rules.vatOnDebits
      ? line(accountOf(rules.chart, "vatCollected", doc.day, r.ratePercent), -r.vatCents, undefined, {
          kind: "collected",
          ratePercent: r.ratePercent,
          baseCents: r.baseCents,
        })
      : line(accountOf(rules.chart, "vatCollectedPending", doc.day, r.ratePercent), -r.vatCents),
  );
  return {
    journal: "VT",
    number: "",
    day: doc.day,
    pieceRef: doc.number,
    pieceDay: doc.day,
    label: [what, doc.client, doc.production].filter(Boolean).join(" "),
    lines: [...line(accountOf(rules.chart, "clients", doc.day), saleGross(doc), client), ...line(accountOf(rules.chart, "services", doc.day), -net), ...vatLines],
  };
}
