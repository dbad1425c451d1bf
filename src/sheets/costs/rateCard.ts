/**
 * `Tarifs` → the rate card. The engine's own row checks (`rateCardFromRows`: empty or duplicate code,
 * unknown unit, negative price, impossible VAT rate) run on the typed values, and each of its alerts is
 * moved onto the cell it is about; a cell that is not a number at all is reported by the row reader
 * only (one alert per cell).
 */
import { rateCardFromRows, type RateCard, SURCHARGE_COLUMN, SURCHARGE_KINDS } from "../../core/costs/rateCard";
import { eurosFromCents } from "../../core/money";
import type { RateCardRow } from "../../data/costs/rateCard";
import type { SheetSource } from "../source";
import { TARIFS } from "../contract/costs";
import { RATE_UNITS } from "../contract/crew";
import { isBlank } from "../../workbook/values";

/** Which column each of the engine's rate-card alerts is about. */
const COLUMN_OF_CODE: Readonly<Record<string, string>> = {
  TARIF_CODE_MANQUANT: "Code",
  TARIF_CODE_DOUBLON: "Code",
  TARIF_UNITE_INCONNUE: "Unité",
  TARIF_PRIX_INVALIDE: "Prix HT",
  TARIF_TVA_INVALIDE: "TVA (%)",
  TARIF_MAJORATION_INVALIDE: "Majoration dimanche",
};

export function rateCardOf(ctx: SheetSource): RateCard {
  return ctx.memo("costs.rateCard", () => {
    const readers = ctx.table(TARIFS)?.rows ?? [];
    const unreadable = new Set<string>();
    const rows: RateCardRow[] = readers.map((r, i) => {
      const price = r.money("Prix HT");
      const vat = r.number("TVA (%)", { what: "un taux de TVA" });
      // The unit is checked against the list here, not left to the engine: the engine stops at a row's
      // first fault (an empty code), and the unit of such a row would go unsaid.
      const unit = r.choice("Unité", RATE_UNITS);
      if (price === undefined && !isBlank(r.raw("Prix HT"))) unreadable.add(`${i}|Prix HT`);
      if (vat === undefined && !isBlank(r.raw("TVA (%)"))) unreadable.add(`${i}|TVA (%)`);
      if (unit === undefined && !isBlank(r.raw("Unité"))) unreadable.add(`${i}|Unité`);
      const row: RateCardRow = {
        Code: r.text("Code") ?? "",
        Libellé: r.text("Libellé") ?? "",
        Unité: (unit ?? "") as RateCardRow["Unité"],
        "Prix HT": price === undefined ? Number.NaN : eurosFromCents(price),
        "TVA (%)": vat ?? Number.NaN,
        Poste: r.text("Poste") ?? "",
      };
      // A surcharge the reader cannot use is said on its cell by the reader; the line keeps none.
      for (const kind of SURCHARGE_KINDS) row[SURCHARGE_COLUMN[kind]] = r.percent(SURCHARGE_COLUMN[kind]) ?? null;
      return row;
    });
    // Row i of the engine is reader i: its alerts come back with `row` = i (first row 0).
    const { rateCard, alerts } = rateCardFromRows(rows, TARIFS.sheet, 0);
    for (const a of alerts) {
      const column = COLUMN_OF_CODE[a.code] ?? "Code";
      if (unreadable.has(`${a.row}|${column}`)) continue;
      const reader = readers[a.row];
      reader.alert(a.code, a.severity, `${reader.cell(column)} : ${a.message}`, column);
    }
    return rateCard;
  });
}
