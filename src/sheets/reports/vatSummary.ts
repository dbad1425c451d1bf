/**
 * The `TVA` sheet: the monthly VAT summary that prepares the CA3 return, written by the accounting
 * export for the months of its period (the figures of `core/accounts/vatSummary.ts`, the same as the
 * FEC's VAT lines and the report's `tva` section). Each month: VAT collected by rate with its base,
 * VAT deductible, the balance, and the rule used written under each block. Owned by Cap PAD; A4
 * portrait, one month per page.
 */
import { monthLabel, toFrench, type DayNumber } from "../../core/dates/civil";
import { eurosFromCents } from "../../core/money";
import type { VatMonth, VatRateLine } from "../../core/accounts/vatSummary";
import { OWNED_MARKER, type CellStyle, type SheetModel } from "../../workbook/model";
import { ownedPrint, VAT_SHEET } from "../contract/sheets";
import { COLORS, SheetBuilder } from "../render";
import { wrapWords } from "./wrap";

const MONEY = '#,##0.00 "€"';
const HEADER: CellStyle = {
  bold: true,
  fill: COLORS.headerFill,
  border: "bottom",
};
/** Characters of a rule's line across the three columns (3 × 22), so that it never runs off the page. */
const LINE = 62;

const capitalized = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function block(b: SheetBuilder, top: number, title: string, lines: readonly VatRateLine[], totalCents: number, rule: string): number {
  let row = top;
  b.value(row++, 0, title, { bold: true });
  ["Taux", "Base HT", "TVA"].forEach((h, j) => b.value(row, j, h, HEADER));
  row++;
  for (const l of lines) {
    b.value(row, 0, `${String(l.ratePercent).replace(".", ",")} %`);
    b.value(row, 1, eurosFromCents(l.baseCents), { numFmt: MONEY });
    b.value(row++, 2, eurosFromCents(l.vatCents), { numFmt: MONEY });
  }
  if (!lines.length) b.value(row++, 0, "aucune");
  b.value(row, 0, "Total", { bold: true });
  b.value(row++, 2, eurosFromCents(totalCents), { numFmt: MONEY, bold: true });
  for (const text of wrapWords(`Règle : ${rule}`, LINE)) b.value(row++, 0, text, { italic: true, fontColor: COLORS.greyFont });
  return row + 1;
}

export function buildVatSheet(months: readonly VatMonth[], period: { from: DayNumber; to: DayNumber }, today: DayNumber): SheetModel {
  const b = new SheetBuilder(VAT_SHEET, true);
  b.title(
    `${OWNED_MARKER} — TVA du mois`,
    `Établi le ${toFrench(today)} par l'export comptable pour préparer la déclaration CA3, période du ${toFrench(period.from)} au ${toFrench(period.to)} : les montants de TVA des écritures du FEC. Montants au centime ; la CA3 se déclare à l'euro.`,
  );
  [22, 22, 22].forEach((w, j) => b.width(j, w));
  let row = 3;
  if (!months.length) b.value(row, 0, "Aucune TVA exigible ni déductible sur la période.");
  for (const m of months) {
    // Each month starts a printed page at its title (the sheet's print contract).
    b.value(row++, 0, `${capitalized(monthLabel(m.month))} — TVA`, {
      bold: true,
      fontSize: 13,
      fontColor: COLORS.title,
    });
    row = block(b, row + 1, "TVA collectée", m.collected, m.collectedCents, m.collectedRule);
    row = block(b, row, "TVA déductible", m.deductible, m.deductibleCents, m.deductibleRule);
    b.value(row, 0, m.netCents >= 0 ? "TVA à payer" : "Crédit de TVA", {
      bold: true,
    });
    b.value(row, 2, eurosFromCents(Math.abs(m.netCents)), {
      numFmt: MONEY,
      bold: true,
    });
    row += 3;
  }
  b.options({ tabColor: "#548235" }).printAs(ownedPrint(VAT_SHEET));
  return b.build();
}
