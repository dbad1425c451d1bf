/**
 * "Figer la référence" (`cappad baseline`): copies each task's `Début`/`Fin` into `Début réf.`/`Fin réf.`,
 * and its `Durée (j)` and resources into `Durée réf. (j)`/`Ressources réf.` (where the workbook has
 * those columns: the slip cost compares the plan's resource-days with them), for one production
 * (`--production`) or all — the only command allowed to write those input columns. Then everything is
 * checked again on the new reference, in the same Patch, so that `Écart (j)`, the statuses, the slip
 * cost, the alerts and the reports agree with it at once.
 */
import { requestedProduction } from "../options";
import { freezeBaseline, type BaselineValue } from "../../core/planning/baseline";
import { TACHES } from "../../sheets/contract/planning";
import { planningOf } from "../../sheets/planning";
import type { Snapshot, TableSnapshot } from "../../workbook/snapshot";
import { headerIndex } from "../../workbook/patch";
import { serialFromDay } from "../../core/dates/civil";
import { isDayValue, type OutValue } from "../../workbook/values";
import { checkCommand } from "../check";
import { CommandContext } from "../context";
import { SAID_ONCE } from "../../sheets/typedRows";
import type { Command, CommandInput, CommandResult } from "../types";

/** What the reference keeps of each task, by column. */
const FROZEN: [header: string, value: (b: BaselineValue) => OutValue][] = [
  ["Début réf.", (b) => ({ day: b.baselineStart })],
  ["Fin réf.", (b) => ({ day: b.baselineFinish })],
  ["Durée réf. (j)", (b) => b.baselineDuration ?? null],
  ["Ressources réf.", (b) => b.baselineResources.join("; ") || null],
];

export const baselineCommand: Command = {
  name: "baseline",
  label: "Figer la référence",
  async run(input: CommandInput): Promise<CommandResult> {
    const ctx = new CommandContext("baseline", input);
    const table = ctx.table(TACHES, { required: true });
    const plan = planningOf(ctx);
    const wanted = requestedProduction(input);
    if (!table) return ctx.finish();
    const frozen = freezeBaseline(plan.input, plan.result, wanted);
    if (frozen.length === 0) {
      ctx.summary.push(wanted ? `Aucune tâche de la production « ${wanted} » : rien n'a été figé.` : "Aucune tâche : rien n'a été figé.");
      return ctx.finish();
    }
    const byRow = new Map(frozen.map((f) => [plan.rows.tasks[f.index].index, f]));
    // Only the frozen rows are written: other productions' references (values, formulas, even errors)
    // stay exactly as the user has them.
    for (const row of table.rows) {
      const f = byRow.get(row.index);
      if (!f) continue;
      for (const [header, value] of FROZEN) ctx.set(row, header, value(f));
    }
    const freeze = ctx.finish();

    // The check, run on the workbook as it will be once the reference is written (and the rows typed
    // under tables taken in: the freeze's patch grows the tables, the check finds them grown).
    const checked = await checkCommand.run({ ...input, snapshot: withBaseline(ctx.snapshot, table.snapshot, byRow, ctx.date1904) });
    const scope = wanted ? `de la production ${frozen[0].production}` : `de ${new Set(frozen.map((f) => f.production)).size} production(s)`;
    const taken = freeze.report.alerts.filter((a) => SAID_ONCE.has(a.code));
    return {
      patch: { command: "baseline", ops: [...freeze.patch.ops, ...checked.patch.ops] },
      report: {
        ...checked.report,
        command: "baseline",
        alerts: [...taken, ...checked.report.alerts],
        summary: [`Référence figée pour ${frozen.length} tâche(s) ${scope}.`, ...taken.map((a) => a.message), ...checked.report.summary],
      },
    };
  },
};

/** A copy of the snapshot whose `Taches` rows carry the new reference (serials, as a host would read them). */
function withBaseline(snapshot: Snapshot, table: TableSnapshot, byRow: Map<number, BaselineValue>, date1904: boolean): Snapshot {
  const columns = FROZEN.map(([header, value]) => [headerIndex(table.headers, header), value] as const).filter(([j]) => j >= 0);
  const rows = table.rows.map((row, i) => {
    const b = byRow.get(i);
    if (!b) return row;
    const copy = [...row];
    for (const [j, value] of columns) {
      const v = value(b);
      copy[j] = isDayValue(v) ? (serialFromDay(v.day, date1904) ?? null) : v;
    }
    return copy;
  });
  return { ...snapshot, tables: { ...snapshot.tables, [table.name]: { ...table, rows } } };
}
