/**
 * A what-if scenario's changes to the plan, applied to a copy of the planning input: nothing of the
 * input given changes, so the plan and every scenario run side by side on the same rows.
 *
 * The change kinds, as the coordinator writes them:
 * - `duration` (« Durée (j) »): the task lasts `days` working days; it wins over the rule below.
 * - `addResource` / `removeResource` (« Ajouter ressource », « Retirer ressource »): the resource joins
 *   or leaves the task. The work in person-days is kept: a task of d days with n people (rooms and
 *   facility companies are not people: `Equipe[Type]`) takes
 *   ⌈d × n / m⌉ working days with m people (rounded up to whole working days), so a second editor on a
 *   20-day edit makes it 10 days, a third on a 10-day one ⌈20/3⌉ = 7 days. A task without resources, or
 *   left without any, keeps its duration.
 * - `workingDays` (« Jours ouvrés »): the production works these weekdays from `from` to `to` (both
 *   included; either empty = without limit on that side) — « lun-sam » during the mix. Public
 *   holidays and closures stay off. It is the production's calendar: every task of the production
 *   works those days.
 * - `notBefore` (« Pas avant »): the task does not start before `day` (replaces the typed date).
 * - `removeTask` (« Supprimer tâche »): the task goes; each task that followed it takes its place in
 *   the chain: it inherits the links of the removed task's predecessors, with their type and lag as
 *   written (the removed task's own link to it, and that link's lag, go with it).
 * - `padTarget` (« PAD contractuel »): the production's contractual PAD becomes `day`.
 * - `closure` (« Fermeture »): the production does not work from `from` to `to`.
 */

import { WeekdayMask } from "../calendar/weekdays";
import { DayNumber } from "../dates/civil";
import { ClosureInput, PlanningInput, ProductionInput, TaskInput } from "./model";
import { parsePredecessors, ParsedLink } from "./links";
import { Crew, isSharedFacility, resourceKey, splitResources } from "./resources";
import { idKey } from "./planNetwork";

export const CHANGE_KINDS = ["duration", "addResource", "removeResource", "workingDays", "notBefore", "removeTask", "padTarget", "closure"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One change row of a scenario, in domain terms (the workbook layer reads and checks the cells). */
export interface ScenarioChange {
  kind: ChangeKind;
  /** Production code. */
  production: string;
  /** Task ID (task changes). */
  task?: string;
  /** `duration`: working days. */
  days?: number;
  /** `addResource`, `removeResource`: the name. */
  resource?: string;
  /** `workingDays`: the weekdays worked. */
  weekdays?: WeekdayMask;
  /** `notBefore`, `padTarget`. */
  day?: DayNumber;
  /** `workingDays`, `closure`: the period (inclusive). */
  from?: DayNumber;
  to?: DayNumber;
  /** Said in a closure's reason. */
  comment?: string;
}

export interface AppliedScenario {
  input: PlanningInput;
  /** Indices (in the original input) of the tasks removed. */
  removed: number[];
}

const codeKey = (code: unknown): string => String(code ?? "").trim().toLowerCase();
const taskKey = (production: unknown, id: unknown): string => `${codeKey(production)}\u0000${idKey(id)}`;

/** The scenario's input: a copy of `input` with the changes applied (unknown productions and tasks are skipped). */
export function applyScenario(input: PlanningInput, changes: ReadonlyArray<ScenarioChange>): AppliedScenario {
  const crew = new Crew(input.crew);
  const removedKeys = new Set(changes.filter((c) => c.kind === "removeTask").map((c) => taskKey(c.production, c.task)));
  const removed: number[] = [];
  const kept: TaskInput[] = [];
  input.tasks.forEach((t, i) => {
    if (removedKeys.has(taskKey(t.production, t.id))) removed.push(i);
    else kept.push(changedTask(t, changes, crew));
  });
  const tasks = removed.length > 0 ? relink(kept, input.tasks, removed) : kept;
  return {
    input: {
      ...input,
      productions: input.productions.map((p) => changedProduction(p, changes)),
      tasks,
      closures: [...(input.closures ?? []), ...closuresOf(changes)],
    },
    removed,
  };
}

/** A task with its own changes (duration, resources, `Pas avant`); the same object when none. */
function changedTask(t: TaskInput, changes: ReadonlyArray<ScenarioChange>, crew: Crew): TaskInput {
  const key = taskKey(t.production, t.id);
  const mine = changes.filter((c) => c.task !== undefined && c.kind !== "removeTask" && taskKey(c.production, c.task) === key);
  if (mine.length === 0) return t;
  const out: TaskInput = { ...t };
  const before = splitResources(t.resources);
  let after = before;
  for (const c of mine) {
    if (c.kind === "addResource" && c.resource && !after.some((r) => resourceKey(r) === resourceKey(c.resource!))) after = [...after, c.resource.trim()];
    if (c.kind === "removeResource" && c.resource) after = after.filter((r) => resourceKey(r) !== resourceKey(c.resource!));
    if (c.kind === "notBefore" && c.day !== undefined) out.notBefore = c.day;
  }
  if (after !== before) out.resources = after;
  const typed = mine.filter((c) => c.kind === "duration" && c.days !== undefined).pop();
  if (typed) out.duration = typed.days;
  else if (after !== before) out.duration = workKeptDuration(t.duration, peopleIn(before, crew), peopleIn(after, crew));
  return out;
}

/** People do the work: rooms and facility companies on a task do not shorten it. */
function peopleIn(names: ReadonlyArray<string>, crew: Crew): number {
  return names.filter((n) => {
    const type = resourceKey(crew.find(n)?.type ?? "");
    return !type.startsWith("salle") && !isSharedFacility(type);
  }).length;
}

/** The rule « the work in person-days is kept »: ⌈d × n / m⌉; unchanged without people before or after. */
export function workKeptDuration(duration: number | undefined, before: number, after: number): number | undefined {
  if (duration === undefined || !Number.isFinite(duration) || duration <= 0 || before === 0 || after === 0) return duration;
  return Math.ceil((duration * before) / after);
}

function changedProduction(p: ProductionInput, changes: ReadonlyArray<ScenarioChange>): ProductionInput {
  const mine = changes.filter((c) => codeKey(c.production) === codeKey(p.code) && (c.kind === "padTarget" || c.kind === "workingDays"));
  if (mine.length === 0) return p;
  const out: ProductionInput = { ...p };
  for (const c of mine) {
    if (c.kind === "padTarget" && c.day !== undefined) out.padTarget = c.day;
    if (c.kind === "workingDays" && c.weekdays)
      out.weekdayPeriods = [...(out.weekdayPeriods ?? []), { from: c.from ?? -Infinity, to: c.to ?? Infinity, weekdays: c.weekdays }];
  }
  return out;
}

function closuresOf(changes: ReadonlyArray<ScenarioChange>): ClosureInput[] {
  return changes.flatMap((c) =>
    c.kind === "closure" && c.from !== undefined && c.to !== undefined ? [{ production: c.production, from: c.from, to: c.to, reason: c.comment ?? "scénario" }] : [],
  );
}

/**
 * The successors of removed tasks inherit the removed tasks' predecessors (through a chain of removed
 * tasks too). Only the tasks that cited a removed task get new links; the others keep their cell as typed.
 */
function relink(kept: TaskInput[], original: ReadonlyArray<TaskInput>, removed: ReadonlyArray<number>): TaskInput[] {
  const removedKeys = new Set(removed.map((i) => taskKey(original[i].production, original[i].id)));
  const idsOf = new Map<string, Set<string>>();
  for (const t of original) {
    const p = codeKey(t.production);
    if (!idsOf.has(p)) idsOf.set(p, new Set());
    idsOf.get(p)!.add(idKey(t.id));
  }
  const linksOf = (t: TaskInput): ParsedLink[] | undefined => {
    if (t.predecessors !== undefined && typeof t.predecessors !== "string") return [...t.predecessors];
    const ids = idsOf.get(codeKey(t.production)) ?? new Set<string>();
    const r = parsePredecessors(t.predecessors as string | undefined, (id) => ids.has(idKey(id)));
    return r.ok ? r.links : undefined;
  };
  const removedTask = new Map(removed.map((i) => [taskKey(original[i].production, original[i].id), original[i]]));
  const expand = (production: string, links: ParsedLink[], seen: Set<string>): ParsedLink[] =>
    links.flatMap((l) => {
      const key = taskKey(production, l.predecessorId);
      if (!removedKeys.has(key)) return [l];
      if (seen.has(key)) return [];
      const inherited = linksOf(removedTask.get(key)!) ?? [];
      return expand(production, inherited, new Set([...seen, key]));
    });
  return kept.map((t) => {
    const links = linksOf(t);
    if (!links || !links.some((l) => removedKeys.has(taskKey(t.production, l.predecessorId)))) return t;
    const out: ParsedLink[] = [];
    for (const l of expand(t.production, links, new Set())) {
      if (!out.some((o) => idKey(o.predecessorId) === idKey(l.predecessorId) && o.type === l.type && o.lag === l.lag)) out.push(l);
    }
    return { ...t, predecessors: out };
  });
}
