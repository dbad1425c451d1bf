/**
 * The owned `Paie` sheet: one block per month computed, the latest first, each on its own printed
 * pages — the month's lines (one per person × production, a table), their totals, the employer cost
 * per production, the points to check, and the ceiling method used (users want to see which rule was
 * applied). Running a month again replaces only that month's block; the others are put back as the
 * sheet held them. Every figure is an estimate and the sheet says so in its first lines.
 */
import { toFrench, type DayNumber } from "../../../core/dates/civil";
import type { PayrollResult } from "../../../core/crew/payroll";
import { eurosFromCents } from "../../../core/money";
import type { SheetValues } from "../../../workbook/snapshot";
import { PAIE } from "../../contract/crew";
import { PAIE_SHEET, ownedPrint } from "../../contract/sheets";
import { OWNED_MARKER, type SheetModel } from "../../../workbook/model";
import { COLORS, SheetBuilder, firstCell } from "../../render";
import type { TableSpec } from "../../spec";
import type { CellValue, OutValue } from "../../../workbook/values";
import { wrapWords } from "../wrap";
import { payrollLineToRow } from "./paieRow";
import { ESTIMATE_NOTICE } from "./common";
import { monthOfHeading, monthTitle, ownedRows, textOf } from "./months";

export { PAIE_SHEET };

/** One month of the sheet, whether just computed or read back. */
export interface PayrollBlock {
  month: string;
  /** « Novembre 2026 — paie estimée le 27/11/2026 » (a printed page starts there). */
  heading: string;
  /** The ceiling method line. */
  method: string;
  /** The `Paie` lines, by header. */
  lines: Record<string, OutValue>[];
  /** The totals row, by `Paie` header. */
  totals: Record<string, OutValue>;
  /** Employer cost per production, by the labels of `COSTS`. */
  costs: Record<string, OutValue>[];
  /** « Points à vérifier », one printed line each. */
  checks: string[];
}

/** Employer cost per production, written under the `Paie` columns of the same nature (widths and formats fit). */
const COSTS: readonly { column: string; label: string }[] = [
  { column: "Production", label: "Production" },
  { column: "Nom", label: "Personnes" },
  { column: "Heures", label: "Heures" },
  { column: "Brut", label: "Brut" },
  { column: "Cotisations patronales", label: "Cotisations patronales" },
  { column: "Coût employeur", label: "Coût employeur" },
];
const TOTAL_LABEL = "Total";
const COSTS_TITLE = "Coût employeur par production";
const CHECKS_TITLE = "Points à vérifier";
/** Characters of a printed line under a month's table (the first page's width). */
const LINE = 120;

/** How the lines share an employee's week: said in the header and in the notes. */
export const ALLOCATION_NOTE =
  "Temps de travail compté par salarié et par employeur, par semaine civile, toutes productions confondues (heures supplémentaires, journée garantie, minimum) ; la paie et le coût employeur de la semaine sont répartis entre les productions au prorata des heures travaillées sur chacune.";

/** The same, short enough for the header line above the table. */
export const ALLOCATION_HEADER =
  "Semaine comptée par salarié et par employeur, toutes productions confondues ; paie et coût répartis au prorata des heures de chaque production.";

const READING_NOTES = [
  "Un bloc par mois calculé, le plus récent d'abord, chacun sur ses pages ; « Préparer la paie » d'un mois ne remplace que son bloc.",
  "Jours et heures : travail effectif relevé dans la table Seances (arrivée, départ, pause), du mois seulement.",
  `HS 25 % et HS 50 % : part de la production dans les heures supplémentaires de la semaine civile du salarié. ${ALLOCATION_NOTE} Une semaine à cheval sur deux mois est calculée entière puis répartie par jour.`,
  "Cotisations : calculées sur la paie du mois du salarié chez l'employeur (un seul plafond de sécurité sociale, une seule réduction générale), puis réparties entre ses lignes au prorata du brut.",
  "Heures majorées : heures de nuit, de dimanche et de jours fériés, et heures supplémentaires au-delà des tranches 25 % et 50 %.",
  "Cotisations patronales : y compris Congés Spectacles, chômage annexe 8, AFDAS, santé au travail, après réduction générale (RGDU) ; taux datés de la table Taux.",
  "Minimum conventionnel : brut que donnerait le minimum de la grille (table Grilles) pour les mêmes heures ; un brut en dessous est signalé en rouge.",
  "Les lignes des tables Grilles, Taux et Parametres marquées « à vérifier » sont des valeurs non confirmées : contrôlez-les avant de vous fier au résultat.",
];

function totalsOf(result: PayrollResult): Record<string, OutValue> {
  const sum = (f: (l: PayrollResult["lines"][number]) => number) => result.lines.reduce((s, l) => s + f(l), 0);
  const round2 = (n: number) => Math.round(n * 100) / 100;
  return {
    Période: TOTAL_LABEL,
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

/** The block of the month just computed. */
export function payrollBlock(result: PayrollResult, today: DayNumber): PayrollBlock {
  // The `Alerte` column is left off paper (long sentences would shrink the page): its lines are listed.
  const checks = result.lines
    .filter((l) => l.alertText)
    .flatMap((l) => l.alertText.split(" | ").flatMap((text) => wrapWords(`${l.name} (${l.production}) — ${text}`, LINE).map((line, i) => (i === 0 ? line : `    ${line}`))));
  return {
    month: result.period,
    heading: `${monthTitle(result.period)} — paie estimée le ${toFrench(today)}`,
    method: `Méthode de plafond de la sécurité sociale : ${result.ceilingMethodLabel} (paramètre PLAFOND_METHODE de la table Parametres).`,
    lines: result.lines.map((l) => payrollLineToRow(l) as Record<string, OutValue>),
    totals: totalsOf(result),
    costs: result.costByProduction.map((p) => ({
      Production: p.production,
      Personnes: p.people,
      Heures: p.hours,
      Brut: eurosFromCents(p.grossCents),
      "Cotisations patronales": eurosFromCents(p.employerContributionsCents),
      "Coût employeur": eurosFromCents(p.employerCostCents),
    })),
    checks,
  };
}

/** Table name of a month's lines: `Paie` for the latest month, `Paie_AAAA_MM` for the earlier ones. */
function tableOf(block: PayrollBlock, latest: boolean): TableSpec {
  return latest ? PAIE : { ...PAIE, name: `${PAIE.name}_${block.month.replace("-", "_")}` };
}

const moneyOrNumber = (type: string): string | undefined => (type === "money" ? '#,##0.00 "€"' : type === "integer" ? "0" : type === "number" ? "0.00" : undefined);

/** Writes one month from `top`; returns the next free row. */
function renderBlock(b: SheetBuilder, top: number, block: PayrollBlock, latest: boolean): number {
  let r = top;
  b.value(r++, 0, block.heading, { bold: true, fontSize: 13, fontColor: COLORS.title });
  for (const line of wrapWords(block.method, LINE)) b.value(r++, 0, line, { italic: true, fontColor: COLORS.greyFont });
  const t = b.table(tableOf(block, latest), r, 0, block.lines);
  b.rowHeight(r, 30);
  const brut = firstCell(t, "Brut");
  const min = firstCell(t, "Minimum conventionnel");
  b.conditionalFormat({ range: t.bodyRange(0), formula: `AND(ISNUMBER(${min}),${brut}<${min})`, style: { fill: COLORS.redFill, fontColor: COLORS.redFont } });
  b.conditionalFormat({ range: `${t.letter("Alerte")}${r + 2}:${t.letter("Alerte")}${r + 1 + t.rowCount}`, formula: `LEN(${firstCell(t, "Alerte")})>0`, style: { fill: COLORS.yellowFill, fontColor: COLORS.yellowFont } });
  r += 1 + t.rowCount;
  // Totals are values, not formulas: the sheet is rewritten by each run, and prints right everywhere.
  PAIE.columns.forEach((c, j) => {
    const v = block.totals[c.header];
    if (v !== undefined && v !== null) b.value(r, j, v, { bold: true, border: "bottom", numFmt: moneyOrNumber(c.type) });
  });
  r += 2;
  b.value(r++, 0, COSTS_TITLE, { bold: true, fontColor: COLORS.title });
  const at = (header: string) => PAIE.columns.findIndex((c) => c.header === header);
  for (const { column, label } of COSTS) b.value(r, at(column), label, { bold: true, fill: COLORS.headerFill, border: "bottom", wrap: true });
  b.rowHeight(r, 30);
  r++;
  for (const p of block.costs) {
    for (const { column, label } of COSTS) b.value(r, at(column), p[label] ?? null, { numFmt: moneyOrNumber(PAIE.columns[at(column)].type) });
    r++;
  }
  r++;
  if (block.checks.length) {
    b.value(r++, 0, CHECKS_TITLE, { bold: true, fontColor: COLORS.redFont });
    for (const line of block.checks) b.value(r++, 0, line, { fontColor: COLORS.redFont });
    r++;
  }
  return r + 1;
}

/** The sheet: the months latest first (a printed page starts at each month), then how to read it. */
export function buildPayrollSheet(blocks: readonly PayrollBlock[], disclaimer: string): SheetModel {
  const b = new SheetBuilder(PAIE_SHEET, true);
  b.title(`${OWNED_MARKER} — Paie estimée`, `${ESTIMATE_NOTICE} : ${disclaimer}`);
  b.value(2, 0, ALLOCATION_HEADER, { italic: true, fontColor: COLORS.greyFont });
  let r = 3;
  blocks.forEach((block, i) => {
    r = renderBlock(b, r, block, i === 0);
  });
  b.value(r++, 0, "Comment lire ce tableau", { bold: true, fontColor: COLORS.title });
  for (const note of READING_NOTES) for (const line of wrapWords(note, LINE)) b.value(r++, 0, line, { fontColor: COLORS.greyFont });
  b.freeze(0, 3);
  b.options({ tabColor: "#7030A0" }).printAs(ownedPrint(PAIE_SHEET));
  return b.build();
}

/**
 * The months the sheet held, read back from its cells (the layout `renderBlock` writes): each month's
 * heading and method line, its table's header row and lines, the totals row, the cost per production
 * and the points to check. A sheet that is not Cap PAD's gives nothing.
 */
export function readPayrollBlocks(values: SheetValues | undefined): PayrollBlock[] {
  const rows = ownedRows(values);
  const blocks: PayrollBlock[] = [];
  for (let r = 0; r < rows.length; r++) {
    const month = monthOfHeading(rows[r]?.[0]);
    if (month) blocks.push(readBlock(rows, r, month));
  }
  return blocks;
}

function readBlock(rows: readonly CellValue[][], top: number, month: string): PayrollBlock {
  // The method's lines, down to the table's header row.
  let r = top + 1;
  const method: string[] = [];
  for (; r < rows.length && textOf(rows[r]?.[0]) !== PAIE.columns[0].header && !monthOfHeading(rows[r]?.[0]); r++) method.push(textOf(rows[r]?.[0]));
  const block: PayrollBlock = { month, heading: textOf(rows[top][0]), method: method.join(" ").trim(), lines: [], totals: {}, costs: [], checks: [] };
  const headers = (rows[r] ?? []).map(textOf);
  const byHeader = (row: readonly CellValue[] | undefined): Record<string, OutValue> => {
    const out: Record<string, OutValue> = {};
    headers.forEach((h, j) => {
      if (h) out[h] = restored(row?.[j] ?? null);
    });
    return out;
  };
  // Lines: their Période is the month; the totals row follows.
  for (r++; r < rows.length && textOf(rows[r]?.[0]) === month; r++) block.lines.push(byHeader(rows[r]));
  if (textOf(rows[r]?.[0]) === TOTAL_LABEL) block.totals = byHeader(rows[r++]);
  for (; r < rows.length && !monthOfHeading(rows[r]?.[0]); r++) {
    const first = textOf(rows[r]?.[0]);
    if (first === COSTS_TITLE) r = readCosts(rows, r + 1, headers, block);
    else if (first === CHECKS_TITLE) {
      for (r++; r < rows.length && textOf(rows[r]?.[0]) !== ""; r++) block.checks.push(textOf(rows[r][0]));
    } else if (first === "Comment lire ce tableau") break;
  }
  return block;
}

/** The cost rows under their labels (at the columns of `COSTS`); returns the row after them. */
function readCosts(rows: readonly CellValue[][], labelsRow: number, headers: readonly string[], block: PayrollBlock): number {
  const at = (column: string) => headers.findIndex((h) => h === column);
  let r = labelsRow + 1;
  for (; r < rows.length && textOf(rows[r]?.[at("Production")]) !== ""; r++) {
    const cost: Record<string, OutValue> = {};
    for (const { column, label } of COSTS) cost[label] = restored(rows[r][at(column)] ?? null);
    block.costs.push(cost);
  }
  return r;
}

/** A value read back as the sheet showed it (errors, which Cap PAD never writes here, read blank). */
function restored(v: CellValue): OutValue {
  return v !== null && typeof v === "object" ? null : v;
}
