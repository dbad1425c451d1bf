/** Templates: the crew and rooms (`Equipe`) and the CDDU contracts (`Contrats`). */
import { CONTRATS, EQUIPE } from "../contract/crew";
import type { SheetModel } from "../../workbook/model";
import { COLORS, INPUT_ROWS, SheetBuilder, firstCell } from "../render";
import { rangeA1, columnIndex } from "../address";
import type { OutValue } from "../../workbook/values";
import { wrapWords } from "../reports/wrap";

export function equipeSheet(rows: Record<string, OutValue>[] = []): SheetModel {
  const b = new SheetBuilder(EQUIPE.sheet, false);
  b.title("Équipe, salles et prestataires", "Une ligne par personne, salle ou prestataire. Les noms servent dans Ressources (planning) et dans les séances.");
  b.table(EQUIPE, 2, 0, rows, { blankRows: rows.length ? 0 : 5 });
  b.freeze(3, 1);
  b.options({ tabColor: "#548235" }).printAs({ landscape: true, repeatRows: 3, repeatColumns: 1, extraRows: INPUT_ROWS });
  return b.build();
}

/** Rows below the table its conditional format already covers (contracts typed later). */
const EXTRA_ROWS = 500;

export function contratsSheet(rows: Record<string, OutValue>[] = []): SheetModel {
  const b = new SheetBuilder(CONTRATS.sheet, false);
  b.title("Contrats (CDDU)");
  // The subtitle cut to the table's width: a long line would widen the printed page.
  const width = CONTRATS.columns.reduce((w, c) => w + (c.width ?? 10), 0);
  const lines = wrapWords(
    "Un contrat par ligne : personne, production (plusieurs séparées par ;), début et fin initiale, et la fonction de la grille, le statut et le salaire s'ils diffèrent de la table Equipe. « Proposer les contrats » remplit la table vide à partir des séances ; une séance hors de tout contrat est signalée.",
    width,
  );
  lines.forEach((line, i) => b.value(1 + i, 0, line, { italic: true, fontColor: COLORS.greyFont }));
  const top = 1 + lines.length;
  // No blank rows: "Proposer les contrats" fills the single empty row of a fresh table, then appends below.
  const t = b.table(CONTRATS, top, 0, rows, { blankRows: 0 });
  b.rowHeight(top, 30);
  const first = CONTRATS.columns[0].header;
  const last = CONTRATS.columns[CONTRATS.columns.length - 1].header;
  const range = rangeA1(t.row + 1, columnIndex(t.letter(first)), t.row + t.rowCount + EXTRA_ROWS, columnIndex(t.letter(last)));
  b.conditionalFormat({ range, formula: `${firstCell(t, "Alerte")}<>""`, style: { fill: COLORS.redFill, fontColor: COLORS.redFont } });
  b.freeze(top + 1, 1);
  // The computed Alerte column stays on screen: the printed contract ends at « Numéro d'objet ».
  b.options({ tabColor: "#548235" }).printAs({ landscape: true, repeatRows: top + 1, repeatColumns: 1, lastColumn: columnIndex(t.letter("Numéro d'objet")), extraRows: INPUT_ROWS });
  return b.build();
}
