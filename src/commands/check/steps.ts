/**
 * The steps of "Vérifier et recalculer" (`cappad check`), in order. Each feature adds its step here:
 * it binds its tables through the context, computes, sets computed cells, adds alerts, its JSON section
 * and its report sheets. Later steps may use what earlier ones memoised (the schedule, the payroll).
 */
import type { CheckStep } from "../context";
import { planningStep } from "../planning/checkStep";
import { costsStep } from "../costs/checkStep";
import { crewStep } from "../crew/checkStep";
import { technicalStep } from "../technical/checkStep";
import { moneyStep } from "../costs/moneyStep";
import { scenariosStep } from "../planning/scenarios";
import { chargeStep } from "../planning/charge";
import { proposalStep } from "../planning/proposal";
import { overviewStep } from "../planning/overview";
import { accountsStep } from "../accounts/checkStep";

export const CHECK_STEPS: readonly CheckStep[] = [
  // Planning first: later steps (payroll, costs, rushes) read its memoised result through planningOf(ctx).
  planningStep,
  // Crew and payroll: séance hours and labour-law checks, the months' payroll (crewOf), the payslips typed.
  crewStep,
  // Costs and invoices: prices the plan and the séances (planningOf, crewOf), the register's consistency.
  costsStep,
  // Accounts: supplier invoices, payments, what is overdue (after the register is read and checked).
  accountsStep,
  // Rushes and deliverables: against the project settings and Specs; reads the schedule (start of the
  // picture edit, PAD date) through planningOf and prices its surcharges at Tarifs (rateCardOf).
  technicalStep,
  // The money of each production, last: it gathers the costs, the slip, the surcharges and the invoices
  // (`productions[].money`, the `Synthese` sheet).
  moneyStep,
  // What-if scenarios, after the money: they price with the same slip cost (`scenarios` of the JSON).
  scenariosStep,
  // Every person's and room's weeks across productions (the `Charge` sheet): the plan's bookings and the
  // séances' hours, which the planning and crew steps memoised.
  chargeStep,
  // The proposal to the producer: the options of scenariosStep, one signable page per production.
  proposalStep,
  // The pane's pictures (`overview`: every production's PADs, the coming weeks' load), from what the plan computed.
  overviewStep,
];
