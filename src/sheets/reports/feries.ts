/**
 * The `Feries` sheet: one column per holiday range (see sheets/planning/holidays.ts), each a defined
 * name, so that native formulas (the Gantt, users' own WORKDAY.INTL) count the days the engine counts.
 * Owned by Cap PAD: rewritten by every check for the years the plan covers.
 */
import { FERIES_SHEET, ownedPrint } from "../contract/sheets";
import { OWNED_MARKER, type SheetModel } from "../../workbook/model";
import { COLORS, SheetBuilder } from "../render";
import type { HolidayRange } from "../planning/holidays";

export { FERIES_SHEET };

const HEADER_ROW = 3;

export function buildFeriesSheet(ranges: readonly HolidayRange[], years: { from: number; to: number }): SheetModel {
  const b = new SheetBuilder(FERIES_SHEET, true);
  b.title(
    `${OWNED_MARKER} — Jours fériés et fermetures`,
    `Années ${years.from} à ${years.to}. Chaque colonne est une plage nommée pour SERIE.JOUR.OUVRE.INTL et NB.JOURS.OUVRES.INTL (ex. =SERIE.JOUR.OUVRE.INTL(A1;5;"0000011";Feries)). Feuille réécrite à chaque vérification.`,
  );
  ranges.forEach((r, j) => {
    b.value(HEADER_ROW, j, r.label, { bold: true, wrap: true, fill: COLORS.headerFill, border: "bottom" });
    b.value(HEADER_ROW + 1, j, r.name, { italic: true, fontColor: COLORS.greyFont });
    r.days.forEach((d, i) => b.value(HEADER_ROW + 2 + i, j, { day: d }, { numFmt: "dd/mm/yyyy" }));
    b.width(j, Math.max(14, r.label.length + 2));
    // A range needs at least one cell, even when a zone has nothing to list.
    const last = HEADER_ROW + 2 + Math.max(0, r.days.length - 1);
    b.name(r.name, HEADER_ROW + 2, j, last, j);
  });
  b.freeze(HEADER_ROW + 2);
  b.options({ tabColor: "#7F7F7F" }).printAs(ownedPrint(FERIES_SHEET));
  return b.build();
}

