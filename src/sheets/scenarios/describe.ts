/**
 * A scenario's change rows said in plain French for the producer (« Hugo Bernard rejoint F03 « Montage
 * image » : 13 jours ouvrés au lieu de 25 »), with the task's name and, where the scenario's engine
 * changed a duration (the rule of the person-days kept), the durations before and after.
 */
import { WEEKDAY_NAMES, type WeekdayMask } from "../../core/calendar/weekdays";
import { toFrench } from "../../core/dates/civil";
import type { PlanningInput, TaskInput } from "../../core/planning/model";
import { idKey } from "../../core/planning/plan";
import type { ScenarioChange } from "../../core/planning/scenarioChanges";

const taskKey = (production: string, id: unknown): string => `${production.trim().toLowerCase()}\u0000${idKey(id)}`;

function tasksByKey(input: PlanningInput): Map<string, TaskInput> {
  return new Map(input.tasks.map((t) => [taskKey(t.production, t.id), t]));
}

const days = (n: number): string => `${n} jour${n > 1 ? "s" : ""} ouvré${n > 1 ? "s" : ""}`;

/** « du lundi au samedi », « 7 jours sur 7 », « lundi, mercredi et vendredi ». */
export function weekdaysText(mask: WeekdayMask): string {
  const worked = WEEKDAY_NAMES.filter((_, i) => mask[i]);
  if (worked.length === 7) return "7 jours sur 7";
  const first = mask.indexOf(true);
  const contiguous = worked.length > 2 && mask.slice(first, first + worked.length).every(Boolean);
  if (contiguous) return `du ${worked[0]} au ${worked[worked.length - 1]}`;
  return worked.length === 1 ? `le ${worked[0]}` : `${worked.slice(0, -1).join(", ")} et ${worked[worked.length - 1]}`;
}

/** The sentences of one scenario's changes to one production, in the order typed. */
export function describeChanges(changes: readonly ScenarioChange[], plan: PlanningInput, scenario: PlanningInput): string[] {
  const before = tasksByKey(plan);
  const after = tasksByKey(scenario);
  const target = (production: string) => plan.productions.find((p) => p.code.trim().toLowerCase() === production.trim().toLowerCase())?.padTarget;
  return changes.map((c) => {
    const k = c.task === undefined ? "" : taskKey(c.production, c.task);
    const t = before.get(k);
    const label = t ? `${t.id}${t.name ? ` « ${t.name} »` : ""}` : (c.task ?? "");
    const period = (c.from !== undefined ? ` du ${toFrench(c.from)}` : "") + (c.to !== undefined ? ` au ${toFrench(c.to)}` : "");
    switch (c.kind) {
      case "duration":
        return `${label} : ${days(c.days ?? 0)}${t?.duration !== undefined ? ` au lieu de ${t.duration}` : ""}`;
      case "addResource":
        return `${c.resource} rejoint ${label}${durationChange(t, after.get(k))}`;
      case "removeResource":
        return `${c.resource} quitte ${label}${durationChange(t, after.get(k))}`;
      case "workingDays":
        return `la production travaille ${c.weekdays ? weekdaysText(c.weekdays) : ""}${period || " sur toute la période"}`;
      case "notBefore":
        return `${label} ne commence pas avant le ${c.day === undefined ? "?" : toFrench(c.day)}`;
      case "removeTask":
        return `${label} supprimée (les tâches qui la suivaient reprennent ses liens)`;
      case "padTarget": {
        const was = target(c.production);
        return `PAD contractuel porté au ${c.day === undefined ? "?" : toFrench(c.day)}${was !== undefined ? ` au lieu du ${toFrench(was)}` : ""}`;
      }
      case "closure":
        return `production fermée${period}${c.comment ? ` (${c.comment})` : ""}`;
    }
  });
}

/** « : 13 jours ouvrés au lieu de 25 » when the change of crew changed the task's duration. */
function durationChange(before: TaskInput | undefined, after: TaskInput | undefined): string {
  if (before?.duration === undefined || after?.duration === undefined || before.duration === after.duration) return "";
  return ` : ${days(after.duration)} au lieu de ${before.duration}`;
}
