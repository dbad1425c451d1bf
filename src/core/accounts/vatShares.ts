/**
 * The VAT a partial payment makes due: each payment carries its share of every VAT rate of the
 * invoice, in proportion to the amount paid over the amount incl. VAT. Shares are taken on the running
 * total (what is due after this payment minus what was due before), each rounded to the cent half away
 * from zero: the payments of an invoice paid in full always add up to its VAT exactly, whatever the
 * number of instalments.
 */
import { type Cents, roundCents } from "../money";

export interface RateAmounts {
  ratePercent: number;
  baseCents: Cents;
  vatCents: Cents;
}

/** `whole × part / total`, rounded; the part is capped at the total (an overpayment carries no more VAT). */
function shareOf(whole: Cents, part: Cents, total: Cents): Cents {
  if (total === 0) return 0;
  const capped = Math.sign(part) * Math.min(Math.abs(part), Math.abs(total));
  return roundCents((whole * capped) / total);
}

/** The base and VAT of each rate carried by a payment of `paidNowCents`, after `paidBeforeCents` were paid. */
export function paymentShares(rates: readonly RateAmounts[], grossCents: Cents, paidBeforeCents: Cents, paidNowCents: Cents): RateAmounts[] {
  return rates.map((r) => ({
    ratePercent: r.ratePercent,
    baseCents: shareOf(r.baseCents, paidBeforeCents + paidNowCents, grossCents) - shareOf(r.baseCents, paidBeforeCents, grossCents),
    vatCents: shareOf(r.vatCents, paidBeforeCents + paidNowCents, grossCents) - shareOf(r.vatCents, paidBeforeCents, grossCents),
  }));
}
