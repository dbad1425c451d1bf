/**
 * Resources (people, rooms, facility companies) assigned to tasks, and the one check the job needs
 * most across productions: the same person or room booked on overlapping tasks, whatever production
 * they belong to. A facility company (`Prestataire`) serves several jobs at once and is not checked.
 */

import { DayNumber, toFrench } from "../dates/civil";
import { FIELD, rowCheck, taskCheck } from "./checks";
import { Booking, CrewMemberInput, PlanningCheck, UnavailabilityInput } from "./model";

/** Names in `Ressources` are separated by ";" (also accepted: "," and "/"). */
export function splitResources(value: string | ReadonlyArray<string> | undefined | null): string[] {
  if (value === undefined || value === null) return [];
  const parts = typeof value === "string" ? value.split(/[;,/\n]/) : [...value];
  const out: string[] = [];
  for (const p of parts) {
    const name = String(p).trim().replace(/\s+/g, " ");
    if (name !== "" && !out.some((o) => resourceKey(o) === resourceKey(name))) out.push(name);
  }
  return out;
}

/** Matching key of a name: case, accents and spacing do not matter ("Léa  Martin" = "lea martin"). */
export function resourceKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    key = name
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/\s+/g, " ")
      .trim();
    // The same few dozen names come back on every row: remember them (bounded, it is only a cache).
    if (keyCache.size > 5000) keyCache.clear();
    keyCache.set(name, key);
  }
  return key;
}
const keyCache = new Map<string, string>();

export function isSharedFacility(type: string | undefined): boolean {
  return type !== undefined && resourceKey(type).startsWith("prestataire");
}

export class Crew {
  private readonly byKey = new Map<string, CrewMemberInput>();
  constructor(readonly members: ReadonlyArray<CrewMemberInput> | undefined) {
    for (const m of members ?? []) {
      const key = resourceKey(m.name ?? "");
      if (key !== "" && !this.byKey.has(key)) this.byKey.set(key, m);
    }
  }
  get known(): boolean {
    return this.members !== undefined;
  }
  find(name: string): CrewMemberInput | undefined {
    return this.byKey.get(resourceKey(name));
  }
  /** The name as written in `Equipe` when found there. */
  canonical(name: string): string {
    return this.find(name)?.name.trim() ?? name;
  }
}

export function checkUnknownResources(
  crew: Crew,
  task: { id: string; production: string },
  index: number,
  names: ReadonlyArray<string>,
): PlanningCheck[] {
  if (!crew.known) return [];
  const unknown = names.filter((n) => crew.find(n) === undefined);
  if (unknown.length === 0) return [];
  const list = unknown.map((n) => `« ${n} »`).join(", ");
  return [
    taskCheck(
      "PLAN_RESSOURCE_INCONNUE",
      task,
      index,
      FIELD.resources,
      `${unknown.length > 1 ? "ressources inconnues" : "ressource inconnue"} dans Equipe : ${list}`,
    ),
  ];
}

export function checkUnknownUnavailable(crew: Crew, rows: ReadonlyArray<UnavailabilityInput>): PlanningCheck[] {
  if (!crew.known) return [];
  const out: PlanningCheck[] = [];
  rows.forEach((u, i) => {
    if ((u.resource ?? "").trim() !== "" && crew.find(u.resource) === undefined) {
      out.push(rowCheck("PLAN_RESSOURCE_INCONNUE", "unavailabilities", i, "", FIELD.resource, `ressource « ${u.resource} » inconnue dans Equipe`));
    }
  });
  return out;
}

/** One task's use of one resource (declared with the plan's results). */
export type { Booking } from "./model";

export interface Conflict {
  resource: string;
  a: Booking;
  b: Booking;
  /** First and last day both tasks work, and how many such days. */
  from: DayNumber;
  to: DayNumber;
  days: number;
}

/** At most this many other tasks are compared with each booking: beyond, the data is nonsense anyway. */
export const MAX_CONFLICTS_PER_BOOKING = 10;

/**
 * Overlaps of the same resource on two tasks, across all productions: sorted sweep per resource,
 * O(b log b + overlapping pairs), pairs capped per booking. Two tasks conflict on the days both
 * actually work (a Saturday is no conflict for a production that does not work it).
 */
export function findConflicts(bookings: ReadonlyArray<Booking>): Conflict[] {
  const byResource = new Map<string, Booking[]>();
  for (const b of bookings) {
    const key = resourceKey(b.resource);
    const list = byResource.get(key);
    if (list) list.push(b);
    else byResource.set(key, [b]);
  }
  const out: Conflict[] = [];
  for (const list of byResource.values()) {
    list.sort((x, y) => x.start - y.start || x.taskIndex - y.taskIndex);
    const active: Booking[] = [];
    for (const b of list) {
      for (let i = active.length - 1; i >= 0; i--) if (active[i].finish < b.start) active.splice(i, 1);
      let found = 0;
      for (const a of active) {
        if (found >= MAX_CONFLICTS_PER_BOOKING) break;
        const from = Math.max(a.start, b.start);
        const to = Math.min(a.finish, b.finish);
        let first = -1;
        let last = -1;
        let days = 0;
        for (let d = from; d <= to; d++) {
          if (a.calendar.isWorkingDay(d) && b.calendar.isWorkingDay(d)) {
            if (first < 0) first = d;
            last = d;
            days++;
          }
        }
        if (days > 0) {
          out.push({ resource: b.resource, a, b, from: first, to: last, days });
          found++;
        }
      }
      active.push(b);
    }
  }
  return out;
}

/**
 * The alerts of the conflicts: one per task and resource, naming the other tasks (the first three)
 * and the days they overlap.
 */
export function conflictChecks(conflicts: ReadonlyArray<Conflict>): PlanningCheck[] {
  const byTask = new Map<string, { self: Booking; others: Array<{ other: Booking; from: DayNumber; to: DayNumber; days: number }> }>();
  const add = (self: Booking, other: Booking, c: Conflict): void => {
    const key = `${self.taskIndex}\u0000${resourceKey(c.resource)}`;
    let entry = byTask.get(key);
    if (!entry) {
      entry = { self, others: [] };
      byTask.set(key, entry);
    }
    entry.others.push({ other, from: c.from, to: c.to, days: c.days });
  };
  for (const c of conflicts) {
    add(c.a, c.b, c);
    add(c.b, c.a, c);
  }
  const out: PlanningCheck[] = [];
  for (const { self, others } of byTask.values()) {
    others.sort((x, y) => x.from - y.from || x.other.taskIndex - y.other.taskIndex);
    const shown = others.slice(0, 3).map((o) => {
      const when = o.from === o.to ? `le ${toFrench(o.from)}` : `du ${toFrench(o.from)} au ${toFrench(o.to)}`;
      return `${o.other.taskId}${o.other.production !== self.production ? ` (production ${o.other.production})` : ""} ${when}`;
    });
    const more = others.length > 3 ? ` et ${others.length - 3} autre${others.length - 3 > 1 ? "s" : ""}` : "";
    out.push(
      taskCheck(
        "PLAN_CONFLIT_RESSOURCE",
        { id: self.taskId, production: self.production },
        self.taskIndex,
        FIELD.resources,
        `${self.resource} est aussi sur ${others.length > 1 ? "les tâches" : "la tâche"} ${shown.join(", ")}${more}`,
      ),
    );
  }
  out.sort((x, y) => x.index - y.index);
  return out;
}
