/**
 * The `crew` step of "Vérifier et recalculer": the `Seances` computed columns (hours, night hours,
 * Sunday/holiday), the labour-law and agreement checks as alerts on their cells, the payroll of the
 * months of the séances (or of the month asked), the `Bulletins` differences, and the JSON sections
 * `bookings` and `payroll` of `cappad check --json`.
 */
import type { PayrollLine } from "../../core/crew/payroll";
import { bookingResultToJson, payrollLineToJson } from "./json";
import { monthLabel } from "../../core/crew/labels";
import { formatNumber } from "../../core/format/number";
import type { Alert } from "../../core/alerts";
import { formatEuros } from "../../core/money";
import { findTable } from "../../workbook/snapshot";
import { SEANCES } from "../../sheets/contract/crew";
import { crewOf, type CrewData } from "../../sheets/crew";
import type { CheckStep, CommandContext } from "../context";
import { checkPayslips } from "./bulletins";
import { requestedMonth } from "./month";

/** Night hours column: blank rather than 0 on day séances (the eye finds the night ones). */
function writeSeanceColumns(ctx: CommandContext, crew: CrewData): void {
  const table = ctx.table(SEANCES);
  if (!table) return;
  for (const h of ["Heures", "Heures de nuit", "Dimanche/férié"]) ctx.claim(table, h);
  for (const b of crew.analysis.bookings) {
    const row = crew.seanceRows[b.index];
    if (!crew.analysis.prepared[b.index].times) continue;
    ctx.set(row, "Heures", b.hours);
    ctx.set(row, "Heures de nuit", b.nightHours || null);
    if (b.dayKind) ctx.set(row, "Dimanche/férié", b.dayKind);
  }
}

/** A pay line's alerts repeat across months (a week straddling two) and lines (one person): once each. */
function addOnce(ctx: CommandContext, alerts: readonly Alert[], seen: Set<string>): void {
  for (const a of alerts) {
    const key = `${a.code}|${a.cell}|${a.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ctx.addAlert(a);
  }
}

export function payrollSummary(lines: readonly PayrollLine[], month: string): string {
  const gross = lines.reduce((s, l) => s + l.grossCents, 0);
  const cost = lines.reduce((s, l) => s + l.employerCostCents, 0);
  return `Paie estimée de ${monthLabel(month)} : ${lines.length} ligne(s), brut ${formatEuros(gross)}, coût employeur ${formatEuros(cost)}.`;
}

export const crewStep: CheckStep = {
  name: "équipe et paie",
  run(ctx) {
    // A workbook without a séance log (planning only) has no payroll to check.
    if (!findTable(ctx.snapshot, SEANCES.name)) return;
    const crew = crewOf(ctx);
    writeSeanceColumns(ctx, crew);
    for (const a of crew.analysis.alerts) ctx.addAlert(a);
    const asked = requestedMonth(ctx);
    const months = asked ? [asked] : crew.months;
    const seen = new Set<string>();
    const lines: PayrollLine[] = [];
    for (const month of months) {
      const result = crew.payroll(month);
      lines.push(...result.lines);
      for (const l of result.lines) addOnce(ctx, l.alerts, seen);
      addOnce(ctx, result.employerAlerts, seen);
      if (result.lines.length) ctx.summary.push(payrollSummary(result.lines, month));
    }
    checkPayslips(ctx);
    const hours = crew.analysis.bookings.reduce((s, b) => s + b.hours, 0);
    ctx.summary.push(`Séances : ${crew.analysis.bookings.length} ligne(s), ${formatNumber(hours, { decimals: 2 })} h de travail effectif.`);
    ctx.sections.bookings = crew.analysis.bookings.map(bookingResultToJson);
    ctx.sections.payroll = lines.map(payrollLineToJson);
  },
};
