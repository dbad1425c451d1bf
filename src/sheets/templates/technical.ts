/**
 * Templates of the technical sheet: `Rushes` (the reception log), `Livrables` and `Specs`
 * (delivery specifications, shipped with the French PAD values). A row with an alert is painted by a
 * native conditional format keyed on its computed `Alerte` cell, so the colors stay for a producer who
 * opens the shared workbook without the add-in.
 */
import { columnIndex, rangeA1 } from "../address";
import { LIVRABLES, RUSHES, SPECS } from "../contract/technical";
import type { SheetModel } from "../../workbook/model";
import { COLORS, INPUT_ROWS, SheetBuilder, firstCell, lastPrinted, type PlacedTable } from "../render";
import type { OutValue } from "../../workbook/values";
import { DEFAULT_SPECS } from "../../data/technical/specs";

/** Rows below a template's table that its conditional formats already cover (rows typed later). */
const EXTRA_ROWS = 1000;

// Printed up to a column: the sentences after it (alerts, sources) spill over empty cells and would
// shrink the page; they are on the Alertes sheet, as the planning sheet prints.

/** Orange rows where `Alerte` says something; the alert text itself in red. */
function paintAlertRows(b: SheetBuilder, t: PlacedTable): void {
  const last = t.row + t.rowCount + EXTRA_ROWS;
  const alert = firstCell(t, "Alerte");
  const alertCol = columnIndex(t.letter("Alerte"));
  b.conditionalFormat({ range: rangeA1(t.row + 1, t.col, last, alertCol - 1), formula: `${alert}<>""`, style: { fill: COLORS.orangeFill, fontColor: COLORS.orangeFont } });
  b.conditionalFormat({ range: rangeA1(t.row + 1, alertCol, last, alertCol), formula: `${alert}<>""`, style: { fill: COLORS.redFill, fontColor: COLORS.redFont } });
}

export function rushesSheet(rows: Record<string, OutValue>[] = []): SheetModel {
  const b = new SheetBuilder(RUSHES.sheet, false);
  b.title(
    "Rushes : registre de réception",
    "Une ligne par carte ou support reçu. TC en HH:MM:SS:II à la cadence de la carte (vide : celle du projet). Sauvegardes : nom du disque ou de la cassette ; vide = pas faite. Colonnes grises : calculées.",
  );
  const t = b.table(RUSHES, 2, 0, rows, { blankRows: rows.length ? 0 : 10, columnStyles: { "TC début": { hAlign: "center" }, "TC fin": { hAlign: "center" }, Durée: { hAlign: "center" } } });
  paintAlertRows(b, t);
  b.freeze(3, 4);
  b.options({ tabColor: "#7030A0" }).printAs({ landscape: true, repeatRows: 3, repeatColumns: 4, lastColumn: lastPrinted(t, "Durée"), extraRows: INPUT_ROWS });
  return b.build();
}

export function livrablesSheet(rows: Record<string, OutValue>[] = []): SheetModel {
  const b = new SheetBuilder(LIVRABLES.sheet, false);
  b.title(
    "Livrables",
    "Un livrable par ligne. Spécification : une ligne de la feuille Specs (vide : celle du diffuseur de la production pour ce livrable). Durée mesurée en HH:MM:SS:II ; loudness et true peak relevés au contrôle qualité.",
  );
  const t = b.table(LIVRABLES, 2, 0, rows, { blankRows: rows.length ? 0 : 8, columnStyles: { "Durée mesurée": { hAlign: "center" } } });
  paintAlertRows(b, t);
  b.freeze(3, 2);
  b.options({ tabColor: "#7030A0" }).printAs({ landscape: true, repeatRows: 3, repeatColumns: 2, lastColumn: lastPrinted(t, "True peak mesuré (dBTP)"), extraRows: INPUT_ROWS });
  return b.build();
}

export function specsSheet(rows: Record<string, OutValue>[] = DEFAULT_SPECS as Record<string, OutValue>[]): SheetModel {
  const b = new SheetBuilder(SPECS.sheet, false);
  b.title(
    "Specs : spécifications de livraison",
    "Une ligne par diffuseur et par livrable. Valeurs livrées : PAD fichier français (CST-RT-040), loudness −23 LUFS ± 1 LU (CSA 2011-29). Corrigez-les selon l'annexe technique de votre contrat ; ajoutez vos diffuseurs.",
  );
  const t = b.table(SPECS, 2, 0, rows, { blankRows: 3 });
  b.freeze(3, 1);
  b.options({ tabColor: "#7030A0" }).printAs({ landscape: true, repeatRows: 3, repeatColumns: 1, lastColumn: lastPrinted(t, "TC début"), extraRows: INPUT_ROWS });
  return b.build();
}
