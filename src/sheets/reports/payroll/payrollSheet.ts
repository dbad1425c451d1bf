/**
 * The owned `Paie` sheet of a month: the `Paie` table (one line per person × production), its totals,
 * the employer cost per production, and how to read it. Every figure is an estimate and the sheet says
 * so in its first lines; the ceiling method used is named (reference §2.7: users want to see which
 * rule was applied).
 */
import { PAIE_SHEET, ownedPrint } from "../../contract/sheets";
import { payrollLineToRow, type PayrollResult } from "../../../core/crew/payroll";
import { eurosFromCents } from "../../../core/money";
import { PAIE } from "../../contract/crew";
import type { SheetModel } from "../../model";
import { COLORS, SheetBuilder, firstCell } from "../../render";
import type { OutValue } from "../../values";
import { wrapWords } from "../wrap";
import { ESTIMATE_NOTICE, payrollTitle } from "./common";

export { PAIE_SHEET };

const TABLE_ROW = 4;

const READING_NOTES = [
  "Jours et heures : travail effectif relevé dans la table Seances (arrivée, départ, pause), du mois seulement.",
  "HS 25 % et HS 50 % : heures supplémentaires comptées par semaine civile et par contrat de production (une semaine à cheval sur deux mois est calculée entière puis répartie par jour).",
  "Heures majorées : heures de nuit, de dimanche et de jours fériés, et heures supplémentaires au-delà des tranches 25 % et 50 %.",
  "Cotisations patronales : y compris Congés Spectacles, chômage annexe 8, AFDAS, santé au travail, après réduction générale (RGDU) ; taux datés de la table Taux.",
  "Minimum conventionnel : brut que donnerait le minimum de la grille (table Grilles) pour les mêmes heures ; un brut en dessous est signalé en rouge.",
  "Les lignes des tables Grilles, Taux et Parametres marquées « à vérifier » sont des valeurs non confirmées : contrôlez-les avant de vous fier au résultat.",
];

function totalsRow(result: PayrollResult): Record<string, OutValue> {
  const sum = (f: (l: PayrollResult["lines"][number]) => number) => result.lines.reduce((s, l) => s + f(l), 0);
  const round2 = (n: number) => Math.round(n * 100) / 100;
  return {
    Période: "Total",
    Jours: sum((l) => l.days),
    Heures: round2(sum((l) => l.hours)),
    "HS 25 %": round2(sum((l) => l.overtime25)),
    "HS 50 %": round2(sum((l) => l.overtime50)),
    "Heures majorées": round2(sum((l) => l.majoredHours)),
    Brut: eurosFromCents(sum((l) => l.grossCents)),
    "Cotisations salariales": eurosFromCents(sum((l) => l.employeeContributionsCents)),
    "Net estimé": eurosFromCents(sum((l) => l.netCents)),
    "Cotisations patronales": eurosFromCents(sum((l) => l.employerContributionsCents)),
    "Congés Spectacles": eurosFromCents(sum((l) => l.congesSpectaclesCents)),
    "Coût employeur": eurosFromCents(sum((l) => l.employerCostCents)),
  };
}

export function buildPayrollSheet(result: PayrollResult): SheetModel {
  const b = new SheetBuilder(PAIE_SHEET, true);
  b.title(payrollTitle("Paie estimée", result.period), `${ESTIMATE_NOTICE} : ${result.disclaimer}`);
  b.value(2, 0, `Méthode de plafond de la sécurité sociale : ${result.ceilingMethodLabel} (paramètre PLAFOND_METHODE de la table Parametres).`, { italic: true, fontColor: COLORS.greyFont });
  const rows = result.lines.map((l) => payrollLineToRow(l) as Record<string, OutValue>);
  const t = b.table(PAIE, TABLE_ROW, 0, rows);
  let r = TABLE_ROW + 1 + t.rowCount;
  // Totals are values, not formulas: the sheet is rewritten by each run, and prints right everywhere.
  const totals = totalsRow(result);
  PAIE.columns.forEach((c, j) => {
    const v = totals[c.header];
    if (v !== undefined) b.value(r, j, v, { bold: true, border: "bottom", numFmt: c.type === "money" ? '#,##0.00 "€"' : c.type === "integer" ? "0" : c.type === "number" ? "0.00" : undefined });
  });
  r += 2;

  b.value(r++, 0, "Coût employeur par production", { bold: true, fontColor: COLORS.title });
  // Under the `Paie` columns of the same nature, so that the widths and formats fit.
  const under: [string, string, (p: PayrollResult["costByProduction"][number]) => OutValue][] = [
    ["Production", "Production", (p) => p.production],
    ["Nom", "Personnes", (p) => p.people],
    ["Heures", "Heures", (p) => p.hours],
    ["Brut", "Brut", (p) => eurosFromCents(p.grossCents)],
    ["Cotisations patronales", "Cotisations patronales", (p) => eurosFromCents(p.employerContributionsCents)],
    ["Coût employeur", "Coût employeur", (p) => eurosFromCents(p.employerCostCents)],
  ];
  const at = (header: string) => PAIE.columns.findIndex((c) => c.header === header);
  for (const [column, label] of under) b.value(r, at(column), label, { bold: true, fill: COLORS.headerFill, border: "bottom", wrap: true });
  b.rowHeight(r, 30);
  r++;
  for (const p of result.costByProduction) {
    for (const [column, , value] of under) {
      const spec = PAIE.columns[at(column)];
      b.value(r, at(column), value(p), { numFmt: spec.type === "money" ? '#,##0.00 "€"' : spec.type === "number" ? "0.00" : undefined });
    }
    r++;
  }
  r++;
  // The `Alerte` column is left off paper (long sentences would shrink the page): its lines are here.
  const flagged = result.lines.filter((l) => l.alertText);
  if (flagged.length) {
    b.value(r++, 0, "Points à vérifier", { bold: true, fontColor: COLORS.redFont });
    for (const l of flagged)
      for (const text of l.alertText.split(" | "))
        wrapWords(`${l.name} (${l.production}) — ${text}`, 160).forEach((line, i) => b.value(r++, 0, i === 0 ? line : `    ${line}`, { fontColor: COLORS.redFont }));
    r++;
  }
  b.value(r++, 0, "Comment lire ce tableau", { bold: true, fontColor: COLORS.title });
  for (const note of READING_NOTES) for (const line of wrapWords(note, 150)) b.value(r++, 0, line, { fontColor: COLORS.greyFont });

  const brut = firstCell(t, "Brut");
  const min = firstCell(t, "Minimum conventionnel");
  b.conditionalFormat({ range: t.bodyRange(0), formula: `AND(ISNUMBER(${min}),${brut}<${min})`, style: { fill: COLORS.redFill, fontColor: COLORS.redFont } });
  b.conditionalFormat({ range: `${t.letter("Alerte")}${TABLE_ROW + 2}:${t.letter("Alerte")}${TABLE_ROW + 1 + t.rowCount}`, formula: `LEN(${firstCell(t, "Alerte")})>0`, style: { fill: COLORS.yellowFill, fontColor: COLORS.yellowFont } });
  b.freeze(TABLE_ROW + 1, 3);
  b.rowHeight(TABLE_ROW, 30);
  b.options({ tabColor: "#7030A0" }).printAs(ownedPrint(PAIE_SHEET));
  return b.build();
}
