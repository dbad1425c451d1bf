/**
 * Day rate of a CDDU paid by the day, from the weekly minimum of a wage grid.
 *
 * Production audiovisuelle (IDCC 2642, CCNPA): a contract of 4 days or fewer pays the weekly minimum
 * divided by 4.5, not by 5 — the "précarité" rule for isolated days, up to 4 consecutive days in a
 * week (USPA memento, olivierschmitt.com/tournage/convention-uspa ; Les Monteurs associés,
 * archives.monteursassocies.com/2012/10/01/le-statut-de-monteur-2). The
 * grid's own "day" columns are built that way (chef monteur 1 138,62 € a week -> 253,03 € a day).
 * Dividing by 5 is the common error (legavox, same section). From 5 days on, the contract is paid
 * by the week, and a day is a fifth of it.
 *
 * The threshold and the divisor are dated parameters of the payroll data (`CONTRAT_COURT_JOURS`,
 * `DIVISEUR_JOUR` in src/data/payroll/parameters.ts), so the rule takes them as arguments.
 */
import { type Cents, roundCents } from "../money";
import { shortContractDayMinimum } from "./minimums";

export interface DayRateRule {
  /** A contract of at most this many days is paid by the day (CCNPA: 4). */
  shortContractMaxDays: number;
  /** Divisor of the weekly minimum for such a contract (CCNPA: 4,5). */
  shortContractDivisor: number;
}

/** Days in a working week: the divisor once the contract covers a whole week. */
export const DAYS_PER_WORKING_WEEK = 5;

export function isShortContract(contractDays: number, rule: DayRateRule): boolean {
  return contractDays <= rule.shortContractMaxDays;
}

/** Daily pay (cents, rounded half away from zero) of a weekly minimum for a contract of `contractDays`. */
export function dayRateFromWeekly(weeklyCents: Cents, contractDays: number, rule: DayRateRule): Cents {
  return isShortContract(contractDays, rule)
    ? shortContractDayMinimum(weeklyCents, rule.shortContractDivisor)
    : roundCents(weeklyCents / DAYS_PER_WORKING_WEEK);
}
