/**
 * The engine's checks (`PlanningCheck`: table, row index, field) located in the workbook: each becomes
 * an Alert with its sheet, row, the row's ID, the cell and the production, and a message that names
 * them. A cell the row readers already reported as unreadable is not reported again by the engine.
 */
import type { Alert } from "../../core/alerts";
import type { PlanningCheck, PlanningTable } from "../../core/planning/model";
import type { RowReader } from "../read";
import type { PlanningRows } from "./read";

const ROWS_OF: Record<PlanningTable, keyof PlanningRows> = {
  Productions: "productions",
  Taches: "tasks",
  Fermetures: "closures",
  Indisponibilites: "unavailabilities",
  Equipe: "crew",
};

/** Codes of the row readers: the cell is unreadable, the engine saw it as blank. */
const PARSE_CODES = new Set(["CELLULE_INVALIDE", "CELLULE_VIDE"]);

export function planningAlerts(checks: readonly PlanningCheck[], rows: PlanningRows, already: readonly Alert[]): Alert[] {
  const unreadable = new Set(already.filter((a) => PARSE_CODES.has(a.code)).map((a) => a.cell));
  const out: Alert[] = [];
  for (const c of checks) {
    const row = rows[ROWS_OF[c.table]][c.index];
    const alert = row ? locate(c, row) : unlocated(c);
    if (!unreadable.has(alert.cell)) out.push(alert);
  }
  return out;
}

function locate(c: PlanningCheck, row: RowReader): Alert {
  const cell = row.cell(c.field);
  return {
    code: c.code,
    severity: c.severity,
    sheet: row.sheet,
    row: row.sheetRow,
    id: row.id,
    cell,
    message: withCell(c, cell),
    production: c.production || undefined,
    detail: `${c.field} : ${c.detail}`,
  };
}

function unlocated(c: PlanningCheck): Alert {
  return { code: c.code, severity: c.severity, sheet: c.table, row: 0, id: c.taskId, cell: "", message: c.message, production: c.production || undefined };
}

/** "Tâche F03 (production FLEUVE), Planning!G5 : prédécesseur « F99 » inconnu…" */
function withCell(c: PlanningCheck, cell: string): string {
  const suffix = ` : ${c.detail}`;
  return c.message.endsWith(suffix) ? `${c.message.slice(0, -suffix.length)}, ${cell}${suffix}` : `${cell} : ${c.message}`;
}
