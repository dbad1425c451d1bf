/**
 * The séances as the cost report and the billing need them, from the crew step's memoised analysis
 * (`crewOf`): each séance's resource (as `Equipe` writes it), hours, and — for people — its share of
 * the payroll's employer cost of that person, production and day, pay and charges apart (CNC
 * chapters 2 and 4). The payroll spreads a month's pay line over its worked days by their gross; a day
 * worked in two séances shares its cost by their hours.
 */
import type { CostBooking } from "../../core/costs/costReport";
import type { PersonCost } from "../../core/costs/resourceRates";
import { allocateCents } from "../../core/crew/gross";
import type { PreparedBooking } from "../../core/crew/bookings";
import type { Booking } from "../../core/crew/model";
import type { BillableBooking } from "../../core/invoicing/billing";
import type { SheetSource } from "../source";
import { crewOf, personDayKey } from "../crew";
import { costResourcesOf } from "./resources";

export interface CostBookings {
  bookings: CostBooking[];
  billable: BillableBooking[];
  /** Average cost of a day of each person (pay and charges), for the planned work not booked yet. */
  averageDayCost: Map<string, PersonCost>;
}

export function costBookingsOf(ctx: SheetSource): CostBookings {
  return ctx.memo("costs.bookings", () => {
    const crew = crewOf(ctx);
    const { canonical } = costResourcesOf(ctx);
    const dayCosts = new Map<string, PersonCost>();
    const totals = new Map<string, { salary: number; charges: number; days: number }>();
    for (const month of crew.months)
      for (const line of crew.payroll(month).lines) {
        const weights = line.workedDays.map((d) => d.grossCents);
        const salary = allocateCents(line.grossCents, weights);
        const charges = allocateCents(line.employerCostCents - line.grossCents, weights);
        line.workedDays.forEach((d, i) => dayCosts.set(personDayKey(line.name, line.production, d.day), { salaryCents: salary[i], chargesCents: charges[i] }));
        const name = canonical(line.name) ?? line.name;
        const t = totals.get(name) ?? { salary: 0, charges: 0, days: 0 };
        t.salary += line.grossCents;
        t.charges += line.employerCostCents - line.grossCents;
        t.days += line.workedDays.length;
        totals.set(name, t);
      }

    const bookings: CostBooking[] = [];
    const billable: BillableBooking[] = [];
    // Séances of one person, production and day share that day's cost by their hours.
    const groups = new Map<string, number[]>();
    crew.input.bookings.forEach((b, i) => {
      const resource = canonical(b.resource) ?? b.resource;
      const hours = crew.analysis.bookings[i]?.hours || undefined;
      const row = crew.seanceRows[i];
      const place = { sheet: row.sheet, row: row.sheetRow, id: resource, cell: row.cell("Ressource") };
      bookings.push({ day: b.day, production: b.production, task: b.task, resource, hours, place });
      billable.push(billableOf(b, resource, hours, crew.analysis.prepared[i]));
      const key = personDayKey(b.resource, b.production, b.day);
      if (dayCosts.has(key)) groups.set(key, [...(groups.get(key) ?? []), bookings.length - 1]);
    });
    for (const [key, indices] of groups) {
      const day = dayCosts.get(key)!;
      const weights = indices.map((i) => bookings[i].hours ?? 0);
      const even = weights.some((w) => w <= 0) ? indices.map(() => 1) : weights;
      const salary = allocateCents(day.salaryCents, even);
      const charges = allocateCents(day.chargesCents, even);
      indices.forEach((i, n) => (bookings[i].personCost = { salaryCents: salary[n], chargesCents: charges[n] }));
    }
    const averageDayCost = new Map<string, PersonCost>();
    for (const [name, t] of totals)
      if (t.days > 0) averageDayCost.set(name, { salaryCents: Math.round(t.salary / t.days), chargesCents: Math.round(t.charges / t.days) });
    return { bookings, billable, averageDayCost };
  });
}

/**
 * A séance as billing reads it: its hours, and when they were worked (Sunday, holiday, night) as the
 * payroll's rules of its agreement say (`prepareBooking`: holidays of the production's zone, the
 * night window of its parameters), so that the invoice and the pay agree on what a Sunday or a night is.
 */
function billableOf(b: Booking, resource: string, hours: number | undefined, prepared: PreparedBooking | undefined): BillableBooking {
  const out: BillableBooking = { day: b.day, production: b.production, task: b.task, resource, hours };
  if (!prepared) return out;
  out.dateKind = { sunday: prepared.kind.sunday, holiday: prepared.kind.holiday !== undefined };
  out.parts = prepared.parts.map((p) => ({ minutes: p.minutes, sunday: p.sunday, holiday: p.holiday !== undefined }));
  if (prepared.nightMinutes > 0) out.nightHours = prepared.nightMinutes / 60;
  return out;
}
