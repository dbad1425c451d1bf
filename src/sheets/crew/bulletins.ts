/** `Bulletins` → the payslips typed from the provider's figures (gross, net, employer cost). */
import type { ProviderPayslip } from "../../core/crew/payslipCheck";
import { dayFromSerial, toMonthKey, parseDateText } from "../../core/dates/civil";
import type { SheetSource } from "../source";
import { BULLETINS } from "../contract/crew";
import type { BoundTable, RowReader } from "../read";
import { isBlank } from "../../workbook/values";

export interface PayslipRow {
  row: RowReader;
  /** `AAAA-MM` */
  period: string;
  name: string;
  production?: string;
  provider: ProviderPayslip;
}

/**
 * "2026-11", "11/2026", or a date (Excel turns "2026-11" typed in a General cell into 01/11/2026):
 * the month key, undefined when not a month.
 */
export function monthOfCell(v: unknown, date1904: boolean): string | undefined {
  if (typeof v === "number") {
    const day = dayFromSerial(v, date1904);
    return day === undefined ? undefined : toMonthKey(day);
  }
  if (typeof v !== "string") return undefined;
  const t = v.trim();
  let m = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${m[2].padStart(2, "0")}`;
  m = /^(\d{1,2})\/(\d{4})$/.exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${m[1].padStart(2, "0")}`;
  const day = parseDateText(t);
  return day === undefined ? undefined : toMonthKey(day);
}

function payslip(row: RowReader, date1904: boolean): PayslipRow | undefined {
  const raw = row.raw("Période");
  const period = isBlank(raw) ? undefined : monthOfCell(raw, date1904);
  if (isBlank(raw)) row.text("Période", { required: true });
  else if (!period) row.invalid("Période", "un mois AAAA-MM (par exemple 2026-11)");
  const name = row.text("Nom", { required: true });
  const production = row.text("Production");
  const grossCents = row.money("Brut", { required: true, min: 0 });
  const netCents = row.money("Net", { min: 0 });
  const employerCostCents = row.money("Coût employeur", { min: 0 });
  if (!period || !name || grossCents === undefined) return undefined;
  return { row, period, name, production, provider: { grossCents, netCents, employerCostCents } };
}

export function payslipRowsOf(ctx: SheetSource): { table?: BoundTable; rows: PayslipRow[] } {
  return ctx.memo("crew.bulletins", () => {
    const table = ctx.table(BULLETINS);
    return { table, rows: (table?.rows ?? []).flatMap((r) => payslip(r, ctx.date1904) ?? []) };
  });
}
