/**
 * "Préparer la paie" (`cappad paie --mois AAAA-MM`): for the month, the owned sheets `Paie` (the
 * estimate per person × production), "Fiches de présence" (to print and sign) and "Éléments
 * variables de paie", and the CSV of the pay items for the payroll provider as a report file.
 * Nothing the user typed is written. `Paie` and the pay items keep every month computed (one block
 * per month, the latest first): the month run is replaced, the others are put back as they were.
 */
import { attendanceSheets } from "../../core/crew/attendance";
import { payItems, payItemsCsv } from "../../sheets/reports/payroll/payItems";
import { foldKey, isCadre } from "../../core/crew/model";
import { payrollLineToJson } from "./json";
import { crewOf } from "../../sheets/crew";
import { buildAttendanceSheet } from "../../sheets/reports/payroll/attendanceSheet";
import { PAY_ITEMS_SHEET, buildPayItemsSheet, payItemsBlock, readPayItemsBlocks } from "../../sheets/reports/payroll/payItemsSheet";
import { PAIE_SHEET, buildPayrollSheet, payrollBlock, readPayrollBlocks } from "../../sheets/reports/payroll/payrollSheet";
import { withMonth } from "../../sheets/reports/payroll/months";
import { sheetValuesOf } from "../../workbook/snapshot";
import { parseMonthKey } from "../../core/dates/civil";
import { CommandContext } from "../context";
import type { Command, CommandInput, CommandResult } from "../types";
import { payrollSummary } from "./checkStep";
import { monthOrCurrent } from "./month";
import { keepPayrollAlerts } from "./scope";

export function payItemsFileName(month: string): string {
  return `elements-variables-paie-${month}.csv`;
}

export const payrollCommand: Command = {
  name: "payroll",
  label: "Préparer la paie",
  run(input: CommandInput): CommandResult {
    const ctx = new CommandContext("payroll", input);
    const month = monthOrCurrent(ctx);
    const { first, last } = parseMonthKey(month)!;
    const crew = crewOf(ctx);
    const result = crew.payroll(month);
    for (const a of result.alerts) ctx.addAlert(a);

    // The months already on the sheet stay as they were; this month's block is replaced.
    const kept = readPayrollBlocks(sheetValuesOf(ctx.snapshot, PAIE_SHEET));
    ctx.addSheet(buildPayrollSheet(withMonth(kept, payrollBlock(result, ctx.today)), result.disclaimer));
    const people = new Map(crew.input.crew.map((m) => [foldKey(m.name), m]));
    const objects = new Map(crew.input.productions.map((p) => [foldKey(p.code), p.objectNumber]));
    const fiches = attendanceSheets(crew.analysis, { by: "week", from: first, to: last });
    ctx.addSheet(
      buildAttendanceSheet(month, fiches, {
        first,
        last,
        describe: (s) => {
          const m = people.get(foldKey(s.name));
          const object = objects.get(foldKey(s.production));
          return [m && (isCadre(m.status) ? "Technicien cadre" : "Technicien non cadre"), "CDD d'usage", object ? `numéro d'objet ${object}` : undefined].filter(Boolean).join(" ; ");
        },
      }),
    );
    const items = payItems(result);
    // The CSV's name as the user chose it (`--csv chemin`), so that every message names the file written.
    const csv = input.options.csv;
    const csvName = typeof csv === "string" && csv.trim() ? csv.trim() : payItemsFileName(month);
    ctx.addSheet(buildPayItemsSheet(withMonth(readPayItemsBlocks(sheetValuesOf(ctx.snapshot, PAY_ITEMS_SHEET)), payItemsBlock(month, items, csvName))));
    ctx.files.push({ name: csvName, mime: "text/csv;charset=utf-8", content: payItemsCsv(items) });

    ctx.summary.push(payrollSummary(result.lines, month));
    ctx.summary.push(`Fiches de présence : ${fiches.length} fiche(s), une par salarié, production et semaine civile.`);
    ctx.summary.push(`Éléments variables : feuille « Éléments variables de paie » et fichier ${csvName}.`);
    ctx.summary.push(`${result.ceilingMethodLabel}. Estimation, pas un bulletin de paie.`);
    ctx.sections.payroll = result.lines.map(payrollLineToJson);
    return keepPayrollAlerts(ctx.finish(), ctx.snapshot);
  },
};
