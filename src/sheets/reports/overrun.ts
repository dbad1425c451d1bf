/**
 * The "Rapport de dépassement" (`Depassement` sheet): for each production, the document the coordinator
 * negotiates an overrun with — baseline PAD against forecast PAD, the slip in working days, the critical
 * tasks that caused it with their own slip, what the slip costs (each resource's days in the baseline
 * and in the plan now, at its rate: a task that only moved costs nothing), the technical surcharges
 * beside it, and the money of the production (the figures of the Synthèse and the cost report).
 * Written for a producer: short sentences in plain French, then the figures; A4 landscape, one
 * production per page. Owned by Cap PAD.
 */
import { OVERRUN_SHEET, ownedPrint } from "../contract/sheets";
import { toFrench, type DayNumber } from "../../core/dates/civil";
import { eurosFromCents, formatEuros } from "../../core/money";
import type { ProductionMoney } from "../../core/costs/productionMoney";
import type { ProductionSlip, SlipResourceLine } from "../../core/costs/slipCost";
import type { OverrunReport } from "../../core/planning/overrun";
import { OWNED_MARKER, type CellStyle, type SheetModel } from "../../workbook/model";
import { COLORS, SheetBuilder } from "../render";
import type { PricedCostLine } from "../../core/technical";
import { figureFormat, isAlarming, MONEY_FIGURES } from "./moneyFigures";
import { technicalCostsBlock } from "./technicalOverrun";
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

/** Beside the engine's report: who the production is for, what its slip costs, its surcharges and money. */
export interface OverrunContext {
  client?: string;
  /** The production's technical surcharges, priced: listed and totalled below the slip's cost. */
  technicalCosts?: readonly PricedCostLine[];
  /** Each resource's days in the baseline and now, and their cost (`core/costs/slipCost.ts`). */
  slip?: ProductionSlip;
  /** The figures of `core/costs/productionMoney.ts`. */
  money?: ProductionMoney;
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
  ];
  figures.forEach(([label, value, numFmt], i) => {
    b.value(row + i, 0, label, { bold: true });
    b.merge(row + i, 0, row + i, 1);
    b.value(row + i, 2, value, { numFmt, hAlign: "left", bold: label === "Glissement" });
  });
  // The money beside the dates: one page per production.
  row = Math.max(row + figures.length, r.money ? moneyBlock(b, r.money, row) : row) + 1;

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

  if (r.slip?.hasBaseline && r.slip.lines.length > 0) row = slipBlock(b, r.slip, row) + 1;
  if (r.technicalCosts?.length) row = technicalCostsBlock(b, r.technicalCosts, row, technicalNote(r.money)) + 1;
  return row;
}

/** Whether the client accepted the surcharges (they are then in the accepted quote and the forecast). */
function technicalNote(m: ProductionMoney | undefined): string | undefined {
  if (!m || m.technicalExtraCents === 0) return undefined;
  if (m.acceptedTechnicalCents === 0) return "Non acceptés par le client à ce jour : ni au devis accepté, ni à la prévision finale.";
  return `Acceptés par le client : ${formatEuros(m.acceptedTechnicalCents)} HT, au devis accepté et à la prévision finale.`;
}

/** Each resource of the production: its days in the baseline and now, and what the difference costs. */
function slipBlock(b: SheetBuilder, slip: ProductionSlip, top: number): number {
  let row = top;
  b.value(row++, 0, "Coût du glissement : jours de chaque ressource dans la référence figée et dans le planning actuel, à son tarif", { bold: true, fontColor: COLORS.title });
  // Name over the first three columns, then rate, baseline days, planned days, difference and cost.
  const line = (cells: [string | number | null, CellStyle?][], style: CellStyle = {}): void => {
    b.value(row, 0, cells[0][0], { ...style, ...cells[0][1] });
    b.merge(row, 0, row, 2);
    cells.slice(1).forEach(([v, st], j) => b.value(row, 3 + j, v, { ...style, ...st }));
    row++;
  };
  const money = { numFmt: MONEY };
  line([["Ressource"], ["Tarif HT"], ["Jours réf."], ["Jours prévus"], ["Écart (j)"], ["Coût HT"]], HEADER);
  // The resources whose days changed, one a line; the others in one line (they cost nothing).
  const changed = (l: SlipResourceLine): boolean => l.baselineDays !== l.forecastDays || l.costCents !== 0;
  for (const l of slip.lines.filter(changed))
    line([[l.resource], [rateText(l)], [l.baselineDays], [l.forecastDays], [round4(l.forecastDays - l.baselineDays)], [l.priced ? eurosFromCents(l.costCents) : "non chiffré", money]], { fontColor: l.costCents > 0 ? COLORS.redFont : undefined });
  const same = slip.lines.filter((l) => !changed(l));
  if (same.length > 0) {
    const days = same.reduce((s, l) => s + l.baselineDays, 0);
    const names = same.map((l) => l.resource).join(", ");
    line([[names.length <= 60 ? `Sans changement : ${names}` : `${same.length} autres ressources, sans changement`], [null], [round4(days)], [round4(days)], [0], [0, money]]);
  }
  const baseline = slip.lines.reduce((s, l) => s + l.baselineDays, 0);
  const forecast = slip.lines.reduce((s, l) => s + l.forecastDays, 0);
  line([["Total"], [null], [round4(baseline)], [round4(forecast)], [round4(forecast - baseline)], [eurosFromCents(slip.costCents), money]], { bold: true, border: "box" });
  if (slip.addedTasks.length > 0) b.value(row++, 0, `Tâches sans référence (ajoutées depuis) : tous leurs jours comptent — ${slip.addedTasks.join(", ")}.`, { italic: true, fontColor: COLORS.greyFont });
  return row;
}

const round4 = (n: number): number => Math.round(n * 10000) / 10000;

function rateText(l: SlipResourceLine): string | number | null {
  if (l.unitPriceCents === undefined || !l.unit) return "sans tarif";
  return `${formatEuros(l.unitPriceCents)} / ${l.unit}`;
}

/** The production's money, one figure a line beside the dates (the figures of the Synthèse and the cost report). */
function moneyBlock(b: SheetBuilder, m: ProductionMoney, top: number): number {
  let row = top;
  b.value(row++, 3, "Montants HT de la production", { bold: true, fontColor: COLORS.title });
  for (const f of MONEY_FIGURES) {
    const slip = f.json === "slipCost" && !m.hasBaseline;
    b.value(row, 3, f.label, { bold: true });
    b.value(row, 4, slip ? "pas de référence" : f.value(m), { numFmt: figureFormat(f, MONEY), hAlign: "right", fontColor: isAlarming(f, m) ? COLORS.redFont : undefined });
    b.merge(row, 4, row, 5);
    row++;
  }
  b.value(row++, 3, "Marge = facturé − réalisé ; taux de marge = marge ÷ facturé ; marge prévue = devis accepté − prévision finale (définitions : Synthèse).", { italic: true, fontColor: COLORS.greyFont });
  return row;
}

const days = (n: number): string => `${n} jour${Math.abs(n) > 1 ? "s" : ""} ouvré${Math.abs(n) > 1 ? "s" : ""}`;

/** The report in a few plain sentences, as the coordinator would say it to the producer. */
export function explanation(r: OverrunReport & OverrunContext): string[] {
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
  }
  if (r.slip?.hasBaseline) {
    out.push(
      `Coût du glissement : ${formatEuros(r.slip.costCents)} HT, les jours de chaque ressource en plus (ou en moins) depuis la référence, à son tarif ; une tâche seulement décalée ne coûte rien.`,
    );
  }
  return out;
}
