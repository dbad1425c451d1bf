/**
 * The pay surcharges of a plan's work: what the payroll's own rules add to the gross pay of the crew's
 * planned weeks (overtime bands beyond the legal week, the daily overrun of short contracts, the Sunday
 * and public-holiday premiums), per production. A scenario's pay cost is its figure minus the plan's.
 *
 * Each planned day of a person of the crew (a resource that is an intermittent technician of the crew
 * table; rooms and providers have no pay) becomes one séance of `hoursPerDay` hours (9:00 onwards, no
 * break) and the séances go through the payroll itself (`analyseCrew`, `payrollYear`, `payEmployeeWeek`):
 * the week counted per person across every production, the agreement, bands and premiums of the
 * parameters in force that week, the person's pay rate from the crew table or contract as the payroll
 * reads it. Nothing of a rule is repeated here.
 *
 * The premium part of a line: a Sunday or holiday line is all premium; an overtime or daily-overrun line
 * pays its hours at (100 + p) % of the plain rate, of which the p / (100 + p) share is the premium (the
 * plain hours are already in the slip cost, priced at the resource's rate). Base hours and the
 * guaranteed day are not premiums. A person booked on several productions in a week: the payroll shares
 * the week's lines among the productions pro rata of their hours (`allocation.ts`), and so does this.
 *
 * Night work is not counted: a plan has days, not hours of the day. The figure is the gross premium:
 * the employer's contributions on it are not added (they depend on the whole month's pay and the
 * reduction of contributions, which a plan does not know).
 */
import type { Cents } from "../money";
import { roundCents } from "../money";
import type { Booking as PlannedBooking } from "../planning/model";
import type { Booking as Seance } from "../crew/model";
import { analyseCrew, type CrewInput } from "../crew/payroll";
import { payrollYear } from "../crew/payrollYear";
import type { AllocatedComponent } from "../crew/workWeek";
import { PLANNED_DAY_HOURS } from "../../data/planning/weekLoad";

/** Where a planned day starts (any morning hour: no night hour before 22:00 in any agreement's rule). */
const DAY_START_MINUTES = 9 * 60;

/** The séances of the planned days: one a working day of each booking. */
export function plannedSeances(bookings: readonly PlannedBooking[], hoursPerDay = PLANNED_DAY_HOURS): Seance[] {
  const out: Seance[] = [];
  for (const b of bookings)
    for (let day = b.start; day <= b.finish; day++)
      if (b.calendar.isWorkingDay(day)) out.push({ day, production: b.production, task: b.taskId, resource: b.resource, start: DAY_START_MINUTES, end: DAY_START_MINUTES + hoursPerDay * 60, breakMinutes: 0 });
  return out;
}

/** The premium cents of one allocated pay line. */
function premiumCents(c: AllocatedComponent): number {
  const cents = c.perDayCents.reduce((a, b) => a + b, 0);
  if (c.kind === "sunday" || c.kind === "holiday") return cents;
  if (c.kind === "overtime" || c.kind === "dayOverrun") return (cents * c.percent) / (100 + c.percent);
  return 0;
}

/**
 * The pay premiums of the planned bookings, by production code as the plan writes it. `crew` is the
 * payroll's input (crew, productions, contracts, parameters); its séances are replaced by the plan's days.
 */
export function plannedPayPremiums(crew: Omit<CrewInput, "bookings">, bookings: readonly PlannedBooking[], hoursPerDay = PLANNED_DAY_HOURS): Map<string, Cents> {
  const seances = plannedSeances(bookings, hoursPerDay);
  const codes = new Map(bookings.map((b) => [b.production.toLowerCase(), b.production]));
  const analysis = analyseCrew({ ...crew, bookings: seances });
  const year = payrollYear(analysis.context, analysis.contracts, analysis.prepared);
  const raw = new Map<string, number>();
  for (const week of year.weeksBetween(-Infinity, Infinity))
    for (const part of week.parts) {
      const cents = part.components.reduce((s, c) => s + premiumCents(c), 0);
      if (cents === 0) continue;
      const code = codes.get(part.production.code.toLowerCase()) ?? part.production.code;
      raw.set(code, (raw.get(code) ?? 0) + cents);
    }
  return new Map([...raw].map(([code, cents]) => [code, roundCents(cents)]));
}
