/**
 * "Bilan technique" (owned sheet, rewritten by each check): the rushes received per shooting day and
 * per production (duration beyond 24 h, volume, storage for both backups), then the surcharges the
 * rushes and deliverables checks suggest, priced at `Tarifs`, with their reasons. What the quote will
 * gain when the coordinator adds them.
 */
import { TECHNICAL_SHEET, ownedPrint } from "../contract/sheets";
import { toFrench, type DayNumber } from "../../core/dates/civil";
import { eurosFromCents } from "../../core/money";
import type { PricedCostLine, RushTotal, RushTotals } from "../../core/technical";
import { formatTimecode } from "../../core/timecode";
import { RUSH_BACKUP_COPIES } from "../../data/technical/rushes";
import { BILAN_RUSHES, SURCOUTS_TECHNIQUES } from "../contract/technical";
import { OWNED_MARKER, type SheetModel } from "../../workbook/model";
import { COLORS, SheetBuilder, firstCell } from "../render";
import { numberFormatOf, type TableSpec } from "../spec";
import type { OutValue } from "../../workbook/values";

export { TECHNICAL_SHEET };

function totalRow(t: RushTotal, label: string): Record<string, OutValue> {
  return {
    Production: t.production,
    "Jour de tournage": label,
    Cartes: t.cards,
    Durée: formatTimecode(t.frames, t.rate),
    "Volume (Go)": t.volumeGb,
    "Stockage (Go)": t.storageGb,
    "Cartes sans volume": t.cardsWithoutVolume || null,
  };
}

/** Bold grey rows for totals, written over the table's body cells (LibreOffice ignores table styles). */
function boldRows(b: SheetBuilder, spec: TableSpec, top: number, rows: Record<string, OutValue>[], isTotal: (r: Record<string, OutValue>) => boolean): void {
  rows.forEach((r, i) => {
    if (isTotal(r)) spec.columns.forEach((c, j) => b.set(top + 1 + i, j, { value: r[c.header] ?? null, style: { bold: true, fill: COLORS.computedFill, numFmt: numberFormatOf(c) } }));
  });
}

export function buildTechnicalSheet(totals: RushTotals, lines: readonly PricedCostLine[], today: DayNumber): SheetModel {
  const b = new SheetBuilder(TECHNICAL_SHEET, true);
  b.title(
    `${OWNED_MARKER} — Bilan technique (rushes et livrables)`,
    `Vérification du ${toFrench(today)}. Durées en timecode à la cadence du projet (au-delà de 24 h) ; stockage = volume × ${RUSH_BACKUP_COPIES} sauvegardes. Surcoûts HT aux Tarifs : « Ajouter les surcoûts techniques au devis » les reporte dans le devis.`,
  );
  b.value(3, 0, "Rushes reçus par jour de tournage et par production", { bold: true, fontColor: COLORS.title });
  const rushRows: Record<string, OutValue>[] = [];
  for (const p of totals.productions) {
    for (const d of totals.days.filter((x) => x.production === p.production))
      rushRows.push(totalRow(d, d.shootingDay !== undefined ? `Jour ${d.shootingDay}` : d.date !== undefined ? `Reçu le ${toFrench(d.date)}` : "Sans date"));
    rushRows.push(totalRow(p, `Total ${p.production}`));
  }
  const rushTop = 4;
  const rt = b.table(BILAN_RUSHES, rushTop, 0, rushRows, { columnStyles: { Durée: { hAlign: "center" } } });
  boldRows(b, BILAN_RUSHES, rushTop, rushRows, (r) => String(r["Jour de tournage"]).startsWith("Total"));
  // Cards whose volume is unknown make the storage an under-estimate: said in orange.
  b.conditionalFormat({ range: rt.bodyRange(0), formula: `${firstCell(rt, "Cartes sans volume")}>0`, style: { fill: COLORS.orangeFill, fontColor: COLORS.orangeFont } });

  const costTop = rushTop + rt.rowCount + 3;
  b.value(costTop - 1, 0, "Surcoûts techniques suggérés (à ajouter au devis)", { bold: true, fontColor: COLORS.title });
  const costRows: Record<string, OutValue>[] = lines.map((l) => ({
    Production: l.production,
    Code: l.rateCode,
    Désignation: l.entry?.label ?? "Code absent de Tarifs : non chiffré",
    Unité: l.entry?.unit ?? null,
    Quantité: l.quantity,
    "Prix HT": l.entry ? eurosFromCents(l.entry.priceCents) : null,
    "Montant HT": l.amountCents === undefined ? null : eurosFromCents(l.amountCents),
    Motif: l.reason,
  }));
  const priced = lines.filter((l) => l.amountCents !== undefined);
  if (lines.length) costRows.push({ Production: "", Code: "", Désignation: "Total des surcoûts chiffrés", "Montant HT": eurosFromCents(priced.reduce((s, l) => s + l.amountCents!, 0)) });
  const ct = b.table(SURCOUTS_TECHNIQUES, costTop, 0, costRows);
  boldRows(b, SURCOUTS_TECHNIQUES, costTop, costRows, (r) => String(r.Désignation).startsWith("Total"));
  b.conditionalFormat({ range: ct.bodyRange(0), formula: `AND(${firstCell(ct, "Code")}<>"",${firstCell(ct, "Montant HT")}="")`, style: { fill: COLORS.redFill, fontColor: COLORS.redFont } });
  b.freeze(3);
  b.options({ tabColor: "#7030A0" }).printAs(ownedPrint(TECHNICAL_SHEET));
  return b.build();
}
