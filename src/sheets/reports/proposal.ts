/**
 * « Proposition au producteur » (sheet `Proposition au producteur`): for each production that has
 * scenarios, one A4 portrait page the producer reads and signs — the situation (contractual, baseline
 * and forecast PAD, the slip against each), the options side by side (`Plan actuel` first: PAD, days
 * gained, extra cost HT, overloaded weeks), what each option changes and risks in plain French, the
 * coordinator's recommendation (or Cap PAD's suggestion, said as such) and a « Bon pour accord » block
 * with boxes for the name, the date and the signature. Every figure is given by the caller (the
 * comparison of the scenarios): this file lays them out. Owned by Cap PAD, rewritten at each check.
 */
import { PROPOSAL_SHEET, ownedPrint } from "../contract/sheets";
import { toFrench, type DayNumber } from "../../core/dates/civil";
import { eurosFromCents, formatEuros, type Cents } from "../../core/money";
import { formatNumber } from "../../core/format/number";
import type { WeekLoad } from "../../core/planning/resourceLoad";
import { OWNED_MARKER, type CellStyle, type SheetModel } from "../../workbook/model";
import type { OutValue } from "../../workbook/values";
import { COLORS, SheetBuilder } from "../render";
import { charsPerLine, wrappedLines } from "../wrap";
import { ROW_POINTS } from "../print";
import { wrapWords } from "./wrap";

export { PROPOSAL_SHEET };

/** One option of one production, with the comparison's figures. */
export interface ProposalOption {
  name: string;
  padForecast?: DayNumber;
  padTarget?: DayNumber;
  /** Working days from the baseline PAD (else the contractual one) to the forecast. */
  slipDays: number;
  slipReference: "baseline" | "contract" | "none";
  /** Working days from the contractual PAD to the forecast (positive = late). */
  contractSlipDays?: number;
  /** Working days earlier than the plan's forecast (the plan's slip minus the option's). */
  gainedDays: number;
  /** Extra cost HT (the comparison's: slip cost plus Sunday surcharges plus pay surcharges). */
  extraCents: Cents;
  sundayCents: Cents;
  /** The pay surcharges (overtime, Sunday and holiday premiums) the option adds to the plan's. */
  payCents: Cents;
  /** The production has a frozen baseline (without one, the slip costs nothing). */
  hasBaseline: boolean;
  overloads: readonly WeekLoad[];
  /** The overloaded weeks the plan does not have. */
  added: readonly WeekLoad[];
  /** The option's changes, one plain French sentence each (none for the plan). */
  changes: readonly string[];
}

/** Who chose the option printed for acceptance. */
export interface ProposalChoice {
  index: number;
  by: "coordinator" | "suggestion";
  reason?: string;
  /** The rule that gave a suggestion. */
  rule?: "contract" | "earliest";
  /** A recommendation typed that names no option (kept and shown as typed). */
  unknownTyped?: string;
}

export interface ProposalPage {
  production: string;
  title?: string;
  client?: string;
  padBaseline?: DayNumber;
  /** `Plan actuel` first. */
  options: readonly ProposalOption[];
  choice?: ProposalChoice;
  /** Above these a week is overloaded (the comparison's limits). */
  limits: { maxHours: number; maxDays: number };
}

/** Options side by side on one table row-block: more go to a second block below. */
const OPTIONS_PER_BLOCK = 5;
const LABEL_WIDTH = 26;
/**
 * The page's width in characters, whatever the number of options: about 95 characters a line of text, and
 * the page printed at about 83 % (9 pt for 11 pt text, above the 8 pt minimum), which leaves some 60 rows
 * of 15 points on an A4 portrait page.
 */
const PAGE_WIDTH = 96;
const MONEY = '#,##0.00 "€"';
const DATE = "dd/mm/yyyy";
const SECTION: CellStyle = { bold: true, fontColor: COLORS.title, border: "bottom" };
const HEADER: CellStyle = { bold: true, fill: COLORS.headerFill, border: "box", wrap: true, hAlign: "center", vAlign: "middle" };
const CHOSEN: CellStyle = { ...HEADER, fill: COLORS.greenFill, fontColor: COLORS.greenFont };
/** The suggestion's rule, as the docs state it. */
export const SUGGESTION_RULE =
  "Règle de Cap PAD : l'option la moins chère qui tient le PAD contractuel sans ajouter de semaine surchargée à celles du plan actuel ; à défaut, celle dont le PAD prévu est le plus tôt.";

/** What a page's columns allow: one label column, then the option columns. */
interface Layout {
  optionColumns: number;
  optionWidth: number;
  lastColumn: number;
  /** Characters of a full-width line of text. */
  line: number;
}

export function buildProposalSheet(pages: readonly ProposalPage[], today: DayNumber): SheetModel {
  const b = new SheetBuilder(PROPOSAL_SHEET, true);
  b.title(`${OWNED_MARKER} — Proposition au producteur`);
  const most = Math.max(0, ...pages.map((p) => p.options.length));
  const optionColumns = Math.min(OPTIONS_PER_BLOCK, Math.max(3, most));
  const optionWidth = Math.floor((PAGE_WIDTH - LABEL_WIDTH) / optionColumns);
  const layout: Layout = { optionColumns, optionWidth, lastColumn: optionColumns, line: charsPerLine(LABEL_WIDTH + optionColumns * optionWidth) };
  b.width(0, LABEL_WIDTH);
  for (let j = 1; j <= optionColumns; j++) b.width(j, optionWidth);
  let row = 2;
  if (pages.length === 0) b.value(row, 0, "Aucun scénario dans la table Scenarios : aucune proposition à imprimer.", { italic: true });
  // Each production starts a printed page at its « Production … » title (the sheet's print contract).
  for (const p of pages) row = page(b, p, row, layout, today) + 2;
  b.options({ tabColor: "#548235" }).printAs(ownedPrint(PROPOSAL_SHEET));
  return b.build();
}

function page(b: SheetBuilder, p: ProposalPage, top: number, layout: Layout, today: DayNumber): number {
  let row = top;
  b.value(row++, 0, `Production ${p.production}${p.title ? ` — ${p.title}` : ""}${p.client ? ` (${p.client})` : ""}`, { bold: true, fontSize: 13, fontColor: COLORS.title });
  const intro = `Proposition au producteur établie le ${toFrench(today)} ; j = jours ouvrés ; montants hors taxes.`;
  row = lines(b, intro, row, layout, { italic: true, fontColor: COLORS.greyFont }) + 1;
  row = situation(b, p, row) + 1;
  for (let first = 0; first < p.options.length; first += OPTIONS_PER_BLOCK) row = optionsTable(b, p, first, row, layout) + 1;
  row = details(b, p, row, layout) + 1;
  row = recommendation(b, p, row, layout) + 1;
  return acceptance(b, p, row, layout);
}

/** Full-width text, wrapped one line a row; returns the next row. */
function lines(b: SheetBuilder, text: string, top: number, layout: Layout, style: CellStyle = {}): number {
  let row = top;
  for (const l of wrapWords(text, layout.line)) b.value(row++, 0, l, style);
  return row;
}

const days = (n: number): string => `${n} jour${Math.abs(n) > 1 ? "s" : ""} ouvré${Math.abs(n) > 1 ? "s" : ""}`;
const dateCell = (d: DayNumber | undefined, missing = "—"): OutValue => (d === undefined ? missing : { day: d });

/** « 8 j avant », « 3 j après », « le jour même ». */
function gap(n: number | undefined): string {
  if (n === undefined) return "—";
  return n === 0 ? "le jour même" : `${Math.abs(n)} j ${n > 0 ? "après" : "avant"}`;
}

function situation(b: SheetBuilder, p: ProposalPage, top: number): number {
  const plan = p.options[0];
  let row = top;
  b.value(row++, 0, "La situation", SECTION);
  const baseline =
    plan.slipReference === "baseline" ? `PAD prévu ${gap(plan.slipDays)} : ${plan.slipDays > 0 ? `glissement de ${days(plan.slipDays)}` : "pas de glissement"}` : "pas de référence figée : glissement mesuré sur le PAD contractuel";
  const rows: [string, OutValue, string][] = [
    ["PAD contractuel", dateCell(plan.padTarget, "non saisi"), plan.contractSlipDays === undefined ? "" : `PAD prévu ${gap(plan.contractSlipDays)}${plan.contractSlipDays > 0 ? " : hors contrat" : ""}`],
    ["PAD de référence (figé)", dateCell(p.padBaseline, "aucun"), baseline],
    ["PAD prévu (plan actuel)", dateCell(plan.padForecast), ""],
  ];
  for (const [label, value, note] of rows) {
    b.value(row, 0, label, { bold: true });
    b.value(row, 1, value, { numFmt: DATE, hAlign: "left" });
    if (note) b.value(row, 2, note);
    row++;
  }
  return row;
}

/** The options from `first` side by side, one column each, the chosen one in green. */
function optionsTable(b: SheetBuilder, p: ProposalPage, first: number, top: number, layout: Layout): number {
  const shown = p.options.slice(first, first + layout.optionColumns);
  let row = top;
  if (first === 0) b.value(row++, 0, "Les options", SECTION);
  b.value(row, 0, first === 0 ? "Option" : "Option (suite)", { ...HEADER, hAlign: "left" });
  shown.forEach((o, j) => b.value(row, 1 + j, o.name, first + j === p.choice?.index ? CHOSEN : HEADER));
  // Bold names take more room than the wrapping estimate allows plain text: counted a few characters narrower.
  b.rowHeight(row, Math.max(...shown.map((o) => wrappedLines(o.name, layout.optionWidth - 3))) * ROW_POINTS);
  row++;
  const anySunday = p.options.some((o) => o.sundayCents !== 0);
  const figures: [string, (o: ProposalOption) => OutValue, CellStyle?][] = [
    ["PAD prévu", (o) => dateCell(o.padForecast), { numFmt: DATE, bold: true }],
    ["Jours gagnés / plan actuel", (o) => o.gainedDays, { numFmt: "+0;-0;0" }],
    ["PAD contractuel", (o) => dateCell(o.padTarget, "non saisi"), { numFmt: DATE }],
    ["Écart au PAD contractuel", (o) => gap(o.contractSlipDays)],
    ["Surcoût HT", (o) => eurosFromCents(o.extraCents), { numFmt: MONEY, bold: true }],
    ...(anySunday ? [["dont majorations du dimanche", (o: ProposalOption) => eurosFromCents(o.sundayCents), { numFmt: MONEY }] as [string, (o: ProposalOption) => OutValue, CellStyle]] : []),
    ["Semaines surchargées", (o) => o.overloads.length],
    ["Recommandation", (o) => (p.options.indexOf(o) === p.choice?.index ? (p.choice.by === "coordinator" ? "recommandée" : "suggestion") : "")],
  ];
  for (const [label, value, style] of figures) {
    b.value(row, 0, label, { bold: true, border: "box" });
    shown.forEach((o, j) => b.value(row, 1 + j, value(o), { border: "box", hAlign: "center", ...style }));
    row++;
  }
  if (first + layout.optionColumns < p.options.length) return row;
  const limit = `Semaine surchargée : plus de ${formatNumber(p.limits.maxHours)} h ou de ${p.limits.maxDays} jours pour une personne ou une salle, toutes productions.`;
  return lines(b, limit, row, layout, { italic: true, fontColor: COLORS.greyFont });
}

/** What each option changes and risks, in sentences. */
function details(b: SheetBuilder, p: ProposalPage, top: number, layout: Layout): number {
  let row = top;
  b.value(row++, 0, "Ce que change chaque option, et ses risques", SECTION);
  const plan = p.options[0];
  for (const o of p.options) {
    // Between guillemets: a name never starts a printed page (« Production … » does).
    b.value(row++, 0, `« ${o.name} »`, { bold: true });
    const changes = o.changes.length === 0 ? "aucun : le planning tel qu'il est aujourd'hui" : o.changes.join(" ; ");
    row = lines(b, `Changements : ${changes}.`, row, layout);
    row = lines(b, `Risques : ${risks(o, plan, p.limits.maxDays).join(" ; ")}.`, row, layout, { fontColor: o.added.length > 0 || (o.contractSlipDays ?? 0) > 0 ? COLORS.redFont : undefined });
  }
  return row;
}

/** The option's risks: PAD past the contract, a contract to renegotiate, overloaded weeks, costs not counted. */
export function risks(o: ProposalOption, plan: ProposalOption, maxDays: number): string[] {
  const out: string[] = [];
  if (o.contractSlipDays !== undefined && o.contractSlipDays > 0) out.push(`PAD prévu ${days(o.contractSlipDays)} après le PAD contractuel du ${toFrench(o.padTarget!)}`);
  if (o.contractSlipDays === 0) out.push("aucune marge sur le PAD contractuel");
  if (o.padTarget !== undefined && o.padTarget !== plan.padTarget) out.push(`suppose l'accord du diffuseur sur un PAD contractuel au ${toFrench(o.padTarget)}`);
  if (o !== plan && o.overloads.length > 0 && sameWeeks(o.overloads, plan.overloads)) out.push("les mêmes semaines surchargées que le plan actuel");
  else if (o.overloads.length > 0) out.push(`semaines surchargées : ${overloadText(o.overloads, o === plan ? [] : o.added, maxDays)}`);
  if (o.sundayCents > 0) out.push(`travail le dimanche : ${formatEuros(o.sundayCents)} HT de majorations, comptées dans le surcoût`);
  if (o.payCents > 0) out.push(`heures supplémentaires et majorations de paie : ${formatEuros(o.payCents)} de plus, comptées dans le surcoût`);
  if (!o.hasBaseline) out.push("pas de référence figée : le surcoût ne compte pas les jours de glissement");
  return out.length > 0 ? out : ["aucun relevé"];
}

function sameWeeks(a: readonly WeekLoad[], b: readonly WeekLoad[]): boolean {
  const key = (w: WeekLoad): string => `${w.resource}\u0000${w.week}\u0000${w.hours}\u0000${w.days}`;
  const set = new Set(b.map(key));
  return a.length === b.length && a.every((w) => set.has(key(w)));
}

/**
 * « Léa Martin 23/11/2026 (80 h), 30/11/2026 (80 h, 6 j, nouvelle) ; Salle montage 2 … »: the weeks by
 * their Mondays, the days said when they pass the limit.
 */
function overloadText(weeks: readonly WeekLoad[], added: readonly WeekLoad[], maxDays: number): string {
  const byResource = new Map<string, WeekLoad[]>();
  for (const w of weeks) byResource.set(w.resource, [...(byResource.get(w.resource) ?? []), w]);
  const week = (w: WeekLoad): string => `${toFrench(w.week)} (${formatNumber(w.hours)} h${w.days > maxDays ? `, ${w.days} j` : ""}${added.includes(w) ? ", nouvelle" : ""})`;
  return [...byResource].map(([name, list]) => `${name} ${list.map(week).join(", ")}`).join(" ; ");
}

/** What the option chosen gives, in one phrase: « PAD prévu le 06/01/2027, économie de 2 270,00 € HT ». */
function optionFigures(o: ProposalOption): string {
  const pad = o.padForecast === undefined ? "sans PAD prévu" : `PAD prévu le ${toFrench(o.padForecast)}`;
  return `${pad}, ${o.extraCents < 0 ? `économie de ${formatEuros(-o.extraCents)}` : `surcoût de ${formatEuros(o.extraCents)}`} HT`;
}

function recommendation(b: SheetBuilder, p: ProposalPage, top: number, layout: Layout): number {
  let row = top;
  b.value(row++, 0, "Notre recommandation", SECTION);
  const c = p.choice;
  if (!c) return lines(b, "Aucune option à recommander.", row, layout);
  const o = p.options[c.index];
  if (c.by === "coordinator") {
    row = lines(b, `Nous recommandons « ${o.name} » : ${optionFigures(o)}.`, row, layout, { bold: true });
    return c.reason ? lines(b, `Motif : ${c.reason}`, row, layout) : row;
  }
  if (c.unknownTyped) row = lines(b, `La recommandation saisie (« ${c.unknownTyped} ») ne correspond à aucune option de ${p.production} : voir la feuille Alertes.`, row, layout, { fontColor: COLORS.redFont });
  else row = lines(b, "Aucune recommandation saisie (table Recommandations de la feuille Scenarios) : voici la suggestion de Cap PAD.", row, layout, { italic: true, fontColor: COLORS.greyFont });
  row = lines(b, `Suggestion de Cap PAD : « ${o.name} » : ${optionFigures(o)}.`, row, layout, { bold: true });
  return lines(b, SUGGESTION_RULE, row, layout, { italic: true, fontColor: COLORS.greyFont });
}

/** Rows of the signature box: about 3 cm printed. */
const SIGNATURE_ROWS = 4;
const BOX_ROW_POINTS = 20;

/** « Bon pour accord »: the option identified, then bordered boxes to fill in by hand. */
function acceptance(b: SheetBuilder, p: ProposalPage, top: number, layout: Layout): number {
  let row = top;
  b.value(row++, 0, "Bon pour accord", { ...SECTION, fontSize: 13 });
  const o = p.choice ? p.options[p.choice.index] : undefined;
  const what = o ? `Option retenue pour ${p.production} : « ${o.name} » (${optionFigures(o)}).` : `Option retenue pour ${p.production} :`;
  row = lines(b, what, row, layout, { bold: true }) + 1;
  const box = (label: string, height: number): void => {
    b.value(row, 0, label, { bold: true, vAlign: "top", wrap: true });
    for (let k = 0; k < height; k++) {
      for (let j = 1; j <= layout.lastColumn; j++) b.value(row + k, j, null, { border: "box" });
      b.rowHeight(row + k, BOX_ROW_POINTS);
    }
    b.merge(row, 1, row + height - 1, layout.lastColumn);
    row += height;
  };
  box("Autre option retenue", 1);
  box("Nom et qualité", 1);
  box("Date", 1);
  box("Signature", SIGNATURE_ROWS);
  return row;
}
