/**
 * Checks of the séance log and of the pay against the collective agreements. Each alert has a stable
 * code (tests and tools rely on it) and a French message naming the sheet, the row and the cell.
 *
 * | code                     | what                                                                                 |
 * |--------------------------|--------------------------------------------------------------------------------------|
 * | PAIE_INCONNU             | séance for an unknown person, production or task                                     |
 * | PAIE_HORAIRES_MANQUANTS  | séance without arrival/departure, or a break longer than the séance                  |
 * | PAIE_INDISPONIBLE        | séance on a day the person is marked unavailable                                     |
 * | PAIE_CHEVAUCHEMENT       | two séances of one person overlap, on any production                                 |
 * | PAIE_JOURNEE_12H         | more effective hours in a day than the agreement allows, even by exception           |
 * | PAIE_JOURNEE_EXCEPTION   | beyond the ordinary daily maximum, within the exceptional one (facilities: 10 h/12 h) |
 * | PAIE_REPOS_11H           | less than 11 h rest between two work days (9 h tolerated twice a civil week by some) |
 * | PAIE_SEMAINE_48H         | more than 48 h in a civil week (all productions together)                            |
 * | PAIE_SOUS_MINIMUM        | pay below the grid line for the function, or below the SMIC                          |
 * | PAIE_JOUR_DIVISE_PAR_5   | a day rate that looks like weekly minimum ÷ 5 on a short contract                    |
 * | PAIE_GRILLE_INCONNUE     | no grid line for the function: the minimum is not checked                            |
 * | PAIE_SALAIRE_MANQUANT    | no agreed pay: estimated at the grid minimum                                         |
 *
 * Maximum hours and rest are labour law: they count every production together (one person, one
 * body), whatever the employer (Code du travail L8261-1); overtime is counted per employer
 * (workWeek.ts).
 */

import { type Alert, placedAlert, type Severity } from "../alerts";
import { DayNumber, toFrench, weekStart } from "../dates/civil";
import { Cents, formatEuros } from "../money";
import type { Booking, Unavailability, TaskRef, CrewMember } from "./model";
import { foldKey } from "./model";
import type { CrewContext, PreparedBooking } from "./bookings";
import { isPerson } from "./bookings";
import { hoursFromMinutes } from "./hours";
import { DAYS_PER_WORKING_WEEK } from "./dayRate";
import { gridLineLabel, MinimumRate } from "./minimums";
import { formatNumber } from "../format/number";


const fmtHours = (minutes: number) => `${formatNumber(hoursFromMinutes(minutes))} h`;
const fmtNumber = (n: number) => formatNumber(n, { decimals: 2 });

/** An alert placed on a séance row (and a column when its address is known). */
export function bookingAlert(b: PreparedBooking, code: string, severity: Severity, message: string, field?: keyof Booking): Alert {
  return placedAlert(b.booking.place, code, severity, message, field, b.booking.production);
}

function seanceName(b: PreparedBooking): string {
  const row = b.booking.place?.row;
  return row ? `séance ligne ${row}` : `séance n° ${b.index + 1}`;
}

export interface BookingCheckInput {
  tasks?: readonly TaskRef[];
  unavailabilities?: readonly Unavailability[];
  /**
   * The workbook has a crew table / a productions table (default true). Without one, names are not
   * checked against it: a séance log kept alone is not 20 000 "unknown" alerts (the plan's convention).
   */
  crewListed?: boolean;
  productionsListed?: boolean;
}

/** Every séance check; alerts grouped by séance index (for the `Seances[Alerte]` column). */
export function checkBookings(prepared: readonly PreparedBooking[], ctx: CrewContext, input: BookingCheckInput): Map<number, Alert[]> {
  const out = new Map<number, Alert[]>();
  const push = (b: PreparedBooking, a: Alert) => {
    const list = out.get(b.index) ?? [];
    list.push(a);
    out.set(b.index, list);
  };
  checkUnknown(prepared, input.tasks, push, { crew: input.crewListed !== false, productions: input.productionsListed !== false });
  checkTimes(prepared, push);
  checkUnavailable(prepared, input.unavailabilities ?? [], push);
  const byPerson = new Map<string, PreparedBooking[]>();
  for (const b of prepared) {
    if (!isPerson(b.person) || b.person.status === "Prestataire" || b.startAbs === undefined) continue;
    const list = byPerson.get(b.personKey) ?? [];
    list.push(b);
    byPerson.set(b.personKey, list);
  }
  for (const list of byPerson.values()) {
    list.sort((a, b) => a.startAbs! - b.startAbs! || a.index - b.index);
    checkOverlaps(list, push);
    checkDailyMaximum(list, ctx, push);
    checkRest(list, ctx, push);
    checkWeeklyMaximum(list, ctx, push);
  }
  return out;
}

type Push = (b: PreparedBooking, a: Alert) => void;

export function checkUnknown(
  prepared: readonly PreparedBooking[],
  tasks: readonly TaskRef[] | undefined,
  push: Push,
  listed: { crew: boolean; productions: boolean } = { crew: true, productions: true },
): void {
  const taskMap = tasks ? new Map(tasks.map((t) => [foldKey(t.id), t])) : undefined;
  for (const b of prepared) {
    if (!b.person && listed.crew) push(b, bookingAlert(b, "PAIE_INCONNU", "error", `« ${b.booking.resource} » n'est pas dans la table Equipe.`, "resource"));
    if (!b.production && listed.productions) push(b, bookingAlert(b, "PAIE_INCONNU", "error", `la production « ${b.booking.production} » n'est pas dans la table Productions.`, "production"));
    const task = b.booking.task?.trim();
    if (taskMap && task && b.production) {
      const t = taskMap.get(foldKey(task));
      if (!t) push(b, bookingAlert(b, "PAIE_INCONNU", "error", `la tâche « ${task} » n'est pas dans la table Taches.`, "task"));
      else if (foldKey(t.production) !== foldKey(b.booking.production))
        push(b, bookingAlert(b, "PAIE_INCONNU", "error", `la tâche « ${task} » appartient à la production ${t.production}, pas à ${b.booking.production}.`, "task"));
    }
  }
}

function checkTimes(prepared: readonly PreparedBooking[], push: Push): void {
  for (const b of prepared) {
    if (!isPerson(b.person)) continue;
    if (b.times === undefined) {
      const column = b.booking.start === undefined ? "start" : "end";
      push(b, bookingAlert(b, "PAIE_HORAIRES_MANQUANTS", "warning", `${b.booking.resource} le ${toFrench(b.booking.day)} : heure d'arrivée ou de départ manquante, heures non comptées.`, column));
    } else if (b.times.breakMinutes >= b.times.end - b.times.start) {
      push(b, bookingAlert(b, "PAIE_HORAIRES_MANQUANTS", "warning", `${b.booking.resource} le ${toFrench(b.booking.day)} : la pause (${b.times.breakMinutes} min) couvre toute la séance.`, "breakMinutes"));
    }
  }
}

export function checkUnavailable(prepared: readonly PreparedBooking[], unavailabilities: readonly Unavailability[], push: Push): void {
  if (unavailabilities.length === 0) return;
  const byResource = new Map<string, Unavailability[]>();
  for (const u of unavailabilities) {
    const k = foldKey(u.resource);
    byResource.set(k, [...(byResource.get(k) ?? []), u]);
  }
  for (const b of prepared) {
    for (const u of byResource.get(b.personKey) ?? []) {
      if (b.booking.day < u.from || b.booking.day > u.to) continue;
      const why = u.reason ? ` (${u.reason})` : "";
      const where = u.place?.row ? `, ${u.place.sheet} ligne ${u.place.row}` : "";
      push(b, bookingAlert(b, "PAIE_INDISPONIBLE", "warning", `${b.booking.resource} est indisponible du ${toFrench(u.from)} au ${toFrench(u.to)}${why}${where} : séance du ${toFrench(b.booking.day)}.`, "day"));
      break;
    }
  }
}

/** Sorted by start: a séance that starts before the latest end seen overlaps that séance. */
export function checkOverlaps(sorted: readonly PreparedBooking[], push: Push): void {
  let latest: PreparedBooking | undefined;
  for (const b of sorted) {
    if (latest && b.startAbs! < latest.endAbs!) {
      const other = latest.booking.production === b.booking.production ? "" : ` (production ${latest.booking.production})`;
      push(
        b,
        bookingAlert(b, "PAIE_CHEVAUCHEMENT", "error", `${b.booking.resource} : cette séance du ${toFrench(b.booking.day)} chevauche la ${seanceName(latest)}${other}.`, "start"),
      );
    }
    if (!latest || b.endAbs! > latest.endAbs!) latest = b;
  }
}

function groupBy<K>(list: readonly PreparedBooking[], key: (b: PreparedBooking) => K): Map<K, PreparedBooking[]> {
  const m = new Map<K, PreparedBooking[]>();
  for (const b of list) {
    const k = key(b);
    const l = m.get(k);
    if (l) l.push(b);
    else m.set(k, [b]);
  }
  return m;
}

/** The strictest limit among the agreements of the day's séances (several productions in one day). */
function strictest(ctx: CrewContext, list: readonly PreparedBooking[], code: string, day: DayNumber, pick: "min" | "max" = "min"): { value: number; agreement?: string } | undefined {
  let best: { value: number; agreement?: string } | undefined;
  for (const b of list) {
    const v = ctx.params.number(code, day, { agreement: b.agreement, genre: b.production?.genre });
    if (v === undefined) continue;
    if (!best || (pick === "min" ? v < best.value : v > best.value)) best = { value: v, agreement: b.agreement };
  }
  return best;
}

/**
 * The daily maximum, all productions together. Where the agreement allows a longer day by exception
 * (MAX_HEURES_JOUR_EXCEPTION: 12 h instead of 10 h at the technical facilities, for the staff listed in
 * their art. 5.5, for safety or a service that cannot be interrupted), a day between the two is a
 * warning to justify (PAIE_JOURNEE_EXCEPTION); beyond the exception it is an error.
 */
export function checkDailyMaximum(sorted: readonly PreparedBooking[], ctx: CrewContext, push: Push): void {
  for (const [day, list] of groupBy(sorted, (b) => b.booking.day)) {
    const minutes = list.reduce((s, b) => s + b.minutes, 0);
    const max = strictest(ctx, list, "MAX_HEURES_JOUR", day);
    if (!max || minutes <= max.value * 60) continue;
    const last = list[list.length - 1];
    const exception = strictest(ctx, list, "MAX_HEURES_JOUR_EXCEPTION", day);
    const of = (m: { agreement?: string }) => (m.agreement ? ` (${m.agreement})` : "");
    if (exception && exception.value > max.value && minutes <= exception.value * 60) {
      push(
        last,
        bookingAlert(
          last,
          "PAIE_JOURNEE_EXCEPTION",
          "warning",
          `${last.booking.resource} travaille ${fmtHours(minutes)} le ${toFrench(day)} : au-delà de ${fmtNumber(max.value)} h par jour${of(max)}, permis jusqu'à ${fmtNumber(exception.value)} h seulement par exception (personnels listés, sécurité ou service qui ne peut être interrompu) : à justifier.`,
          "end",
        ),
      );
      continue;
    }
    const limit = exception && exception.value > max.value ? exception : max;
    push(last, bookingAlert(last, "PAIE_JOURNEE_12H", "error", `${last.booking.resource} travaille ${fmtHours(minutes)} le ${toFrench(day)} : au-delà du maximum de ${fmtNumber(limit.value)} h par jour${of(limit)}.`, "end"));
  }
}

export function checkRest(sorted: readonly PreparedBooking[], ctx: CrewContext, push: Push): void {
  const days = [...groupBy(sorted, (b) => b.booking.day).entries()].sort((a, b) => a[0] - b[0]);
  const reducedPerWeek = new Map<DayNumber, number>();
  for (let i = 1; i < days.length; i++) {
    const [, prevList] = days[i - 1];
    const [day, list] = days[i];
    let end = -Infinity;
    for (const b of prevList) end = Math.max(end, b.endAbs!);
    let start = Infinity;
    for (const b of list) start = Math.min(start, b.startAbs!);
    const rest = start - end;
    if (rest < 0) continue; // an overlap, reported as such
    const normal = strictest(ctx, list, "REPOS_QUOTIDIEN_HEURES", day, "max")?.value ?? 11;
    if (rest >= normal * 60) continue;
    const first = list.find((b) => b.startAbs === start) ?? list[0];
    const scope = { agreement: first.agreement, genre: first.production?.genre };
    const reduced = ctx.params.number("REPOS_REDUIT_HEURES", day, scope) ?? normal;
    const allowed = ctx.params.number("REPOS_REDUIT_PAR_SEMAINE", day, scope) ?? 0;
    const week = weekStart(day);
    const used = reducedPerWeek.get(week) ?? 0;
    if (rest >= reduced * 60 && used < allowed) {
      // Tolerated reduced rest (CCNPA: 9 h, twice a civil week).
      reducedPerWeek.set(week, used + 1);
      continue;
    }
    const why =
      rest >= reduced * 60 && allowed > 0
        ? `repos réduit à ${fmtNumber(reduced)} h déjà utilisé ${allowed} fois cette semaine`
        : `minimum ${fmtNumber(allowed > 0 ? reduced : normal)} h`;
    push(
      first,
      bookingAlert(first, "PAIE_REPOS_11H", "error", `${first.booking.resource} : ${fmtHours(rest)} de repos seulement avant la séance du ${toFrench(day)} (${why}).`, "start"),
    );
  }
}

export function checkWeeklyMaximum(sorted: readonly PreparedBooking[], ctx: CrewContext, push: Push): void {
  for (const [week, list] of groupBy(sorted, (b) => weekStart(b.booking.day))) {
    const minutes = list.reduce((s, b) => s + b.minutes, 0);
    const max = strictest(ctx, list, "MAX_HEURES_SEMAINE", week);
    if (!max || minutes <= max.value * 60) continue;
    const last = list[list.length - 1];
    push(
      last,
      bookingAlert(last, "PAIE_SEMAINE_48H", "error", `${last.booking.resource} travaille ${fmtHours(minutes)} la semaine du ${toFrench(week)} (toutes productions) : au-delà de ${fmtNumber(max.value)} h.`, "day"),
    );
  }
}

// --- Pay against the grid --------------------------------------------------------------------

export interface MinimumCheckInput {
  person: CrewMember;
  production: string;
  weekStart: DayNumber;
  /** Contract of 4 days or less under a "÷ 4,5" agreement. */
  shortContract: boolean;
  /** The agreed hourly rate (cents) and the grid's. */
  hourlyCents: number;
  minimum?: MinimumRate;
  smicHourlyCents?: Cents;
  grossCents: Cents;
  minimumCents: Cents;
  /** Day divisor of the agreement (4,5) and the tolerance (%) for "÷ 5". */
  dayDivisor?: number;
  divideBy5TolerancePercent: number;
}

/** PAIE_SOUS_MINIMUM (grid and SMIC) and PAIE_JOUR_DIVISE_PAR_5 for one contract week. */
export function checkMinimum(input: MinimumCheckInput): Alert[] {
  const out: Alert[] = [];
  const { person } = input;
  // Named only when an alert is raised (a year's workbook checks 7,600 weeks and raises none).
  const who = () => `${person.name} (${person.role}, ${input.production}, semaine du ${toFrench(input.weekStart)})`;
  const alert = (code: string, message: string) => placedAlert(person.place, code, "error", message, "salaryCents", input.production);
  const m = input.minimum;
  // Half a cent per hour of slack: the grid's own amounts are rounded to the cent.
  if (m && input.hourlyCents + 0.005 < m.hourlyCents) {
    out.push(
      alert(
        "PAIE_SOUS_MINIMUM",
        `${who()} : brut estimé ${formatEuros(input.grossCents)} sous le minimum conventionnel ${formatEuros(input.minimumCents)} ` +
          `(${formatEuros(Math.round(input.hourlyCents))}/h contre ${formatEuros(Math.round(m.hourlyCents))}/h ; ${m.basis} ${formatEuros(m.amountCents)}, ${gridLineLabel(m.line)}).`,
      ),
    );
  }
  if (input.smicHourlyCents !== undefined && input.hourlyCents + 0.005 < input.smicHourlyCents) {
    out.push(alert("PAIE_SOUS_MINIMUM", `${who()} : taux horaire ${formatEuros(Math.round(input.hourlyCents))} sous le SMIC horaire ${formatEuros(input.smicHourlyCents)} (minimum légal par heure travaillée).`));
  }
  if (
    m &&
    input.shortContract &&
    input.dayDivisor &&
    person.salaryUnit === "jour" &&
    person.salaryCents !== undefined
  ) {
    const line = m.line;
    const tol = input.divideBy5TolerancePercent / 100;
    for (const [weekly, label] of [
      [line.weekly35, "35 h"],
      [line.weekly39, "39 h"],
    ] as const) {
      if (weekly === undefined) continue;
      const by5 = weekly / DAYS_PER_WORKING_WEEK;
      if (Math.abs(person.salaryCents - by5) <= by5 * tol) {
        const right = Math.round(weekly / input.dayDivisor);
        out.push(
          alert(
            "PAIE_JOUR_DIVISE_PAR_5",
            `${who()} : salaire jour ${formatEuros(person.salaryCents)} = minimum semaine ${label} ${formatEuros(weekly)} ÷ 5. ` +
              `Pour un contrat de 4 jours ou moins, la convention divise par ${formatNumber(input.dayDivisor)} : ${formatEuros(right)} (${gridLineLabel(line)}).`,
          ),
        );
        break;
      }
    }
  }
  return out;
}
