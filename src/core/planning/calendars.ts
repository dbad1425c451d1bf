/**
 * The calendars a plan runs on: one per production (its zone's holidays, its working weekdays, the
 * closures for it or for everyone), and per task the production's calendar minus the unavailable
 * days of the task's resources — so that a freelancer's days off really push the dates.
 */

import { MON_FRI, WeekdayMask } from "../calendar/weekdays";
import { parseWorkingDaysCell } from "../calendar/workingDayPeriods";
import { UnavailableRange, WeekdayPeriod, WorkingCalendar } from "../calendar/workingCalendar";
import { METROPOLE, parseZone, Zone, zoneLabel } from "../calendar/zones";
import { toFrench } from "../dates/civil";
import { FIELD, isDay, rowCheck } from "./checks";
import { ClosureInput, PlanningCheck, ProductionInput, UnavailabilityInput } from "./model";
import { resourceKey } from "./resources";

export interface ProductionCalendarSpec {
  zone: Zone;
  weekdays: WeekdayMask;
  /** Other weekdays over periods, as the cell writes them (« lun-ven ; lun-sam du … au … »). */
  periods: WeekdayPeriod[];
}

/** Reads `Zone` and `Jours ouvrés`; a bad value is an alert and falls back to the default. */
export function productionCalendarSpec(
  production: ProductionInput,
  index: number,
  checks: PlanningCheck[],
): ProductionCalendarSpec {
  let zone = parseZone(production.zone);
  if (zone === undefined) {
    checks.push(
      rowCheck(
        "PLAN_ZONE_INCONNUE",
        "productions",
        index,
        production.code,
        FIELD.zone,
        `zone « ${production.zone} » inconnue (Métropole, Alsace-Moselle, 971, 972, 973, 974, 976) : calcul fait avec ${zoneLabel(METROPOLE)}`,
      ),
    );
    zone = METROPOLE;
  }
  const cell = parseWorkingDaysCell(production.workingDays);
  if (cell === undefined) {
    checks.push(
      rowCheck(
        "PLAN_JOURS_OUVRES_INVALIDES",
        "productions",
        index,
        production.code,
        FIELD.workingDays,
        `jours ouvrés « ${production.workingDays} » illisibles (ex. « lun-ven », « lun-sam », « 7/7 ») : calcul fait du lundi au vendredi`,
      ),
    );
    return { zone, weekdays: MON_FRI, periods: [] };
  }
  return { zone, weekdays: cell.weekdays, periods: cell.periods };
}

/** Valid closures that apply to a production (its own and those with an empty `Production`). */
export function closuresFor(code: string, closures: ReadonlyArray<ClosureInput>): ClosureInput[] {
  const key = code.trim().toLowerCase();
  return closures.filter(
    (c) =>
      isDay(c.from) && isDay(c.to) && c.from <= c.to && (!c.production || c.production.trim() === "" || c.production.trim().toLowerCase() === key),
  );
}

export function checkPeriods(
  closures: ReadonlyArray<ClosureInput>,
  unavailabilities: ReadonlyArray<UnavailabilityInput>,
  productionCodes: ReadonlySet<string>,
  checks: PlanningCheck[],
): void {
  closures.forEach((c, i) => {
    const prod = c.production?.trim() ?? "";
    if (!isDay(c.from) || !isDay(c.to)) {
      checks.push(rowCheck("PLAN_DATE_INVALIDE", "closures", i, prod, isDay(c.from) ? FIELD.to : FIELD.from, "date de fermeture manquante ou invalide"));
    } else if (c.to < c.from) {
      checks.push(rowCheck("PLAN_PERIODE_INVALIDE", "closures", i, prod, FIELD.to, `fin (${toFrench(c.to)}) avant le début (${toFrench(c.from)})`));
    }
    if (prod !== "" && !productionCodes.has(prod.toLowerCase())) {
      checks.push(rowCheck("PLAN_PRODUCTION_INCONNUE", "closures", i, prod, FIELD.production, `production « ${prod} » inconnue dans Productions`));
    }
  });
  unavailabilities.forEach((u, i) => {
    if (!isDay(u.from) || !isDay(u.to)) {
      checks.push(rowCheck("PLAN_DATE_INVALIDE", "unavailabilities", i, "", isDay(u.from) ? FIELD.to : FIELD.from, "date d'indisponibilité manquante ou invalide"));
    } else if (u.to < u.from) {
      checks.push(rowCheck("PLAN_PERIODE_INVALIDE", "unavailabilities", i, "", FIELD.to, `fin (${toFrench(u.to)}) avant le début (${toFrench(u.from)})`));
    }
  });
}

/**
 * Hands out task calendars: the production's, or the production's minus the unavailability of the
 * task's resources, built once per (production, set of unavailable resources).
 */
export class ResourceCalendars {
  private readonly byResource = new Map<string, UnavailableRange[]>();
  private readonly cache = new Map<string, WorkingCalendar>();

  constructor(unavailabilities: ReadonlyArray<UnavailabilityInput>) {
    for (const u of unavailabilities) {
      if (!isDay(u.from) || !isDay(u.to) || u.to < u.from) continue;
      const key = resourceKey(u.resource);
      if (key === "") continue;
      const list = this.byResource.get(key) ?? [];
      list.push({ from: u.from, to: u.to, reason: u.reason, resource: u.resource.trim() });
      this.byResource.set(key, list);
    }
  }

  /** Unavailable ranges of one resource. */
  rangesOf(name: string): ReadonlyArray<UnavailableRange> {
    return this.byResource.get(resourceKey(name)) ?? [];
  }

  /** The calendar a task with these resources works on, within a production calendar. */
  calendarFor(productionKey: string, production: WorkingCalendar, resources: ReadonlyArray<string>): WorkingCalendar {
    if (this.byResource.size === 0 || resources.length === 0) return production;
    if (resources.length === 1 && !this.byResource.has(resourceKey(resources[0]))) return production;
    const keys = [...new Set(resources.map(resourceKey))].filter((k) => this.byResource.has(k)).sort();
    if (keys.length === 0) return production;
    const cacheKey = productionKey + "\u0000" + keys.join("\u0000");
    let cal = this.cache.get(cacheKey);
    if (cal === undefined) {
      cal = production.withUnavailability(keys.flatMap((k) => this.byResource.get(k) ?? []));
      this.cache.set(cacheKey, cal);
    }
    return cal;
  }
}
