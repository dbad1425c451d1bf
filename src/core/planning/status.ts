/**
 * Status labels, in French, as the templates' conditional formats match them (exact strings: a
 * producer without the add-in sees the same colours because Excel keys its formats on these).
 */

export const TASK_STATUS = {
  /** Finished (real finish date, or 100 %). Green. */
  done: "Terminé",
  /** Will finish after its deadline, or cannot meet one downstream (negative float). Red. */
  late: "En retard",
  /** Later than its baseline. Orange. */
  slipping: "En glissement",
  /** On the critical path. Bold. */
  critical: "Critique",
  inProgress: "En cours",
  upcoming: "À venir",
  /** Cannot be scheduled as written (in a dependency loop, duplicate ID…). */
  error: "Erreur",
} as const;

export type TaskStatusLabel = (typeof TASK_STATUS)[keyof typeof TASK_STATUS];

export const PRODUCTION_STATUS = {
  /** PAD delivered. */
  delivered: "Livré",
  /** Forecast PAD after PAD contractuel. */
  late: "En retard",
  /** Forecast PAD after the baseline PAD (but within the contract). */
  slipping: "En glissement",
  onTrack: "Dans les temps",
  empty: "Sans tâche",
  error: "Erreur",
} as const;

export type ProductionStatusLabel = (typeof PRODUCTION_STATUS)[keyof typeof PRODUCTION_STATUS];

export interface TaskStatusFacts {
  hasError: boolean;
  done: boolean;
  started: boolean;
  /** Forecast finish after its own deadline. */
  pastDeadline: boolean;
  totalFloat: number;
  critical: boolean;
  slipDays?: number;
}

/**
 * One status per task, the most urgent first: an error hides everything; a finished task is done
 * whatever happened; then late (red) before slipping (orange) before critical (bold).
 */
export function taskStatus(f: TaskStatusFacts): TaskStatusLabel {
  if (f.hasError) return TASK_STATUS.error;
  if (f.done) return TASK_STATUS.done;
  if (f.pastDeadline || f.totalFloat < 0) return TASK_STATUS.late;
  if (f.slipDays !== undefined && f.slipDays > 0) return TASK_STATUS.slipping;
  if (f.critical) return TASK_STATUS.critical;
  return f.started ? TASK_STATUS.inProgress : TASK_STATUS.upcoming;
}

export interface ProductionStatusFacts {
  taskCount: number;
  hasError: boolean;
  padDone: boolean;
  padSlipDays?: number;
  padBaselineSlipDays?: number;
}

export function productionStatus(f: ProductionStatusFacts): ProductionStatusLabel {
  if (f.taskCount === 0) return PRODUCTION_STATUS.empty;
  if (f.padDone) return PRODUCTION_STATUS.delivered;
  if (f.hasError) return PRODUCTION_STATUS.error;
  if (f.padSlipDays !== undefined && f.padSlipDays > 0) return PRODUCTION_STATUS.late;
  if (f.padBaselineSlipDays !== undefined && f.padBaselineSlipDays > 0) return PRODUCTION_STATUS.slipping;
  return PRODUCTION_STATUS.onTrack;
}
