/**
 * Applying a scenario: the plan's own fields that make the plan compute what the scenario predicted
 * (`applyScenario` in `scenarioChanges.ts` is the one reading of a change; this file only says where each
 * of its effects lives in the plan's input). The edits are found by comparing the plan with the
 * scenario's input, so a task changed by several rows (a resource added and a duration typed) gets the
 * scenario's final value once.
 *
 * Where each kind goes:
 * - `duration`, `addResource`, `removeResource`, `notBefore`: the task's duration, resources and
 *   not-before date (adding a person rewrites the duration too, by the rule « the work in person-days is
 *   kept », exactly as the scenario counted it);
 * - `padTarget`: the production's contractual PAD;
 * - `workingDays`: the production's working-days field; for a period, the period is added to it
 *   (« lun-ven ; lun-sam du 16/12/2026 au 09/01/2027 », `workingDayPeriods.ts`) so the typed days stay;
 * - `closure`: a new closure of the production (nothing typed changes);
 * - `removeTask` is refused: the plan has no field that takes a task out of it without deleting its
 *   row, and a row deleted would lose what was typed in it (dates, actuals, progress).
 */
import { formatWorkingWeekdays } from "../calendar/weekdays";
import { formatWorkingDayPeriod, parseWorkingDaysCell } from "../calendar/workingDayPeriods";
import type { DayNumber } from "../dates/civil";
import type { ClosureInput, PlanningInput, ProductionInput, TaskInput } from "./model";
import { resourceKey, splitResources } from "./resources";
import { applyScenario, type ScenarioChange } from "./scenarioChanges";

/** A field of the plan a scenario changes (the names of `TaskInput` / `ProductionInput`). */
export type AppliedField = "duration" | "resources" | "notBefore" | "padTarget" | "workingDays";

export type EditValue = { text: string } | { number: number } | { day: DayNumber } | null;

export interface PlanEdit {
  table: "tasks" | "productions";
  /** Index of the row in the input's `tasks` or `productions`. */
  index: number;
  production: string;
  /** Task ID (task edits). */
  task?: string;
  field: AppliedField;
  /** The value the plan had (as read), and the one it gets. */
  before: EditValue;
  after: EditValue;
}

export interface RefusedChange {
  change: ScenarioChange;
  /** Why, in French (said to the coordinator). */
  reason: string;
}

export interface ScenarioWrites {
  edits: PlanEdit[];
  /** Closures to add to the plan. */
  closures: ClosureInput[];
  /** Changes that cannot be written faithfully: when any, nothing of the scenario should be written. */
  refused: RefusedChange[];
}

/** What to write into the plan so that it computes as the scenario `name` did. */
export function scenarioWrites(input: PlanningInput, name: string, changes: ReadonlyArray<ScenarioChange>): ScenarioWrites {
  const refused = refusedChanges(input, changes);
  const applied = applyScenario(
    input,
    changes.filter((c) => c.kind !== "removeTask"),
  ).input;
  const edits: PlanEdit[] = [];
  input.tasks.forEach((t, i) => {
    if (applied.tasks[i] !== t) edits.push(...taskEdits(t, applied.tasks[i], i));
  });
  input.productions.forEach((p, i) => {
    if (applied.productions[i] !== p) edits.push(...productionEdits(p, applied.productions[i], i));
  });
  const closures = (applied.closures ?? []).slice((input.closures ?? []).length).map((c) => ({ ...c, reason: closureReason(name, c.reason) }));
  return { edits, closures, refused };
}

function refusedChanges(input: PlanningInput, changes: ReadonlyArray<ScenarioChange>): RefusedChange[] {
  const out: RefusedChange[] = [];
  for (const c of changes) {
    if (c.kind === "removeTask")
      out.push({
        change: c,
        reason: `« Supprimer tâche » (${c.task ?? ""}) ne peut pas être appliqué : le planning n'a pas de case qui retire une tâche sans supprimer sa ligne, et Cap PAD ne supprime jamais une ligne saisie. Supprimez la ligne vous-même (ou retirez cette ligne du scénario), puis relancez`,
      });
    if (c.kind === "workingDays") {
      const p = input.productions.find((x) => x.code.trim().toLowerCase() === c.production.trim().toLowerCase());
      if (p && parseWorkingDaysCell(p.workingDays) === undefined)
        out.push({ change: c, reason: `« Jours ouvrés » : la case Jours ouvrés de ${p.code} (« ${p.workingDays} ») est illisible ; corrigez-la avant d'y ajouter une période` });
    }
  }
  return out;
}

const textOrNull = (s: string | undefined): EditValue => (s === undefined || s.trim() === "" ? null : { text: s });
const numberOrNull = (n: number | undefined): EditValue => (n === undefined ? null : { number: n });
const dayOrNull = (d: DayNumber | undefined): EditValue => (d === undefined ? null : { day: d });

function taskEdits(before: TaskInput, after: TaskInput, index: number): PlanEdit[] {
  const edit = (field: AppliedField, from: EditValue, to: EditValue): PlanEdit => ({ table: "tasks", index, production: before.production, task: before.id, field, before: from, after: to });
  const out: PlanEdit[] = [];
  const was = splitResources(before.resources);
  const now = splitResources(after.resources);
  if (was.map(resourceKey).join("\u0000") !== now.map(resourceKey).join("\u0000")) {
    const typed = typeof before.resources === "string" ? before.resources : was.join("; ");
    out.push(edit("resources", textOrNull(typed), textOrNull(now.join("; "))));
  }
  if (after.duration !== before.duration) out.push(edit("duration", numberOrNull(before.duration), numberOrNull(after.duration)));
  if (after.notBefore !== before.notBefore) out.push(edit("notBefore", dayOrNull(before.notBefore), dayOrNull(after.notBefore)));
  return out;
}

function productionEdits(before: ProductionInput, after: ProductionInput, index: number): PlanEdit[] {
  const edit = (field: AppliedField, from: EditValue, to: EditValue): PlanEdit => ({ table: "productions", index, production: before.code, field, before: from, after: to });
  const out: PlanEdit[] = [];
  if (after.padTarget !== before.padTarget) out.push(edit("padTarget", dayOrNull(before.padTarget), dayOrNull(after.padTarget)));
  const added = (after.weekdayPeriods ?? []).slice((before.weekdayPeriods ?? []).length);
  if (added.length > 0) {
    let cell = (before.workingDays ?? "").trim();
    for (const p of added) {
      // A period without ends covers every day: the weekdays alone say it (the periods before it no longer count).
      if (!Number.isFinite(p.from) && !Number.isFinite(p.to)) cell = formatWorkingWeekdays(p.weekdays);
      else cell = `${cell === "" ? "lun-ven" : cell} ; ${formatWorkingDayPeriod(p.weekdays, p.from, p.to)}`;
    }
    out.push(edit("workingDays", textOrNull(before.workingDays), { text: cell }));
  }
  return out;
}

function closureReason(name: string, reason: string | undefined): string {
  return `Scénario « ${name} »${reason && reason !== "scénario" ? ` : ${reason}` : ""}`;
}
