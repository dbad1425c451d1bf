/**
 * The costs of a workbook, computed once per command: the rate card, the resources, the budget, the
 * supplier invoices, the séances priced (people at their payroll employer cost, rooms at their rate)
 * and the plan still to do → the cost report of `core/costs/costReport.ts` as of "today". The check's
 * `costs` step and "Rapport de coûts" both call `costReportOf(ctx)`.
 */
import { buildCostReport, type CostReport } from "../../core/costs/costReport";
import { plannedDayCost } from "../../core/costs/plannedDayCost";
import type { PersonCost } from "../../core/costs/resourceRates";
import { resourceKey } from "../../core/planning/resources";
import type { SheetSource } from "../source";
import { payrollConfigOf } from "../crew/config";
import { crewMembersOf } from "../crew/equipe";
import { costBookingsOf } from "./bookings";
import { budgetOf, purchasesOf, type BudgetRows } from "./budget";
import { programmeMinutesOf, remainingTasksOf } from "./plan";
import { rateCardOf } from "./rateCard";
import { costResourcesOf } from "./resources";
import { BUDGET } from "../contract/costs";

export interface Costs {
  report: CostReport;
  budget: BudgetRows;
}

export function costReportOf(ctx: SheetSource): Costs {
  return ctx.memo("costs.report", () => {
    const budget = budgetOf(ctx);
    const { bookings, averageDayCost } = costBookingsOf(ctx);
    const resources = costResourcesOf(ctx).list.map((r) => (r.kind === "personne" ? { ...r, dayCost: averageDayCost.get(r.id) ?? plannedDayCostOf(ctx, r.id) } : r));
    const report = buildCostReport({
      asOf: ctx.today,
      budget: budget.lines,
      bookings,
      purchases: purchasesOf(ctx),
      tasks: remainingTasksOf(ctx, ctx.today),
      resources,
      rateCard: rateCardOf(ctx),
      programmeMinutes: programmeMinutesOf(ctx),
      budgetTable: { sheet: BUDGET.sheet, row: 0 },
    });
    for (const a of report.alerts) ctx.addAlert(a);
    return { report, budget };
  });
}

/** A person's estimated day before any séance: from the agreed pay and the payroll's rates (`Equipe`, `Taux`). */
function plannedDayCostOf(ctx: SheetSource, name: string): PersonCost | undefined {
  const member = crewMembersOf(ctx).find((m) => resourceKey(m.name) === resourceKey(name));
  return member ? plannedDayCost(member, ctx.today, payrollConfigOf(ctx).config) : undefined;
}

export { rateCardOf } from "./rateCard";
export { costResourcesOf } from "./resources";
export { billableBookingsOf, costBookingsOf } from "./bookings";
export { quoteTasksOf, programmeMinutesOf } from "./plan";
export { budgetOf, purchasesOf } from "./budget";
