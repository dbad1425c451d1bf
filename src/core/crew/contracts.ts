/**
 * Production contracts (CDDU) of the crew: the unit overtime is counted in (per civil week inside one
 * contract, §1.2, §1.5), the day-rate rule applies to (contracts of 4 days or less, §1.2), and the
 * unemployment surcharge looks at (initial duration of 3 months or less, §8.2).
 *
 * When the workbook lists the contracts, they are used as signed. Otherwise the engine infers the
 * usual engagement: one contract per person, production and civil week, from the first to the last
 * day worked that week. A séance outside every listed contract falls back to that inference.
 */

import { addDays, dayFromYmd, daysInMonth, DayNumber, weekStart, ymdFromDay } from "../dates/civil";
import type { PreparedBooking } from "./bookings";
import { ContractInput, CrewMember, foldKey, PayrollProduction } from "./model";

export interface Contract {
  id: string;
  personKey: string;
  person: CrewMember;
  production: PayrollProduction;
  start: DayNumber;
  end: DayNumber;
  inferred: boolean;
  /** Initial duration of 3 months or less, date to date (§8.2). */
  shortCddu: boolean;
  /** Hired on a CDI at the end, or a seasonal job: no surcharge (§8.2). */
  surchargeExempt: boolean;
  bookings: PreparedBooking[];
  /** Distinct days with séances, sorted. */
  workedDays: DayNumber[];
}

/** `day` plus `months` calendar months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: DayNumber, months: number): DayNumber {
  const { year, month, day: d } = ymdFromDay(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return dayFromYmd(y, m, Math.min(d, daysInMonth(y, m)));
}

export function isShortCddu(start: DayNumber, end: DayNumber, months: number): boolean {
  return end <= addMonths(start, months);
}

export function buildContracts(
  payable: readonly PreparedBooking[],
  explicit: readonly ContractInput[] | undefined,
  shortMonths: number,
): Contract[] {
  const contracts: Contract[] = [];
  const explicitByKey = new Map<string, { input: ContractInput; contract?: Contract }[]>();
  for (const c of explicit ?? []) {
    const key = foldKey(c.person) + "|" + foldKey(c.production);
    explicitByKey.set(key, [...(explicitByKey.get(key) ?? []), { input: c }]);
  }
  const inferred = new Map<string, Contract>();
  for (const b of payable) {
    const person = b.person!;
    const production = b.production!;
    const key = b.personKey + "|" + foldKey(production.code);
    const slot = explicitByKey.get(key)?.find((e) => e.input.start <= b.booking.day && b.booking.day <= e.input.end);
    if (slot) {
      if (!slot.contract) {
        const c = slot.input;
        slot.contract = {
          id: `${person.name}|${production.code}|${c.start}`,
          personKey: b.personKey,
          person,
          production,
          start: c.start,
          end: c.end,
          inferred: false,
          shortCddu: isShortCddu(c.start, c.end, shortMonths),
          surchargeExempt: Boolean(c.hiredOnCdiAfter || c.seasonal),
          bookings: [],
          workedDays: [],
        };
        contracts.push(slot.contract);
      }
      slot.contract.bookings.push(b);
      continue;
    }
    const week = weekStart(b.booking.day);
    const ikey = key + "|" + week;
    let c = inferred.get(ikey);
    if (!c) {
      c = {
        id: `${person.name}|${production.code}|${week}`,
        personKey: b.personKey,
        person,
        production,
        start: b.booking.day,
        end: b.booking.day,
        inferred: true,
        shortCddu: true,
        surchargeExempt: false,
        bookings: [],
        workedDays: [],
      };
      inferred.set(ikey, c);
      contracts.push(c);
    }
    c.bookings.push(b);
    c.start = Math.min(c.start, b.booking.day);
    c.end = Math.max(c.end, b.booking.day);
  }
  for (const c of contracts) {
    c.workedDays = [...new Set(c.bookings.map((b) => b.booking.day))].sort((a, b) => a - b);
    if (c.inferred) c.shortCddu = isShortCddu(c.start, c.end, shortMonths);
  }
  return contracts;
}

/** The civil weeks (Monday) a contract's séances fall in. */
export function contractWeeks(c: Contract): DayNumber[] {
  return [...new Set(c.workedDays.map(weekStart))].sort((a, b) => a - b);
}

/** Calendar days of [start, end] inside [first, last]. */
export function daysInside(start: DayNumber, end: DayNumber, first: DayNumber, last: DayNumber): DayNumber[] {
  const out: DayNumber[] = [];
  for (let d = Math.max(start, first); d <= Math.min(end, last); d = addDays(d, 1)) out.push(d);
  return out;
}
