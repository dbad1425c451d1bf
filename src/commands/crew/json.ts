/**
 * The crew sections of `cappad check --json` (`"payroll"` and `"bookings"`): the JSON shapes are a
 * contract with scripts that read them, so they are written here, once, from the engine's results.
 */
import type { BookingResult, PayrollLine } from "../../core/crew/payroll";
import { eurosFromCents } from "../../core/money";

/** `"payroll":[…]`: one object per `Paie` line, euros with 2 decimals. */
export function payrollLineToJson(l: PayrollLine) {
  return {
    period: l.period,
    production: l.production,
    name: l.name,
    days: l.days,
    hours: l.hours,
    overtime25: l.overtime25,
    overtime50: l.overtime50,
    gross: eurosFromCents(l.grossCents),
    employeeContributions: eurosFromCents(l.employeeContributionsCents),
    employerContributions: eurosFromCents(l.employerContributionsCents),
    net: eurosFromCents(l.netCents),
    employerCost: eurosFromCents(l.employerCostCents),
    // Added with the employer's agreement and the contracts (the fields above keep their meaning).
    agreement: l.agreement,
    role: l.role,
    paidHolidayHours: l.paidHolidayHours,
  };
}

/**
 * `"bookings":[…]`: one object per séance, `row` being its sheet row. The sheet readers always place a
 * séance; one given without a place (an API caller) is numbered as if its table started on row 1
 * (header row 1, first séance row 2).
 */
export function bookingResultToJson(b: BookingResult) {
  return { row: b.row ?? b.index + 2, hours: b.hours, nightHours: b.nightHours, alerts: b.alerts.map((a) => a.code) };
}
