/**
 * Settings of the quote and the cost report that are choices, not laws: kept as data so that a
 * company can change them without touching the engine.
 */

/**
 * Hours in a billed day, to price an hourly rate from a duration in working days (quote, remaining
 * work). A facility day is commonly billed 8 h (a 9:00–18:00 session with a lunch break); change it
 * if your rate card counts 10 h days.
 */
export const HOURS_PER_BILLED_DAY = 8;

/**
 * A rate by the half-day (`demi-journée`): a day worked of this many hours or less, on one production,
 * is billed one half-day; a longer day (or a day whose hours are unknown) two. Half of the billed day
 * above, the usual "demi-journée de 4 h" of facility rate cards; change it with your rate card.
 */
export const HOURS_PER_BILLED_HALF_DAY = 4;

/**
 * Cost report colours (Cap PAD's rule, not an official threshold: over budget red, within 5 % orange):
 * a line whose forecast exceeds its budget is over budget; a line whose forecast is within this share
 * of its budget (forecast ≥ 95 % of the budget) is flagged for attention.
 */
export const VARIANCE_WARNING_PERCENT = 5;

/**
 * Postes of people's cost when `Equipe[Poste]` is empty and their rate-card line gives none: pay in
 * chapter 2 (personnel), employer charges in chapter 4 (charges sociales), as the CNC devis splits them
 * (CNC detailed budget 2018, chapters 2 and 4: see `budgetCodes.ts`). Like the `8.x` postes, these are
 * Cap PAD example codes, not CNC numbers: align them with the producer's devis.
 */
export const DEFAULT_PERSON_BUDGET_CODE = "2.1";
export const DEFAULT_PERSON_CHARGES_BUDGET_CODE = "4.1";
