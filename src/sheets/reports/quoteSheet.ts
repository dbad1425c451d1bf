/**
 * "Devis" (owned sheet): the quote computed from the plan — a recap per production and poste with the
 * production totals, then the detail per rate — with, when a previous quote was on the sheet, its
 * amounts beside and what changed (added, removed, changed). Amounts HT.
 */
import { QUOTE_SHEET, ownedPrint } from "../contract/sheets";
import { budgetCodeInfo } from "../../core/costs/budgetCodes";
import { diffQuotes, QUOTE_CHANGE_LABEL, type Quote } from "../../core/costs/quote";
import { toFrench, type DayNumber } from "../../core/dates/civil";
import { eurosFromCents } from "../../core/money";
import { DEVIS, DEVIS_POSTES } from "../contract/costs";
import { OWNED_MARKER, type SheetModel } from "../../workbook/model";
import { COLORS, firstCell, SheetBuilder, type PlacedTable } from "../render";
import { numberFormatOf } from "../spec";
import type { OutValue } from "../../workbook/values";

export { QUOTE_SHEET };

const euros = (cents: number | undefined): number | null => (cents === undefined ? null : eurosFromCents(cents));

function colourChanges(b: SheetBuilder, t: PlacedTable): void {
  const change = firstCell(t, "Évolution");
  const range = t.bodyRange(0);
  b.conditionalFormat({ range, formula: `${change}="${QUOTE_CHANGE_LABEL.added}"`, style: { fill: COLORS.greenFill, fontColor: COLORS.greenFont } });
  b.conditionalFormat({ range, formula: `${change}="${QUOTE_CHANGE_LABEL.removed}"`, style: { fill: COLORS.redFill, fontColor: COLORS.redFont, strike: true } });
  b.conditionalFormat({ range, formula: `${change}="${QUOTE_CHANGE_LABEL.changed}"`, style: { fill: COLORS.orangeFill, fontColor: COLORS.orangeFont } });
}

/** `previous` absent: a first quote, without comparison columns filled. */
export function buildQuoteSheet(quote: Quote, previous: Quote | undefined, today: DayNumber): SheetModel {
  const b = new SheetBuilder(QUOTE_SHEET, true);
  const diff = diffQuotes(previous ?? { lines: [], byBudgetCode: [], totals: [], totalCents: 0, alerts: [] }, quote);
  const compared = previous !== undefined;
  const prev = (cents: number): number | null => (compared ? eurosFromCents(cents) : null);
  const change = (c: keyof typeof QUOTE_CHANGE_LABEL): string => (compared ? QUOTE_CHANGE_LABEL[c] : "");
  b.title(
    `${OWNED_MARKER} — Devis depuis le planning`,
    `Calculé le ${toFrench(today)} : chaque tâche × ses ressources × sa durée, au tarif HT (Tarifs, ou tarif propre de l'Équipe), par poste du devis.` +
      (compared ? " Comparé au devis précédent de cette feuille." : " Relancez après un re-planning pour voir les écarts.") +
      " C'est une proposition : le devis accepté est celui de Budget (« Figer le devis » l'y reporte).",
  );

  const recap: Record<string, OutValue>[] = [];
  for (const total of diff.totals) {
    for (const l of diff.byBudgetCode.filter((x) => x.production === total.production))
      recap.push({ Production: l.production, Poste: l.budgetCode, Libellé: l.label || budgetCodeInfo(l.budgetCode).label, "Montant précédent": prev(l.beforeCents), "Montant HT": euros(l.afterCents), Écart: prev(l.deltaCents), Évolution: change(l.change) });
    recap.push({ Production: total.production, Poste: "", Libellé: `Total ${total.production}`, "Montant précédent": prev(total.beforeCents), "Montant HT": euros(total.afterCents), Écart: prev(total.deltaCents), Évolution: "" });
  }
  recap.push({ Production: "", Poste: "", Libellé: "Total général", "Montant précédent": prev(diff.totalBeforeCents), "Montant HT": euros(diff.totalAfterCents), Écart: prev(diff.totalDeltaCents), Évolution: "" });
  b.value(3, 0, "Récapitulatif par production et par poste", { bold: true, fontColor: COLORS.title });
  const rt = b.table(DEVIS_POSTES, 4, 0, recap, { style: "TableStyleLight9" });
  recap.forEach((r, i) => {
    if (String(r.Libellé).startsWith("Total"))
      DEVIS_POSTES.columns.forEach((c, j) => b.set(5 + i, j, { value: r[c.header] ?? null, style: { bold: true, fill: COLORS.computedFill, numFmt: numberFormatOf(c) } }));
  });
  colourChanges(b, rt);

  const top = 4 + rt.rowCount + 3;
  b.value(top - 1, 0, "Détail par tarif", { bold: true, fontColor: COLORS.title });
  const detail: Record<string, OutValue>[] = diff.byRate.map((l) => {
    const now = quote.lines.find((q) => q.production === l.production && q.budgetCode === l.budgetCode && q.rateCode === l.rateCode && q.label === l.label);
    return {
      Production: l.production,
      Poste: l.budgetCode,
      Désignation: l.label,
      Code: l.rateCode,
      Unité: l.unit,
      "Qté précédente": compared ? l.quantityBefore : null,
      Quantité: l.change === "removed" ? null : l.quantityAfter,
      "Prix HT": euros(now?.unitPriceCents ?? previous?.lines.find((p) => p.production === l.production && p.rateCode === l.rateCode && p.label === l.label)?.unitPriceCents),
      "Montant précédent": prev(l.beforeCents),
      "Montant HT": l.change === "removed" ? null : eurosFromCents(l.afterCents),
      Écart: prev(l.deltaCents),
      Évolution: change(l.change),
      Tâches: (now?.tasks ?? []).join(", "),
    };
  });
  const dt = b.table(DEVIS, top, 0, detail, { style: "TableStyleLight9" });
  colourChanges(b, dt);
  b.freeze(3);
  b.options({ tabColor: "#BF8F00" }).printAs(ownedPrint(QUOTE_SHEET));
  return b.build();
}
