/**
 * Runs a command inside Excel: `Excel.run({ delayForCellEdit: true }, …)` (the batch waits while the
 * user is typing in a cell; docs/excel/excel-add-ins-delay-in-cell-edit.md), then sync 1 reads the
 * snapshot, the command computes, sync 2 re-reads what the patch touches and checks it, sync 3 writes.
 * A command costs at most 3 syncs whatever the number of rows (more only past Excel on the web's 5 MB
 * per request, where the read or the writes are chunked).
 */
import type { Command, CommandOptions, CommandResult } from "../../commands/types";
import type { DayNumber } from "../../core/dates/civil";
import { setWorkbookDateSystem } from "../../functions/dateSystem";
import { parseA1 } from "../../sheets/address";
import { applyPatch, type ApplyOptions, type ExcelApplyResult } from "./apply";
import { countSyncs } from "./batch";
import { readSnapshot } from "./read";

export interface ExcelRunResult extends CommandResult {
  apply: ExcelApplyResult;
  /** `context.sync()` calls this command took. */
  syncs: number;
}

export interface ExcelRunOptions extends ApplyOptions {
  today: DayNumber;
  options?: CommandOptions;
  progress?: (message: string) => void;
}

export async function runCommandInExcel(command: Command, opts: ExcelRunOptions): Promise<ExcelRunResult> {
  return Excel.run({ delayForCellEdit: true }, async (context) => {
    const syncs = countSyncs(context);
    opts.progress?.("Lecture du classeur…");
    const snapshot = await readSnapshot(context);
    // The custom functions read serial dates in the workbook's own date system (1900 or 1904).
    setWorkbookDateSystem(snapshot.date1904);
    const result = await command.run({ snapshot, today: opts.today, options: opts.options ?? {}, progress: opts.progress });
    opts.progress?.("Écriture des résultats…");
    const { result: apply, alerts } = await applyPatch(context, result.patch, snapshot, opts);
    const report = alerts.length ? { ...result.report, alerts: [...result.report.alerts, ...alerts] } : result.report;
    return { patch: result.patch, report, apply, syncs: syncs.count };
  });
}

/**
 * Tells the custom functions the workbook's date system as soon as the pane opens (one sync): there is
 * no API property for it, DATE(1904,1,1) is 0 in the 1904 system and 1462 in the 1900 one.
 */
export async function detectDateSystem(): Promise<boolean> {
  return Excel.run(async (context) => {
    const probe = context.workbook.functions.date(1904, 1, 1);
    probe.load("value");
    await context.sync();
    const date1904 = probe.value === 0;
    setWorkbookDateSystem(date1904);
    return date1904;
  });
}

/** Splits `Taches!H12` or `'Mon planning'!H12` into the sheet name and the cell. */
export function parseSheetCell(address: string): { sheet: string; cell: string } | undefined {
  const i = address.lastIndexOf("!");
  if (i <= 0) return undefined;
  const raw = address.slice(0, i);
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  const cell = address.slice(i + 1).replace(/\$/g, "");
  const range = cell.split(":");
  if (!sheet || range.some((part) => !parseA1(part))) return undefined;
  return { sheet, cell };
}

export class SheetNotFoundError extends Error {
  constructor(sheet: string) {
    super(`La feuille « ${sheet} » n'existe plus dans ce classeur : relancez la vérification.`);
    this.name = "SheetNotFoundError";
  }
}

/** The pane's alert links: activates the sheet and selects the cell (2 syncs: existence, then selection). */
export async function selectCell(address: string): Promise<void> {
  const target = parseSheetCell(address);
  if (!target) throw new Error(`Adresse de cellule invalide : « ${address} ».`);
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(target.sheet);
    await context.sync();
    if (ws.isNullObject) throw new SheetNotFoundError(target.sheet);
    ws.activate();
    ws.getRange(target.cell).select();
    await context.sync();
  });
}
