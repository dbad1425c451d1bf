/**
 * Unworked public holidays paid inside a listed CDDU (CCNPA art. VII.2.2, avenant of 20 December 2017
 * extended on 28 December 2018, https://www.legifrance.gouv.fr/conv_coll/id/KALICONT000018828041): a
 * public holiday that is neither a Saturday nor a Sunday, not worked, inside a contract of more than
 * 10 days of effective work, is paid without premium and counts as 7 hours; those hours are not
 * counted for overtime (VI.8.1). Whit Monday is the branch's solidarity day, worked: not paid here.
 *
 * The rule follows the contract as signed (`Contrats`), never an inference per week. Its figures are
 * parameters of the agreement (FERIE_CHOME_HEURES, FERIE_CHOME_JOURS_MIN): the facility agreement has
 * no such rule (its row says 0 h, « à vérifier »), so its contracts pay none. "Days of effective work"
 * are the contract's days with séances.
 */

import { DayNumber, isoWeekday } from "../dates/civil";
import { roundCents, type Cents } from "../money";
import type { CrewContext, PreparedBooking } from "./bookings";
import type { Contract } from "./contracts";
import { allocateCents, hourlyRateCents } from "./gross";
import { gridLineOn, minimumRate } from "./minimums";
import type { AgreementCode } from "./model";
import { dayKind } from "./sundaysHolidays";

export interface PaidHoliday {
  contract: Contract;
  day: DayNumber;
  name: string;
  agreement: AgreementCode;
  /** Per production of the contract (pro rata of the contract's hours on each). */
  byProduction: { production: string; hours: number; cents: Cents }[];
}

/** The hourly rate a paid holiday is paid at: the contract's pay, else its grid minimum. */
function plainHourlyCents(ctx: CrewContext, contract: Contract, day: DayNumber): number | undefined {
  const p = contract.person;
  const agreement = ctx.agreementOf(p, contract.production, day).agreement;
  const dayBase = p.dayBaseHours ?? ctx.params.number("JOUR_BASE_HEURES", day, { agreement }) ?? 7;
  if (p.salaryCents !== undefined && p.salaryUnit) return hourlyRateCents({ unit: p.salaryUnit, amountCents: p.salaryCents, dayBaseHours: dayBase });
  const line = gridLineOn(ctx.config, agreement, p.role, day);
  return line ? minimumRate(line, { shortContract: false, unit: "heure", gridDayHours: dayBase })?.hourlyCents : undefined;
}

/** Hours of the contract per production (the split of a contract covering several productions). */
function hoursByProduction(contract: Contract): Map<string, number> {
  const out = new Map<string, number>();
  for (const b of contract.bookings) out.set(b.production!.code, (out.get(b.production!.code) ?? 0) + b.minutes / 60);
  if (out.size === 0) out.set(contract.production.code, 1);
  return out;
}

/** Paid unworked holidays of the listed contracts, for the days a person has no séance. */
export function paidHolidays(ctx: CrewContext, contracts: readonly Contract[], workedByPerson: ReadonlyMap<string, ReadonlySet<DayNumber>>): PaidHoliday[] {
  const out: PaidHoliday[] = [];
  for (const c of contracts) {
    if (c.inferred) continue;
    const holidays = ctx.holidaysFor(c.production);
    for (let day = c.start; day <= c.end; day++) {
      if (isoWeekday(day) > 5) continue;
      const kind = dayKind(day, holidays);
      if (!kind.holiday || kind.holidayClass === "whitMonday" || workedByPerson.get(c.personKey)?.has(day)) continue;
      const agreement = ctx.agreementOf(c.person, c.production, day).agreement;
      const hours = ctx.params.number("FERIE_CHOME_HEURES", day, { agreement }) ?? 0;
      const minDays = ctx.params.number("FERIE_CHOME_JOURS_MIN", day, { agreement }) ?? 0;
      const rate = plainHourlyCents(ctx, c, day);
      if (hours <= 0 || c.workedDays.length <= minDays || rate === undefined) continue;
      const split = hoursByProduction(c);
      const cents = allocateCents(roundCents(rate * hours), [...split.values()]);
      const total = [...split.values()].reduce((a, b) => a + b, 0);
      out.push({
        contract: c,
        day,
        name: kind.holiday,
        agreement,
        byProduction: [...split.keys()].map((production, i) => ({ production, hours: (hours * split.get(production)!) / total, cents: cents[i] })),
      });
    }
  }
  return out;
}

/** Days each person worked (any production), for "not worked" in the rule above. */
export function workedDaysByPerson(prepared: readonly PreparedBooking[]): Map<string, Set<DayNumber>> {
  const out = new Map<string, Set<DayNumber>>();
  for (const b of prepared) {
    if (b.minutes <= 0) continue;
    const set = out.get(b.personKey) ?? new Set<DayNumber>();
    set.add(b.booking.day);
    out.set(b.personKey, set);
  }
  return out;
}
