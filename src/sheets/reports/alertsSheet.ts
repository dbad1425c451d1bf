/** The `Alertes` report sheet: every alert of the last check, errors first, each with a link to its cell. */
import { ALERTS_SHEET, ownedPrint } from "../contract/sheets";
import { SEVERITY_LABEL, sortAlerts, type Alert } from "../../core/alerts";
import { toFrench, type DayNumber } from "../../core/dates/civil";
import { ALERTES } from "../contract/reports";
import { OWNED_MARKER, type SheetModel } from "../../workbook/model";
import { COLORS, SheetBuilder, firstCell } from "../render";
import type { OutValue } from "../../workbook/values";

export { ALERTS_SHEET };

export function buildAlertsSheet(alerts: readonly Alert[], today: DayNumber, checkedAt?: string): SheetModel {
  const b = new SheetBuilder(ALERTS_SHEET, true);
  const sorted = sortAlerts(alerts);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const a of sorted) counts[a.severity]++;
  b.title(
    `${OWNED_MARKER} — Alertes`,
    `Vérification du ${toFrench(today)}${checkedAt ? ` à ${checkedAt}` : ""} : ${counts.error} erreur(s), ${counts.warning} avertissement(s), ${counts.info} information(s). Feuille réécrite à chaque vérification.`,
  );
  const rows: Record<string, OutValue>[] = sorted.map((a) => ({
    Gravité: SEVERITY_LABEL[a.severity],
    Code: a.code,
    Feuille: a.sheet,
    Ligne: a.row || null,
    ID: a.id,
    Cellule: a.cell,
    Production: a.production ?? "",
    Message: a.message,
  }));
  const t = b.table(ALERTES, 3, 0, rows, { style: "TableStyleLight9" });
  // A link per alert: HYPERLINK to the cell inside this workbook ("#Sheet!A1").
  sorted.forEach((a, i) => {
    if (a.cell) {
      const target = a.cell.replace(/"/g, '""');
      b.set(4 + i, 5, { formula: `HYPERLINK("#${target}","${target}")`, style: { fontColor: "#0563C1", vAlign: "top" } });
    }
  });
  const g = firstCell(t, "Gravité");
  b.conditionalFormat({ range: t.bodyRange(0), formula: `${g}="Erreur"`, style: { fill: COLORS.redFill, fontColor: COLORS.redFont } });
  b.conditionalFormat({ range: t.bodyRange(0), formula: `${g}="Avertissement"`, style: { fill: COLORS.yellowFill, fontColor: COLORS.yellowFont } });
  b.freeze(4);
  b.options({ tabColor: "#C00000" }).printAs(ownedPrint(ALERTS_SHEET));
  return b.build();
}
