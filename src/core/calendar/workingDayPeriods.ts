/**
 * A `Jours ouvrés` cell with periods: the weekdays worked by default, then, separated by « ; », other
 * weekdays over a period, each written with its dates — « lun-ven ; lun-sam du 16/12/2026 au 09/01/2027 »
 * (also « lun-sam dès le 16/12/2026 », « lun-sam jusqu'au 09/01/2027 »). A later period wins over an
 * earlier one on the days they share. It is how « Appliquer le scénario » writes a scenario's « Jours
 * ouvrés » for a period into the plan, and a coordinator can type it the same way.
 *
 * Only a part holding a date is a period: « lun;mar;sam » stays the plain list of days it always was.
 */
import { parseDateText, toFrench, type DayNumber } from "../dates/civil";
import { formatWorkingWeekdays, parseWorkingWeekdays, type WeekdayMask } from "./weekdays";
import type { WeekdayPeriod } from "./workingCalendar";

export interface WorkingDaysCell {
  weekdays: WeekdayMask;
  periods: WeekdayPeriod[];
}

const DATE = String.raw`(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})`;
const BETWEEN = new RegExp(String.raw`^(.+?)\s+du\s+${DATE}\s+au\s+${DATE}$`, "i");
const SINCE = new RegExp(String.raw`^(.+?)\s+(?:dès le|des le|à partir du|a partir du)\s+${DATE}$`, "i");
const UNTIL = new RegExp(String.raw`^(.+?)\s+jusqu'(?:au|à)\s+${DATE}$`, "i");
const HAS_DATE = new RegExp(DATE);

/** The cell read (blank = lun-ven, no period); undefined when a part cannot be read. */
export function parseWorkingDaysCell(text: string | undefined | null): WorkingDaysCell | undefined {
  const raw = text === undefined || text === null ? "" : String(text);
  const parts = raw.split(";");
  const periodParts = parts.filter((p) => HAS_DATE.test(p));
  if (periodParts.length === 0) {
    const weekdays = parseWorkingWeekdays(raw);
    return weekdays && { weekdays, periods: [] };
  }
  const weekdays = parseWorkingWeekdays(parts.filter((p) => !HAS_DATE.test(p)).join(";"));
  if (!weekdays) return undefined;
  const periods: WeekdayPeriod[] = [];
  for (const p of periodParts) {
    const period = periodOf(p.trim());
    if (!period) return undefined;
    periods.push(period);
  }
  return { weekdays, periods };
}

function periodOf(text: string): WeekdayPeriod | undefined {
  const between = BETWEEN.exec(text);
  const since = between ? null : SINCE.exec(text);
  const until = between || since ? null : UNTIL.exec(text);
  const m = between ?? since ?? until;
  if (!m) return undefined;
  const weekdays = parseWorkingWeekdays(m[1]);
  const first = parseDateText(m[2]);
  const second = between ? parseDateText(m[3]) : undefined;
  if (!weekdays || first === undefined || (between && (second === undefined || second < first))) return undefined;
  if (between) return { weekdays, from: first, to: second! };
  return since ? { weekdays, from: first, to: Infinity } : { weekdays, from: -Infinity, to: first };
}

/** One period as the cell writes it (« lun-sam du 16/12/2026 au 09/01/2027 »); both ends open: the weekdays alone. */
export function formatWorkingDayPeriod(weekdays: WeekdayMask, from: DayNumber | undefined, to: DayNumber | undefined): string {
  const days = formatWorkingWeekdays(weekdays);
  const bounded = (d: DayNumber | undefined): d is DayNumber => d !== undefined && Number.isFinite(d);
  if (bounded(from) && bounded(to)) return `${days} du ${toFrench(from)} au ${toFrench(to)}`;
  if (bounded(from)) return `${days} dès le ${toFrench(from)}`;
  if (bounded(to)) return `${days} jusqu'au ${toFrench(to)}`;
  return days;
}
