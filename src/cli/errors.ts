/** One French line for every failure a user can meet; internal bugs are said as such, never as a stack trace. */
import { UnusableWorkbookError } from "../commands/check";
import { PatchRefusedError, RowsChangedError } from "../workbook/patch";
import { UnusableFileError } from "../hosts/xlsx/workbook";

/** A workbook or file that cannot be written where it should go (read-only, missing folder). */
export class UnwritableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnwritableError";
  }
}

export function describeError(e: unknown): string {
  if (e instanceof UnusableFileError || e instanceof UnusableWorkbookError || e instanceof RowsChangedError || e instanceof UnwritableError) return e.message;
  if (e instanceof PatchRefusedError) return `Écriture refusée par Cap PAD (rien n'a été modifié) : ${e.message}.`;
  const text = e instanceof Error ? e.message : String(e);
  return `Erreur interne de Cap PAD (rien n'a été modifié) : ${text.split("\n")[0]}. Merci de la signaler.`;
}
