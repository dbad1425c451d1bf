/**
 * Small commands for the host tests, written like the real ones (CommandContext, bound tables, computed
 * columns): they exercise every kind of Patch op without depending on which check steps exist yet.
 */
import { CommandContext } from "../../../src/commands/context";
import type { Command, CommandInput } from "../../../src/commands/types";
import { isoWeekday } from "../../../src/core/dates/civil";
import type { PatchOp } from "../../../src/workbook/patch";
import { SEANCES } from "../../../src/sheets/contract/crew";
import type { SheetModel } from "../../../src/workbook/model";
import type { OutValue } from "../../../src/workbook/values";

export function command(name: string, body: (ctx: CommandContext, input: CommandInput) => void): Command {
  return {
    name,
    label: `test ${name}`,
    run(input) {
      const ctx = new CommandContext(name, input);
      body(ctx, input);
      return ctx.finish();
    },
  };
}

/** Hours of each séance, "dimanche" on Sundays, and the row's comment echoed into `Alerte` (alerts quote cells). */
export const hoursCommand = command("check", (ctx) => {
  const t = ctx.table(SEANCES);
  if (!t) return;
  ctx.claim(t, "Heures");
  ctx.claim(t, "Dimanche/férié");
  ctx.claim(t, "Alerte");
  for (const row of t.rows) {
    const start = row.time("Arrivée");
    const end = row.time("Départ");
    const pause = row.number("Pause (min)") ?? 0;
    if (start !== undefined && end !== undefined) ctx.set(row, "Heures", Math.round(((end - start - pause) / 60) * 100) / 100);
    const day = row.date("Date", ctx.date1904);
    if (day !== undefined && isoWeekday(day) === 7) ctx.set(row, "Dimanche/férié", "dimanche");
    const comment = row.text("Commentaire");
    if (comment) ctx.set(row, "Alerte", comment);
  }
});

/** A command that (wrongly) writes a column users type in. */
export const writesUserColumn = command("check", (ctx) => {
  const t = ctx.table(SEANCES);
  if (t) ctx.ops.push({ kind: "columns", table: "Seances", keyColumns: [], expectedKeys: t.snapshot.rows.map(() => "[]"), columns: [{ header: "Date", values: t.snapshot.rows.map(() => 1) }] });
});

export function opsCommand(name: string, ops: (input: CommandInput) => PatchOp[]): Command {
  return command(name, (ctx, input) => ctx.ops.push(...ops(input)));
}

export function appendCommand(table: string, rows: Record<string, OutValue>[]): Command {
  return opsCommand("newProduction", (input) => [{ kind: "append", table, expectedRowCount: input.snapshot.tables[table]?.rows.length ?? 0, rows }]);
}

export function sheetCommand(sheet: SheetModel): Command {
  return command("report", (ctx) => {
    ctx.addSheet(sheet);
  });
}
