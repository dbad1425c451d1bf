/** Invoicing workbooks for the command tests: the company, the clients, a draft and an empty register. */
import type ExcelJS from "exceljs";
import type { Command, CommandOptions } from "../../../src/commands/types";
import { fromIso } from "../../../src/core/dates/civil";
import { readSnapshot } from "../../../src/hosts/file/read";
import { runOnBytes, type FileRunResult } from "../../../src/hosts/file/runner";
import { openWorkbook, saveWorkbook } from "../../../src/hosts/xlsx/workbook";
import { headerIndex } from "../../../src/workbook/patch";
import type { TableSnapshot } from "../../../src/workbook/snapshot";
import { DEMO_CLIENTS, DEMO_COMPANY, DEMO_INVOICE_HEADER, DEMO_INVOICE_LINES } from "../../../src/demo/invoicing";
import type { ENTETE_FIELDS, SOCIETE_FIELDS } from "../../../src/sheets/contract/costs";
import { clientsSheet, facturesSheets, factureSheet, societeSheet } from "../../../src/sheets/templates/invoicing";
import type { OutValue } from "../../../src/workbook/values";
import { workbookOf } from "../../helpers/workbooks";

export const TODAY = fromIso("2026-11-27")!;

export interface InvoicingSetup {
  company?: Partial<Record<keyof typeof SOCIETE_FIELDS, OutValue>>;
  clients?: Record<string, OutValue>[];
  header?: Partial<Record<keyof typeof ENTETE_FIELDS, OutValue>>;
  lines?: Record<string, OutValue>[];
}

/** The demo's company, clients and FLEUVE draft, with what the test changes. */
export async function invoicingWorkbook(setup: InvoicingSetup = {}): Promise<Uint8Array> {
  const wb = await workbookOf(
    societeSheet(TODAY, { ...DEMO_COMPANY, ...setup.company }),
    clientsSheet(setup.clients ?? DEMO_CLIENTS),
    factureSheet({ ...DEMO_INVOICE_HEADER, ...setup.header }, setup.lines ?? DEMO_INVOICE_LINES),
    ...facturesSheets(),
  );
  return saveWorkbook(wb);
}

export async function run(bytes: Uint8Array, command: Command, options: CommandOptions = {}, today = TODAY): Promise<FileRunResult> {
  return runOnBytes(bytes, command, { today, options });
}

export async function tableOf(bytes: Uint8Array, name: string): Promise<TableSnapshot> {
  return readSnapshot(await openWorkbook(bytes)).tables[name];
}

/** Data rows as records by header (blank rows left out). */
export async function recordsOf(bytes: Uint8Array, name: string): Promise<Record<string, unknown>[]> {
  const t = await tableOf(bytes, name);
  return t.rows.filter((r) => r.some((v) => v !== null && v !== "")).map((r) => Object.fromEntries(t.headers.map((h, i) => [h, r[i]])));
}

/** A user typing in a table cell (data row `row`, 0-based), then saving. */
export async function typeInto(bytes: Uint8Array, table: string, row: number, header: string, value: ExcelJS.CellValue): Promise<Uint8Array> {
  const wb = await openWorkbook(bytes);
  const t = readSnapshot(wb).tables[table];
  wb.getWorksheet(t.sheet)!.getCell(t.headerRow + 2 + row, t.left + headerIndex(t.headers, header) + 1).value = value;
  return saveWorkbook(wb);
}

/** The data row of a Champ/Valeur table holding `label`. */
export async function fieldRow(bytes: Uint8Array, table: string, label: string): Promise<number> {
  const t = await tableOf(bytes, table);
  return t.rows.findIndex((r) => r[0] === label);
}
