/**
 * The chart of accounts the entries are posted to: dated rows (from, to inclusive) giving an account
 * number and label to each use (clients, suppliers, services sold, purchases by budget code, VAT by
 * rate, bank). The user's own chart replaces the default one; a use with no row valid on a day falls
 * back to 471 « Comptes d'attente » (PCG) so that the entry still balances, and says so.
 */
import type { DayNumber } from "../dates/civil";

export type AccountUsage = "clients" | "suppliers" | "services" | "purchases" | "vatCollected" | "vatCollectedPending" | "vatDeductible" | "vatDeductiblePending" | "bank";

export interface ChartAccount {
  account: string;
  label: string;
  usage: AccountUsage;
  /** For purchases the start of the budget code, for VAT the rate in percent ("5.5"); "" = any. */
  key: string;
  from: DayNumber;
  to?: DayNumber;
}

export interface PostingAccount {
  account: string;
  label: string;
  /** No row of the chart matched: posted to the suspense account. */
  missing?: boolean;
}

export const SUSPENSE_ACCOUNT: PostingAccount = {
  account: "471000",
  label: "Comptes d'attente",
  missing: true,
};

const rateKey = (key: string): number | undefined => {
  const n = Number(key.replace(",", ".").replace("%", "").trim());
  return key.trim() !== "" && Number.isFinite(n) ? n : undefined;
};

/** How well a row's key fits: -1 not at all, 0 the row for any, more = a longer (closer) match. */
function fit(row: ChartAccount, key: string | number | undefined): number {
  const k = row.key.trim();
  if (k === "") return 0;
  if (typeof key === "number") return rateKey(k) === key ? 1 : -1;
  if (key === undefined) return -1;
  return key.trim().startsWith(k) ? k.length : -1;
}

/** The account of a use on a day: the valid row with the closest key (budget code prefix or VAT rate). */
export function accountOf(chart: readonly ChartAccount[], usage: AccountUsage, day: DayNumber, key?: string | number): PostingAccount {
  let best: ChartAccount | undefined;
  let bestFit = -1;
  for (const row of chart) {
    if (row.usage !== usage || day < row.from || (row.to !== undefined && day > row.to)) continue;
    const f = fit(row, key);
    if (f > bestFit) [best, bestFit] = [row, f];
  }
  return best ? { account: best.account, label: best.label } : SUSPENSE_ACCOUNT;
}
