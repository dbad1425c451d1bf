/**
 * The `Alertes` report sheet: every alert of the last check, errors first, each with a link to its
 * cell. A long list (more than GROUP_ALERTS_ABOVE) starts with its groups — one line per code and
 * sheet: how many, the first cells, the first message — and the full list follows them, to filter on
 * screen; the printout is the groups (a list of 40 000 lines is never read on paper).
 */
import { ALERTS_SHEET, ownedPrint } from "../contract/sheets";
import { GROUP_ALERTS_ABOVE, groupByCode, groupCells, SEVERITY_LABEL, sortAlerts, type Alert, type AlertGroup } from "../../core/alerts";
import { toFrench, type DayNumber } from "../../core/dates/civil";
import { formatNumber } from "../../core/format/number";
import { ALERT_GROUP_CELLS, ALERTES, ALERTES_GROUPES } from "../contract/reports";
import { OWNED_MARKER, type SheetModel } from "../../workbook/model";
import { COLORS, SheetBuilder, firstCell, type PlacedTable } from "../render";
import type { OutValue } from "../../workbook/values";

export { ALERTS_SHEET };

/** Header row of the first table (0-based): title, subtitle, a blank row. */
const FIRST_TABLE_ROW = 3;

export function buildAlertsSheet(alerts: readonly Alert[], today: DayNumber, checkedAt?: string): SheetModel {
  const b = new SheetBuilder(ALERTS_SHEET, true);
  const sorted = sortAlerts(alerts);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const a of sorted) counts[a.severity]++;
  const grouped = sorted.length > GROUP_ALERTS_ABOVE;
  const groups = grouped ? groupByCode(sorted) : [];
  b.title(
    `${OWNED_MARKER} — Alertes`,
    `Vérification du ${toFrench(today)}${checkedAt ? ` à ${checkedAt}` : ""} : ${counts.error} erreur(s), ${counts.warning} avertissement(s), ${counts.info} information(s).` +
      (grouped ? ` ${formatNumber(groups.length, { grouping: true })} groupe(s) ci-dessous (un par code et feuille), puis la liste complète.` : "") +
      " Feuille réécrite à chaque vérification.",
  );
  // The list first, the groups after: the columns the two tables share take the groups' widths.
  const listRow = grouped ? FIRST_TABLE_ROW + groups.length + 3 : FIRST_TABLE_ROW;
  listTable(b, sorted, listRow);
  if (grouped) {
    groupsTable(b, groups);
    b.value(listRow - 1, 0, `Liste complète des alertes (${formatNumber(sorted.length, { grouping: true })}) : filtrez la colonne Code ou Feuille ; non imprimée (imprimez une sélection au besoin).`, { bold: true });
  }
  b.freeze(FIRST_TABLE_ROW + 1);
  b.options({ tabColor: "#C00000" }).printAs(ownedPrint(ALERTS_SHEET));
  return b.build();
}

/** Every alert, one row each, with a link to its cell. */
function listTable(b: SheetBuilder, sorted: readonly Alert[], row: number): void {
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
  const t = b.table(ALERTES, row, 0, rows, { style: "TableStyleLight9" });
  sorted.forEach((a, i) => link(b, row + 1 + i, t.col + ALERTES.columns.findIndex((c) => c.header === "Cellule"), a.cell));
  severityColours(b, t);
}

/** One row per group: its size, its first cells (the first a link), its productions, its first message. */
function groupsTable(b: SheetBuilder, groups: readonly AlertGroup[]): void {
  const rows: Record<string, OutValue>[] = groups.map((g) => {
    const cells = groupCells(g, ALERT_GROUP_CELLS);
    const more = g.alerts.length - cells.length;
    const productions = [...new Set(g.alerts.map((a) => a.production ?? "").filter((p) => p !== ""))];
    return {
      Gravité: SEVERITY_LABEL[g.severity],
      Code: g.code,
      Feuille: g.sheet,
      Nombre: g.alerts.length,
      "Première cellule": cells[0] ?? "",
      "Autres cellules": cells.slice(1).join(", ") + (more > 0 && cells.length > 0 ? ` (+ ${formatNumber(more, { grouping: true })})` : ""),
      Productions: productions.length > 3 ? `${productions.slice(0, 3).join(", ")} (+ ${productions.length - 3})` : productions.join(", "),
      "Message (premier de la liste)": g.alerts[0].message,
    };
  });
  const t = b.table(ALERTES_GROUPES, FIRST_TABLE_ROW, 0, rows, { style: "TableStyleLight9" });
  const first = t.col + ALERTES_GROUPES.columns.findIndex((c) => c.header === "Première cellule");
  groups.forEach((g, i) => link(b, FIRST_TABLE_ROW + 1 + i, first, groupCells(g, 1)[0] ?? ""));
  severityColours(b, t);
}

/** A link to a cell of this workbook ("#Feuille!A1"), shown as its address, grey like the computed cells around it. */
function link(b: SheetBuilder, row: number, col: number, cell: string): void {
  if (!cell) return;
  const target = cell.replace(/"/g, '""');
  b.set(row, col, { formula: `HYPERLINK("#${target}","${target}")`, style: { fontColor: "#0563C1", vAlign: "top", fill: COLORS.computedFill, locked: true } });
}

/** Errors red, warnings yellow: native rules a producer without the add-in sees. */
function severityColours(b: SheetBuilder, t: PlacedTable): void {
  const g = firstCell(t, "Gravité");
  const range = t.bodyRange(0);
  b.conditionalFormat({ range, formula: `${g}="Erreur"`, style: { fill: COLORS.redFill, fontColor: COLORS.redFont } });
  b.conditionalFormat({ range, formula: `${g}="Avertissement"`, style: { fill: COLORS.yellowFill, fontColor: COLORS.yellowFont } });
}
