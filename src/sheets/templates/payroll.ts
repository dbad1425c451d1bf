/**
 * Payroll templates: `Seances` (the daily log: one person or room, one task, one day), the reference
 * data the payroll engine reads — `Grilles`, `Taux`, `Parametres`, shipped with the dated and sourced
 * rows of src/data/payroll, the unconfirmed ones in yellow — and `Bulletins` (the provider's figures
 * to compare). Colors are native conditional formats on the computed columns (and on the sources
 * that say "à vérifier"), so a producer without the add-in sees them.
 */
import { CONTRIBUTION_RATES, PAYROLL_PARAMETERS, WAGE_GRIDS } from "../../data/payroll";
import type { GridRow, ParameterRow, RateRow } from "../../core/crew/configRows";
import { fromIso, type DayNumber } from "../../core/dates/civil";
import { columnIndex, rangeA1 } from "../address";
import { BULLETINS, SEANCES } from "../contract/crew";
import { headerCells, REFERENCE_TABLES, type ColumnMap } from "../crew/referenceColumns";
import type { SheetModel } from "../../workbook/model";
import { COLORS, INPUT_ROWS, SheetBuilder, firstCell, lastPrinted, type PlacedTable } from "../render";
import type { TableSpec } from "../spec";
import type { OutValue } from "../../workbook/values";
import { wrapWords } from "../reports/wrap";

/** Rows below a table that its conditional formats already cover (rows typed later). */
const EXTRA_ROWS = 1000;

function block(t: PlacedTable, from: string, to: string): string {
  return rangeA1(t.row + 1, columnIndex(t.letter(from)), t.row + t.rowCount + EXTRA_ROWS, columnIndex(t.letter(to)));
}

const wrapped = { wrap: true, vAlign: "top" as const };
const HEADER_HEIGHT = 30;

/**
 * Title and subtitle, the subtitle cut into lines of the table's width: a long line would widen the
 * printed area (LibreOffice prints the overflow) and shrink the page. Returns the first free row.
 */
function heading(b: SheetBuilder, title: string, subtitle: string, width: number): number {
  b.title(title);
  const lines = wrapWords(subtitle, width);
  lines.forEach((line, i) => b.value(1 + i, 0, line, { italic: true, fontColor: COLORS.greyFont }));
  return 1 + lines.length;
}


export function seancesSheet(rows: Record<string, OutValue>[] = []): SheetModel {
  const b = new SheetBuilder(SEANCES.sheet, false);
  const top = heading(
    b,
    "Séances (bons de séance)",
    "Une ligne par personne ou salle, par tâche et par jour. Arrivée et départ en hh:mm (un départ avant l'arrivée finit le lendemain), pause en minutes. Colonnes grises : calculées par « Vérifier et recalculer » ; une ligne en rouge a une alerte (colonne Alerte et feuille Alertes).",
    150,
  );
  const centred = Object.fromEntries(["Arrivée", "Départ", "Pause (min)", "Tâche"].map((h) => [h, { hAlign: "center" as const }]));
  const t = b.table(SEANCES, top, 0, rows, { blankRows: rows.length ? 5 : 20, columnStyles: centred });
  b.rowHeight(top, HEADER_HEIGHT);
  const first = SEANCES.columns[0].header;
  const last = SEANCES.columns[SEANCES.columns.length - 1].header;
  // An alert on the séance: the whole row in red (stop: a Sunday mark under it would hide nothing useful).
  b.conditionalFormat({ range: block(t, first, last), formula: `${firstCell(t, "Alerte")}<>""`, style: { fill: COLORS.redFill, fontColor: COLORS.redFont }, stopIfTrue: true });
  // Sunday or public holiday worked: the date and the mark in orange (premiums apply).
  const dayKind = `${firstCell(t, "Dimanche/férié")}<>""`;
  b.conditionalFormat({ range: block(t, "Date", "Date"), formula: dayKind, style: { fill: COLORS.orangeFill, fontColor: COLORS.orangeFont, bold: true } });
  b.conditionalFormat({ range: block(t, "Dimanche/férié", "Dimanche/férié"), formula: dayKind, style: { fill: COLORS.orangeFill, fontColor: COLORS.orangeFont, bold: true } });
  // Night hours (premium): blue.
  b.conditionalFormat({ range: block(t, "Heures de nuit", "Heures de nuit"), formula: `${firstCell(t, "Heures de nuit")}>0`, style: { fill: COLORS.blueFill, bold: true } });
  b.freeze(top + 1, 1);
  // Printed without `Alerte` (long sentences, listed on the Alertes sheet): the row's red says it.
  b.options({ tabColor: "#548235" }).printAs({ landscape: true, repeatRows: top + 1, repeatColumns: 1, lastColumn: lastPrinted(t, "Dimanche/férié"), extraRows: INPUT_ROWS });
  return b.build();
}

/**
 * A reference table shipped with data: rows whose source says "à vérifier" in yellow, rows no longer
 * in force (their end date passed) in grey.
 */
function referenceSheet<Row extends { source: string }>(
  { spec, columns }: { spec: TableSpec; columns: ColumnMap<Row> },
  title: string,
  subtitle: string,
  rows: readonly Row[],
  end?: string,
): SheetModel {
  const b = new SheetBuilder(spec.sheet, false);
  const width = spec.columns.reduce((w, c) => w + (c.width ?? 10), 0);
  const top = heading(b, title, subtitle, width);
  const values = rows.map((r) => dayCells(headerCells(r, columns), spec));
  // Every cell of a row aligned on top, beside the wrapped texts.
  const styles = Object.fromEntries(spec.columns.map((c) => [c.header, WRAPPED.includes(c.header) ? wrapped : { vAlign: "top" as const }]));
  const t = b.table(spec, top, 0, values, { blankRows: 5, columnStyles: styles });
  b.rowHeight(top, HEADER_HEIGHT);
  // Wrapped text gets the height it needs (LibreOffice keeps the default height of imported rows).
  values.forEach((v, i) => {
    const lines = Math.max(1, ...WRAPPED.map((h) => linesOf(v[h], spec.columns.find((c) => c.header === h)?.width)));
    if (lines > 1) b.rowHeight(top + 1 + i, LINE_HEIGHT * lines);
  });
  const all = block(t, spec.columns[0].header, spec.columns[spec.columns.length - 1].header);
  b.conditionalFormat({ range: all, formula: `ISNUMBER(SEARCH("à vérifier",${firstCell(t, columns.source.header)}))`, style: { fill: COLORS.yellowFill, fontColor: COLORS.yellowFont } });
  if (end) b.conditionalFormat({ range: all, formula: `AND(ISNUMBER(${firstCell(t, end)}),${firstCell(t, end)}<TODAY())`, style: { fontColor: COLORS.greyFont, italic: true } });
  b.freeze(top + 1, 2);
  b.options({ tabColor: "#7030A0" }).printAs({ landscape: true, repeatRows: top + 1, repeatColumns: 2, extraRows: INPUT_ROWS });
  return b.build();
}

/** Long texts of the reference tables, wrapped in their column. */
const WRAPPED = [REFERENCE_TABLES.rates.columns.label.header, REFERENCE_TABLES.rates.columns.source.header];
const LINE_HEIGHT = 14.5;

/** Lines a text takes in a column of `width` characters (word wrap, proportional font). */
function linesOf(v: OutValue | undefined, width: number | undefined): number {
  return typeof v === "string" && width ? wrapWords(v, Math.floor(width * 0.95)).length : 1;
}

/** Shipped rows write dates as text (`AAAA-MM-JJ`); the sheet holds real dates. */
function dayCells(row: Record<string, OutValue>, spec: TableSpec): Record<string, OutValue> {
  const out: Record<string, OutValue> = {};
  for (const c of spec.columns) {
    const v = row[c.header];
    if (c.type === "date" && typeof v === "string") out[c.header] = { day: fromIso(v) as DayNumber };
    else out[c.header] = (v ?? null) as OutValue;
  }
  return out;
}

const SHIPPED = "Valeurs livrées avec Cap PAD, chacune datée et sourcée : en jaune, celles à vérifier ; en gris, celles qui ne sont plus en vigueur. Mettez-les à jour ici : la paie lit cette table.";

export function grillesSheet(rows: readonly GridRow[] = WAGE_GRIDS): SheetModel {
  return referenceSheet(
    REFERENCE_TABLES.grids,
    "Grilles de salaires minimaux (CDDU)",
    `Une ligne par convention, fonction et date d'effet ; la paie prend la plus récente en vigueur. Minimum jour : journée des contrats de 4 jours ou moins. ${SHIPPED}`,
    rows,
  );
}

export function tauxSheet(rows: readonly RateRow[] = CONTRIBUTION_RATES): SheetModel {
  const { rates } = REFERENCE_TABLES;
  return referenceSheet(rates, "Taux de cotisations (intermittents techniciens)", `Taux en % ; la paie prend, pour chaque jour travaillé, la ligne en vigueur ce jour-là. ${SHIPPED}`, rows, rates.columns.to.header);
}

export function parametresSheet(rows: readonly ParameterRow[] = PAYROLL_PARAMETERS): SheetModel {
  const { parameters } = REFERENCE_TABLES;
  return referenceSheet(
    parameters,
    "Paramètres de paie",
    `Plafonds, SMIC, heures supplémentaires, majorations, durées maximales, repos, tolérances. Convention vide = toutes ; une ligne propre à une convention l'emporte. ${SHIPPED}`,
    rows,
    parameters.columns.to.header,
  );
}

export function bulletinsSheet(rows: Record<string, OutValue>[] = []): SheetModel {
  const b = new SheetBuilder(BULLETINS.sheet, false);
  const top = heading(
    b,
    "Vérifier un bulletin",
    "Saisissez les montants du bulletin du prestataire (période AAAA-MM, nom, production ou vide pour toutes) ; « Vérifier un bulletin » calcule les écarts avec l'estimation Cap PAD. Un écart est une question à poser au prestataire, pas une erreur certaine.",
    120,
  );
  const t = b.table(BULLETINS, top, 0, rows, { blankRows: rows.length ? 3 : 10 });
  b.rowHeight(top, HEADER_HEIGHT);
  b.conditionalFormat({ range: block(t, "Écart brut", "Alerte"), formula: `${firstCell(t, "Alerte")}<>""`, style: { fill: COLORS.yellowFill, fontColor: COLORS.yellowFont } });
  b.conditionalFormat({ range: block(t, "Écart brut", "Écart coût"), formula: `AND(${firstCell(t, "Alerte")}="",ISNUMBER(${firstCell(t, "Écart brut")}))`, style: { fill: COLORS.greenFill, fontColor: COLORS.greenFont } });
  b.freeze(top + 1, 2);
  b.options({ tabColor: "#7030A0" }).printAs({ landscape: true, repeatRows: top + 1, repeatColumns: 2, lastColumn: lastPrinted(t, "Écart coût"), extraRows: INPUT_ROWS });
  return b.build();
}
