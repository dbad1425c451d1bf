/** The month a payroll command works on: the option `AAAA-MM` (CLI `--mois`, the pane's month choice). */
import { parseMonthKey, toMonthKey } from "../../core/dates/civil";
import type { CommandContext } from "../context";

/** The month asked for, undefined when none; an unreadable one is said as an alert and ignored. */
export function requestedMonth(ctx: CommandContext): string | undefined {
  const m = ctx.input.options.month;
  if (m === undefined || m === "") return undefined;
  if (typeof m === "string" && parseMonthKey(m.trim())) return m.trim();
  ctx.addAlert({ code: "PAIE_MOIS_INVALIDE", severity: "error", sheet: "", row: 0, id: "", cell: "", message: `Mois « ${String(m)} » illisible : écrire AAAA-MM, par exemple 2026-11.` });
  return undefined;
}

/** The month asked for, else the month of "today". */
export function monthOrCurrent(ctx: CommandContext): string {
  return requestedMonth(ctx) ?? toMonthKey(ctx.today);
}
