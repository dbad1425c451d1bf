/**
 * `PlanComptable` → the chart the entries are posted to. A workbook without the table (made before it
 * existed) uses the default chart, and says so; a row that cannot be read is left out with its alert.
 */
import { type AccountUsage, type ChartAccount } from "../../core/accounts/chart";
import { fromIso } from "../../core/dates/civil";
import { DEFAULT_CHART } from "../../data/accounts/chartOfAccounts";
import { ACCOUNT_USAGE_LABEL, PLAN_COMPTABLE } from "../contract/accounts";
import type { SheetSource } from "../source";

const USAGE_OF_LABEL = new Map(Object.entries(ACCOUNT_USAGE_LABEL).map(([usage, label]) => [label, usage as AccountUsage]));

export function defaultChart(): ChartAccount[] {
  return DEFAULT_CHART.map((r) => ({
    account: r.account,
    label: r.label,
    usage: r.usage,
    key: r.key,
    from: fromIso(r.from)!,
    to: r.to ? fromIso(r.to) : undefined,
  }));
}

export interface ChartRead {
  chart: ChartAccount[];
  /** The workbook has its own `PlanComptable`. */
  own: boolean;
}

export function chartOfAccountsOf(ctx: SheetSource): ChartRead {
  const table = ctx.table(PLAN_COMPTABLE);
  if (!table) return { chart: defaultChart(), own: false };
  const chart: ChartAccount[] = [];
  for (const r of table.rows) {
    const account = r.text("Compte", { required: true });
    const label = r.text("Libellé", { required: true });
    const usage = r.choice("Usage", [...USAGE_OF_LABEL.keys()], {
      required: true,
    });
    const key = r.text("Poste/Taux") ?? "";
    const from = r.date("Du", ctx.date1904, { required: true });
    const to = r.date("Au", ctx.date1904);
    r.text("Source");
    if (account === undefined || label === undefined || usage === undefined || from === undefined) continue;
    if (!/^\d{3}/.test(account)) {
      r.alert(
        "COMPTA_COMPTE_INVALIDE",
        "error",
        `${r.cell("Compte")} : le compte « ${account} » ne commence pas par trois chiffres du plan comptable général ; ligne ignorée.`,
        "Compte",
      );
      continue;
    }
    chart.push({
      account,
      label,
      usage: USAGE_OF_LABEL.get(usage)!,
      key,
      from,
      to,
    });
  }
  return { chart, own: true };
}
