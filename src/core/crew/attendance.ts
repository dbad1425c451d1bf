/**
 * "Fiches de présence": the attendance sheets the crew signs, one per person and production per
 * civil week (the week overtime is counted on) or per contract. Each lists the days worked with
 * arrival, departure, break and effective hours, night hours and Sunday/holiday marks, the totals,
 * and two signature boxes. Rendering (print, PDF) belongs to the sheets layer; this is the data.
 */

import { DayNumber, isoWeekday, toFrench, weekStart } from "../dates/civil";
import { formatMinutes } from "../dates/time";
import type { PreparedBooking } from "./bookings";
import { isPerson } from "./bookings";
import { hoursFromMinutes, MINUTES_PER_DAY } from "./hours";
import { ATTENDANCE_NOTE, ATTENDANCE_TITLE, SIGNATURE_LABELS, WEEKDAYS_FR } from "./labels";
import type { AgreementCode } from "./model";
import type { CrewAnalysis } from "./payroll";

export interface AttendanceRow {
  day: DayNumber;
  /** "lundi 02/03/2026" */
  dateLabel: string;
  production: string;
  task: string;
  /** "09:00" */
  start: string;
  /** "19:00", or "02:00 (+1 j)" for a séance that ends after midnight. */
  end: string;
  breakMinutes: number;
  hours: number;
  nightHours: number;
  /** "Dimanche", "Férié : Noël" or "". */
  dayKind: string;
  comment: string;
}

export interface AttendanceSheet {
  title: string;
  grouping: "week" | "contract";
  name: string;
  role: string;
  production: string;
  agreement?: AgreementCode;
  from: DayNumber;
  to: DayNumber;
  /** "Semaine du 02/03/2026 au 08/03/2026" or "Contrat du … au …". */
  periodLabel: string;
  rows: AttendanceRow[];
  totals: { days: number; hours: number; nightHours: number; sundayHolidayHours: number };
  signatures: readonly string[];
  note: string;
}

export interface AttendanceOptions {
  by: "week" | "contract";
  /** Only séances from…to (inclusive), e.g. a month. */
  from?: DayNumber;
  to?: DayNumber;
}

/** One date worked: its effective minutes and the séances (their indices in the list given) that made it. */
export interface DayWorked {
  day: DayNumber;
  minutes: number;
  seances: number[];
}

/**
 * The days worked in a person's séances, as the attendance sheet counts and the invoice bills them:
 * one day per date with effective minutes, whatever its number of séances (two séances on 03/11 are
 * one day). A séance without its times has no minutes: its hours are not counted, nor is its day.
 * In date order.
 */
export function daysWorked(seances: readonly { day: DayNumber; minutes: number }[]): DayWorked[] {
  const byDay = new Map<DayNumber, DayWorked>();
  seances.forEach((s, i) => {
    if (!(s.minutes > 0)) return;
    const d = byDay.get(s.day);
    if (d) {
      d.minutes += s.minutes;
      d.seances.push(i);
    } else byDay.set(s.day, { day: s.day, minutes: s.minutes, seances: [i] });
  });
  return [...byDay.values()].sort((a, b) => a.day - b.day);
}

function row(b: PreparedBooking): AttendanceRow {
  const t = b.times;
  const end = t ? (t.end >= MINUTES_PER_DAY ? `${formatMinutes(t.end - MINUTES_PER_DAY)} (+1 j)` : formatMinutes(t.end)) : "";
  return {
    day: b.booking.day,
    dateLabel: `${WEEKDAYS_FR[isoWeekday(b.booking.day) - 1]} ${toFrench(b.booking.day)}`,
    production: b.booking.production,
    task: b.booking.task ?? "",
    start: t ? formatMinutes(t.start) : "",
    end,
    breakMinutes: t?.breakMinutes ?? 0,
    hours: hoursFromMinutes(b.minutes),
    nightHours: hoursFromMinutes(b.nightMinutes),
    dayKind: b.kindLabel,
    comment: b.booking.comment ?? "",
  };
}

function sheet(grouping: "week" | "contract", list: PreparedBooking[], from: DayNumber, to: DayNumber): AttendanceSheet {
  const sorted = [...list].sort((a, b) => a.booking.day - b.booking.day || (a.startAbs ?? 0) - (b.startAbs ?? 0));
  const first = sorted[0];
  const person = first.person!;
  const sundayHoliday = sorted.reduce((s, b) => s + b.parts.filter((p) => p.sunday || p.holiday).reduce((x, p) => x + p.minutes, 0), 0);
  return {
    title: ATTENDANCE_TITLE,
    grouping,
    name: person.name,
    role: person.role,
    production: first.production?.code ?? first.booking.production,
    agreement: first.agreement,
    from,
    to,
    periodLabel: grouping === "week" ? `Semaine du ${toFrench(from)} au ${toFrench(to)}` : `Contrat du ${toFrench(from)} au ${toFrench(to)}`,
    rows: sorted.map(row),
    totals: {
      days: daysWorked(sorted.map((b) => ({ day: b.booking.day, minutes: b.minutes }))).length,
      hours: hoursFromMinutes(sorted.reduce((s, b) => s + b.minutes, 0)),
      nightHours: hoursFromMinutes(sorted.reduce((s, b) => s + b.nightMinutes, 0)),
      sundayHolidayHours: hoursFromMinutes(sundayHoliday),
    },
    signatures: SIGNATURE_LABELS,
    note: ATTENDANCE_NOTE,
  };
}

/** Attendance sheets of every employee (not rooms or billed providers), sorted by person, production, period. */
export function attendanceSheets(analysis: CrewAnalysis, options: AttendanceOptions): AttendanceSheet[] {
  const inRange = (d: DayNumber) => (options.from === undefined || d >= options.from) && (options.to === undefined || d <= options.to);
  const out: AttendanceSheet[] = [];
  if (options.by === "contract") {
    for (const c of analysis.contracts) {
      const list = c.bookings.filter((b) => inRange(b.booking.day));
      if (list.length > 0) out.push(sheet("contract", list, c.start, c.end));
    }
  } else {
    const groups = new Map<string, PreparedBooking[]>();
    for (const b of analysis.prepared) {
      if (!isPerson(b.person) || b.person.status === "Prestataire" || !b.production || !inRange(b.booking.day)) continue;
      const key = `${b.personKey}|${b.production.code}|${weekStart(b.booking.day)}`;
      const l = groups.get(key);
      if (l) l.push(b);
      else groups.set(key, [b]);
    }
    for (const list of groups.values()) {
      const w = weekStart(list[0].booking.day);
      out.push(sheet("week", list, w, w + 6));
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name) || a.production.localeCompare(b.production) || a.from - b.from);
}
