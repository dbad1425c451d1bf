/**
 * Where the pane's commands run: in Excel (Office.js host, at most three syncs per command) or on a
 * local .xlsx file (exceljs file host, loaded on demand). Both give back the same report, plus French
 * notes on what the host did besides (a sheet renamed, a print setup this Excel cannot apply…).
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

function renamedNotes(renamed: Record<string, string>): string[] {
  return Object.entries(renamed).map(([from, to]) => `La feuille « ${from} » existait déjà : elle n'a pas été touchée, la nouvelle s'appelle « ${to} ».`);
}

export function excelHost(today: () => DayNumber = localToday): PaneHost {
  // The custom functions learn the workbook's date system from every command's read, the pane's first
  // look at the workbook included (runCommandInExcel), so no separate probe is needed.
  const load = () => import(/* webpackChunkName: "host-excel" */ "../hosts/excel/run");
  return {
    kind: "excel",
    async run(command, options, progress) {
      const { runCommandInExcel } = await load();
      const r = await runCommandInExcel(command, { today: today(), options, progress });
      return { report: r.report, notes: [...renamedNotes(r.apply.renamed), ...r.apply.warnings] };
    },
    async select(cell) {
      await (await load()).selectCell(cell);
    },
  };
}

/** File mode: the workbook lives in memory; each command replaces it with its result. */
export class FileHost implements PaneHost {
  readonly kind = "file" as const;
  bytes?: Uint8Array;
  fileName = "classeur.xlsx";
  /** The workbook in memory differs from the file opened (a download is due). */
  changed = false;

  constructor(private readonly today: () => DayNumber = localToday) {}

  async open(file: File): Promise<void> {
    this.bytes = new Uint8Array(await file.arrayBuffer());
    this.fileName = file.name;
    this.changed = false;
  }

  async run(command: Command, options: CommandOptions, progress: (m: string) => void): Promise<RunOutcome> {
    const notes: string[] = [];
    progress("Chargement du moteur de classeur…");
    const { runOnBytes } = await import(/* webpackChunkName: "host-file" */ "../hosts/file/runner");
    // No file opened yet: the command runs on a new, empty workbook.
    const r = await runOnBytes(this.bytes, command, { today: this.today(), options, fileName: this.fileName, progress });
    if (r.bytes) {
      if (!this.bytes) {
        this.fileName = "cap-pad.xlsx";
        notes.push(`Nouveau classeur « ${this.fileName} » créé : téléchargez-le pour le garder.`);
      }
      this.bytes = r.bytes;
      this.changed = true;
    } else if (r.patch.ops.length) notes.push("Aucune cellule n'a changé : le classeur était déjà à jour.");
    return { report: r.report, notes: [...renamedNotes(r.apply.renamed), ...notes] };
  }
}
