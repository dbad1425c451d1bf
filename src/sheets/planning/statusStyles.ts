/**
 * The colors of the planning statuses, shared by every sheet that shows them (Planning, Productions,
 * Synthese, Gantt), so that "En retard" is the same red everywhere. Conditional formats key on the exact
 * status strings of core/planning/status.ts.
 *
 * LibreOffice applies only the first true rule of overlapping conditional formats (Excel merges them),
 * so rules are written most urgent first, one status per rule, and combinations get their own rule.
 */
import { PRODUCTION_STATUS, TASK_STATUS } from "../../core/planning/status";
import type { ConditionalFormatStyle } from "../../workbook/model";
import { COLORS } from "../render";

export const PLANNING_COLORS = {
  criticalFont: "#1F3864",
  criticalFill: "#D9E1F2",
  milestoneFont: "#7030A0",
  milestoneFill: "#E4DFEC",
  todayFill: "#FFF2CC",
  todayFont: "#C00000",
} as const;

/** Cell styles of the task statuses, most urgent first. */
export const TASK_STATUS_STYLES: readonly { status: string; style: ConditionalFormatStyle }[] = [
  { status: TASK_STATUS.error, style: { fontColor: COLORS.redFont, italic: true } },
  { status: TASK_STATUS.late, style: { fill: COLORS.redFill, fontColor: COLORS.redFont } },
  { status: TASK_STATUS.slipping, style: { fill: COLORS.orangeFill, fontColor: COLORS.orangeFont } },
  { status: TASK_STATUS.done, style: { fill: COLORS.greenFill, fontColor: COLORS.greenFont } },
  { status: TASK_STATUS.critical, style: { fill: PLANNING_COLORS.criticalFill, fontColor: PLANNING_COLORS.criticalFont, bold: true } },
];

/** Bar colors of the Gantt: saturated, readable once printed. */
export const GANTT_BARS = {
  error: "#A6A6A6",
  late: "#C00000",
  done: "#70AD47",
  milestone: "#7030A0",
  slipping: "#ED7D31",
  critical: "#1F3864",
  other: "#5B9BD5",
} as const;

/** Cell styles of the production statuses (Productions, Synthese). */
export const PRODUCTION_STATUS_STYLES: readonly { status: string; style: ConditionalFormatStyle }[] = [
  { status: PRODUCTION_STATUS.error, style: { fontColor: COLORS.redFont, italic: true } },
  { status: PRODUCTION_STATUS.late, style: { fill: COLORS.redFill, fontColor: COLORS.redFont, bold: true } },
  { status: PRODUCTION_STATUS.slipping, style: { fill: COLORS.orangeFill, fontColor: COLORS.orangeFont } },
  { status: PRODUCTION_STATUS.delivered, style: { fill: COLORS.greenFill, fontColor: COLORS.greenFont } },
  { status: PRODUCTION_STATUS.onTrack, style: { fill: COLORS.greenFill, fontColor: COLORS.greenFont } },
];

/** `"En retard"` as a formula string literal. */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
