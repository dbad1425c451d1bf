/**
 * Reading the séance log (`Seances`) for pay: who, which production and agreement, the effective and
 * night minutes, and which minutes fall on a Sunday or a public holiday. Everything else in the crew
 * engine (checks, contracts, pay, attendance sheets) starts from these prepared séances, so that a
 * séance is read once (DESIGN.md: one log feeds everything).
 */

import { DayNumber, ymdFromDay } from "../dates/civil";
import { NightRule, nightWindowOn, parseNightRule } from "./nightRule";
import { ParameterReader } from "./parameters";
import { PayrollConfig } from "./payrollConfig";
import type { DayPart } from "./gross";
import { MINUTES_PER_DAY, minutesByCalendarDay, nightMinutes, SeanceTimes, seanceSpan, workedMinutes } from "./hours";
import { AgreementChoice, agreementFor, Employer } from "./employer";
import { AgreementCode, Booking, CrewMember, foldKey, PayrollProduction } from "./model";
import { DayKind, dayKind, dayKindLabel, HolidayLookup, holidayLookupForZone } from "./sundaysHolidays";

export interface PreparedBooking {
  /** Index in the input array (the `Seances` data row order). */
  index: number;
  booking: Booking;
  personKey: string;
  person?: CrewMember;
  production?: PayrollProduction;
  agreement?: AgreementCode;
  times?: SeanceTimes;
  /** Effective minutes (0 when the times are missing). */
  minutes: number;
  nightMinutes: number;
  /** Effective minutes per calendar day with their Sunday / holiday flags. */
  parts: DayPart[];
  /** Minutes since 1970-01-01 00:00 (local civil time), for overlaps and rest. */
  startAbs?: number;
  endAbs?: number;
  kind: DayKind;
  /** `Seances[Dimanche/férié]`. */
  kindLabel: string;
}

export interface BookingSources {
  bookings: readonly Booking[];
  crew: readonly CrewMember[];
  productions: readonly PayrollProduction[];
  /** The workbook's employer (`Societe`); undefined = the productions' agreements, as before. */
  employer?: Employer;
}

export interface CrewContext {
  config: PayrollConfig;
  params: ParameterReader;
  crewByKey: Map<string, CrewMember>;
  productionByCode: Map<string, PayrollProduction>;
  holidaysFor(production: PayrollProduction | undefined): HolidayLookup;
  employer?: Employer;
  /** The agreement of a person's work on a production on a day (employer.ts). */
  agreementOf(person: CrewMember | undefined, production: PayrollProduction | undefined, day: DayNumber): AgreementChoice;
}

/** Overrides the calendar (tests, or a workbook's own holiday list): `(zone, day) => name`. */
export type HolidayProvider = (zone: string | undefined, day: DayNumber) => string | undefined;

export function crewContext(sources: BookingSources, config: PayrollConfig, holidays?: HolidayProvider): CrewContext {
  const crewByKey = new Map<string, CrewMember>();
  for (const c of sources.crew) if (!crewByKey.has(foldKey(c.name))) crewByKey.set(foldKey(c.name), c);
  const productionByCode = new Map<string, PayrollProduction>();
  for (const p of sources.productions) if (!productionByCode.has(foldKey(p.code))) productionByCode.set(foldKey(p.code), p);
  const lookups = new Map<string, HolidayLookup>();
  const params = new ParameterReader(config);
  return {
    config,
    params,
    crewByKey,
    productionByCode,
    employer: sources.employer,
    agreementOf: (person, production, day) => agreementFor(sources.employer, person, production, day, params),
    holidaysFor(production) {
      const zone = production?.zone;
      const key = zone ?? "";
      let l = lookups.get(key);
      if (!l) {
        if (holidays) {
          const memo = new Map<DayNumber, string | undefined>();
          l = (day) => {
            if (!memo.has(day)) memo.set(day, holidays(zone, day));
            return memo.get(day);
          };
        } else l = holidayLookupForZone(zone);
        lookups.set(key, l);
      }
      return l;
    },
  };
}

const nightRuleCache = new Map<string, NightRule | undefined>();

function nightRule(text: string | undefined): NightRule | undefined {
  if (text === undefined) return undefined;
  if (!nightRuleCache.has(text)) nightRuleCache.set(text, parseNightRule(text));
  return nightRuleCache.get(text);
}

export function prepareBookings(sources: BookingSources, ctx: CrewContext): PreparedBooking[] {
  return sources.bookings.map((booking, index) => prepareBooking(booking, index, ctx));
}

export function prepareBooking(booking: Booking, index: number, ctx: CrewContext): PreparedBooking {
  const personKey = foldKey(booking.resource);
  const person = ctx.crewByKey.get(personKey);
  const production = ctx.productionByCode.get(foldKey(booking.production));
  const agreement = ctx.agreementOf(person, production, booking.day).agreement;
  const holidays = ctx.holidaysFor(production);
  const kind = dayKind(booking.day, holidays);
  if (booking.start === undefined || booking.end === undefined)
    return { index, booking, personKey, person, production, agreement, minutes: 0, nightMinutes: 0, parts: [], kind, kindLabel: dayKindLabel(kind) };
  const times = seanceSpan(booking.start, booking.end, booking.breakMinutes ?? 0);
  const scope = { agreement, genre: production?.genre };
  const rule = nightRule(ctx.params.text("NUIT_PLAGE", booking.day, scope));
  const { month, day } = ymdFromDay(booking.day);
  const night = rule ? nightMinutes(times, nightWindowOn(rule, month, day)) : 0;
  const parts: DayPart[] = minutesByCalendarDay(booking.day, times).map(({ day: d, minutes }) => {
    const k = d === booking.day ? kind : dayKind(d, holidays);
    return { minutes, sunday: k.sunday, holiday: k.holiday, holidayClass: k.holidayClass };
  });
  // A séance that runs into a Sunday or a holiday shows it too.
  const nextKind = parts.length > 1 && parts[1].minutes > 0 ? dayKind(booking.day + 1, holidays) : undefined;
  const label = dayKindLabel(kind) || (nextKind ? suffixNext(dayKindLabel(nextKind)) : "");
  // One object, its fields in the order they always had: a spread of a first object with the same
  // fields doubled the allocation (prepareBooking's self time on a year's workbook: 160 ms per crew
  // step before, 10 ms after, with the day kinds shared).
  return {
    index,
    booking,
    personKey,
    person,
    production,
    agreement,
    minutes: workedMinutes(times),
    nightMinutes: night,
    parts,
    kind,
    kindLabel: label,
    times,
    startAbs: booking.day * MINUTES_PER_DAY + times.start,
    endAbs: booking.day * MINUTES_PER_DAY + times.end,
  };
}

function suffixNext(label: string): string {
  return label === "" ? "" : `${label} (après minuit)`;
}

/** People the labour-law checks and payroll apply to: rows of type Personne (or untyped). */
export function isPerson(c: CrewMember | undefined): c is CrewMember {
  return c !== undefined && (c.type === undefined || c.type === "Personne");
}
