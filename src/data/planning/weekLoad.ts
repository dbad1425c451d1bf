/**
 * The limit in days a week of planned work is compared with (what-if scenarios: « surcharges » of people and
 * rooms across productions). Data, with their source, so that a company tunes them without touching
 * the engine.
 */
import { HOURS_PER_BILLED_DAY } from "../costs/costSettings";

export interface WeekLoadLimit {
  value: number;
  from: string;
  to: string | null;
  source: string;
}

// The 48 hours of a week are not repeated here: the scenarios read the payroll's own dated parameter
// `MAX_HEURES_SEMAINE` (the workbook's Parametres, else the shipped row), the figure the séances are
// checked against too.

/**
 * 5 days: the working week of post-production houses (two days off in a row); the law allows 6
 * (weekly rest of 24 h + 11 h, Code du travail L3132-2, https://code.travail.gouv.fr/code-du-travail/l3132-2).
 * A Cap PAD threshold to warn before the legal limit [à vérifier avec votre convention].
 */
export const MAX_WEEK_DAYS: WeekLoadLimit = {
  value: 5,
  from: "2000-01-01",
  to: null,
  source: "Pratique de la post-production (deux jours de repos) ; limite légale 6 jours, Code du travail L3132-2 [à vérifier]",
};

/** Hours one planned resource-day counts: the billed day of the quote and the slip cost. */
export const PLANNED_DAY_HOURS = HOURS_PER_BILLED_DAY;
