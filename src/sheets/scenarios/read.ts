/**
 * The `Scenarios` table read into the scenarios the engine compares (`core/planning/scenarios.ts`):
 * rows grouped by `Scénario` in the order first met, each row one change. A row whose cells cannot make
 * a change (unknown production, a task ID not in that production, a value that is not a number, a
 * period that ends before it starts…) is left out of its scenario with an alert on its cell; the
 * scenario keeps its other rows.
 */
import type { Alert } from "../../core/alerts";
import { parseWorkingWeekdays } from "../../core/calendar/weekdays";
import { toFrench } from "../../core/dates/civil";
import type { PlanningInput } from "../../core/planning/model";
import { idKey } from "../../core/planning/plan";
import { Crew, resourceKey, splitResources } from "../../core/planning/resources";
import type { ChangeKind, ScenarioChange } from "../../core/planning/scenarioChanges";
import type { Scenario } from "../../core/planning/scenarios";
import { CHANGE_LABELS, SCENARIOS } from "../contract/scenarios";
import type { BoundTable, RowReader } from "../read";
import type { TableSource } from "../source";

export interface ScenarioTable {
  table?: BoundTable;
  scenarios: Scenario[];
}

const KIND_OF_LABEL = new Map<string, ChangeKind>(Object.entries(CHANGE_LABELS).map(([kind, label]) => [label, kind as ChangeKind]));
/** Changes about one task: the `Tâche` cell must name a task of the production. */
const TASK_KINDS: ReadonlySet<ChangeKind> = new Set(["duration", "addResource", "removeResource", "notBefore", "removeTask"]);

/** The scenarios typed in the workbook, checked against the plan's productions and tasks. */
export function readScenarios(src: TableSource, plan: PlanningInput): ScenarioTable {
  const table = src.table(SCENARIOS);
  if (!table) return { scenarios: [] };
  const byName = new Map<string, Scenario & { changes: ScenarioChange[] }>();
  const known = planIndex(plan);
  for (const r of table.rows) {
    const name = r.text("Scénario", { required: true });
    const change = changeOf(r, known, src.date1904);
    if (name === undefined) continue;
    let s = byName.get(name);
    if (!s) byName.set(name, (s = { name, changes: [] }));
    if (change) s.changes.push(change);
  }
  return { table, scenarios: [...byName.values()] };
}

interface PlanIndex {
  /** Production code as written, by key. */
  productions: Map<string, string>;
  /** Task resources, by production key and task ID key. */
  tasks: Map<string, string[]>;
  crew: Crew;
}

const codeKey = (code: string): string => code.trim().toLowerCase();

function planIndex(plan: PlanningInput): PlanIndex {
  const productions = new Map<string, string>();
  for (const p of plan.productions) if (p.code.trim() && !productions.has(codeKey(p.code))) productions.set(codeKey(p.code), p.code.trim());
  const tasks = new Map<string, string[]>();
  for (const t of plan.tasks) tasks.set(`${codeKey(t.production)}\u0000${idKey(t.id)}`, splitResources(t.resources));
  return { productions, tasks, crew: new Crew(plan.crew) };
}

/** One row's change, or undefined (and its alerts) when a cell cannot make one. */
function changeOf(r: RowReader, known: PlanIndex, date1904: boolean): ScenarioChange | undefined {
  const label = r.choice("Changement", Object.values(CHANGE_LABELS), { required: true });
  const typedProduction = r.text("Production", { required: true });
  const task = r.text("Tâche");
  const from = r.date("Du", date1904);
  const to = r.date("Au", date1904);
  r.text("Commentaire");
  if (label === undefined || typedProduction === undefined) return undefined;
  const kind = KIND_OF_LABEL.get(label)!;
  const production = known.productions.get(codeKey(typedProduction));
  if (production === undefined) return void fail(r, "SCEN_PRODUCTION_INCONNUE", `production « ${typedProduction} » absente du tableau Productions`, "Production");
  if (from !== undefined && to !== undefined && to < from) return void fail(r, "SCEN_PERIODE_INVALIDE", `fin (${toFrench(to)}) avant le début (${toFrench(from)})`, "Au");
  const change: ScenarioChange = { kind, production, from, to, comment: r.text("Commentaire") };
  if (task !== undefined) {
    const resources = known.tasks.get(`${codeKey(production)}\u0000${idKey(task)}`);
    if (resources === undefined) return void fail(r, "SCEN_TACHE_INCONNUE", `tâche « ${task} » absente de la production ${production}`, "Tâche");
    change.task = task;
  } else if (TASK_KINDS.has(kind)) {
    return void fail(r, "SCEN_TACHE_MANQUANTE", `« ${label} » porte sur une tâche : indiquez son ID`, "Tâche");
  }
  return valueOf(r, kind, change, known, date1904);
}

/** Reads `Valeur` (or the date in `Du`) as the kind of change needs it. */
function valueOf(r: RowReader, kind: ChangeKind, change: ScenarioChange, known: PlanIndex, date1904: boolean): ScenarioChange | undefined {
  switch (kind) {
    case "duration": {
      const days = r.number("Valeur", { required: true, min: 0, integer: true, what: "un nombre de jours ouvrés" });
      return days === undefined ? undefined : { ...change, days };
    }
    case "addResource":
    case "removeResource":
      return resourceChange(r, kind, change, known);
    case "workingDays": {
      const text = r.text("Valeur", { required: true });
      if (text === undefined) return undefined;
      const weekdays = parseWorkingWeekdays(text);
      if (weekdays === undefined) return void fail(r, "SCEN_JOURS_OUVRES_INVALIDES", `jours ouvrés « ${text} » illisibles (ex. « lun-sam », « 7/7 »)`, "Valeur");
      return { ...change, weekdays };
    }
    case "notBefore":
    case "padTarget": {
      const day = r.raw("Valeur") === null || r.raw("Valeur") === "" ? change.from : r.date("Valeur", date1904);
      if (day === undefined) return void fail(r, "SCEN_DATE_MANQUANTE", `« ${CHANGE_LABELS[kind]} » : indiquez la date dans Valeur (ou dans Du)`, "Valeur");
      return { ...change, day };
    }
    case "closure":
      if (change.from === undefined || change.to === undefined) return void fail(r, "SCEN_DATE_MANQUANTE", "« Fermeture » : indiquez Du et Au", change.from === undefined ? "Du" : "Au");
      return change;
    case "removeTask":
      return change;
  }
}

function resourceChange(r: RowReader, kind: "addResource" | "removeResource", change: ScenarioChange, known: PlanIndex): ScenarioChange | undefined {
  const name = r.text("Valeur", { required: true });
  if (name === undefined) return undefined;
  if (known.crew.known && known.crew.find(name) === undefined) return void fail(r, "SCEN_RESSOURCE_INCONNUE", `ressource « ${name} » inconnue dans Equipe`, "Valeur");
  const resource = known.crew.canonical(name);
  const onTask = known.tasks.get(`${codeKey(change.production)}\u0000${idKey(change.task)}`) ?? [];
  const there = onTask.some((n) => resourceKey(n) === resourceKey(resource));
  if (kind === "removeResource" && !there) return void fail(r, "SCEN_RESSOURCE_ABSENTE", `${resource} n'est pas sur la tâche ${change.task}`, "Valeur");
  if (kind === "addResource" && there) return void fail(r, "SCEN_RESSOURCE_DEJA_LA", `${resource} est déjà sur la tâche ${change.task}`, "Valeur");
  return { ...change, resource };
}

/** The row's alert: the message names the sheet, the row and the cell; the row is left out. */
function fail(r: RowReader, code: string, message: string, header: string): Alert {
  return r.alert(code, "error", `${r.sheet}, ligne ${r.sheetRow} (${r.cell(header)}) : ${message} ; ligne ignorée dans le scénario.`, header);
}


