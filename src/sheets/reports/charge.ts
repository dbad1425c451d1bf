/**
 * The `Charge` sheet: every person and room, one column per civil week (its Monday), two lines each —
 * the hours the plan books (« Prévu (h) ») and the hours its séances log (« Réalisé (h) ») — across all
 * productions. Native conditional formats color a week over the weekly hours limit, over the days limit,
 * or booked while the resource is unavailable, so that a producer sees them without the add-in. The
 * limits are cells at the top (the figures the rules read), written from the payroll parameter and the
 * week-load data. Under the grid, kept off paper, two grids of the same shape hold what the rules read
 * besides the hours: the days of each week, and the days booked during an unavailability.
 *
 * The grid is plain values (empty where nothing is booked) with one rule per range, not a style per
 * cell: 250 people × 52 weeks stay a few thousand cells. Owned by Cap PAD: rewritten by every check.
 */
import type { Charge, ChargeRow } from "../../core/planning/charge";
import type { WeekLoad } from "../../core/planning/resourceLoad";
import { toFrench, weekStart, type DayNumber } from "../../core/dates/civil";
import { formatNumber } from "../../core/format/number";
import { CHARGE_DATA_START, CHARGE_SHEET, ownedPrint } from "../contract/sheets";
import { OWNED_MARKER, type CellStyle, type SheetModel } from "../../workbook/model";
import { a1, columnLetters, rangeA1 } from "../address";
import { COLORS, SheetBuilder } from "../render";

export { CHARGE_SHEET };

const PALE = "#BFBFBF";

/** The limits a week is colored against, and where each figure comes from (shown beside it). */
export interface ChargeLimits {
  maxHours: number;
  maxHoursSource: string;
  maxDays: number;
  maxDaysSource: string;
}

export const CHARGE_LINES = { planned: "Prévu (h)", worked: "Réalisé (h)" } as const;

/** Fills of the three conditions, shown in the legend with the same colors as the rules. */
export const CHARGE_STYLES = {
  unavailable: { fill: "#D9C3E9", fontColor: "#5B2C6F", bold: true },
  hours: { fill: COLORS.redFill, fontColor: COLORS.redFont, bold: true },
  days: { fill: COLORS.orangeFill, fontColor: COLORS.orangeFont },
} as const;

/** Rows of the sheet: title, subtitle, the two limits, the legend, the header. */
const LIMIT_HOURS_ROW = 2;
const LIMIT_DAYS_ROW = 3;
const LEGEND_ROW = 4;
const HEADER_ROW = 7;
const FIRST_WEEK_COL = 2;
const VALUE_COL = 2;

export function buildChargeSheet(charge: Charge, limits: ChargeLimits, today: DayNumber): SheetModel {
  const b = new SheetBuilder(CHARGE_SHEET, true);
  b.title(
    `${OWNED_MARKER} — Charge des personnes et des salles, toutes productions`,
    `Au ${toFrench(today)}. Par semaine (colonne : son lundi), les heures que le planning prévoit (jours ouvrés des tâches × ${formatNumber(charge.hoursPerDay)} h) et celles des bons de séance (Seances ; après aujourd'hui : séances réservées).${cutText(charge)} Feuille réécrite à chaque vérification.`,
  );
  limitRows(b, limits);
  legend(b);
  const weeks = charge.weeks;
  header(b, weeks, HEADER_ROW, today);
  const first = HEADER_ROW + 1;
  const rows = Math.max(1, charge.rows.length) * 2;
  grid(b, charge.rows, weeks, first, (w) => w.hours, true);
  // The data the rules read besides the hours, off paper (the print area ends before its title).
  const daysTop = first + rows + 2;
  const offTop = daysTop + rows + 3;
  b.value(daysTop - 1, 0, `${CHARGE_DATA_START} : jours par semaine (distincts) de chaque ligne`, { bold: true, fontColor: COLORS.greyFont });
  grid(b, charge.rows, weeks, daysTop, (w) => w.days, false);
  b.value(offTop - 1, 0, "Jours réservés pendant une indisponibilité (Indisponibilites de la ressource, Fermetures de la production ou de la société)", { bold: true, fontColor: COLORS.greyFont });
  grid(b, charge.rows, weeks, offTop, (w) => w.unavailableDays ?? 0, false);
  rules(b, weeks.length, first, rows, daysTop - first, offTop - first);
  b.width(0, 22).width(1, 11);
  weeks.forEach((_, k) => b.width(FIRST_WEEK_COL + k, 6.5));
  b.freeze(HEADER_ROW + 1, FIRST_WEEK_COL);
  b.options({ tabColor: "#7030A0" }).printAs(ownedPrint(CHARGE_SHEET));
  return b.build();
}

function cutText(charge: Charge): string {
  const parts = [charge.cut.before ? "des semaines plus anciennes" : "", charge.cut.after ? "des semaines plus lointaines" : ""].filter(Boolean);
  return parts.length ? ` Fenêtre limitée à ${charge.weeks.length} semaines : ${parts.join(" et ")} ne sont pas montrées.` : "";
}

/** The two limits, as the cells the conditional formats compare with. */
function limitRows(b: SheetBuilder, limits: ChargeLimits): void {
  const label: CellStyle = { bold: true };
  b.value(LIMIT_HOURS_ROW, 0, "Plafond d'heures par semaine", label).value(LIMIT_HOURS_ROW, VALUE_COL, limits.maxHours, { bold: true, hAlign: "center", border: "box" });
  b.value(LIMIT_HOURS_ROW, VALUE_COL + 1, limits.maxHoursSource, { italic: true, fontColor: COLORS.greyFont });
  b.value(LIMIT_DAYS_ROW, 0, "Plafond de jours par semaine", label).value(LIMIT_DAYS_ROW, VALUE_COL, limits.maxDays, { bold: true, hAlign: "center", border: "box" });
  b.value(LIMIT_DAYS_ROW, VALUE_COL + 1, limits.maxDaysSource, { italic: true, fontColor: COLORS.greyFont });
}

/** One line per color, the cell itself painted as the rules paint a week. */
function legend(b: SheetBuilder): void {
  const items: [keyof typeof CHARGE_STYLES, string][] = [
    ["unavailable", "Réservé pendant une indisponibilité"],
    ["hours", "Au-dessus du plafond d'heures"],
    ["days", "Au-dessus du plafond de jours"],
  ];
  items.forEach(([k, text], i) => b.value(LEGEND_ROW + i, 0, text, { ...CHARGE_STYLES[k] }).merge(LEGEND_ROW + i, 0, LEGEND_ROW + i, 1));
}

function header(b: SheetBuilder, weeks: readonly DayNumber[], row: number, today: DayNumber): void {
  const style: CellStyle = { bold: true, fill: COLORS.headerFill, border: "bottom", hAlign: "center" };
  b.value(row, 0, "Ressource", style).value(row, 1, "Ligne", style);
  const now = weekStart(today);
  weeks.forEach((w, k) => b.value(row, FIRST_WEEK_COL + k, { day: w }, { ...style, numFmt: "dd/mm", ...(w === now ? { fill: COLORS.yellowFill } : {}) }));
}

/** Two lines per resource from `top`: planned then worked, `value` of each week (empty at 0). */
function grid(b: SheetBuilder, rows: readonly ChargeRow[], weeks: readonly DayNumber[], top: number, value: (w: WeekLoad) => number, labelled: boolean): void {
  const column = new Map(weeks.map((w, k) => [w, FIRST_WEEK_COL + k]));
  rows.forEach((r, i) => {
    const row = top + 2 * i;
    // The name on both lines (pale on the second): a filter by name keeps both, and the print area
    // (which ends at the last row with a first cell) keeps the last line.
    b.value(row, 0, r.resource, labelled ? { bold: true } : undefined);
    b.value(row + 1, 0, r.resource, { fontColor: PALE });
    b.value(row, 1, CHARGE_LINES.planned, { fontColor: COLORS.greyFont });
    b.value(row + 1, 1, CHARGE_LINES.worked, { fontColor: COLORS.greyFont, border: "bottom" });
    for (const [line, loads] of [[row, r.planned], [row + 1, r.worked]] as const)
      for (const w of loads.values()) {
        const v = value(w);
        const col = column.get(w.week);
        if (v && col !== undefined) b.value(line, col, v);
      }
  });
}

/** One rule per condition over the whole grid, each comparing with the limit cells or the grids below. */
function rules(b: SheetBuilder, weekCount: number, top: number, rows: number, daysOffset: number, offOffset: number): void {
  if (weekCount === 0) return;
  const range = rangeA1(top, FIRST_WEEK_COL, top + rows - 1, FIRST_WEEK_COL + weekCount - 1);
  const cell = a1(top, FIRST_WEEK_COL);
  const below = (offset: number) => a1(top + offset, FIRST_WEEK_COL);
  const fixed = (row: number) => `$${columnLetters(VALUE_COL)}$${row + 1}`;
  const hoursLimit = fixed(LIMIT_HOURS_ROW);
  const daysLimit = fixed(LIMIT_DAYS_ROW);
  b.conditionalFormat({ range, formula: `N(${below(offOffset)})>0`, style: CHARGE_STYLES.unavailable, stopIfTrue: true });
  b.conditionalFormat({ range, formula: `AND(ISNUMBER(${cell}),${cell}>${hoursLimit})`, style: CHARGE_STYLES.hours, stopIfTrue: true });
  b.conditionalFormat({ range, formula: `N(${below(daysOffset)})>${daysLimit}`, style: CHARGE_STYLES.days, stopIfTrue: true });
}
