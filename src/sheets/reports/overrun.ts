/**
 * The "Rapport de dépassement" (`Depassement` sheet): for each production, the document the coordinator
 * negotiates an overrun with — baseline PAD against forecast PAD, the slip in working days, the critical
 * tasks that caused it with their own slip, and the extra cost (slip days × daily rates of the people
 * and rooms on those tasks). Written for a producer: short sentences in plain French, then the figures;
 * A4 landscape, one production per page. Owned by Cap PAD.
 */
import { OVERRUN_SHEET, ownedPrint } from "../contract/sheets";
import { toFrench, type DayNumber } from "../../core/dates/civil";
import { eurosFromCents, formatEuros } from "../../core/money";
import type { OverrunReport } from "../../core/planning/overrun";
import { OWNED_MARKER, type CellStyle, type SheetModel } from "../model";
import { COLORS, SheetBuilder } from "../render";
import type { PricedCostLine } from "../../core/technical";
import { technicalCostsBlock, technicalTotalCents } from "./technicalOverrun";
import { wrapWords } from "./wrap";

export { OVERRUN_SHEET };

const COLUMNS = [
  { header: "ID", width: 8 },
  { header: "Étape", width: 14 },
  { header: "Tâche", width: 36 },
  { header: "Ressources", width: 28 },
  { header: "Fin réf.", width: 12 },
  { header: "Fin prévue", width: 14 },
  { header: "Glissement (j)", width: 15 },
  { header: "dont propre (j)", width: 15 },
];
/** Characters a line of text may take across the columns before it would run off the page. */
const LINE = 150;
const MONEY = '#,##0.00 "€"';
const DATE = "dd/mm/yyyy";
const HEADER: CellStyle = { bold: true, fill: COLORS.headerFill, border: "bottom" };

/** Who the production is for (`Client`), beside the engine's report. */
export interface OverrunContext {
  client?: string;
  /** The production's technical surcharges (issue 9), priced: listed and totalled below the slip's cost. */
  technicalCosts?: readonly PricedCostLine[];
}

export function buildOverrunSheet(reports: readonly (OverrunReport & OverrunContext)[], today: DayNumber): SheetModel {
  const b = new SheetBuilder(OVERRUN_SHEET, true);
  b.title(`${OWNED_MARKER} — Rapport de dépassement`, `Établi le ${toFrench(today)} à partir du planning (jours ouvrés : hors week-ends, jours fériés et fermetures).`);
  COLUMNS.forEach((c, j) => b.width(j, c.width));
  let row = 3;
  // Each production starts a printed page at its title (the sheet's print contract).
  for (const r of reports) row = production(b, r, row) + 2;
  b.options({ tabColor: "#C00000" }).printAs(ownedPrint(OVERRUN_SHEET));
  return b.build();
}

function production(b: SheetBuilder, r: OverrunReport & OverrunContext, top: number): number {
  let row = top;
  b.value(row++, 0, `Production ${r.production}${r.title ? ` — ${r.title}` : ""}${r.client ? ` (${r.client})` : ""}`, { bold: true, fontSize: 13, fontColor: COLORS.title });
  for (const line of explanation(r).flatMap((s) => wrapWords(s, LINE))) b.value(row++, 0, line);
  row++;

  const figures: [string, { day: DayNumber } | number | string | null, string?][] = [
    ["PAD de référence (figé)", r.padBaseline === undefined ? "pas de référence" : { day: r.padBaseline }, DATE],
    ["PAD prévu", r.padForecast === undefined ? "—" : { day: r.padForecast }, DATE],
    ["Glissement", r.slipReference === "none" ? "—" : days(r.slipDays)],
    ["PAD contractuel", r.padTarget === undefined ? "non renseigné" : { day: r.padTarget }, DATE],
    ["Surcoût estimé HT", eurosFromCents(r.extraCostCents), MONEY],
  ];
  if (r.technicalCosts?.length) figures.push(["Surcoûts techniques HT", eurosFromCents(technicalTotalCents(r.technicalCosts)), MONEY]);
  for (const [label, value, numFmt] of figures) {
    b.value(row, 0, label, { bold: true });
    b.merge(row, 0, row, 1);
    b.value(row, 2, value, { numFmt, hAlign: "left", bold: label.startsWith("Surcoût") || label === "Glissement" });
    row++;
  }
  row++;

  if (r.causes.length > 0) {
    b.value(row++, 0, "Tâches du chemin critique qui expliquent le glissement", { bold: true, fontColor: COLORS.title });
    COLUMNS.forEach((c, j) => b.value(row, j, c.header, HEADER));
    row++;
    for (const c of r.causes) {
      const cells: (string | number | { day: DayNumber } | null)[] = [
        c.id,
        c.stage ?? null,
        c.name ?? null,
        c.resources.join(", ") || null,
        c.baselineFinish === undefined ? null : { day: c.baselineFinish },
        { day: c.finish },
        c.slipDays,
        c.ownSlipDays,
      ];
      cells.forEach((v, j) => b.value(row, j, v, { numFmt: j === 4 || j === 5 ? DATE : undefined, bold: j >= 6 && c.ownSlipDays > 0, fontColor: j === 7 && c.ownSlipDays > 0 ? COLORS.redFont : undefined }));
      row++;
    }
    row++;
  }

  if (r.resources.length > 0 && r.slipDays > 0) {
    b.value(row++, 0, "Surcoût : jours supplémentaires des personnes et salles de ces tâches", { bold: true, fontColor: COLORS.title });
    // Name over the first three columns, then rate, days and cost.
    const line = (cells: [string | number | null, CellStyle?][], style: CellStyle = {}): void => {
      b.value(row, 0, cells[0][0], { ...style, ...cells[0][1] });
      b.merge(row, 0, row, 2);
      cells.slice(1).forEach(([v, st], j) => b.value(row, 3 + j, v, { ...style, ...st }));
      row++;
    };
    const money = { numFmt: MONEY };
    line([["Ressource"], ["Tarif journalier HT"], ["Jours"], ["Surcoût HT"]], HEADER);
    for (const res of r.resources) {
      const rate = res.dailyRateCents;
      line([[res.name], [rate === undefined ? "tarif inconnu" : eurosFromCents(rate), money], [r.slipDays], [rate === undefined ? null : eurosFromCents(rate * r.slipDays), money]]);
    }
    line([["Total"], [eurosFromCents(r.dailyRateCents), money], [r.slipDays], [eurosFromCents(r.extraCostCents), money]], { bold: true, border: "box" });
    if (r.missingRates.length > 0) b.value(row++, 0, `Sans tarif journalier dans Équipe (non comptés) : ${r.missingRates.join(", ")}.`, { italic: true, fontColor: COLORS.greyFont });
  }
  if (r.technicalCosts?.length) row = technicalCostsBlock(b, r.technicalCosts, row + 1);
  return row;
}

const days = (n: number): string => `${n} jour${Math.abs(n) > 1 ? "s" : ""} ouvré${Math.abs(n) > 1 ? "s" : ""}`;

/** The report in a few plain sentences, as the coordinator would say it to the producer. */
export function explanation(r: OverrunReport): string[] {
  const what = r.title ? `« ${r.title} »` : `la production ${r.production}`;
  const out: string[] = [];
  if (r.padForecast === undefined) return [`Le planning de ${what} n'a pas de tâche : aucun PAD prévu.`];
  const forecast = toFrench(r.padForecast);
  if (r.slipReference === "baseline" && r.padBaseline !== undefined) {
    out.push(
      r.slipDays > 0
        ? `Le PAD de ${what} était prévu le ${toFrench(r.padBaseline)} dans la référence figée ; il est maintenant prévu le ${forecast}, soit ${days(r.slipDays)} de glissement.`
        : `Le PAD de ${what} est prévu le ${forecast}, pas plus tard que dans la référence figée (${toFrench(r.padBaseline)}) : aucun glissement.`,
    );
  } else if (r.slipReference === "contract") {
    out.push(`Aucune référence n'a été figée pour ${what} : le glissement est mesuré par rapport au PAD contractuel. PAD prévu le ${forecast}.`);
  } else {
    out.push(`Ni référence figée ni PAD contractuel pour ${what} : PAD prévu le ${forecast}, glissement non mesurable.`);
  }
  if (r.padTarget !== undefined && r.contractSlipDays !== undefined) {
    out.push(
      r.contractSlipDays > 0
        ? `Le PAD contractuel est le ${toFrench(r.padTarget)} : le PAD prévu le dépasse de ${days(r.contractSlipDays)}.`
        : r.contractSlipDays === 0
          ? `Le PAD contractuel est le ${toFrench(r.padTarget)} : le PAD prévu tombe le jour même, sans aucune marge.`
          : `Le PAD contractuel est le ${toFrench(r.padTarget)} : il reste ${days(-r.contractSlipDays)} de marge.`,
    );
  }
  if (r.causes.length > 0 && r.slipDays > 0) {
    out.push(
      "Le glissement vient des tâches du chemin critique listées ci-dessous. « dont propre » est le retard que la tâche a ajouté elle-même (plus longue ou commencée plus tard que prévu) ; le reste est hérité des tâches qui la précèdent.",
    );
    out.push(
      `Surcoût estimé : ${days(r.slipDays)} supplémentaires × ${formatEuros(r.dailyRateCents)} HT par jour (tarifs journaliers de la table Équipe des personnes et salles affectées à ces tâches) = ${formatEuros(r.extraCostCents)} HT.`,
    );
  }
  return out;
}
