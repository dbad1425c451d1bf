/**
 * The `Charge` sheet of "Vérifier et recalculer": every person's and room's weeks across all productions,
 * planned (the plan's bookings) and worked (the séances' hours, as the payroll counts them), colored
 * against the week's limits — the payroll's own `MAX_HEURES_SEMAINE` (Parametres, the figure the séances
 * are checked against; the scenarios read it too) and `MAX_WEEK_DAYS` — and the resources' unavailability.
 */
import { chargeOf, type Charge } from "../../core/planning/charge";
import { parameterOn } from "../../core/crew/parameters";
import { MAX_WEEK_DAYS, PLANNED_DAY_HOURS } from "../../data/planning/weekLoad";
import { weekLimitsOf } from "./weekLimits";
import { payrollConfigOf } from "../../sheets/crew/config";
import { crewOf } from "../../sheets/crew";
import { hasPlanning, planningOf } from "../../sheets/planning";
import { buildChargeSheet, type ChargeLimits } from "../../sheets/reports/charge";
import type { CheckStep, CommandContext } from "../context";

/** Weeks the sheet shows at most: a year and a half, so that a long plan stays a readable, light sheet. */
export const CHARGE_MAX_WEEKS = 78;

/** The week's limits and where they come from, read once per command. */
export function chargeLimitsOf(ctx: CommandContext): ChargeLimits {
  return ctx.memo("charge.limits", () => {
    // The figures are the scenarios' and the pane's (weekLimitsOf); only the parameter's label is read here.
    const { maxHours, maxDays } = weekLimitsOf(ctx);
    const p = parameterOn(payrollConfigOf(ctx).config, "MAX_HEURES_SEMAINE", ctx.today);
    return {
      maxHours,
      maxHoursSource: p ? `h — ${p.label} (Parametres, MAX_HEURES_SEMAINE)` : "h — MAX_HEURES_SEMAINE absent de Parametres : aucun plafond",
      maxDays,
      maxDaysSource: `j — ${MAX_WEEK_DAYS.source}`,
    };
  });
}

/** The charge of the workbook (plan and séances), computed once per command. */
export function chargeOfWorkbook(ctx: CommandContext): Charge {
  return ctx.memo("charge", () => {
    const plan = planningOf(ctx);
    const crew = crewOf(ctx);
    const worked = crew.analysis.bookings.flatMap((r) => {
      const s = crew.input.bookings[r.index];
      return s && r.hours > 0 ? [{ resource: s.resource, production: s.production, day: s.day, hours: r.hours }] : [];
    });
    return chargeOf({
      bookings: plan.result.bookings,
      hoursPerDay: PLANNED_DAY_HOURS,
      worked,
      unavailabilities: plan.input.unavailabilities ?? [],
      closures: plan.input.closures ?? [],
      today: ctx.today,
      maxWeeks: CHARGE_MAX_WEEKS,
    });
  });
}

export const chargeStep: CheckStep = {
  name: "charge",
  run(ctx) {
    if (!hasPlanning(planningOf(ctx)) && crewOf(ctx).input.bookings.length === 0) return;
    const charge = chargeOfWorkbook(ctx);
    const limits = chargeLimitsOf(ctx);
    ctx.addSheet(buildChargeSheet(charge, limits, ctx.today));
    ctx.summary.push(summaryLine(charge, limits));
  },
};

function summaryLine(charge: Charge, limits: ChargeLimits): string {
  let over = 0;
  let off = 0;
  for (const r of charge.rows)
    for (const w of [...r.planned.values(), ...r.worked.values()]) {
      if (w.hours > limits.maxHours || w.days > limits.maxDays) over++;
      if ((w.unavailableDays ?? 0) > 0) off++;
    }
  return `Charge : ${charge.rows.length} personne(s) ou salle(s) sur ${charge.weeks.length} semaine(s) ; ${over} semaine(s) au-dessus de ${limits.maxHours} h ou ${limits.maxDays} j, ${off} réservée(s) pendant une indisponibilité.`;
}
