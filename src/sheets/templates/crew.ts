/** Template: the crew and rooms (`Equipe`). */
import { EQUIPE } from "../contract/crew";
import type { SheetModel } from "../model";
import { INPUT_ROWS, SheetBuilder } from "../render";
import type { OutValue } from "../values";

export function equipeSheet(rows: Record<string, OutValue>[] = []): SheetModel {
  const b = new SheetBuilder(EQUIPE.sheet, false);
  b.title("Équipe, salles et prestataires", "Une ligne par personne, salle ou prestataire. Les noms servent dans Ressources (planning) et dans les séances.");
  b.table(EQUIPE, 2, 0, rows, { blankRows: rows.length ? 0 : 5 });
  b.freeze(3, 1);
  b.options({ tabColor: "#548235" }).printAs({ landscape: true, repeatRows: 3, repeatColumns: 1, extraRows: INPUT_ROWS });
  return b.build();
}
