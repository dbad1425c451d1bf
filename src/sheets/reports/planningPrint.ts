/**
 * « Planning à imprimer »: the planning as a producer reads it on paper. The `Planning` sheet holds
 * twenty columns that the coordinator types in and the add-in computes into; printed whole on an A4
 * width its text would be about 5 pt. This owned sheet keeps what a producer asks — which task, who,
 * when it is now planned, its deadline and reference, how late, where it stands — one production per
 * A4 landscape page (a long plan runs on over the next pages), task names and resources wrapped, never
 * cut, and text at 8 pt or more. Values, not formulas: rewritten by every check. The predecessors,
 * actual dates, progress, float and alerts stay on `Planning` (and `Alertes`).
 */
import { toFrench, type DayNumber } from "../../core/dates/civil";
import type { PlanningInput, PlanningResult, ProductionSummary, ScheduledTask } from "../../core/planning/model";
import { TASK_STATUS } from "../../core/planning/status";
import { PLANNING_PRINT_SHEET, ownedPrint } from "../contract/sheets";
import { OWNED_MARKER, type CellStyle, type SheetModel } from "../../workbook/model";
import { PLANNING_COLORS, TASK_STATUS_STYLES } from "../planning/statusStyles";
import { shownStart } from "../planning/columns";
import { COLORS, SheetBuilder } from "../render";
import type { OutValue } from "../../workbook/values";
import { wrapWords } from "../wrap";

export { PLANNING_PRINT_SHEET };

interface Column {
  header: string;
  width: number;
  value(t: ScheduledTask, input: PlanningInput): OutValue;
  /** Dates, durations and statuses centred; long texts wrapped. */
  style?: CellStyle;
}

const day = (d: DayNumber | undefined): OutValue => (d === undefined ? null : { day: d });
const DATE: CellStyle = { numFmt: "dd/mm/yyyy", hAlign: "center" };
const CENTRED: CellStyle = { hAlign: "center" };
const WRAPPED: CellStyle = { wrap: true };

/** 136 characters across: one A4 landscape page at about 9 pt (IDs like « DOC3-MONT » whole). */
const COLUMNS: readonly Column[] = [
  { header: "ID", width: 11, value: (t) => t.id },
  { header: "Étape", width: 12, value: (t, i) => i.tasks[t.index]?.stage ?? null, style: WRAPPED },
  { header: "Tâche", width: 28, value: (t, i) => i.tasks[t.index]?.name ?? null, style: WRAPPED },
  { header: "Ressources", width: 21, value: (t) => t.resources.join(", ") || null, style: WRAPPED },
  { header: "Durée (j)", width: 7, value: (t, i) => i.tasks[t.index]?.duration ?? null, style: CENTRED },
  { header: "Début", width: 11, value: (t) => day(shownStart(t)), style: DATE },
  { header: "Fin", width: 11, value: (t) => day(t.finish), style: DATE },
  { header: "Échéance", width: 11, value: (t, i) => day(i.tasks[t.index]?.deadline), style: DATE },
  { header: "Fin réf.", width: 11, value: (t, i) => day(i.tasks[t.index]?.baselineFinish), style: DATE },
  { header: "Écart (j)", width: 7, value: (t) => t.slipDays ?? null, style: CENTRED },
  { header: "Statut", width: 14, value: (t) => t.status, style: { ...CENTRED, wrap: true } },
];

const LINE = 130;

/** The status colors of the `Planning` sheet, as cell styles (this sheet holds values, rewritten whole). */
function statusStyle(status: string): CellStyle {
  const s = TASK_STATUS_STYLES.find((x) => x.status === status)?.style;
  return s ? { fill: s.fill, fontColor: s.fontColor, bold: s.bold, italic: s.italic } : {};
}

function headline(p: ProductionSummary): string {
  const parts = [
    p.padTarget !== undefined ? `PAD contractuel ${toFrench(p.padTarget)}` : "pas de PAD contractuel",
    p.padForecast !== undefined ? `PAD prévu ${toFrench(p.padForecast)}` : "aucun PAD prévu",
  ];
  if (p.padSlipDays !== undefined) parts.push(p.padSlipDays > 0 ? `${p.padSlipDays} j ouvré(s) de retard` : p.padSlipDays < 0 ? `${-p.padSlipDays} j ouvré(s) d'avance` : "sans écart");
  return `${parts.join(" ; ")} — ${p.status}.`;
}

/** One production: its title (a printed page starts there), its PAD, then its tasks. Returns the next free row. */
function production(b: SheetBuilder, top: number, p: ProductionSummary, input: PlanningInput, tasks: readonly ScheduledTask[]): number {
  let r = top;
  const info = input.productions[p.index];
  b.value(r++, 0, `Production ${p.code} — ${info?.title ?? ""}`.replace(/ — $/, ""), { bold: true, fontSize: 13, fontColor: COLORS.title });
  b.value(r++, 0, headline(p));
  r++;
  COLUMNS.forEach((c, j) => b.value(r, j, c.header, { bold: true, wrap: true, vAlign: "middle", fill: COLORS.headerFill, border: "bottom", hAlign: c.style?.hAlign }));
  r++;
  if (tasks.length === 0) b.value(r++, 0, "Aucune tâche dans le planning.", { italic: true, fontColor: COLORS.greyFont });
  for (const t of tasks) {
    COLUMNS.forEach((c, j) => b.value(r, j, c.value(t, input), taskCellStyle(t, j)));
    r++;
  }
  return r;
}

/**
 * A task cell's style, one object per column, task kind and status shared by every cell that has it:
 * the file renderer then finds it by identity (5,000 task rows × 10 columns on a facility's year).
 */
const taskCellStyles = new Map<string, CellStyle>();
function taskCellStyle(t: ScheduledTask, j: number): CellStyle {
  const c = COLUMNS[j];
  const kind = t.critical ? "critical" : t.milestone ? "milestone" : "";
  const status = c.header === "Statut" || (c.header === "Fin" && t.status === TASK_STATUS.late) ? t.status : "";
  const key = `${j}\u0000${kind}\u0000${status}`;
  let style = taskCellStyles.get(key);
  if (!style) {
    // Critical tasks in bold dark blue, milestones in italic purple, as on `Planning`.
    const who: CellStyle = kind === "critical" ? { bold: true, fontColor: PLANNING_COLORS.criticalFont } : kind === "milestone" ? { italic: true, fontColor: PLANNING_COLORS.milestoneFont } : {};
    // A thin grid (a box per cell): rows of one style make one rectangle, written in one call by Office.js.
    style = Object.freeze({ vAlign: "top", border: "box", ...c.style, ...(j <= 2 ? who : {}), ...(status ? statusStyle(status) : {}) }) as CellStyle;
    taskCellStyles.set(key, style);
  }
  return style;
}

export function buildPlanningPrintSheet(input: PlanningInput, result: PlanningResult, today: DayNumber): SheetModel {
  const b = new SheetBuilder(PLANNING_PRINT_SHEET, true);
  b.title(`${OWNED_MARKER} — Planning à imprimer`);
  const intro = `Au ${toFrench(today)}. Une production par page (A4 paysage). En gras : tâches du chemin critique ; en italique : jalons. Écart : jours ouvrés entre la fin de référence et la fin prévue. Feuille réécrite à chaque vérification ; les prédécesseurs, dates réelles, avancement et alertes sont dans la feuille Planning.`;
  let r = 1;
  for (const line of wrapWords(intro, LINE)) b.value(r++, 0, line, { italic: true, fontColor: COLORS.greyFont });
  COLUMNS.forEach((c, j) => b.width(j, c.width));
  r++;
  const byProduction = new Map<string, ScheduledTask[]>();
  for (const t of result.tasks) {
    const key = t.production.toLowerCase();
    const list = byProduction.get(key);
    if (list) list.push(t);
    else byProduction.set(key, [t]);
  }
  if (result.productions.length === 0) b.value(r++, 0, "Aucune production dans la table Productions.", { italic: true });
  for (const p of result.productions) r = production(b, r, p, input, byProduction.get(p.code.toLowerCase()) ?? []) + 1;
  b.options({ tabColor: "#2F5597" }).printAs(ownedPrint(PLANNING_PRINT_SHEET));
  return b.build();
}
