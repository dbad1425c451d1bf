/**
 * The engine's results as the computed cells of `Taches` and `Productions` (civil days as `{ day }`,
 * working days as integers, blanks where nothing applies).
 */
import type { DayNumber } from "../../core/dates/civil";
import type { ProductionSummary, ScheduledTask } from "../../core/planning/model";
import type { OutValue } from "../../workbook/values";

/** A milestone happens on one day: its start is its finish. */
export function shownStart(t: ScheduledTask): DayNumber {
  return t.milestone ? t.finish : t.start;
}

const day = (d: DayNumber | undefined): OutValue => (d === undefined ? null : { day: d });

export const TASK_COMPUTED = ["Début", "Fin", "Marge (j)", "Critique", "Écart (j)", "Statut"] as const;

export function taskCells(t: ScheduledTask): Record<(typeof TASK_COMPUTED)[number], OutValue> {
  return {
    Début: day(shownStart(t)),
    Fin: day(t.finish),
    // A finished task has no float left to speak of.
    "Marge (j)": t.state === "done" ? null : t.totalFloat,
    Critique: t.critical ? "Oui" : null,
    "Écart (j)": t.slipDays ?? null,
    Statut: t.status,
  };
}

export const PRODUCTION_COMPUTED = ["PAD prévu", "Écart PAD (j)", "Statut", "Plage fériés", "Code week-end"] as const;

export function productionCells(p: ProductionSummary, calendar: { range: string; weekendCode: string } | undefined): Record<(typeof PRODUCTION_COMPUTED)[number], OutValue> {
  return {
    "PAD prévu": day(p.padForecast),
    "Écart PAD (j)": p.padSlipDays ?? null,
    Statut: p.status,
    "Plage fériés": calendar?.range ?? null,
    "Code week-end": calendar?.weekendCode ?? null,
  };
}
