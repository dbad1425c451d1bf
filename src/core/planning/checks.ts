/**
 * Planning alerts as data: a stable code (tests and tools rely on it), a severity, the row and the
 * column header of the cell, and a French message. The workbook layer turns `table` + `index` +
 * `field` into a cell address and adds it to the message.
 */

import { DayNumber, toFrench } from "../dates/civil";
import { PlanningCheck, PlanningTable, TaskInput } from "./model";

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

/** Column headers the alerts point at (the workbook contract's names). */
export const FIELD = {
  id: "ID",
  production: "Production",
  resources: "Ressources",
  duration: "Durée (j)",
  predecessors: "Prédécesseurs",
  notBefore: "Pas avant",
  deadline: "Échéance",
  actualStart: "Début réel",
  actualFinish: "Fin réelle",
  percentComplete: "Avancement",
  baselineStart: "Début réf.",
  baselineFinish: "Fin réf.",
  start: "Début",
  finish: "Fin",
  slip: "Écart (j)",
  code: "Code",
  zone: "Zone",
  workingDays: "Jours ouvrés",
  padTarget: "PAD contractuel",
  padForecast: "PAD prévu",
  airDate: "Diffusion",
  from: "Du",
  to: "Au",
  resource: "Ressource",
} as const;

export function taskCheck(
  code: PlanCode,
  task: Pick<TaskInput, "id" | "production">,
  index: number,
  field: string,
  detail: string,
): PlanningCheck {
  return {
    code,
    severity: PLAN_CODES[code],
    table: "Taches",
    index,
    production: task.production,
    taskId: task.id,
    field,
    message: `Tâche ${task.id || "(sans ID)"} (production ${task.production || "?"}) : ${detail}`,
    detail,
  };
}

export function rowCheck(
  code: PlanCode,
  table: Exclude<PlanningTable, "Taches">,
  index: number,
  production: string,
  field: string,
  detail: string,
  taskId = "",
): PlanningCheck {
  const where =
    table === "Productions"
      ? `Production ${production || "(sans code)"}`
      : `${table === "Fermetures" ? "Fermeture" : table === "Indisponibilites" ? "Indisponibilité" : "Équipe"} (ligne ${index + 1} du tableau)`;
  return { code, severity: PLAN_CODES[code], table, index, production, taskId, field, message: `${where} : ${detail}`, detail };
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
  const dates: Array<[keyof TaskInput, string]> = [
    ["notBefore", FIELD.notBefore],
    ["deadline", FIELD.deadline],
    ["actualStart", FIELD.actualStart],
    ["actualFinish", FIELD.actualFinish],
    ["baselineStart", FIELD.baselineStart],
    ["baselineFinish", FIELD.baselineFinish],
  ];
  for (const [key, field] of dates) {
    const v = task[key];
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
