/**
 * "Fiches de présence": one owned sheet holding the month's attendance sheets, one per person,
 * production and civil week, each on its own printed page (A4 portrait): who, which production and
 * agreement, every day of the week with arrival, departure, break, effective and night hours and the
 * Sunday/holiday mark, the week's totals, and two signature boxes (employee, employer).
 */
import { ATTENDANCE_SHEET, ownedPrint } from "../../contract/sheets";
import type { AttendanceSheet } from "../../../core/crew/attendance";
import { WEEKDAYS_FR } from "../../../core/crew/labels";
import { addDays, isoWeekday, toFrench, type DayNumber } from "../../../core/dates/civil";
import type { SheetModel } from "../../../workbook/model";
import { COLORS, SheetBuilder } from "../../render";
import type { OutValue } from "../../../workbook/values";
import { wrapWords } from "../wrap";
import { ESTIMATE_NOTICE, payrollTitle } from "./common";
import { formatNumber } from "../../../core/format/number";

export { ATTENDANCE_SHEET };

const HEADERS = ["Jour", "Production", "Tâche", "Arrivée", "Départ", "Pause (min)", "Heures", "Heures de nuit", "Dimanche / férié", "Commentaire"];
/**
 * About 100 characters across: the fiche prints on an A4 portrait page at 8 pt or more (the day's
 * kind and the comment wrap on several lines rather than widen the page).
 */
const WIDTHS = [17, 11, 9, 8, 8, 7, 7, 7, 12, 16];
/** Columns whose text wraps: the day's kind (Sunday, holiday name) and the comment. */
const WRAPPED = new Set([8, 9]);
const LAST_COL = HEADERS.length - 1;
/** Signature boxes: columns A–D for the employee, F–J for the employer. */
const SIGNATURE_BOXES: [number, number][] = [
  [0, 3],
  [5, LAST_COL],
];
const SIGNATURE_ROWS = 5;

export interface AttendanceContext {
  /** Days of the month: a week that straddles two months lists only its days inside the month. */
  first: DayNumber;
  last: DayNumber;
  /** Extra line under each sheet's title: status, agreement and numéro d'objet. */
  describe?(sheet: AttendanceSheet): string;
}

const hoursFmt = "0.00";

/** Writes one fiche from `top`; returns the first row after it. */
function fiche(b: SheetBuilder, top: number, sheet: AttendanceSheet, ctx: AttendanceContext): number {
  let r = top;
  b.value(r, 0, `${sheet.title} — ${sheet.periodLabel}`, { bold: true, fontSize: 13, fontColor: COLORS.title });
  r++;
  b.value(r, 0, `Salarié : ${sheet.name}${sheet.role ? `, ${sheet.role}` : ""}`, { bold: true });
  b.value(r, 5, `Production : ${sheet.production}${sheet.agreement ? ` (${sheet.agreement})` : ""}`, { bold: true });
  r++;
  const extra = ctx.describe?.(sheet);
  if (extra) b.value(r++, 0, extra, { fontColor: COLORS.greyFont });
  r++;
  HEADERS.forEach((h, j) => b.value(r, j, h, { bold: true, fill: COLORS.headerFill, border: "box", wrap: true, vAlign: "middle", hAlign: j >= 3 && j <= 7 ? "center" : undefined }));
  r++;
  const byDay = new Map<DayNumber, AttendanceSheet["rows"]>();
  for (const row of sheet.rows) byDay.set(row.day, [...(byDay.get(row.day) ?? []), row]);
  for (let d = Math.max(sheet.from, ctx.first); d <= Math.min(sheet.to, ctx.last); d = addDays(d, 1)) {
    const rows = byDay.get(d);
    const cells: OutValue[][] = rows
      ? rows.map((x) => [x.dateLabel, x.production, x.task, x.start, x.end, x.breakMinutes || null, x.hours, x.nightHours || null, x.dayKind, x.comment])
      : [[`${WEEKDAYS_FR[isoWeekday(d) - 1]} ${toFrench(d)}`, null, null, null, null, null, null, null, isoWeekday(d) === 7 ? "Dimanche" : null, "—"]];
    for (const values of cells) {
      values.forEach((v, j) => b.value(r, j, v, { border: "box", numFmt: j === 6 || j === 7 ? hoursFmt : undefined, hAlign: j >= 3 && j <= 7 ? "center" : undefined, wrap: WRAPPED.has(j) || undefined, vAlign: "top", fontColor: rows ? undefined : COLORS.greyFont }));
      r++;
    }
  }
  const t = sheet.totals;
  b.value(r, 0, `Total : ${t.days} jour(s) travaillé(s)`, { bold: true, border: "box" });
  for (let j = 1; j <= LAST_COL; j++) b.value(r, j, null, { border: "box" });
  b.value(r, 6, t.hours, { bold: true, border: "box", numFmt: hoursFmt, hAlign: "center" });
  b.value(r, 7, t.nightHours, { bold: true, border: "box", numFmt: hoursFmt, hAlign: "center" });
  b.value(r, 8, t.sundayHolidayHours ? `${formatNumber(t.sundayHolidayHours)} h dim./férié` : null, { bold: true, border: "box" });
  r += 2;
  for (const line of wrapWords(sheet.note, 95)) b.value(r++, 0, line, { italic: true, fontColor: COLORS.greyFont });
  r++;
  SIGNATURE_BOXES.forEach(([left, right], i) => {
    b.value(r, left, sheet.signatures[i], { bold: true });
    b.value(r + 1, left, "Date : ", { fontColor: COLORS.greyFont });
    for (let k = 0; k < SIGNATURE_ROWS; k++) for (let j = left; j <= right; j++) b.value(r + 2 + k, j, null, { border: "box" });
    b.merge(r + 2, left, r + 1 + SIGNATURE_ROWS, right);
  });
  return r + 2 + SIGNATURE_ROWS;
}

export function buildAttendanceSheet(month: string, sheets: readonly AttendanceSheet[], ctx: AttendanceContext): SheetModel {
  const b = new SheetBuilder(ATTENDANCE_SHEET, true);
  b.title(payrollTitle("Fiches de présence", month), `Une fiche par salarié, production et semaine civile, une par page à l'impression. Heures relevées d'après les séances ; ${ESTIMATE_NOTICE.toLowerCase()}.`);
  WIDTHS.forEach((w, j) => b.width(j, w));
  let r = 3;
  if (sheets.length === 0) b.value(r, 0, "Aucune séance de salarié ce mois-ci : aucune fiche à signer.", { italic: true });
  // Each fiche starts a printed page at its title (the sheet's print contract).
  for (const s of sheets) r = fiche(b, r, s, ctx) + 2;
  b.options({ tabColor: "#7030A0" }).printAs(ownedPrint(ATTENDANCE_SHEET));
  return b.build();
}
