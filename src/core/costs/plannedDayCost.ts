/**
 * Estimated employer cost of one planned day of a person not booked yet (what remains of a task, for
 * the cost report's "reste à faire"): the gross of a day from the agreed pay — a day rate as it is, a
 * week's pay over the 5 days of a working week, an hourly rate × the hours a day's pay covers
 * (`JOUR_BASE_HEURES` of the agreement) — and the employer charges of that gross on that day
 * (`estimateEmployerCost`, the payroll's dated rates, the ceiling of one worked day). Once the person
 * has séances, the cost report uses the payroll's own cost of their days instead. Statuses the payroll
 * does not estimate (artists, permanent staff, providers) have none.
 */
import type { DayNumber } from "../dates/civil";
import { roundCents } from "../money";
import { numberParameter } from "../crew/parameters";
import { type PayrollConfig } from "../crew/payrollConfig";
import { DAYS_PER_WORKING_WEEK } from "../crew/dayRate";
import { estimateEmployerCost } from "../crew/employerCost";
import type { CrewMember } from "../crew/model";
import type { PersonCost } from "./resourceRates";

/** Hours of a day's pay when the agreement's parameter is missing (the payroll's own default). */
const DEFAULT_DAY_HOURS = 7;

export function plannedDayCost(member: CrewMember, day: DayNumber, config: PayrollConfig): PersonCost | undefined {
  if (member.salaryCents === undefined || !member.salaryUnit) return undefined;
  const hours = member.dayBaseHours ?? numberParameter(config, "JOUR_BASE_HEURES", day, { agreement: member.agreement }) ?? DEFAULT_DAY_HOURS;
  const gross =
    member.salaryUnit === "jour"
      ? member.salaryCents
      : member.salaryUnit === "heure"
        ? roundCents(member.salaryCents * hours)
        : roundCents(member.salaryCents / DAYS_PER_WORKING_WEEK);
  const estimate = estimateEmployerCost(gross, member.status, day, config, { workedDays: 1 });
  if ("error" in estimate) return undefined;
  return { salaryCents: estimate.grossCents, chargesCents: estimate.employerCostCents - estimate.grossCents };
}
