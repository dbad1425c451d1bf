/**
 * Owned sheets that keep every month computed (`Paie`, « Éléments variables de paie »): one block per
 * month, the latest first. A run rebuilds its own month and puts back the others as the sheet held them
 * (read back with the snapshot), so that preparing December never loses January.
 */
import { monthKeyFromLabel, monthLabel } from "../../../core/dates/civil";
import type { SheetValues } from "../../../workbook/snapshot";
import { MONTH_PAGE } from "../../contract/sheets";
import { isOwnedTitle } from "../../../workbook/model";
import type { CellValue } from "../../../workbook/values";

/** « Novembre 2026 », capitalised as a heading. */
export function monthTitle(month: string): string {
  const label = monthLabel(month);
  return label.charAt(0).toLocaleUpperCase("fr") + label.slice(1);
}

/** The month (`AAAA-MM`) a block heading « Novembre 2026 — … » stands for. */
export function monthOfHeading(text: CellValue | undefined): string | undefined {
  if (typeof text !== "string" || !MONTH_PAGE.test(text)) return undefined;
  return monthKeyFromLabel(text.split(" — ")[0]);
}

/** The blocks kept and the month just computed: that month replaced, the latest first. */
export function withMonth<T extends { month: string }>(kept: readonly T[], current: T): T[] {
  return [...kept.filter((b) => b.month !== current.month), current].sort((a, b) => (a.month < b.month ? 1 : a.month > b.month ? -1 : 0));
}

/** The rows of a sheet read back, when it is Cap PAD's (a sheet of that name that is not ours is never read). */
export function ownedRows(values: SheetValues | undefined): CellValue[][] {
  if (!values || values.top !== 0 || values.left !== 0) return [];
  const a1 = values.values[0]?.[0];
  return typeof a1 === "string" && isOwnedTitle(a1) ? values.values : [];
}

/** Text of a cell read back ("" for blanks and non-text). */
export function textOf(v: CellValue | undefined): string {
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : "";
}
