/**
 * An add-in's log sheet (`Historique des scénarios`, `Relances envoyées`): a title, what the log keeps,
 * and its table, created by the first command that writes to it. Later runs append their rows to the
 * table (`CommandContext.appendToLog`, rights in the contract's `appendableBy`); nothing is rewritten.
 */
import { OWNED_MARKER, type SheetModel } from "../../workbook/model";
import type { OutValue } from "../../workbook/values";
import { ownedPrint } from "../contract/sheets";
import { SheetBuilder } from "../render";
import type { TableSpec } from "../spec";

export interface LogSheet {
  spec: TableSpec;
  /** Title after the owned marker. */
  title: string;
  /** What a row is, and that rows are only appended. */
  subtitle: string;
}

export function buildLogSheet(log: LogSheet, rows: Record<string, OutValue>[]): SheetModel {
  const b = new SheetBuilder(log.spec.sheet, true);
  b.title(`${OWNED_MARKER} — ${log.title}`, log.subtitle);
  b.table(log.spec, 3, 0, rows);
  b.freeze(4);
  b.options({ tabColor: "#7F7F7F" }).printAs(ownedPrint(log.spec.sheet));
  return b.build();
}
