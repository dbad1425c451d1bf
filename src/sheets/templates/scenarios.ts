/** Template: the what-if scenarios (`Scenarios`), one row per change of one scenario to the plan. */
import { SCENARIOS } from "../contract/scenarios";
import type { SheetModel } from "../../workbook/model";
import { INPUT_ROWS, SheetBuilder } from "../render";
import type { OutValue } from "../../workbook/values";

export function scenariosSheet(rows: Record<string, OutValue>[] = []): SheetModel {
  const b = new SheetBuilder(SCENARIOS.sheet, false);
  b.title(
    "Scénarios : les options à proposer au producteur",
    "Un scénario = le planning actuel + ses lignes (une par changement, même nom de scénario). Rien du planning n'est modifié. « cappad scenarios » compare PAD, glissement, coût et surcharges.",
  );
  b.table(SCENARIOS, 2, 0, rows, { blankRows: rows.length ? 2 : 5 });
  b.freeze(3, 1);
  b.options({ tabColor: "#2F5597" }).printAs({ landscape: true, repeatRows: 3, repeatColumns: 1, extraRows: INPUT_ROWS });
  return b.build();
}
