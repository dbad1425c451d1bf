/** Small builders for the crew tests: séances typed the way a coordinator would write them. */
import { fromIso, DayNumber } from "../../../src/core/dates/civil";
import { parseTimeText } from "../../../src/core/dates/time";
import type { Booking, CrewMember, PayrollProduction } from "../../../src/core/crew/model";
import type { CrewInput, PayrollOptions } from "../../../src/core/crew/payroll";
import { defaultPayrollConfig } from "../../../src/data/payroll";

export const config = defaultPayrollConfig().config;

export function d(iso: string): DayNumber {
  const v = fromIso(iso);
  if (v === undefined) throw new Error(iso);
  return v;
}

export function tm(text: string): number {
  const v = parseTimeText(text);
  if (v === undefined) throw new Error(text);
  return v;
}

let row = 2;

/** `seance("2026-03-02", "Alice", "DOC1", "09:00", "18:00", 60)` — Seances row numbers count up from 2. */
export function seance(date: string, resource: string, production: string, start: string, end: string, pause = 0, task?: string): Booking {
  const r = row++;
  return {
    day: d(date),
    production,
    resource,
    task,
    start: tm(start),
    end: tm(end),
    breakMinutes: pause,
    place: { sheet: "Seances", row: r, cells: { day: `Seances!A${r}`, production: `Seances!B${r}`, task: `Seances!C${r}`, resource: `Seances!D${r}`, start: `Seances!E${r}`, end: `Seances!F${r}`, breakMinutes: `Seances!G${r}` } },
  };
}

export function resetRows(): void {
  row = 2;
}

export const DOC: PayrollProduction = { code: "DOC1", agreement: "IDCC 2642", zone: "Métropole", genre: "Documentaire", objectNumber: "OBJ-2026-001" };
export const FLUX: PayrollProduction = { code: "JEU", agreement: "IDCC 2642", zone: "Métropole", genre: "Flux" };
export const FILM: PayrollProduction = { code: "FILM", agreement: "IDCC 3097", zone: "Métropole", genre: "Long métrage" };

export function member(name: string, role: string, salaryEuros: number | undefined, unit: CrewMember["salaryUnit"], extra: Partial<CrewMember> = {}): CrewMember {
  return {
    name,
    type: "Personne",
    role,
    status: "Intermittent technicien",
    salaryCents: salaryEuros === undefined ? undefined : Math.round(salaryEuros * 100),
    salaryUnit: unit,
    place: { sheet: "Equipe", row: 2, id: name, cells: { salaryCents: "Equipe!F2", role: "Equipe!C2" } },
    ...extra,
  };
}

export function input(bookings: Booking[], crew: CrewMember[], productions: PayrollProduction[] = [DOC, FLUX, FILM], options: PayrollOptions = {}): CrewInput {
  return { bookings, crew, productions, config, options };
}

/** Mon–Fri of the week starting `monday`, same hours each day. */
export function week(monday: string, resource: string, production: string, start: string, end: string, pause = 60, days = 5): Booking[] {
  const m = d(monday);
  const out: Booking[] = [];
  for (let i = 0; i < days; i++) {
    const b = seance(monday, resource, production, start, end, pause);
    b.day = m + i;
    out.push(b);
  }
  return out;
}

export const euros = (cents: number) => cents / 100;
