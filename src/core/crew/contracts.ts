/**
 * The crew's CDDU contracts: what the "4 days or less" regime, the short-CDDU unemployment surcharge
 * (initial duration of 3 months or less) and the paid unworked public holidays look at.
 *
 * - Listed contracts (`Contrats`) are used as signed: their dates, their production(s), and their
 *   function, status and pay where typed (the person's in `Equipe` otherwise). A contract of the table
 *   exists even on weeks without séances (its paid holidays do).
 * - A séance outside every listed contract is an alert (PAIE_HORS_CONTRAT) and is paid as the usual
 *   engagement the engine infers without a table: one contract per person, production and civil week,
 *   from the first to the last day worked that week.
 * - Working time is not counted per contract: the employee's whole week with the employer is
 *   (workWeek.ts); a contract only says which rules apply to its days.
 */

import { type Alert, placedAlert, type RowPlace } from "../alerts";
import { addDays, dayFromYmd, daysInMonth, DayNumber, toFrench, weekStart, ymdFromDay } from "../dates/civil";
import type { PreparedBooking } from "./bookings";
import { contractProductions, ContractInput, CrewMember, foldKey, PayrollProduction } from "./model";
import { sortNumbers } from "./ordered";

export interface Contract {
  id: string;
  personKey: string;
  /** The person with the contract's terms applied: its function, status and pay where typed. */
  person: CrewMember;
  productions: PayrollProduction[];
  /** The first of `productions` (most contracts have one). */
  production: PayrollProduction;
  start: DayNumber;
  end: DayNumber;
  inferred: boolean;
  /** Calendar days from start to end of a listed contract; days worked of an inferred one. */
  lengthDays: number;
  /** Initial duration of 3 months or less, date to date. */
  shortCddu: boolean;
  /** Hired on a CDI at the end, or a seasonal job: no surcharge. */
  surchargeExempt: boolean;
  objectNumber?: string;
  place?: RowPlace<keyof ContractInput>;
  bookings: PreparedBooking[];
  /** Distinct days with séances, sorted. */
  workedDays: DayNumber[];
}

export interface ContractSet {
  contracts: Contract[];
  /** Séances outside every listed contract (paid as an inferred weekly contract). */
  outside: PreparedBooking[];
  /** Problems of the listed contracts (unknown person or production, dates, overlaps). */
  alerts: Alert[];
  /** The workbook lists contracts (else every contract is inferred). */
  listed: boolean;
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

export interface ContractLookups {
  crewByKey: ReadonlyMap<string, CrewMember>;
  productionByCode: ReadonlyMap<string, PayrollProduction>;
}

function contractAlert(input: ContractInput, code: string, severity: Alert["severity"], message: string, field?: keyof ContractInput): Alert {
  return placedAlert(input.place, code, severity, message, field);
}

/** The person with a contract's own terms (function, status, pay) over the `Equipe` ones. */
function withTerms(member: CrewMember, c: ContractInput): CrewMember {
  const pay = c.salaryCents !== undefined ? { salaryCents: c.salaryCents, salaryUnit: c.salaryUnit ?? member.salaryUnit } : {};
  return { ...member, role: c.role?.trim() || member.role, status: c.status ?? member.status, ...pay };
}

/** A listed contract as the engine uses it, or an alert saying why it cannot be. */
function listedContract(c: ContractInput, lookups: ContractLookups, shortMonths: number): Contract | Alert {
  const personKey = foldKey(c.person);
  const member = lookups.crewByKey.get(personKey);
  if (!member) return contractAlert(c, "PAIE_CONTRAT_INCONNU", "warning", `« ${c.person} » n'est pas dans la table Equipe : contrat ignoré.`, "person");
  const codes = contractProductions(c);
  if (codes.length === 0) return contractAlert(c, "PAIE_CONTRAT_INCONNU", "warning", `contrat de ${c.person} sans production : contrat ignoré.`, "production");
  const productions: PayrollProduction[] = [];
  for (const code of codes) {
    const p = lookups.productionByCode.get(foldKey(code));
    if (!p) return contractAlert(c, "PAIE_CONTRAT_INCONNU", "warning", `la production « ${code} » n'est pas dans la table Productions : contrat ignoré.`, "production");
    productions.push(p);
  }
  if (c.end < c.start) return contractAlert(c, "PAIE_CONTRAT_DATES", "error", `contrat de ${c.person} : la fin (${toFrench(c.end)}) précède le début (${toFrench(c.start)}) : contrat ignoré.`, "end");
  return {
    id: `contrat|${member.name}|${productions.map((p) => p.code).join(";")}|${c.start}|${c.end}`,
    personKey,
    person: withTerms(member, c),
    productions,
    production: productions[0],
    start: c.start,
    end: c.end,
    inferred: false,
    lengthDays: c.end - c.start + 1,
    shortCddu: isShortCddu(c.start, c.end, shortMonths),
    surchargeExempt: Boolean(c.hiredOnCdiAfter || c.seasonal),
    objectNumber: c.objectNumber ?? (productions.length === 1 ? productions[0].objectNumber : undefined),
    place: c.place,
    bookings: [],
    workedDays: [],
  };
}

/** Two listed contracts of one person that cover a production on the same day: the first one is used. */
function overlapAlerts(contracts: readonly Contract[], inputs: Map<Contract, ContractInput>): Alert[] {
  const out: Alert[] = [];
  const byPerson = new Map<string, Contract[]>();
  for (const c of contracts) byPerson.set(c.personKey, [...(byPerson.get(c.personKey) ?? []), c]);
  for (const list of byPerson.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i], list[j]];
        const shared = a.productions.find((p) => b.productions.includes(p));
        if (!shared || a.end < b.start || b.end < a.start) continue;
        out.push(contractAlert(inputs.get(b)!, "PAIE_CONTRAT_CHEVAUCHEMENT", "warning", `ce contrat de ${b.person.name} sur ${shared.code} chevauche celui du ${toFrench(a.start)} au ${toFrench(a.end)} : les séances communes sont payées sur le premier.`, "start"));
      }
  return out;
}

/** An inferred weekly contract for a séance without a listed one. */
function inferredContract(b: PreparedBooking, week: DayNumber): Contract {
  const person = b.person!;
  const production = b.production!;
  return {
    id: `semaine|${person.name}|${production.code}|${week}`,
    personKey: b.personKey,
    person,
    productions: [production],
    production,
    start: b.booking.day,
    end: b.booking.day,
    inferred: true,
    lengthDays: 0,
    shortCddu: true,
    surchargeExempt: false,
    objectNumber: production.objectNumber,
    bookings: [],
    workedDays: [],
  };
}

/**
 * The contracts of the payable séances: the listed ones (each séance goes to the first listed contract
 * of its person covering its production and day) and inferred weekly ones for the rest.
 */
export function buildContracts(payable: readonly PreparedBooking[], explicit: readonly ContractInput[] | undefined, shortMonths: number, lookups: ContractLookups): ContractSet {
  const alerts: Alert[] = [];
  const listed: Contract[] = [];
  const inputs = new Map<Contract, ContractInput>();
  for (const input of explicit ?? []) {
    const c = listedContract(input, lookups, shortMonths);
    if ("code" in c) alerts.push(c);
    else {
      listed.push(c);
      inputs.set(c, input);
    }
  }
  alerts.push(...overlapAlerts(listed, inputs));
  const byPerson = new Map<string, Contract[]>();
  for (const c of listed) byPerson.set(c.personKey, [...(byPerson.get(c.personKey) ?? []), c]);

  const inferred = new Map<string, Contract>();
  const outside: PreparedBooking[] = [];
  for (const b of payable) {
    const day = b.booking.day;
    const own = byPerson.get(b.personKey)?.find((c) => c.start <= day && day <= c.end && c.productions.includes(b.production!));
    if (own) {
      own.bookings.push(b);
      continue;
    }
    if (listed.length > 0) outside.push(b);
    const week = weekStart(day);
    const key = `${b.personKey}|${foldKey(b.production!.code)}|${week}`;
    let c = inferred.get(key);
    if (!c) inferred.set(key, (c = inferredContract(b, week)));
    c.bookings.push(b);
    c.start = Math.min(c.start, day);
    c.end = Math.max(c.end, day);
  }
  const contracts = [...listed, ...inferred.values()];
  for (const c of contracts) {
    c.workedDays = sortNumbers([...new Set(c.bookings.map((b) => b.booking.day))]);
    if (c.inferred) {
      c.lengthDays = c.workedDays.length;
      c.shortCddu = isShortCddu(c.start, c.end, shortMonths);
    }
  }
  return { contracts, outside, alerts, listed: (explicit?.length ?? 0) > 0 };
}

/** Calendar days of [start, end] inside [first, last]. */
export function daysInside(start: DayNumber, end: DayNumber, first: DayNumber, last: DayNumber): DayNumber[] {
  const out: DayNumber[] = [];
  for (let d = Math.max(start, first); d <= Math.min(end, last); d = addDays(d, 1)) out.push(d);
  return out;
}
