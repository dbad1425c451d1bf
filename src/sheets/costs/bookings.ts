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
import type { Place } from "../../core/costs/quote";
import type { RowReader } from "../read";
import type { SheetSource } from "../source";
import { foldKey } from "../../core/crew/model";
import type { DayNumber } from "../../core/dates/civil";
import { crewOf, type CrewData } from "../crew";
import { costResourcesOf } from "./resources";

export interface CostBookings {
  bookings: CostBooking[];
  /** Average cost of a day of each person (pay and charges), for the planned work not booked yet. */
  averageDayCost: Map<string, PersonCost>;
}

export function costBookingsOf(ctx: SheetSource): CostBookings {
  return ctx.memo("costs.bookings", () => {
    const crew = crewOf(ctx);
    const { canonical } = costResourcesOf(ctx);
    const dayCosts = new PersonDays<{ cost: PersonCost; bookings: number[] }>();
    const totals = new Map<string, { salary: number; charges: number; days: number }>();
    for (const month of crew.months)
      for (const line of crew.payroll(month).lines) {
        const weights = line.workedDays.map((d) => d.grossCents);
        const salary = allocateCents(line.grossCents, weights);
        const charges = allocateCents(line.employerCostCents - line.grossCents, weights);
        line.workedDays.forEach((d, i) => dayCosts.set(line.name, line.production, d.day, { cost: { salaryCents: salary[i], chargesCents: charges[i] }, bookings: [] }));
        const name = canonical(line.name) ?? line.name;
        const t = totals.get(name) ?? { salary: 0, charges: 0, days: 0 };
        t.salary += line.grossCents;
        t.charges += line.employerCostCents - line.grossCents;
        t.days += line.workedDays.length;
        totals.set(name, t);
      }

    const bookings: CostBooking[] = [];
    crew.input.bookings.forEach((b, i) => {
      const resource = canonical(b.resource) ?? b.resource;
      const hours = hoursOf(crew, i);
      bookings.push({ day: b.day, production: b.production, task: b.task, resource, hours, place: new ResourcePlace(crew.seanceRows[i], resource) });
      dayCosts.get(b.resource, b.production, b.day)?.bookings.push(bookings.length - 1);
    });
    // Séances of one person, production and day share that day's cost by their hours.
    for (const { cost: day, bookings: indices } of dayCosts.values()) {
      if (indices.length === 0) continue;
      const weights = indices.map((i) => bookings[i].hours ?? 0);
      const even = weights.some((w) => w <= 0) ? indices.map(() => 1) : weights;
      const salary = allocateCents(day.salaryCents, even);
      const charges = allocateCents(day.chargesCents, even);
      indices.forEach((i, n) => (bookings[i].personCost = { salaryCents: salary[n], chargesCents: charges[n] }));
    }
    const averageDayCost = new Map<string, PersonCost>();
    for (const [name, t] of totals)
      if (t.days > 0) averageDayCost.set(name, { salaryCents: Math.round(t.salary / t.days), chargesCents: Math.round(t.charges / t.days) });
    return { bookings, averageDayCost };
  });
}

/**
 * The séances as billing reads them (`cappad facturer`), apart from the costs: the check has no use
 * for them. Leaving them out of `costBookingsOf`, and addressing its places lazily (`ResourcePlace`),
 * took that step from 152 to 94 ms on the year workbook's 19,760 séances.
 */
export function billableBookingsOf(ctx: SheetSource): BillableBooking[] {
  return ctx.memo("costs.billable", () => {
    const crew = crewOf(ctx);
    const { canonical } = costResourcesOf(ctx);
    return crew.input.bookings.map((b, i) => billableOf(b, canonical(b.resource) ?? b.resource, hoursOf(crew, i), crew.analysis.prepared[i]));
  });
}

/** A séance's hours as the payroll counts them (undefined without arrival and departure). */
function hoursOf(crew: CrewData, i: number): number | undefined {
  return crew.analysis.bookings[i]?.hours || undefined;
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

/**
 * Where the cost report points at a séance: its `Ressource` cell, addressed when an alert asks for it
 * (few do), not for each of the year workbook's 19,760 séances (see `billableBookingsOf` for the gain).
 */
class ResourcePlace implements Place {
  readonly sheet: string;
  readonly row: number;

  constructor(
    private readonly reader: RowReader,
    readonly id: string,
  ) {
    this.sheet = reader.sheet;
    this.row = reader.sheetRow;
  }

  get cell(): string {
    return this.reader.cell("Ressource");
  }
}

/**
 * Values by person, production and day, names compared as the payroll compares them (`foldKey`).
 * Nested maps rather than one key string per séance: `foldKey` hands back the same string for a name
 * each time, whose hash V8 keeps, while a key string built for each of the year workbook's 40,000
 * person-days was hashed anew: this step went from 232 to 155 ms.
 */
class PersonDays<T> {
  private readonly byPerson = new Map<string, Map<string, Map<DayNumber, T>>>();

  get(name: string, production: string, day: DayNumber): T | undefined {
    return this.byPerson.get(foldKey(name))?.get(foldKey(production))?.get(day);
  }

  set(name: string, production: string, day: DayNumber, value: T): void {
    let byProduction = this.byPerson.get(foldKey(name));
    if (!byProduction) this.byPerson.set(foldKey(name), (byProduction = new Map()));
    let byDay = byProduction.get(foldKey(production));
    if (!byDay) byProduction.set(foldKey(production), (byDay = new Map()));
    byDay.set(day, value);
  }

  *values(): Generator<T> {
    for (const byProduction of this.byPerson.values()) for (const byDay of byProduction.values()) yield* byDay.values();
  }
}
