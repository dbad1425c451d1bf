/**
 * Plain input and output types of the planning engine. The workbook layer maps table rows to these
 * (one object per row, in row order) and maps the results back to the computed columns; nothing here
 * knows about sheets or cells. Dates are civil day numbers (see dates/civil.ts), never `Date`.
 */

import { WeekdayPeriod, WorkingCalendar } from "../calendar/workingCalendar";
import { DayNumber } from "../dates/civil";
import { ParsedLink } from "./links";

/** A row of `Productions`. */
export interface ProductionInput {
  /** `Code` */
  code: string;
  /** `Titre` */
  title?: string;
  /** `Genre` (Fiction TV, Série, Long métrage, Documentaire, Animation) */
  genre?: string;
  /** `Durée (min)` */
  durationMinutes?: number;
  /** `Zone`, as typed (blank = Métropole). */
  zone?: string;
  /** `Jours ouvrés`, as typed (blank = lun-ven). */
  workingDays?: string;
  /** Other working weekdays over periods (what-if scenarios only; no column of `Productions`). */
  weekdayPeriods?: ReadonlyArray<WeekdayPeriod>;
  /** `PAD contractuel` */
  padTarget?: DayNumber;
  /** `Diffusion` */
  airDate?: DayNumber;
}

/** A row of `Taches`. */
export interface TaskInput {
  /** `ID` */
  id: string;
  /** `Production` (its `Code`) */
  production: string;
  /** `Étape` */
  stage?: string;
  /** `Tâche` */
  name?: string;
  /** `Ressources`: names separated by ";" as typed, or already split. */
  resources?: string | ReadonlyArray<string>;
  /** `Durée (j)`: working days, 0 = milestone. Undefined (blank) is reported. */
  duration?: number;
  /** `Prédécesseurs`: the cell text, or links already parsed. */
  predecessors?: string | ReadonlyArray<ParsedLink>;
  /** `Pas avant` */
  notBefore?: DayNumber;
  /** `Échéance` */
  deadline?: DayNumber;
  /** `Début réel` */
  actualStart?: DayNumber;
  /** `Fin réelle` */
  actualFinish?: DayNumber;
  /**
   * `Avancement` in percent, 0–100. A cell formatted as % holds 0.5 for 50 %: the workbook layer
   * multiplies by 100 at the border.
   */
  percentComplete?: number;
  /** `Début réf.` */
  baselineStart?: DayNumber;
  /** `Fin réf.` */
  baselineFinish?: DayNumber;
  /**
   * `Durée réf. (j)`: the working days the task had when the baseline was frozen. Undefined for a
   * baseline frozen before Cap PAD kept it (or typed by hand without it).
   */
  baselineDuration?: number;
  /** `Ressources réf.`: the resources the task had when the baseline was frozen (same syntax as `Ressources`). */
  baselineResources?: string | ReadonlyArray<string>;
  /** Marks the PAD delivery milestone explicitly (otherwise recognised by "PAD" in its stage or name). */
  pad?: boolean;
}

/** A row of `Fermetures`. */
export interface ClosureInput {
  /** Empty = every production. */
  production?: string;
  from: DayNumber;
  to: DayNumber;
  reason?: string;
}

/** A row of `Indisponibilites`. */
export interface UnavailabilityInput {
  resource: string;
  from: DayNumber;
  to: DayNumber;
  reason?: string;
}

/** A row of `Equipe` (the columns planning needs). */
export interface CrewMemberInput {
  /** `Nom` */
  name: string;
  /** `Type`: Personne, Salle, Prestataire (a facility company can serve several jobs at once). */
  type?: string;
  /** `Fonction` */
  role?: string;
}

export interface PlanningInput {
  /** The day the plan is computed for (`--today`): nothing not started can start before it. */
  today: DayNumber;
  productions: ReadonlyArray<ProductionInput>;
  tasks: ReadonlyArray<TaskInput>;
  closures?: ReadonlyArray<ClosureInput>;
  unavailabilities?: ReadonlyArray<UnavailabilityInput>;
  /** Undefined = no `Equipe` table: resource names are not checked. */
  crew?: ReadonlyArray<CrewMemberInput>;
  /** The séance log (`Seances`): which task was worked on which day (actual start, progress). */
  seances?: ReadonlyArray<LoggedSeance>;
}

/** One task's use of one resource. */
export interface Booking {
  taskIndex: number;
  taskId: string;
  production: string;
  resource: string;
  start: DayNumber;
  finish: DayNumber;
  /** The calendar the task works on: days it does not work are not a conflict. */
  calendar: WorkingCalendar;
}

/** A séance as the plan reads it: a day of work on a task of a production. */
export interface LoggedSeance {
  production: string;
  task: string;
  day: DayNumber;
}

/** The input an alert points into: the array of `PlanningInput` its `index` counts in. */
export type PlanningTable = "tasks" | "productions" | "closures" | "unavailabilities" | "crew";

/**
 * The domain field a planning alert points at: a field of the row's input, or a computed field of the
 * task (`start`, `finish`, `slipDays`) or of the production (`padForecast`). The workbook layer maps it
 * to its column.
 */
export type PlanningField =
  | keyof TaskInput
  | keyof ProductionInput
  | keyof ClosureInput
  | keyof UnavailabilityInput
  | "start"
  | "finish"
  | "slipDays"
  | "padForecast";

/** One problem found, as data: where it is (input row and field) and what it is (`detail`). */
export interface PlanningCheck {
  code: string;
  severity: "error" | "warning" | "info";
  table: PlanningTable;
  /** 0-based index of the row in the input array of that table (IDs may be duplicated). */
  index: number;
  production: string;
  /** Task ID, "" for alerts not about a task. */
  taskId: string;
  field: PlanningField;
  /**
   * What is wrong, in French, without saying where: the task's `Alerte` cell shows it as is, and the
   * workbook layer prefixes the row and the cell for the alert's message.
   */
  detail: string;
}

export type ProgressState = "notStarted" | "inProgress" | "done";

/** Why a task starts when it does. */
export type Driver =
  | { kind: "link"; predecessorIndex: number; predecessorId: string; type: ParsedLink["type"]; lag: number }
  | { kind: "notBefore" }
  | { kind: "today" }
  | { kind: "actual" }
  | { kind: "none" };

/** Computed columns of a `Taches` row, and what explains them. */
export interface ScheduledTask {
  /** Index of the row in `PlanningInput.tasks`. */
  index: number;
  id: string;
  production: string;
  milestone: boolean;
  state: ProgressState;
  /** `Début`, `Fin` */
  start: DayNumber;
  finish: DayNumber;
  lateStart: DayNumber;
  lateFinish: DayNumber;
  /** `Marge (j)`: total float in working days (negative when a deadline cannot be met). */
  totalFloat: number;
  /** `Critique` */
  critical: boolean;
  /** `Écart (j)`: working days from `Fin réf.` to `Fin` (positive = late); undefined without baseline. */
  slipDays?: number;
  /** `Statut` */
  status: string;
  /** `Alerte`: the details of this row's alerts, joined. */
  alert: string;
  driver: Driver;
  /** Resource names as resolved (trimmed, as written in `Equipe` when found there). */
  resources: string[];
  /** True when its resources' unavailability moved or stretched it. */
  delayedByUnavailability: boolean;
  /** Real start: typed, else the first séance; for a finished task without either, its computed start. */
  actualStart?: DayNumber;
  /** Real finish of a finished task (typed, the last séance, or the day before today). */
  actualFinish?: DayNumber;
  /**
   * Percent complete, 0–100: 100 when finished; `Avancement` typed; else the séance days against the
   * duration; else, for a task under way, the working days elapsed since its start; 0 not started.
   */
  progress: number;
  /** Where the progress comes from. */
  progressFrom: "typed" | "log" | "elapsed" | "state";
}

/** Computed columns of a `Productions` row. */
export interface ProductionSummary {
  index: number;
  code: string;
  /** `PAD contractuel` */
  padTarget?: DayNumber;
  /** `PAD prévu`: forecast finish of the PAD milestone, or of the last task. */
  padForecast?: DayNumber;
  /** Index of the task taken as the PAD milestone. */
  padTaskIndex?: number;
  /** `Écart PAD (j)`: working days from `PAD contractuel` to `PAD prévu` (positive = late). */
  padSlipDays?: number;
  /** Baseline PAD (`Fin réf.` of the PAD task) and the slip against it. */
  padBaseline?: DayNumber;
  padBaselineSlipDays?: number;
  /** `Statut` */
  status: string;
  taskCount: number;
  lateTaskCount: number;
  criticalTaskCount: number;
  /** Next milestone not done (for the `Synthese` sheet). */
  nextMilestone?: { index: number; id: string; name: string; day: DayNumber };
  start?: DayNumber;
  finish?: DayNumber;
}

export interface PlanningResult {
  /** Aligned with `PlanningInput.tasks`. */
  tasks: ScheduledTask[];
  /** Aligned with `PlanningInput.productions`. */
  productions: ProductionSummary[];
  checks: PlanningCheck[];
  /**
   * The working calendar of each production, by its `Code` as written (for the `Feries` range:
   * `excelHolidayList`, and for `weekendMask`).
   */
  calendars: ReadonlyMap<string, WorkingCalendar>;
  /**
   * Each resource on each unfinished task (people and rooms, not shared facilities), on the calendar the
   * task works: what the resource conflicts compare and the weekly load counts (`resourceLoad.ts`).
   */
  bookings: ReadonlyArray<Booking>;
}
