/**
 * The `Gantt` sheet: one row per row of the `Taches` table, one column per working day (short plans)
 * or per week (longer ones), bars painted by native conditional formats from each task's `Début`,
 * `Fin` and `Statut`. Everything in it is a native formula over the table (INDEX on structured
 * references, WORKDAY.INTL with the `Feries` range, MIN/MAX), compatible with LibreOffice 7.4 (no
 * XLOOKUP, LET, FILTER), so a producer without the add-in sees the same chart. The grid cells stay
 * empty: 3,000 tasks × 100 columns of formulas would weigh tens of megabytes, conditional formats do not.
 *
 * Owned by Cap PAD: every check rewrites it with as many rows as the table and as many columns as the
 * plan spans (the month band above the columns is written from the same dates).
 */
import { GANTT_SHEET, ownedPrint } from "../contract/sheets";
import { METROPOLE } from "../../core/calendar/zones";
import { WorkingCalendar, type DayRange } from "../../core/calendar/workingCalendar";
import { weekStart, ymdFromDay, type DayNumber } from "../../core/dates/civil";
import { TASK_STATUS } from "../../core/planning/status";
import { columnLetters, rangeA1 } from "../address";
import { OWNED_MARKER, type CellStyle, type ConditionalFormatStyle, type SheetModel } from "../../workbook/model";
import { DEFAULT_HOLIDAY_RANGE } from "../planning/holidays";
import { GANTT_BARS, PLANNING_COLORS, TASK_STATUS_STYLES, quoted } from "../planning/statusStyles";
import { COLORS, SheetBuilder } from "../render";
import type { OutValue } from "../../workbook/values";

export { GANTT_SHEET };
/** Up to this many working days, one column per day; beyond, one per week. */
export const GANTT_DAY_MODE_MAX = 45;
/** Columns laid out at most (three years of weeks). */
export const GANTT_MAX_PERIODS = 160;

export type GanttScale = "jour" | "semaine";

export interface GanttLayout {
  scale: GanttScale;
  /** First day of each column, as the header formulas compute them. */
  periods: DayNumber[];
}

/** The calendar of the Gantt's columns: `Feries` (Métropole and common closures) and the given weekdays. */
export function ganttCalendar(weekdays: readonly boolean[] | undefined, commonClosures: readonly DayRange[]): WorkingCalendar {
  return new WorkingCalendar({ zone: METROPOLE, weekdays, closures: commonClosures });
}

/** The columns the header formulas give for a span: the TypeScript twin of those formulas. */
export function ganttLayout(from: DayNumber, to: DayNumber, calendar: WorkingCalendar): GanttLayout {
  const scale: GanttScale = calendar.networkdays(from, to) <= GANTT_DAY_MODE_MAX ? "jour" : "semaine";
  const periods: DayNumber[] = [scale === "jour" ? calendar.workday(from - 1, 1) : weekStart(from)];
  for (;;) {
    const last = periods[periods.length - 1];
    if (periods.length >= GANTT_MAX_PERIODS || last + (scale === "jour" ? 0 : 6) >= to) break;
    periods.push(scale === "jour" ? calendar.workday(last, 1) : last + 7);
  }
  return { scale, periods };
}

export interface GanttOptions {
  /** Rows of the `Taches` table (blank ones included: the Gantt follows the table row for row). */
  rows: number;
  layout: GanttLayout;
  today: DayNumber;
  /** WORKDAY.INTL weekend code of the columns ("0000011"). */
  weekendCode: string;
}

// Positions (0-based). Parameters the formulas share, then the legend, then the chart.
const P = { from: 2, to: 3, scale: 4, today: 5, code: 6 };
const VALUE_COL = 4; // column E: values of the parameters, labels in C
const MONTH_ROW = 7;
const HEAD_ROW = 8;
const FIRST_ROW = 9;
const LEFT = [
  { header: "ID", width: 8, table: "ID", kind: "text" },
  { header: "Production", width: 11, table: "Production", kind: "text" },
  { header: "Tâche", width: 30, table: "Tâche", kind: "text" },
  { header: "J", width: 4, table: "Durée (j)", kind: "value" },
  { header: "Début", width: 10, table: "Début", kind: "date" },
  { header: "Fin", width: 10, table: "Fin", kind: "date" },
  { header: "Statut", width: 13, table: "Statut", kind: "text" },
] as const;
const GRID = LEFT.length; // first chart column (H)
const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const SHORT_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];

const abs = (row: number, col: number): string => `$${columnLetters(col)}$${row + 1}`;

export function buildGanttSheet(o: GanttOptions): SheetModel {
  const b = new SheetBuilder(GANTT_SHEET, true);
  const { periods, scale } = o.layout;
  const rows = Math.max(1, o.rows);
  const lastRow = FIRST_ROW + rows - 1;
  const lastCol = GRID + periods.length - 1;
  b.title(
    `${OWNED_MARKER} — Gantt`,
    `Une ligne par ligne du tableau Taches, ${scale === "jour" ? "une colonne par jour ouvré" : "une colonne par semaine (lundi)"}. Formules natives : les couleurs suivent Début, Fin et Statut. Feuille réécrite à chaque vérification.`,
  );

  const from = abs(P.from, VALUE_COL);
  const to = abs(P.to, VALUE_COL);
  const scaleCell = abs(P.scale, VALUE_COL);
  const todayCell = abs(P.today, VALUE_COL);
  const code = abs(P.code, VALUE_COL);
  const param = (row: number, label: string, cell: { value?: OutValue; formula?: string }, numFmt?: string): void => {
    b.value(row, 2, label, { hAlign: "right", fontColor: COLORS.greyFont });
    b.set(row, VALUE_COL, { ...cell, style: { bold: true, numFmt, hAlign: "left" } });
  };
  param(P.from, "Du (premier début)", { formula: "IF(COUNT(Taches[Début])=0,\"\",MIN(Taches[Début]))" }, "dd/mm/yy");
  param(P.to, "Au (dernière fin)", { formula: "IF(COUNT(Taches[Fin])=0,\"\",MAX(Taches[Fin]))" }, "dd/mm/yy");
  param(P.scale, "Échelle", { formula: `IF(${from}="","${scale}",IF(NETWORKDAYS.INTL(${from},${to},${code},${DEFAULT_HOLIDAY_RANGE})<=${GANTT_DAY_MODE_MAX},"jour","semaine"))` });
  param(P.today, "Aujourd'hui (dernière vérification)", { value: { day: o.today } }, "dd/mm/yy");
  param(P.code, "Code week-end", { value: o.weekendCode });
  legend(b);

  // Month band: merged cells over each month's columns.
  let start = 0;
  periods.forEach((d, k) => {
    const next = periods[k + 1];
    if (next !== undefined && ymdFromDay(next).month === ymdFromDay(d).month) return;
    const { month, year } = ymdFromDay(periods[start]);
    const span = k - start + 1;
    const label = span * (scale === "jour" ? 3 : 5.5) >= 13 ? `${MONTHS[month - 1]} ${year}` : SHORT_MONTHS[month - 1];
    b.value(MONTH_ROW, GRID + start, label, { bold: true, hAlign: "center", fill: COLORS.headerFill, border: "box" });
    if (span > 1) b.merge(MONTH_ROW, GRID + start, MONTH_ROW, GRID + k);
    start = k + 1;
  });

  // Column headers: the first day of each period, computed by WORKDAY.INTL (days) or +7 (weeks).
  LEFT.forEach((c, j) => {
    b.value(HEAD_ROW, j, c.header, { bold: true, fill: COLORS.headerFill, border: "bottom", hAlign: j >= 3 ? "center" : undefined });
    b.width(j, c.width);
  });
  const dayFmt = scale === "jour" ? "dd" : "dd/mm";
  periods.forEach((_, k) => {
    const col = GRID + k;
    const prev = `${columnLetters(col - 1)}$${HEAD_ROW + 1}`;
    const formula =
      k === 0
        ? `IF(${from}="","",IF(${scaleCell}="jour",WORKDAY.INTL(${from}-1,1,${code},${DEFAULT_HOLIDAY_RANGE}),${from}-WEEKDAY(${from},3)))`
        : `IF(${prev}="","",IF(${prev}+IF(${scaleCell}="jour",0,6)>=${to},"",IF(${scaleCell}="jour",WORKDAY.INTL(${prev},1,${code},${DEFAULT_HOLIDAY_RANGE}),${prev}+7)))`;
    b.formula(HEAD_ROW, col, formula, { numFmt: dayFmt, bold: true, hAlign: "center", fill: COLORS.headerFill, border: "bottom" });
    b.width(col, scale === "jour" ? 3 : 5.5);
  });

  // One style object per column, shared by its rows (the file renderer finds it by identity: 5,000 rows).
  const styles: CellStyle[] = LEFT.map((c, j) => ({ numFmt: c.kind === "date" ? "dd/mm/yy;;" : c.header === "J" ? "0" : undefined, hAlign: j === 3 ? "center" : undefined }));
  // One row per table row: INDEX on the structured references (the table may move or grow columns).
  for (let i = 0; i < rows; i++) {
    const r = FIRST_ROW + i;
    const n = i + 1;
    LEFT.forEach((c, j) => {
      const ref = `INDEX(Taches[${c.table}],${n})`;
      // Text is forced to text ("" for a blank); a blank date reads 0, which its format hides (short
      // formulas: a 3,000-row Gantt stays far under Excel on the web's 5 MB per request); a blank
      // duration must not read as a milestone.
      let formula = c.kind === "text" ? `${ref}&""` : c.kind === "date" ? ref : `IF(${ref}="","",${ref})`;
      if (c.header === "Tâche") formula = `IF(AND(ISNUMBER($D${r + 1}),$D${r + 1}=0),"◆ ","")&${formula}`;
      b.formula(r, j, formula, styles[j]);
    });
  }

  chartFormats(b, { from: FIRST_ROW, to: lastRow, lastCol, scaleCell, todayCell });
  b.freeze(HEAD_ROW + 1, GRID);
  b.options({ tabColor: "#2F5597" }).printAs(ownedPrint(GANTT_SHEET));
  return b.build();
}

function legend(b: SheetBuilder): void {
  const items: [string, string][] = [
    ["En retard", GANTT_BARS.late],
    ["En glissement", GANTT_BARS.slipping],
    ["Critique", GANTT_BARS.critical],
    ["À venir, en cours", GANTT_BARS.other],
    ["Terminé", GANTT_BARS.done],
    ["Jalon ◆", GANTT_BARS.milestone],
    ["Aujourd'hui", PLANNING_COLORS.todayFill],
  ];
  items.forEach(([label, color], i) => {
    const row = 2 + (i % 4);
    const col = i < 4 ? 0 : 6;
    const light = color === PLANNING_COLORS.todayFill;
    b.value(row, col, label, { fill: color, fontColor: light ? "#000000" : "#FFFFFF", bold: true });
    if (col === 0) b.merge(row, 0, row, 1);
  });
}

/** Bars, most urgent status first (LibreOffice stops at the first true rule), then today's column. */
function chartFormats(b: SheetBuilder, o: { from: number; to: number; lastCol: number; scaleCell: string; todayCell: string }): void {
  const r = o.from + 1; // 1-based first row, for the relative references of the formulas
  const col = columnLetters(GRID);
  const grid = rangeA1(o.from, GRID, o.to, o.lastCol);
  const bar = `${col}$${HEAD_ROW + 1}<>"",$E${r}>0,${col}$${HEAD_ROW + 1}<=$F${r},${col}$${HEAD_ROW + 1}+IF(${o.scaleCell}="jour",0,6)>=$E${r}`;
  const status = (s: string): string => `$G${r}=${quoted(s)}`;
  const fill = (color: string): ConditionalFormatStyle => ({ fill: color, fontColor: color });
  const rules: [string, string][] = [
    [status(TASK_STATUS.error), GANTT_BARS.error],
    [status(TASK_STATUS.late), GANTT_BARS.late],
    [status(TASK_STATUS.done), GANTT_BARS.done],
    [`ISNUMBER($D${r}),$D${r}=0`, GANTT_BARS.milestone],
    [status(TASK_STATUS.slipping), GANTT_BARS.slipping],
    [status(TASK_STATUS.critical), GANTT_BARS.critical],
    ["TRUE", GANTT_BARS.other],
  ];
  for (const [cond, color] of rules) b.conditionalFormat({ range: grid, formula: `AND(${bar},${cond})`, style: fill(color), stopIfTrue: true });
  const isToday = `AND(${col}$${HEAD_ROW + 1}<>"",${o.todayCell}>=${col}$${HEAD_ROW + 1},${o.todayCell}<=${col}$${HEAD_ROW + 1}+IF(${o.scaleCell}="jour",0,6))`;
  b.conditionalFormat({ range: grid, formula: isToday, style: { fill: PLANNING_COLORS.todayFill } });
  // The header row refers to itself with the same (row-absolute) formula.
  b.conditionalFormat({ range: rangeA1(HEAD_ROW, GRID, HEAD_ROW, o.lastCol), formula: isToday, style: { fill: PLANNING_COLORS.todayFill, fontColor: PLANNING_COLORS.todayFont, bold: true } });
  // The status cells of the left block, colored like the Planning sheet.
  const statusRange = rangeA1(o.from, 6, o.to, 6);
  for (const s of TASK_STATUS_STYLES) b.conditionalFormat({ range: statusRange, formula: `$G${r}=${quoted(s.status)}`, style: s.style });
}

/** Before the first check: half a year of weeks around today (the check sizes it to the plan). */
export function initialGanttSheet(today: DayNumber, rows: number): SheetModel {
  const first = weekStart(today) - 28;
  const periods = Array.from({ length: 26 }, (_, k) => first + 7 * k);
  return buildGanttSheet({ rows, layout: { scale: "semaine", periods }, today, weekendCode: "0000011" });
}
