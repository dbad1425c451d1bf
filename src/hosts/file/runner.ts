/**
 * Runs a command on .xlsx bytes through the file host: open, read the snapshot, run, apply the patch,
 * save. Shared by the `cappad` command and the task pane's file mode.
 */
import type { Command, CommandOptions, CommandResult } from "../../commands/types";
import type { DayNumber } from "../../core/dates/civil";
import type { ApplyResult } from "../../workbook/patch";
import { applyPatch } from "./apply";
import { readSnapshot } from "./read";
import { newWorkbook, openWorkbook, saveWorkbook } from "../xlsx/workbook";

export interface FileRunResult extends CommandResult {
  apply: ApplyResult;
  /** The new file's bytes, or undefined when nothing changed (the file is then left untouched). */
  bytes?: Uint8Array;
}

/** `bytes` undefined: a new, empty workbook (the task pane's file mode before any file is opened). */
export async function runOnBytes(
  bytes: Uint8Array | undefined,
  command: Command,
  opts: { today: DayNumber; options?: CommandOptions; fileName?: string; progress?: (m: string) => void; mention?: (command: string) => string | undefined },
): Promise<FileRunResult> {
  opts.progress?.("Lecture du classeur…");
  const wb = bytes ? await openWorkbook(bytes, opts.fileName) : await newWorkbook();
  const snapshot = readSnapshot(wb);
  const result = await command.run({ snapshot, today: opts.today, options: opts.options ?? {}, progress: opts.progress, mention: opts.mention });
  opts.progress?.("Écriture des résultats…");
  const apply = await applyPatch(wb, result.patch, snapshot);
  const changed = apply.cellsWritten > 0 || apply.rowsAppended > 0 || apply.rowsTakenIn > 0 || apply.sheetsWritten.length > 0;
  return { ...result, apply, bytes: changed ? await saveWorkbook(wb) : undefined };
}
