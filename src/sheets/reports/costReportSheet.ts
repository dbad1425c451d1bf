/**
 * "Rapport de coûts": the printable cost report a producer accepts (columns as in production budget
 * follow-ups, e.g. https://www.moov.paris/post/suivi-budget-production-audiovisuelle) — per production,
 * the budget lines grouped by CNC chapter with a total per chapter, a total per production and a grand
 * total; columns devis, engagé, réalisé, reste à faire, prévision finale, écart in € and %, and the
 * comment typed in `Budget`. All amounts HT. Red when the forecast passes the devis, orange within 5 %
 * under it, by native conditional formats on the écart (the colours stay when the sheet is shared).
 * Below, the money of each production (`core/costs/productionMoney.ts`): the figures the Synthèse, the
 * overrun report, the pane and `check --json` show, with the slip cost, the technical surcharges, what
 * is invoiced and the margins beside the budget's totals.
 */
import { COST_REPORT_SHEET, ownedPrint } from "../contract/sheets";
import type { CostFigures, CostReport } from "../../core/costs/costReport";
import type { ProductionMoney } from "../../core/costs/productionMoney";
import { compareCodes } from "../../core/costs/resourceRates";
import { toFrench } from "../../core/dates/civil";
import { eurosFromCents } from "../../core/money";
import { VARIANCE_WARNING_PERCENT } from "../../data/costs/costSettings";
import { OWNED_MARKER, type CellStyle, type SheetModel } from "../../workbook/model";
import { COLORS, SheetBuilder } from "../render";
import { rangeA1 } from "../address";
import { varianceColours } from "../costs/colours";
import { wrapWords } from "./wrap";
import { figureFormat, isAlarming, MONEY_FIGURES } from "./moneyFigures";

export { COST_REPORT_SHEET };

const HEADERS = ["Production", "Poste", "Libellé", "Devis HT", "Engagé", "Réalisé", "Reste à faire", "Prévision finale", "Écart", "Écart (%)", "Commentaire"];
/** Up to « Écart (%) », 144 characters: one A4 landscape page at 8 pt or more (comments stay on screen). */
const WIDTHS = [12, 8, 34, 13, 13, 13, 13, 14, 13, 11, 34];
const MONEY = '#,##0.00 "€";-#,##0.00 "€";"-"';
const FIRST_ROW = 5; // 0-based row of the first body row (title, 2 subtitle lines, blank, header)
/** Characters of a note line under the table: the printed width of the page. */
const NOTE_CHARS = 130;

function figureCells(f: CostFigures): (number | null)[] {
  const amounts: (number | null)[] = [f.quoteCents, f.committedCents, f.actualCents, f.remainingCents, f.forecastCents, f.varianceCents].map(eurosFromCents);
  return [...amounts, f.varianceRatio === null ? null : Math.round(f.varianceRatio * 10000) / 10000];
}

export function buildCostReportSheet(report: CostReport, titles: ReadonlyMap<string, string> = new Map(), money: readonly ProductionMoney[] = []): SheetModel {
  const b = new SheetBuilder(COST_REPORT_SHEET, true);
  WIDTHS.forEach((w, i) => b.width(i, w));
  b.title(`${OWNED_MARKER} — Rapport de coûts (budget / réalisé)`);
  const explain =
    `Réalisé : séances passées (personnes au coût employeur estimé par la paie, salles et prestataires au tarif) et factures reçues (Achats). ` +
    "Engagé : réalisé et séances à venir. Reste à faire : séances à venir et travail planifié non encore réservé. Prévision finale = réalisé + reste à faire ; écart = prévision − devis.";
  b.value(1, 0, `Arrêté au ${toFrench(report.asOf)}, montants HT en euros ; comment lire ces colonnes : sous le tableau.`, { italic: true, fontColor: COLORS.greyFont });
  const header = FIRST_ROW - 1;
  HEADERS.forEach((h, j) => b.value(header, j, h, { bold: true, wrap: true, vAlign: "middle", fill: COLORS.headerFill, border: "bottom", hAlign: j >= 3 && j <= 9 ? "right" : "left" }));

  let r = FIRST_ROW;
  const row = (cells: (string | number | null)[], style: CellStyle = {}): void => {
    cells.forEach((v, j) => b.value(r, j, v, { ...style, vAlign: "top", ...(j >= 3 && j <= 8 ? { numFmt: MONEY } : j === 9 ? { numFmt: "0.0%" } : {}), ...(j === 10 || j === 2 ? { wrap: true } : {}) }));
    r++;
  };
  const productions = [...new Set([...report.productionTotals.map((p) => p.production), ...report.lines.map((l) => l.production)])].sort(compareCodes);
  for (const production of productions) {
    const title = titles.get(production);
    row([production, null, title ?? null, null, null, null, null, null, null, null, null], { bold: true, fill: COLORS.blueFill });
    const lines = report.lines.filter((l) => l.production === production).sort((x, y) => (x.chapter ?? 10) - (y.chapter ?? 10) || compareCodes(x.budgetCode, y.budgetCode));
    for (const chapter of report.chapterTotals.filter((c) => c.production === production)) {
      for (const l of lines.filter((x) => x.chapter === chapter.chapter))
        row([l.production, l.budgetCode, l.inBudget ? l.label : `${l.label || l.budgetCode} (hors budget)`, ...figureCells(l), l.comment ?? null]);
      row([null, null, `Total ${chapter.chapter === null ? "" : `ch. ${chapter.chapter} — `}${chapter.label}`, ...figureCells(chapter), null], { bold: true, border: "bottom" });
    }
    const total = report.productionTotals.find((p) => p.production === production);
    if (total) row([production, null, `Total ${production}`, ...figureCells(total), null], { bold: true, fill: COLORS.computedFill });
    r++;
  }
  row([null, null, "Total général", ...figureCells(report.total), null], { bold: true, fill: COLORS.headerFill });
  const last = r - 1;
  r++;
  const legend = `Rouge : la prévision finale dépasse le devis. Orange : prévision à moins de ${VARIANCE_WARNING_PERCENT} % sous le devis. Postes « 2.1 », « 4.1 », « 8.x » : exemples Cap PAD, à aligner sur le devis CNC du producteur.`;
  for (const line of [explain, legend].flatMap((t) => wrapWords(t, NOTE_CHARS))) b.value(r++, 0, line, { italic: true, fontColor: COLORS.greyFont });
  moneyBlock(b, money, r + 1);

  // Colours keyed on the écart (column I), the devis (D) and the forecast (H) of each row.
  const first = FIRST_ROW + 1;
  varianceColours(b, rangeA1(FIRST_ROW, 3, last, 9), { gap: `$I${first}`, quote: `$D${first}`, forecast: `$H${first}` });
  b.freeze(FIRST_ROW, 3);
  b.options({ tabColor: "#BF8F00" }).printAs(ownedPrint(COST_REPORT_SHEET));
  return b.build();
}

/**
 * The money of each production under the budget: one line per figure (label under Libellé), one column
 * per production (under the amounts' columns, eight productions a block).
 */
function moneyBlock(b: SheetBuilder, money: readonly ProductionMoney[], top: number): void {
  if (money.length === 0) return;
  const first = 3; // the column of Devis HT
  const perBlock = HEADERS.length - first - 1; // up to Écart (%), the comment column stays free
  let row = top;
  b.value(row++, 0, "Montants HT par production (les mêmes que dans la Synthèse, le rapport de dépassement et le volet)", { bold: true, fontColor: COLORS.title });
  for (let k = 0; k < money.length; k += perBlock) {
    const block = money.slice(k, k + perBlock);
    b.value(row, 2, "Montant", { bold: true, fill: COLORS.headerFill, border: "bottom" });
    block.forEach((m, j) => b.value(row, first + j, m.production, { bold: true, fill: COLORS.headerFill, border: "bottom", hAlign: "right" }));
    row++;
    for (const f of MONEY_FIGURES) {
      b.value(row, 2, f.label, { bold: f.json === "forecast" || f.json === "forecastMargin" });
      block.forEach((m, j) => b.value(row, first + j, f.value(m), { numFmt: figureFormat(f, MONEY), fontColor: isAlarming(f, m) ? COLORS.redFont : undefined }));
      row++;
    }
    row++;
  }
  const legend = MONEY_FIGURES.map((f) => `${f.label} : ${f.meaning}.`).join(" ");
  wrapWords(legend, 190).forEach((line, i) => b.value(row + i, 0, line, { italic: true, fontColor: COLORS.greyFont }));
}
