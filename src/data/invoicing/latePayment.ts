/**
 * Late payment between professionals (Code de commerce, art. L. 441-10 II and D. 441-5): dated rows,
 * never constants in the rules. Penalties run from the day after the due date, at the ECB's main
 * refinancing rate in force on 1 January (first half-year) or 1 July (second half-year) plus 10 points,
 * unless the invoice's terms set another rate; plus a fixed recovery indemnity of 40 € per late invoice.
 * L. 441-10: https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038414235 (ordonnance 2019-359
 * of 24 April 2019); D. 441-5: https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000026571532
 * (décret 2012-1115 of 2 October 2012).
 */

export interface EcbRateRow {
  /** AAAA-MM-JJ, first and last day of the half-year. */
  from: string;
  to: string;
  /** ECB main refinancing rate in force on the half-year's first day, in percent. */
  ecbRatePercent: number;
  source: string;
  /** Said beside the figure when the rate is not confirmed. */
  note?: string;
}

export const ECB_RATES: readonly EcbRateRow[] = [
  { from: "2025-01-01", to: "2025-06-30", ecbRatePercent: 3.15, source: "BCE, taux des opérations principales de refinancement depuis le 18/12/2024 (https://apl.bsi.si/orodja/avkcije-en.asp)" },
  { from: "2025-07-01", to: "2025-12-31", ecbRatePercent: 2.15, source: "BCE, taux des opérations principales de refinancement depuis le 11/06/2025 (https://apl.bsi.si/orodja/avkcije-en.asp)" },
  { from: "2026-01-01", to: "2026-06-30", ecbRatePercent: 2.15, source: "BCE, taux inchangé à la réunion du 05/02/2026 (https://www.brusselstimes.com/eu-affairs/1955847/ecb-freezes-interest-rates-as-inflation-risks-linger-amid-economic-uncertainty/)" },
  {
    from: "2026-07-01",
    to: "2026-12-31",
    ecbRatePercent: 2.15,
    source: "Taux du semestre précédent reconduit",
    note: "à vérifier : le taux BCE en vigueur au 01/07/2026 n'a pas été confirmé ; corrigez-le d'après https://www.ecb.europa.eu/stats/policy_and_exchange_rates/key_ecb_interest_rates/",
  },
];

/** Points added to the ECB rate (L. 441-10 II). */
export const LATE_PENALTY_POINTS = { points: 10, from: "2019-04-26", source: "Code de commerce, art. L. 441-10 II (ordonnance 2019-359 du 24/04/2019)" } as const;

/** Fixed recovery indemnity per late invoice, in cents (D. 441-5). */
export const RECOVERY_INDEMNITY = { cents: 4000, from: "2013-01-01", source: "Code de commerce, art. D. 441-5 (décret 2012-1115 du 02/10/2012)" } as const;

/** The three letters, mildest first: a reminder, a firmer one, the formal notice (« mise en demeure »). */
export type ReminderKind = "first" | "second" | "formalNotice";

/**
 * The reminder's level by days late — common practice, not law (a reminder is not required for the
 * penalties to run): a first reminder, a firmer second one from 15 days, a formal notice from 30 days.
 * `payWithinDays`: the deadline the letter gives (none for the first, a courteous request). The formal
 * notice puts the debtor on notice (Code civil, art. 1344, ordonnance 2016-131 of 10 February 2016, as
 * commented in https://www.acvnp.fr/articles/63939-la-mise-en-demeure-du-debiteur-articles-1344-a-1344-2-du-code-civil):
 * a clear demand with a deadline.
 */
export const REMINDER_LEVELS: readonly { fromDaysLate: number; label: string; kind: ReminderKind; payWithinDays?: number }[] = [
  { fromDaysLate: 1, label: "Première relance", kind: "first" },
  { fromDaysLate: 15, label: "Seconde relance", kind: "second", payWithinDays: 8 },
  { fromDaysLate: 30, label: "Mise en demeure", kind: "formalNotice", payWithinDays: 8 },
];

/**
 * Days at least between two letters on one invoice: the next level is sent only once the previous one
 * had time to arrive and be answered (a week and a day — a practice choice, not a legal rule).
 */
export const REMINDER_INTERVAL_DAYS = 8;
