/**
 * Where the pane's commands run: in Excel (Office.js host, three syncs per command) or on a local .xlsx
 * file (exceljs file host, loaded on demand). Both give back the same report.
 */
import type { Command, CommandOptions, Report } from "../commands/types";
import { dayFromYmd, type DayNumber } from "../core/dates/civil";

export interface RunOutcome {
  report: Report;
  /** French notes from the host (sheets renamed, nothing changed…). */
  notes: string[];
}

export interface PaneHost {
  kind: "excel" | "file";
  run(command: Command, options: CommandOptions, progress: (m: string) => void): Promise<RunOutcome>;
  /** Selects a cell (`Taches!H12`) in Excel; in file mode there is nothing to select. */
  select?(cell: string): Promise<void>;
}

/** Today in the user's own calendar (read once here, at the border: core never uses `Date`). */
export function localToday(): DayNumber {
  const now = new Date();
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export function excelHost(): PaneHost {
  // Dates typed in cells are serials of the workbook's date system: tell the custom functions early.
  void import(/* webpackChunkName: "host-excel" */ "../hosts/excel/run").then((m) => m.detectDateSystem()).catch(() => undefined);
  return {
    kind: "excel",
    async run(command, options, progress) {
      const { runCommandInExcel } = await import(/* webpackChunkName: "host-excel" */ "../hosts/excel/run");
      const r = await runCommandInExcel(command, { today: localToday(), options, progress });
      return { report: r.report, notes: [] };
    },
    async select(cell) {
      const { selectCell } = await import(/* webpackChunkName: "host-excel" */ "../hosts/excel/run");
      await selectCell(cell);
    },
  };
}

/** File mode: the workbook lives in memory; each command replaces it with its result. */
export class FileHost implements PaneHost {
  readonly kind = "file" as const;
  bytes?: Uint8Array;
  fileName = "classeur.xlsx";
  changed = false;

  async open(file: File): Promise<void> {
    this.bytes = new Uint8Array(await file.arrayBuffer());
    this.fileName = file.name;
    this.changed = false;
  }

  async newWorkbook(): Promise<void> {
    const { newWorkbook, saveWorkbook } = await import(/* webpackChunkName: "host-file" */ "../hosts/file/workbook");
    this.bytes = await saveWorkbook(await newWorkbook());
    this.fileName = "cap-pad.xlsx";
    this.changed = true;
  }

  async run(command: Command, options: CommandOptions, progress: (m: string) => void): Promise<RunOutcome> {
    if (!this.bytes) await this.newWorkbook();
    const { runOnBytes } = await import(/* webpackChunkName: "host-file" */ "../hosts/file/runner");
    const r = await runOnBytes(this.bytes!, command, { today: localToday(), options, fileName: this.fileName, progress });
    const notes: string[] = [];
    if (r.bytes) {
      this.bytes = r.bytes;
      this.changed = true;
    } else notes.push("Aucune cellule n'a changé.");
    for (const [from, to] of Object.entries(r.apply.renamed)) notes.push(`La feuille « ${from} » existait déjà : la nouvelle s'appelle « ${to} ».`);
    return { report: r.report, notes };
  }
}
