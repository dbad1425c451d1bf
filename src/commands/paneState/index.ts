/**
 * Read-only commands for the task pane: "what is in this workbook" (productions, months with séances,
 * issued invoices, last check's alerts), read with the snapshot every command takes anyway. In Excel
 * the pane's first look costs one sync; after an action, the picture comes from the snapshot the
 * action read plus its Patch, so an action still costs its own syncs and nothing more.
 */
import type { Command, CommandResult } from "../types";
import { snapshotAfter } from "./after";
import { readPaneState, type PaneState } from "./state";
import { readDues } from "./dues";
import type { Snapshot } from "../../workbook/snapshot";
import type { DayNumber } from "../../core/dates/civil";

export type { PaneDue } from "./dues";
export type { PaneInvoice, PaneMoneyFigure, PaneProduction, PaneState } from "./state";

/** Key of the pane's picture in `Report.sections` (never printed by the CLI: only the pane runs these). */
export const PANE_SECTION = "pane";

/** The pane's picture, with the receivables and payables as of the command's day. */
export function paneStateAt(snapshot: Snapshot, today: DayNumber): PaneState {
  return { ...readPaneState(snapshot), dues: readDues(snapshot, today) };
}

export const paneStateCommand: Command = {
  name: "etat",
  label: "Lecture du classeur",
  run(input): CommandResult {
    return {
      patch: { command: "etat", ops: [] },
      report: { version: 1, command: "etat", alerts: [], summary: [], sections: { [PANE_SECTION]: paneStateAt(input.snapshot, input.today) }, files: [] },
    };
  },
};

/** The same command, whose report also carries the pane's picture of the workbook after its Patch. */
export function withPaneState(command: Command): Command {
  return {
    name: command.name,
    label: command.label,
    async run(input): Promise<CommandResult> {
      const result = await command.run(input);
      const pane = paneStateAt(snapshotAfter(input.snapshot, result.patch), input.today);
      return { patch: result.patch, report: { ...result.report, sections: { ...result.report.sections, [PANE_SECTION]: pane } } };
    },
  };
}

export function paneStateOf(sections: Record<string, unknown>): PaneState | undefined {
  return sections[PANE_SECTION] as PaneState | undefined;
}
