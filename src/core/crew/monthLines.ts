/**
 * The month's pay of each person × production, before contributions: what the allocated parts of the
 * employee weeks (workWeek.ts) and the paid unworked holidays (paidHolidays.ts) bring to that month.
 * A week straddling two months gives each month the days worked in it (overtime falling on the last
 * days, as allocated). Contributions come after, per employee and month (payslip.ts).
 */

import type { Alert } from "../alerts";
import type { DayNumber } from "../dates/civil";
import type { Cents } from "../money";
import type { PreparedBooking } from "./bookings";
import type { Contract } from "./contracts";
import type { PayTerms, PayComponentKind } from "./gross";
import type { MinimumRate } from "./minimums";
import { AgreementCode, CrewMember, foldKey, PayrollProduction } from "./model";
import type { PaidHoliday } from "./paidHolidays";
import type { EmployeeWeek, WeekPart } from "./workWeek";

export interface PayLineComponent {
  kind: PayComponentKind | "paidHoliday";
  label: string;
  percent: number;
  hours: number;
  rateCents: number;
  amountCents: Cents;
}

export interface LineDay {
  cents: Cents;
  hours: number;
  /** Hours paid at face value (RGDU SMIC base). */
  paid: number;
  minimum: Cents;
}

export interface LineDraft {
  personKey: string;
  person: CrewMember;
  production: PayrollProduction;
  agreement: AgreementCode;
  perDay: Map<DayNumber, LineDay>;
  components: Map<string, PayLineComponent>;
  overtime: Map<number, number>;
  night: number;
  sunday: number;
  holiday: number;
  /** Every week of the line has a grid minimum. */
  minimumKnown: boolean;
  minimumBasis?: string;
  holidays: { day: DayNumber; hours: number; cents: Cents; name: string }[];
  contracts: Set<Contract>;
  weeks: EmployeeWeek[];
  bookings: PreparedBooking[];
  terms?: PayTerms;
  minimumRate?: MinimumRate;
  alerts: Alert[];
  seen: Set<string>;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function draftOf(drafts: Map<string, LineDraft>, personKey: string, person: CrewMember, production: PayrollProduction, agreement: AgreementCode): LineDraft {
  const key = `${personKey}|${foldKey(production.code)}`;
  let d = drafts.get(key);
  if (!d)
    drafts.set(
      key,
      (d = { personKey, person, production, agreement, perDay: new Map(), components: new Map(), overtime: new Map(), night: 0, sunday: 0, holiday: 0, minimumKnown: true, holidays: [], contracts: new Set(), weeks: [], bookings: [], alerts: [], seen: new Set() }),
    );
  return d;
}

function addAlerts(d: LineDraft, alerts: readonly Alert[]): void {
  for (const a of alerts) {
    // Grid, salary and parameter notices once per line; pay errors once per week.
    const k = a.severity === "error" ? a.code + a.message : a.code + (a.code === "PAIE_MAJORATION_A_VERIFIER" ? a.message : "");
    if (d.seen.has(k)) continue;
    d.seen.add(k);
    d.alerts.push(a);
  }
}

function addComponent(d: LineDraft, c: WeekPart["components"][number], days: readonly DayNumber[], inMonth: (day: DayNumber) => boolean): void {
  let cents = 0;
  let hours = 0;
  days.forEach((day, i) => {
    if (!inMonth(day)) return;
    cents += c.perDayCents[i];
    hours += c.perDayHours[i];
  });
  if (cents === 0 && hours === 0) return;
  const key = `${c.kind}|${c.label}|${c.rateCents}`;
  const e = d.components.get(key) ?? { kind: c.kind, label: c.label, percent: c.percent, hours: 0, rateCents: c.rateCents, amountCents: 0 };
  e.hours = round2(e.hours + hours);
  e.amountCents += cents;
  d.components.set(key, e);
  if (c.kind === "overtime" || c.kind === "dayOverrun") d.overtime.set(c.percent, (d.overtime.get(c.percent) ?? 0) + hours);
  else if (c.kind === "night") d.night += hours;
  else if (c.kind === "sunday") d.sunday += hours;
  else if (c.kind === "holiday") d.holiday += hours;
}

/** Adds a part of an employee week to its person × production line (the month's days only). */
function addPart(d: LineDraft, week: EmployeeWeek, part: WeekPart, inMonth: (day: DayNumber) => boolean): void {
  week.days.forEach((day, i) => {
    if (!inMonth(day) || (part.perDayHours[i] === 0 && part.perDayCents[i] === 0)) return;
    const e = d.perDay.get(day) ?? { cents: 0, hours: 0, paid: 0, minimum: 0 };
    e.cents += part.perDayCents[i];
    e.hours += part.perDayHours[i];
    e.paid += part.perDayPaidHours[i];
    e.minimum += part.perDayMinimumCents?.[i] ?? 0;
    d.perDay.set(day, e);
  });
  for (const c of part.components) addComponent(d, c, week.days, inMonth);
  if (!part.perDayMinimumCents) d.minimumKnown = false;
  const rate = week.rates.find((r) => r.contract === part.contract);
  if (rate?.min) d.minimumBasis = rate.min.basis;
  d.terms ??= rate?.terms;
  d.minimumRate ??= rate?.min;
  d.contracts.add(part.contract);
  if (!d.weeks.includes(week)) d.weeks.push(week);
  for (const b of part.bookings) d.bookings.push(b);
  addAlerts(d, week.alerts);
  addAlerts(d, week.contractAlerts.get(part.contract) ?? []);
}

/** The month's line drafts, person × production, from the employee weeks and the paid holidays. */
export function monthDrafts(weeks: readonly EmployeeWeek[], holidays: readonly PaidHoliday[], productions: ReadonlyMap<string, PayrollProduction>, first: DayNumber, last: DayNumber): LineDraft[] {
  const inMonth = (day: DayNumber) => day >= first && day <= last;
  const drafts = new Map<string, LineDraft>();
  for (const w of weeks)
    for (const part of w.parts) {
      if (!w.days.some((day, i) => inMonth(day) && part.perDayHours[i] > 0)) continue;
      addPart(draftOf(drafts, w.personKey, part.contract.person, part.production, w.agreement), w, part, inMonth);
    }
  for (const h of holidays) {
    if (!inMonth(h.day)) continue;
    for (const share of h.byProduction) {
      const production = productions.get(foldKey(share.production))!;
      const d = draftOf(drafts, h.contract.personKey, h.contract.person, production, h.agreement);
      d.holidays.push({ day: h.day, hours: share.hours, cents: share.cents, name: h.name });
      d.contracts.add(h.contract);
      const key = `paidHoliday|${h.name}`;
      const e = d.components.get(key) ?? { kind: "paidHoliday" as const, label: `Jour férié chômé payé (${h.name})`, percent: 0, hours: 0, rateCents: 0, amountCents: 0 };
      e.hours = round2(e.hours + share.hours);
      e.amountCents += share.cents;
      d.components.set(key, e);
    }
  }
  return [...drafts.values()];
}
