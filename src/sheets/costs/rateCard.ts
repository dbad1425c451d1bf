/**
 * `Tarifs` ↔ the rate card. The engine's own row checks (`rateCardFromRows`: empty or duplicate code,
 * unknown unit, negative price, impossible VAT rate, surcharge out of 0–100 %) run on the typed values,
 * and each issue is placed on the cell of its field; a cell that is not a number at all is reported by
 * the row reader only (one alert per cell). The same field→column map writes the example rows into
 * the template.
 */
import { rateCardFromRows, type RateCard, type RateCardField, type RateCardRow, SURCHARGE_KINDS } from "../../core/costs/rateCard";
import { eurosFromCents } from "../../core/money";
import type { OutValue } from "../../workbook/values";
import type { SheetSource } from "../source";
import { TARIFS } from "../contract/costs";
import { RATE_UNITS } from "../contract/crew";
import { isBlank } from "../../workbook/values";

/** The `Tarifs` column of each field of a rate-card row. */
const COLUMN: Readonly<Record<RateCardField, string>> = {
  code: "Code",
  label: "Libellé",
  unit: "Unité",
  priceEuros: "Prix HT",
  vatPercent: "TVA (%)",
  budgetCode: "Poste",
  sunday: "Majoration dimanche",
  night: "Majoration nuit",
  holiday: "Majoration férié",
};

export function rateCardOf(ctx: SheetSource): RateCard {
  return ctx.memo("costs.rateCard", () => {
    const readers = ctx.table(TARIFS)?.rows ?? [];
    const unreadable = new Set<string>();
    const rows: RateCardRow[] = readers.map((r, i) => {
      const price = r.money(COLUMN.priceEuros);
      const vat = r.number(COLUMN.vatPercent, { what: "un taux de TVA" });
      // The unit is checked against the list here, not left to the engine: the engine stops at a row's
      // first fault (an empty code), and the unit of such a row would go unsaid.
      const unit = r.choice(COLUMN.unit, RATE_UNITS);
      if (price === undefined && !isBlank(r.raw(COLUMN.priceEuros))) unreadable.add(`${i}|priceEuros`);
      if (vat === undefined && !isBlank(r.raw(COLUMN.vatPercent))) unreadable.add(`${i}|vatPercent`);
      if (unit === undefined && !isBlank(r.raw(COLUMN.unit))) unreadable.add(`${i}|unit`);
      return {
        code: r.text(COLUMN.code) ?? "",
        label: r.text(COLUMN.label) ?? "",
        unit: unit ?? "",
        priceEuros: price === undefined ? Number.NaN : eurosFromCents(price),
        vatPercent: vat ?? Number.NaN,
        budgetCode: r.text(COLUMN.budgetCode) ?? "",
        // A surcharge the reader cannot use is said on its cell by the reader; the line keeps none.
        surcharges: Object.fromEntries(SURCHARGE_KINDS.map((kind) => [kind, r.percent(COLUMN[kind]) ?? null])),
      };
    });
    const { rateCard, issues } = rateCardFromRows(rows);
    for (const issue of issues) {
      if (unreadable.has(`${issue.index}|${issue.field}`)) continue;
      const reader = readers[issue.index];
      const column = COLUMN[issue.field];
      reader.alert(issue.code, "error", `${reader.cell(column)} : ${issue.message}`, column);
    }
    return rateCard;
  });
}

/** Rate-card rows as the `Tarifs` table's cells (the template's example rows). */
export function rateCardCells(rows: readonly RateCardRow[]): Record<string, OutValue>[] {
  return rows.map((row) => {
    const cells: Record<string, OutValue> = {};
    for (const field of ["code", "label", "unit", "priceEuros", "vatPercent", "budgetCode"] as const) cells[COLUMN[field]] = row[field];
    for (const kind of SURCHARGE_KINDS) if (row.surcharges?.[kind] !== undefined) cells[COLUMN[kind]] = row.surcharges[kind] ?? null;
    return cells;
  });
}
