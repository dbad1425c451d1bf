/**
 * The engine's checks (`PlanningCheck`: table, row index, domain field, detail) located in the
 * workbook: each becomes an Alert with its sheet, row, the row's ID, the cell and the production, and
 * a message that names them. A cell the row readers already reported as unreadable is not reported
 * again by the engine.
 */
import type { Alert } from "../../core/alerts";
import type { PlanningCheck, PlanningField } from "../../core/planning/model";
import type { RowReader } from "../read";
import type { PlanningRows } from "./read";


/**
 * The column of each field the engine's checks point at. The planning tables share their headers
 * (`Production`, `Du`, `Au` mean the same in every table), so one map serves all of them.
 */
const HEADER_OF: Partial<Record<PlanningField, string>> = {
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
  slipDays: "Écart (j)",
  code: "Code",
  zone: "Zone",
  workingDays: "Jours ouvrés",
  padTarget: "PAD contractuel",
  padForecast: "PAD prévu",
  airDate: "Diffusion",
  from: "Du",
  to: "Au",
  resource: "Ressource",
};

/** The header of the column a check points at (a field without a column keeps its own name). */
export function planningHeader(field: PlanningField): string {
  return HEADER_OF[field] ?? field;
}

/** Codes of the row readers: the cell is unreadable, the engine saw it as blank. */
const PARSE_CODES = new Set(["CELLULE_INVALIDE", "CELLULE_VIDE"]);

export function planningAlerts(checks: readonly PlanningCheck[], rows: PlanningRows, already: readonly Alert[]): Alert[] {
  const unreadable = new Set(already.filter((a) => PARSE_CODES.has(a.code)).map((a) => a.cell));
  const out: Alert[] = [];
  for (const c of checks) {
    const row = rows[c.table][c.index]; // one reader per input row, same arrays as the engine's input
    const alert = row ? locate(c, row) : unlocated(c);
    if (!unreadable.has(alert.cell)) out.push(alert);
  }
  return out;
}

function locate(c: PlanningCheck, row: RowReader): Alert {
  const header = planningHeader(c.field);
  const cell = row.cell(header);
  return {
    code: c.code,
    severity: c.severity,
    sheet: row.sheet,
    row: row.sheetRow,
    id: row.id,
    cell,
    message: planningMessage(c, cell),
    production: c.production || undefined,
    detail: `${header} : ${c.detail}`,
  };
}

function unlocated(c: PlanningCheck): Alert {
  return { code: c.code, severity: c.severity, sheet: c.table, row: 0, id: c.taskId, cell: "", message: planningMessage(c), production: c.production || undefined };
}

/**
 * The one place a planning alert's message is written: the row it is about, the cell when it is
 * known, then the detail. "Tâche F03 (production FLEUVE), Planning!G5 : prédécesseur « F99 » inconnu…"
 */
export function planningMessage(c: PlanningCheck, cell = ""): string {
  const where = cell ? `${subjectOf(c)}, ${cell}` : subjectOf(c);
  return `${where} : ${c.detail}`;
}

/** The row an alert is about, as the user names it: a task by its ID, a production by its code. */
function subjectOf(c: PlanningCheck): string {
  switch (c.table) {
    case "tasks":
      return `Tâche ${c.taskId || "(sans ID)"} (production ${c.production || "?"})`;
    case "productions":
      return `Production ${c.production || "(sans code)"}`;
    case "closures":
      return `Fermeture (ligne ${c.index + 1} du tableau)`;
    case "unavailabilities":
      return `Indisponibilité (ligne ${c.index + 1} du tableau)`;
    default:
      return `Équipe (ligne ${c.index + 1} du tableau)`;
  }
}
