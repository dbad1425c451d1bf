/**
 * The steps of "Vérifier et recalculer" (`cappad check`), in order. Each feature adds its step here:
 * it binds its tables through the context, computes, sets computed cells, adds alerts, its JSON section
 * and its report sheets. Later steps may use what earlier ones memoised (the schedule, the payroll).
 */
import type { CommandContext } from "../context";
import { planningStep } from "../planning/checkStep";
import { costsStep } from "../costs/checkStep";
import { crewStep } from "../crew/checkStep";
import { technicalStep } from "../technical/checkStep";
import { moneyStep } from "../costs/moneyStep";

export interface CheckStep {
  name: string;
  run(ctx: CommandContext): void | Promise<void>;
}

export const CHECK_STEPS: CheckStep[] = [];

// Planning first: later steps (payroll, costs, rushes) read its memoised result through planningOf(ctx).
CHECK_STEPS.push(planningStep);

// Crew and payroll: séance hours and labour-law checks, the months' payroll (crewOf), the payslips typed.
CHECK_STEPS.push(crewStep);

// Costs and invoices: prices the plan and the séances (planningOf, crewOf), the register's consistency.
CHECK_STEPS.push(costsStep);

// Rushes and deliverables: against the project settings and Specs; reads the schedule (start of the
// picture edit, PAD date) through planningOf and prices its surcharges at Tarifs (rateCardOf).
CHECK_STEPS.push(technicalStep);

// The money of each production, last: it gathers the costs, the slip, the surcharges and the invoices
// (`productions[].money`, the `Synthese` sheet).
CHECK_STEPS.push(moneyStep);
