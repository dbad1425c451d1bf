/**
 * What the sheet readers need from the command that runs them. Kept structural so that `src/sheets`
 * does not depend on `src/commands`: a `CommandContext` is one, and a test may pass a plain object.
 */
import type { Alert } from "../core/alerts";
import type { DayNumber } from "../core/dates/civil";
import type { Snapshot } from "../workbook/snapshot";
import type { BoundTable } from "./read";
import type { TableSpec } from "./spec";

/** Reading a table: each table bound once per command (so each bad cell is reported once), and the date system. */
export interface TableSource {
  table(spec: TableSpec, opts?: { required?: boolean }): BoundTable | undefined;
  readonly date1904: boolean;
}

/**
 * The memoised readers (`planningOf`, `crewOf`, `costReportOf`…): besides the tables, the snapshot,
 * "today", what each computed once per command, and the alerts said so far.
 */
export interface SheetSource extends TableSource {
  readonly snapshot: Snapshot;
  readonly today: DayNumber;
  readonly sink: { readonly items: readonly Alert[] };
  memo<T>(key: string, compute: () => T): T;
  addAlert(alert: Alert): void;
}
