/**
 * The planning tables (`Productions`, `Taches`, `Fermetures`, `Indisponibilites`, `Equipe`) read into
 * the engine's input, one object per non-blank row, in row order (the engine's indices are these rows).
 * Unusable cells become alerts on their cell through the row readers; what the engine checks itself
 * (empty IDs, durations, unknown productions) is left to it, so that each cell is reported once.
 */
import type { DayNumber } from "../../core/dates/civil";
import type { ClosureInput, CrewMemberInput, PlanningInput, ProductionInput, TaskInput, UnavailabilityInput } from "../../core/planning/model";
import { EQUIPE } from "../contract/crew";
import { FERMETURES, GENRES, INDISPONIBILITES, PRODUCTIONS, RESOURCE_TYPES, TACHES } from "../contract/planning";
import type { BoundTable, RowReader } from "../read";
import type { TableSource } from "../source";

/** The row readers behind each input array, index for index. */
export interface PlanningRows {
  productions: RowReader[];
  tasks: RowReader[];
  closures: RowReader[];
  unavailabilities: RowReader[];
  crew: RowReader[];
}

export interface PlanningTables {
  productions?: BoundTable;
  tasks?: BoundTable;
  closures?: BoundTable;
  unavailabilities?: BoundTable;
  crew?: BoundTable;
}

/** Blank here: the engine reports these cells itself (a clearer message, one alert per cell). */
const ENGINE_CHECKS = { required: false } as const;
/** An unreadable date the engine must still see as "given but invalid". */
const NO_DAY = Number.NaN as DayNumber;

export function readPlanning(src: TableSource, today: DayNumber): { input: PlanningInput; rows: PlanningRows; tables: PlanningTables } {
  const d1904 = src.date1904;
  const tables: PlanningTables = {
    productions: src.table(PRODUCTIONS),
    tasks: src.table(TACHES),
    closures: src.table(FERMETURES),
    unavailabilities: src.table(INDISPONIBILITES),
    crew: src.table(EQUIPE),
  };
  const rows: PlanningRows = {
    productions: tables.productions?.rows ?? [],
    tasks: tables.tasks?.rows ?? [],
    closures: tables.closures?.rows ?? [],
    unavailabilities: tables.unavailabilities?.rows ?? [],
    crew: tables.crew?.rows ?? [],
  };
  const input: PlanningInput = {
    today,
    productions: rows.productions.map((r) => productionOf(r, d1904)),
    tasks: rows.tasks.map((r) => taskOf(r, d1904)),
    closures: rows.closures.map((r) => closureOf(r, d1904)),
    unavailabilities: rows.unavailabilities.map((r) => unavailabilityOf(r, d1904)),
    // Without an `Equipe` table, resource names are not checked (the engine's convention).
    crew: tables.crew ? rows.crew.map(crewMemberOf) : undefined,
  };
  return { input, rows, tables };
}

function productionOf(r: RowReader, d1904: boolean): ProductionInput {
  return {
    code: r.text("Code", ENGINE_CHECKS) ?? "",
    title: r.text("Titre"),
    // One of the contract's genres (canonical spelling): the plan types and the payroll parameters key on it.
    genre: r.choice("Genre", GENRES),
    durationMinutes: r.number("Durée (min)", { min: 0, what: "une durée en minutes" }),
    zone: r.text("Zone"),
    workingDays: r.text("Jours ouvrés"),
    padTarget: r.date("PAD contractuel", d1904),
    airDate: r.date("Diffusion", d1904),
  };
}

function taskOf(r: RowReader, d1904: boolean): TaskInput {
  const fraction = r.percent("Avancement");
  return {
    id: r.text("ID", ENGINE_CHECKS) ?? "",
    production: r.text("Production", ENGINE_CHECKS) ?? "",
    stage: r.text("Étape"),
    name: r.text("Tâche"),
    resources: r.text("Ressources"),
    duration: r.number("Durée (j)", { what: "un nombre de jours ouvrés" }),
    predecessors: r.text("Prédécesseurs"),
    notBefore: r.date("Pas avant", d1904),
    deadline: r.date("Échéance", d1904),
    actualStart: r.date("Début réel", d1904),
    actualFinish: r.date("Fin réelle", d1904),
    // The engine counts in percent (0–100); the cell holds a fraction. Rounded to kill binary noise.
    percentComplete: fraction === undefined ? undefined : Math.round(fraction * 1e8) / 1e6,
    baselineStart: r.date("Début réf.", d1904),
    baselineFinish: r.date("Fin réf.", d1904),
    baselineDuration: r.number("Durée réf. (j)", { min: 0, what: "un nombre de jours ouvrés" }),
    baselineResources: r.text("Ressources réf."),
  };
}

function closureOf(r: RowReader, d1904: boolean): ClosureInput {
  return { production: r.text("Production"), from: r.date("Du", d1904) ?? NO_DAY, to: r.date("Au", d1904) ?? NO_DAY, reason: r.text("Motif") };
}

function unavailabilityOf(r: RowReader, d1904: boolean): UnavailabilityInput {
  return { resource: r.text("Ressource") ?? "", from: r.date("Du", d1904) ?? NO_DAY, to: r.date("Au", d1904) ?? NO_DAY, reason: r.text("Motif") };
}

/**
 * The columns of `Equipe` planning needs (rates are the cost step's). The name is reported here when
 * blank (the engine leaves a nameless member out without a word).
 */
function crewMemberOf(r: RowReader): CrewMemberInput {
  return {
    name: r.text("Nom") ?? "",
    // Checked against the list here, whether or not the row has a name (a nameless row is left out by
    // the crew reader before it looks at the type).
    type: r.choice("Type", RESOURCE_TYPES),
    role: r.text("Fonction"),
  };
}
