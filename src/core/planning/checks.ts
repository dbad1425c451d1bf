/**
 * Planning alerts as data: a stable code (tests and tools rely on it), a severity, the input row and
 * the domain field it is about, and a French detail that says what is wrong. The workbook layer turns
 * `table` + `index` + `field` into a cell and composes the located message.
 */

import { DayNumber, toFrench } from "../dates/civil";
import { PlanningCheck, PlanningField, PlanningTable, TaskInput } from "./model";

export const PLAN_CODES = {
  PLAN_ID_VIDE: "error",
  PLAN_ID_DOUBLON: "error",
  PLAN_PRODUCTION_INCONNUE: "error",
  PLAN_PRODUCTION_DOUBLON: "error",
  PLAN_ZONE_INCONNUE: "error",
  PLAN_JOURS_OUVRES_INVALIDES: "error",
  PLAN_DUREE_INVALIDE: "error",
  PLAN_AVANCEMENT_INVALIDE: "error",
  PLAN_DATE_INVALIDE: "error",
  PLAN_PERIODE_INVALIDE: "error",
  PLAN_PREDECESSEUR_INVALIDE: "error",
  PLAN_PREDECESSEUR_INCONNU: "error",
  PLAN_PREDECESSEUR_AUTRE_PRODUCTION: "error",
  PLAN_CYCLE: "error",
  PLAN_REEL_INCOHERENT: "error",
  PLAN_REEL_FUTUR: "warning",
  PLAN_AVANCEMENT_SANS_FIN: "warning",
  PLAN_ECHEANCE_DEPASSEE: "warning",
  PLAN_PAD_DEPASSE: "warning",
  PLAN_PAD_APRES_DIFFUSION: "error",
  PLAN_GLISSEMENT: "warning",
  PLAN_CONFLIT_RESSOURCE: "warning",
  PLAN_RESSOURCE_INCONNUE: "warning",
  PLAN_INDISPONIBLE: "info",
  PLAN_SEANCES_AU_DELA_DUREE: "info",
} as const;

export type PlanCode = keyof typeof PLAN_CODES;

/** The fields the checks point at, by the name the engine's rules use for them. */
export const FIELD = {
  id: "id",
  production: "production",
  resources: "resources",
  duration: "duration",
  predecessors: "predecessors",
  notBefore: "notBefore",
  deadline: "deadline",
  actualStart: "actualStart",
  actualFinish: "actualFinish",
  percentComplete: "percentComplete",
  baselineStart: "baselineStart",
  baselineFinish: "baselineFinish",
  start: "start",
  finish: "finish",
  slip: "slipDays",
  code: "code",
  zone: "zone",
  workingDays: "workingDays",
  padTarget: "padTarget",
  padForecast: "padForecast",
  airDate: "airDate",
  from: "from",
  to: "to",
  resource: "resource",
} as const satisfies Record<string, PlanningField>;

export function taskCheck(
  code: PlanCode,
  task: Pick<TaskInput, "id" | "production">,
  index: number,
  field: PlanningField,
  detail: string,
): PlanningCheck {
  return { code, severity: PLAN_CODES[code], table: "tasks", index, production: task.production, taskId: task.id, field, detail };
}

export function rowCheck(
  code: PlanCode,
  table: Exclude<PlanningTable, "tasks">,
  index: number,
  production: string,
  field: PlanningField,
  detail: string,
  taskId = "",
): PlanningCheck {
  return { code, severity: PLAN_CODES[code], table, index, production, taskId, field, detail };
}

const isDay = (v: unknown): v is DayNumber => typeof v === "number" && Number.isInteger(v);

/**
 * Checks of one `Taches` row on its own (values typed in it), before scheduling. Returns the
 * alerts; the scheduler then uses only what is valid (an invalid date is ignored, an invalid
 * duration counts as a milestone so that the rest of the plan still computes).
 */
export function checkTaskRow(task: TaskInput, index: number, today: DayNumber): PlanningCheck[] {
  const out: PlanningCheck[] = [];
  const d = task.duration;
  if (d === undefined || d === null) {
    out.push(taskCheck("PLAN_DUREE_INVALIDE", task, index, FIELD.duration, "durée vide (0 pour un jalon)"));
  } else if (!Number.isFinite(d) || d < 0 || !Number.isInteger(d)) {
    out.push(
      taskCheck("PLAN_DUREE_INVALIDE", task, index, FIELD.duration, `durée « ${d} » invalide : un nombre entier de jours ouvrés, 0 pour un jalon`),
    );
  }
  const p = task.percentComplete;
  if (p !== undefined && p !== null && (!Number.isFinite(p) || p < 0 || p > 100)) {
    out.push(taskCheck("PLAN_AVANCEMENT_INVALIDE", task, index, FIELD.percentComplete, `avancement « ${p} » invalide : entre 0 % et 100 %`));
  }
  const dates = ["notBefore", "deadline", "actualStart", "actualFinish", "baselineStart", "baselineFinish"] as const;
  for (const field of dates) {
    const v = task[field];
    if (v !== undefined && v !== null && !isDay(v)) {
      out.push(taskCheck("PLAN_DATE_INVALIDE", task, index, field, `« ${String(v)} » n'est pas une date`));
    }
  }
  const { actualStart: as, actualFinish: af, baselineStart: bs, baselineFinish: bf } = task;
  if (isDay(as) && isDay(af) && af < as) {
    out.push(
      taskCheck(
        "PLAN_REEL_INCOHERENT",
        task,
        index,
        FIELD.actualFinish,
        `fin réelle (${toFrench(af)}) avant le début réel (${toFrench(as)})`,
      ),
    );
  }
  if (isDay(as) && as > today) {
    out.push(taskCheck("PLAN_REEL_FUTUR", task, index, FIELD.actualStart, `début réel (${toFrench(as)}) postérieur à aujourd'hui (${toFrench(today)})`));
  }
  if (isDay(af) && af > today) {
    out.push(taskCheck("PLAN_REEL_FUTUR", task, index, FIELD.actualFinish, `fin réelle (${toFrench(af)}) postérieure à aujourd'hui (${toFrench(today)})`));
  }
  if (isDay(bs) && isDay(bf) && bf < bs) {
    out.push(taskCheck("PLAN_DATE_INVALIDE", task, index, FIELD.baselineFinish, `fin de référence (${toFrench(bf)}) avant le début de référence (${toFrench(bs)})`));
  }
  if (p !== undefined && p !== null && p >= 100 && !isDay(af)) {
    out.push(
      taskCheck(
        "PLAN_AVANCEMENT_SANS_FIN",
        task,
        index,
        FIELD.actualFinish,
        "avancement à 100 % sans fin réelle : la tâche est comptée terminée aujourd'hui, saisissez sa fin réelle",
      ),
    );
  }
  return out;
}

export { isDay };
