/** Template: the chart of accounts (`PlanComptable`), filled with the default accounts and their source. */
import { DEFAULT_CHART } from "../../data/accounts/chartOfAccounts";
import { fromIso } from "../../core/dates/civil";
import type { SheetModel } from "../../workbook/model";
import type { OutValue } from "../../workbook/values";
import { ACCOUNT_USAGE_LABEL, PLAN_COMPTABLE } from "../contract/accounts";
import { INPUT_ROWS, SheetBuilder } from "../render";

const dayCell = (iso: string | undefined): OutValue => (iso ? { day: fromIso(iso)! } : null);

export function defaultChartRows(): Record<string, OutValue>[] {
  return DEFAULT_CHART.map((r) => ({
    Compte: r.account,
    Libellé: r.label,
    Usage: ACCOUNT_USAGE_LABEL[r.usage],
    "Poste/Taux": r.key,
    Du: dayCell(r.from),
    Au: dayCell(r.to),
    Source: r.source,
  }));
}

export function planComptableSheet(rows: Record<string, OutValue>[] = defaultChartRows()): SheetModel {
  const b = new SheetBuilder(PLAN_COMPTABLE.sheet, false);
  b.title(
    "Plan comptable de l'export comptable (FEC)",
    "Un compte par usage, daté (Du, Au). Les achats prennent le compte du poste dont le code commence par Poste/Taux ; la TVA, celui de son taux. Remplacez les numéros par ceux de votre expert-comptable.",
  );
  b.table(PLAN_COMPTABLE, 2, 0, rows, { blankRows: 3 });
  b.freeze(3, 1);
  b.options({ tabColor: "#548235" }).printAs({
    landscape: true,
    repeatRows: 3,
    extraRows: INPUT_ROWS,
  });
  return b.build();
}
