/** Planning workbooks for the tests: the demo, or small ones built from rows, through the real templates. */
import type ExcelJS from "exceljs";
import { insertTemplatesCommand } from "../../../src/commands/templates";
import type { Command, CommandOptions } from "../../../src/commands/types";
import { fromIso, type DayNumber } from "../../../src/core/dates/civil";
import { DEMO_TODAY_ISO } from "../../../src/demo/story";
import { applyPatch } from "../../../src/hosts/file/apply";
import { readSnapshot } from "../../../src/hosts/file/read";
import { runOnBytes } from "../../../src/hosts/file/runner";
import { newWorkbook, saveWorkbook } from "../../../src/hosts/xlsx/workbook";
import { emptySnapshot } from "../../../src/workbook/snapshot";
import { columnLetters } from "../../../src/sheets/address";
import type { TableSpec } from "../../../src/sheets/spec";
import { equipeSheet } from "../../../src/sheets/templates/crew";
import { calendrierSheet, planningSheet, productionsSheet } from "../../../src/sheets/templates/planning";
import type { OutValue } from "../../../src/workbook/values";
import { workbookOf } from "../../helpers/workbooks";

export const TODAY = fromIso(DEMO_TODAY_ISO) as DayNumber;
export const day = (iso: string): { day: DayNumber } => ({ day: fromIso(iso) as DayNumber });

/** The workbook `cappad new --demo` makes (templates given, or all). */
export async function demoBytes(template = "all"): Promise<Uint8Array> {
  const wb = await newWorkbook();
  const snapshot = emptySnapshot();
  const r = await insertTemplatesCommand.run({ snapshot, today: TODAY, options: { template, demo: true } });
  await applyPatch(wb, r.patch, snapshot);
  return saveWorkbook(wb);
}

export interface PlanRows {
  productions: Record<string, OutValue>[];
  tasks: Record<string, OutValue>[];
  closures?: Record<string, OutValue>[];
  unavailabilities?: Record<string, OutValue>[];
  crew?: Record<string, OutValue>[];
}

/** A workbook with the planning sheets (and `Equipe` when crew is given) filled with these rows. */
export async function planBytes(rows: PlanRows): Promise<Uint8Array> {
  const sheets = [productionsSheet(rows.productions), planningSheet(rows.tasks), calendrierSheet(rows.closures ?? [], rows.unavailabilities ?? [])];
  if (rows.crew) sheets.push(equipeSheet(rows.crew));
  return saveWorkbook(await workbookOf(...sheets));
}

export async function run(bytes: Uint8Array, command: Command, options: CommandOptions = {}, today = TODAY) {
  return runOnBytes(bytes, command, { today, options });
}

/** Address of a data row's cell as the templates place tables (header on row 3, or 4 on Calendrier). */
export function cellOf(spec: TableSpec, header: string, dataRow: number, opts: { headerRow?: number; left?: number } = {}): string {
  const j = spec.columns.findIndex((c) => c.header === header);
  if (j < 0) throw new Error(`${header} absent de ${spec.name}`);
  return `${spec.sheet}!${columnLetters((opts.left ?? 0) + j)}${(opts.headerRow ?? 3) + 1 + dataRow}`;
}

/** A table's values by header, row by row, from a saved workbook. */
export function tableRows(wb: ExcelJS.Workbook, name: string): Record<string, unknown>[] {
  const t = readSnapshot(wb).tables[name];
  return t.rows.map((r) => Object.fromEntries(t.headers.map((h, j) => [h, r[j]])));
}
