/**
 * Planning templates: `Productions`, `Planning` (the `Taches` table) and `Calendrier` (`Fermetures`,
 * `Indisponibilites`), with the native conditional formats that color the computed columns, and the
 * first `Feries` sheet (rewritten by each check for the years the plan covers).
 */
import { METROPOLE, zoneLabel } from "../../core/calendar/zones";
import { ymdFromDay, type DayNumber } from "../../core/dates/civil";
import { columnIndex, rangeA1 } from "../address";
import { FERMETURES, INDISPONIBILITES, PRODUCTIONS, TACHES } from "../contract/planning";
import type { ConditionalFormatStyle, SheetModel } from "../../workbook/model";
import { DEFAULT_HOLIDAY_RANGE, rangeDays } from "../planning/holidays";
import { PLANNING_COLORS, PRODUCTION_STATUS_STYLES, TASK_STATUS_STYLES, quoted } from "../planning/statusStyles";
import { buildFeriesSheet } from "../reports/feries";
import { COLORS, INPUT_ROWS, SheetBuilder, firstCell, lastPrinted, type PlacedTable } from "../render";
import { isDayValue, type OutValue } from "../../workbook/values";

/** Rows below a template's table that its conditional formats already cover (rows typed later). */
const EXTRA_ROWS = 1000;

/** The body of a table from one column to another, with room below for new rows. */
function block(t: PlacedTable, from: string, to: string): string {
  return rangeA1(t.row + 1, columnIndex(t.letter(from)), t.row + t.rowCount + EXTRA_ROWS, columnIndex(t.letter(to)));
}

function statusRules(b: SheetBuilder, range: string, status: string, styles: readonly { status: string; style: ConditionalFormatStyle }[]): void {
  for (const s of styles) b.conditionalFormat({ range, formula: `${status}=${quoted(s.status)}`, style: s.style, stopIfTrue: true });
}

export function productionsSheet(rows: Record<string, OutValue>[] = []): SheetModel {
  const b = new SheetBuilder(PRODUCTIONS.sheet, false);
  b.title(
    "Productions",
    "Une ligne par programme. Zone : Métropole, Alsace-Moselle ou 971 à 976 (jours fériés) ; Jours ouvrés : lun-ven par défaut. Colonnes grises : calculées par « Vérifier et recalculer ».",
  );
  // One blank row: "Nouvelle production" fills it rather than leaving a gap above its rows.
  const t = b.table(PRODUCTIONS, 2, 0, rows, { blankRows: rows.length ? 0 : 1 });
  b.validation({ range: block(t, "Zone", "Zone"), type: "list", formulae: [`"${zoneLabel(METROPOLE)},Alsace-Moselle,971,972,973,974,976"`], allowBlank: true, errorStyle: "warning", errorTitle: "Zone", error: "Zones connues : Métropole, Alsace-Moselle, 971, 972, 973, 974, 976." });
  statusRules(b, block(t, "PAD prévu", "Statut"), firstCell(t, "Statut"), PRODUCTION_STATUS_STYLES);
  b.freeze(3, 1);
  // Printed up to Statut: the calendar's technical columns (Plage fériés, Code week-end) stay on screen.
  b.options({ tabColor: "#1F3864" }).printAs({ landscape: true, repeatRows: 3, repeatColumns: 1, lastColumn: lastPrinted(t, "Statut"), extraRows: INPUT_ROWS });
  return b.build();
}

export function planningSheet(rows: Record<string, OutValue>[] = []): SheetModel {
  const b = new SheetBuilder(TACHES.sheet, false);
  b.title(
    "Planning des tâches",
    "Prédécesseurs : F02 (fin → début), F02DD+2 (début → début, 2 j ouvrés après), F02FF, F02DF-1 ; plusieurs séparés par « ; ». Durée en jours ouvrés, 0 = jalon. Colonnes grises : calculées.",
  );
  // Short values centred: a right-aligned number beside a left-aligned status would read as one.
  const centred = Object.fromEntries(["Durée (j)", "Marge (j)", "Critique", "Écart (j)", "Statut"].map((h) => [h, { hAlign: "center" as const }]));
  const t = b.table(TACHES, 2, 0, rows, { blankRows: rows.length ? 0 : 1, columnStyles: centred });
  const c = (h: string): string => firstCell(t, h);
  const milestone = `AND(ISNUMBER(${c("Durée (j)")}),${c("Durée (j)")}=0)`;
  const critical = `${c("Critique")}="Oui"`;
  // Who the task is: bold dark when critical, italic purple for a milestone (both: bold italic).
  const who = block(t, "ID", "Tâche");
  b.conditionalFormat({ range: who, formula: `AND(${critical},${milestone})`, style: { bold: true, italic: true, fontColor: PLANNING_COLORS.criticalFont }, stopIfTrue: true });
  b.conditionalFormat({ range: who, formula: critical, style: { bold: true, fontColor: PLANNING_COLORS.criticalFont }, stopIfTrue: true });
  b.conditionalFormat({ range: who, formula: milestone, style: { italic: true, fontColor: PLANNING_COLORS.milestoneFont } });
  b.conditionalFormat({ range: block(t, "Durée (j)", "Durée (j)"), formula: milestone, style: { fill: PLANNING_COLORS.milestoneFill, fontColor: PLANNING_COLORS.milestoneFont, bold: true } });
  // A deadline the forecast misses.
  const due = c("Échéance");
  b.conditionalFormat({ range: block(t, "Échéance", "Échéance"), formula: `AND(ISNUMBER(${due}),ISNUMBER(${c("Fin")}),${c("Fin")}>${due},${c("Statut")}<>${quoted("Terminé")})`, style: { fill: COLORS.redFill, fontColor: COLORS.redFont, bold: true } });
  // Where the task stands: the computed block, by status.
  statusRules(b, block(t, "Début", "Statut"), c("Statut"), TASK_STATUS_STYLES);
  b.conditionalFormat({ range: block(t, "Alerte", "Alerte"), formula: `${c("Alerte")}<>""`, style: { fontColor: COLORS.redFont } });
  b.freeze(3, 4);
  // Printed up to Statut: the alerts (long sentences) are on the Alertes sheet, and would shrink the page.
  b.options({ tabColor: "#2F5597" }).printAs({ landscape: true, repeatRows: 3, repeatColumns: 4, lastColumn: lastPrinted(t, "Statut"), extraRows: INPUT_ROWS });
  return b.build();
}

export function calendrierSheet(closures: Record<string, OutValue>[] = [], unavailabilities: Record<string, OutValue>[] = []): SheetModel {
  const b = new SheetBuilder(FERMETURES.sheet, false);
  b.title(
    "Calendrier : fermetures et indisponibilités",
    "Fermetures : jours où la société ne travaille pas (Production vide = toutes). Indisponibilités : une personne ou une salle absente ; ses tâches sont repoussées d'autant.",
  );
  b.value(2, 0, "Fermetures", { bold: true, fontColor: COLORS.title });
  b.table(FERMETURES, 3, 0, closures, { blankRows: closures.length ? 2 : 5 });
  const right = FERMETURES.columns.length + 1;
  b.value(2, right, "Indisponibilités", { bold: true, fontColor: COLORS.title });
  b.table(INDISPONIBILITES, 3, right, unavailabilities, { blankRows: unavailabilities.length ? 2 : 5 });
  b.freeze(4);
  b.options({ tabColor: "#548235" }).printAs({ landscape: true, repeatRows: 4, extraRows: INPUT_ROWS });
  return b.build();
}

/** The first `Feries` sheet: Métropole holidays around today and the closures for everyone. */
export function initialFeriesSheet(today: DayNumber, closures: Record<string, OutValue>[] = []): SheetModel {
  const year = ymdFromDay(today).year;
  const years = { from: year - 1, to: year + 2 };
  const common = closures
    .filter((r) => !r.Production && isDayValue(r.Du) && isDayValue(r.Au))
    .map((r) => ({ from: (r.Du as { day: DayNumber }).day, to: (r.Au as { day: DayNumber }).day }));
  return buildFeriesSheet([{ name: DEFAULT_HOLIDAY_RANGE, label: zoneLabel(METROPOLE), days: rangeDays(METROPOLE, common, years) }], years);
}
