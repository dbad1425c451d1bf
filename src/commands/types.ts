/**
 * Commands are the use cases behind each button and CLI verb: Snapshot in, Patch and Report out.
 * They never touch a host, so the same command runs on a file (cappad, file mode) and in Excel.
 */
import type { Alert } from "../core/alerts";
import type { DayNumber } from "../core/dates/civil";
import type { Patch } from "../workbook/patch";
import type { Snapshot } from "../workbook/snapshot";

export interface CommandInput {
  snapshot: Snapshot;
  /** "Today" for every date rule (fixed by `--today` for reproducible results). */
  today: DayNumber;
  options: CommandOptions;
  /** Long work reports progress here (stderr for the CLI, the pane's progress bar). */
  progress?: (message: string) => void;
  /**
   * How the host names another command in a message (« cappad check » on the command line); the
   * default is its label, the pane's button (« Vérifier et recalculer »). See `mention.ts`.
   */
  mention?: (command: string) => string | undefined;
}

export interface CommandOptions {
  production?: string;
  /** `AAAA-MM` */
  month?: string;
  format?: "ubl" | "cii";
  template?: string;
  demo?: boolean;
  [key: string]: unknown;
}

/** A file a command produces besides the workbook (CSV of pay items, UBL/CII invoice). */
export interface OutputFile {
  name: string;
  mime: string;
  content: string | Uint8Array;
}

export interface Report {
  version: 1;
  command: string;
  alerts: Alert[];
  /** Short French lines for the terminal and the pane's result summary. */
  summary: string[];
  /** Sections added by features (`productions`, `tasks`, `payroll`, …), merged at the top level of the JSON. */
  sections: Record<string, unknown>;
  files: OutputFile[];
}

export interface CommandResult {
  patch: Patch;
  report: Report;
}

export interface Command {
  /** Stable name: the Patch guard's `command`, the CLI verb's internal name. */
  name: string;
  /** French label (button, progress). */
  label: string;
  run(input: CommandInput): Promise<CommandResult> | CommandResult;
}

/** The JSON printed by `cappad … --json`: version, alerts, then each feature's sections. */
export function reportJson(report: Report): Record<string, unknown> {
  return { version: report.version, command: report.command, alerts: report.alerts.map(alertJson), ...report.sections };
}

function alertJson(a: Alert): Record<string, unknown> {
  return { code: a.code, severity: a.severity, sheet: a.sheet, row: a.row, id: a.id, cell: a.cell, message: a.message, ...(a.production ? { production: a.production } : {}) };
}
