/**
 * The technical surcharges of a production in the "Rapport de dépassement": what the rushes and
 * deliverables checks found it will cost beyond the plan (conversions, upscaling, 5.1 mix, M&E,
 * subtitles, loudness correction), priced at `Tarifs` — the producer negotiates them with the slip.
 */
import { eurosFromCents } from "../../core/money";
import type { PricedCostLine } from "../../core/technical";
import type { CellStyle } from "../../workbook/model";
import { COLORS, type SheetBuilder } from "../render";
import { formatNumber } from "../../core/format/number";

const MONEY = '#,##0.00 "€"';
const HEADER: CellStyle = { bold: true, fill: COLORS.headerFill, border: "bottom" };

/** Cents of the priced lines (lines whose code is absent from `Tarifs` count nothing). */
export function technicalTotalCents(lines: readonly PricedCostLine[]): number {
  return lines.reduce((s, l) => s + (l.amountCents ?? 0), 0);
}

/**
 * Writes the block from `top` (code over two columns, label over two, quantity, amount), and `note`
 * under it when given (whether the client accepted them); returns the next free row.
 */
export function technicalCostsBlock(b: SheetBuilder, lines: readonly PricedCostLine[], top: number, note?: string): number {
  if (lines.length === 0) return top;
  let row = top;
  b.value(row++, 0, "Surcoûts techniques (rushes et livrables, détail dans la feuille « Bilan technique »)", { bold: true, fontColor: COLORS.title });
  const line = (cells: [string | number | null, CellStyle?][], style: CellStyle = {}): void => {
    // Columns of the sheet above: code over ID and Étape, label over Tâche and Ressources.
    [0, 2, 4, 5].forEach((col, j) => b.value(row, col, cells[j][0], { ...style, ...cells[j][1] }));
    b.merge(row, 0, row, 1);
    b.merge(row, 2, row, 3);
    row++;
  };
  line([["Code"], ["Désignation"], ["Quantité"], ["Montant HT"]], HEADER);
  for (const l of lines)
    line([[l.rateCode], [l.entry?.label ?? "absent de Tarifs : non chiffré"], [`${formatNumber(l.quantity, { decimals: 3, grouping: true })}${l.entry ? ` ${l.entry.unit}` : ""}`], [l.amountCents === undefined ? null : eurosFromCents(l.amountCents), { numFmt: MONEY }]]);
  line([["Total"], [null], [null], [eurosFromCents(technicalTotalCents(lines)), { numFmt: MONEY }]], { bold: true, border: "box" });
  if (note) b.value(row++, 0, note, { italic: true, fontColor: COLORS.greyFont });
  return row;
}
