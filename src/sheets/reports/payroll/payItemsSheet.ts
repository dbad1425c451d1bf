/**
 * "Éléments variables de paie" of a month, as the coordinator sends them to the payroll provider:
 * one column per person × production, one row per item a payroll provider asks for, grouped as the provider
 * reads them (identity, production and contract, pay, items to fill in; attendance, analytic split).
 * List items (each day worked, hours per civil week, contracts, alerts) take one row per entry so
 * that everything prints whole. Columns go by groups of three, three printed pages per group (landscape).
 * The CSV attached to the report carries the same items, one line per person × production. The sheet
 * keeps every month prepared, one block per month, the latest first.
 */
import { PAY_ITEMS_DISCLAIMER } from "../../../core/crew/labels";
import { PAY_ITEMS_COLUMNS, type PayItemsColumn, type PayItemsLine, type PayItemValue } from "./payItems";
import { monthKeyFromLabel, monthLabel } from "../../../core/dates/civil";
import type { SheetValues } from "../../../workbook/snapshot";
import { PAY_ITEMS_PAGE, PAY_ITEMS_SHEET, ownedPrint } from "../../contract/sheets";
import { OWNED_MARKER, type SheetModel } from "../../../workbook/model";
import { COLORS, SheetBuilder } from "../../render";
import type { CellValue, OutValue } from "../../../workbook/values";
import { wrapWords } from "../wrap";
import { ownedRows, textOf } from "./months";

export { PAY_ITEMS_SHEET };

type Section = [title: string, items: PayItemsColumn[]];

/**
 * Three printed pages per group of people: the person and the contract; the pay, what the production
 * completes and the attendance counts; every day worked and each civil week, then the checks (the
 * long one: a month of days runs on over the next page).
 */
const PAGES: Section[][] = [
  [
    ["Identité du salarié", ["Période", "Nom", "NIR", "N° Congés Spectacles", "Adresse", "IBAN", "Premier contrat"]],
    ["Production et contrat", ["Production", "Numéro d'objet", "Convention", "Fonction (intitulé de la grille)", "Spécialisé", "Statut cadre", "Type de contrat", "Début contrat", "Fin contrat", "Contrats"]],
  ],
  [
    ["Rémunération", ["Salaire convenu", "Unité salaire", "Au minimum conventionnel", "Minimum conventionnel", "HS 25 %", "HS 50 %", "Autres heures majorées", "Brut estimé"]],
    ["À compléter par la production", ["Primes", "Paniers repas", "Frais sur justificatifs", "Défraiement", "Absences (maladie, AT)"]],
    ["Présence", ["Jours travaillés", "Heures", "Heures de nuit", "Heures dimanche", "Heures jours fériés", "Jours fériés travaillés", "6e jour travaillé", "Déplacement / voyage", "Régime d'équivalence"]],
  ],
  [
    ["Détail de la présence", ["Heures par semaine civile", "Détail des journées"]],
    ["Ventilation et contrôle", ["Ventilation analytique", "Alertes"]],
  ],
];

/** Items whose text is a list ("a ; b ; c"): one row per entry. */
const LISTS = new Set<PayItemsColumn>(["Détail des journées", "Heures par semaine civile", "Contrats", "Jours fériés travaillés", "Alertes"]);
const MONEY = new Set<PayItemsColumn>(["Salaire convenu", "Minimum conventionnel", "Brut estimé"]);
/** Three people per printed page, A4 landscape at 8 pt or more (30 + 3 × 38 characters across). */
const LINES_PER_PAGE = 3;
const VALUE_WIDTH = 36;

function entries(column: PayItemsColumn, value: PayItemValue): PayItemValue[] {
  if (typeof value !== "string" || value === "") return [value];
  const parts = LISTS.has(column) ? value.split(/ ; | \| /) : [value];
  return parts.flatMap((p) => wrapWords(p, VALUE_WIDTH));
}

/** A row of a month's block: a page's header (the people), a section title, or an item (label, values). */
interface PayItemsRow {
  kind: "header" | "section" | "item";
  cells: OutValue[];
  /** The values are amounts in euros. */
  money?: boolean;
}

/** One month of the sheet, whether just computed or read back. */
export interface PayItemsBlock {
  month: string;
  rows: PayItemsRow[];
}

const SECTIONS = new Set(PAGES.flat().map(([title]) => title));
const MONEY_LABELS = new Set<string>([...MONEY]);
const CSV_LABEL = "Fichier pour la paie";

/** Text of a page's header cell: it starts the printed page and names the month (« Élément — novembre 2026 »). */
function headerText(month: string, continued: boolean): string {
  return `${continued ? "Élément (suite)" : "Élément"} — ${monthLabel(month)}`;
}

/** The block of the month just computed: groups of three people, three printed pages per group. */
export function payItemsBlock(month: string, lines: readonly PayItemsLine[], csvName?: string): PayItemsBlock {
  const covered = new Set(PAGES.flat().flatMap(([, cols]) => cols));
  const missing = PAY_ITEMS_COLUMNS.filter((c) => !covered.has(c) && c !== "Mention");
  if (missing.length) throw new Error(`éléments variables sans rubrique : ${missing.join(", ")}`);
  const rows: PayItemsRow[] = [];
  if (lines.length === 0) {
    rows.push({ kind: "header", cells: [headerText(month, false)] }, { kind: "item", cells: ["Aucune ligne de paie ce mois-ci."] });
    return { month, rows };
  }
  for (let g = 0; g < lines.length; g += LINES_PER_PAGE) {
    const group = lines.slice(g, g + LINES_PER_PAGE);
    PAGES.forEach((sections, p) => {
      rows.push({ kind: "header", cells: [headerText(month, g > 0 || p > 0), ...group.map((l) => `${l.Nom} — ${l.Production}`)] });
      // The file's name only: where it was written is the user's business (and changes nothing here).
      if (g === 0 && p === 0 && csvName) rows.push({ kind: "item", cells: [CSV_LABEL, `${csvName.split(/[\\/]/).pop()} (une ligne par salarié et production)`] });
      for (const [section, columns] of sections) {
        rows.push({ kind: "section", cells: [section] });
        for (const column of columns) {
          const values = group.map((l) => entries(column, l[column]));
          const height = Math.max(1, ...values.map((v) => v.length));
          for (let k = 0; k < height; k++) rows.push({ kind: "item", cells: [k === 0 ? column : null, ...values.map((v) => v[k] ?? null)], money: MONEY.has(column) });
        }
      }
    });
  }
  return { month, rows };
}

function renderRow(b: SheetBuilder, r: number, row: PayItemsRow): void {
  if (row.kind === "header") row.cells.forEach((v, j) => b.value(r, j, v, { bold: true, fill: COLORS.headerFill, border: "box", wrap: true, vAlign: "top" }));
  else if (row.kind === "section") b.value(r, 0, row.cells[0] ?? null, { bold: true, fontColor: COLORS.title, border: "bottom" });
  else {
    b.value(r, 0, row.cells[0] ?? null, { fontColor: COLORS.greyFont });
    row.cells.slice(1).forEach((v, j) => b.value(r, j + 1, v, { numFmt: row.money && typeof v === "number" ? '#,##0.00 "€"' : undefined, hAlign: "left" }));
  }
}

export function buildPayItemsSheet(blocks: readonly PayItemsBlock[]): SheetModel {
  const b = new SheetBuilder(PAY_ITEMS_SHEET, true);
  b.title(`${OWNED_MARKER} — Éléments variables de paie`, PAY_ITEMS_DISCLAIMER);
  b.value(2, 0, "Une colonne par salarié et par production ; un bloc par mois préparé, le plus récent d'abord.", { italic: true, fontColor: COLORS.greyFont });
  b.width(0, 30);
  for (let j = 1; j <= LINES_PER_PAGE; j++) b.width(j, VALUE_WIDTH + 2);
  let r = 4;
  for (const block of blocks) {
    for (const row of block.rows) renderRow(b, r++, row);
    r += 2;
  }
  b.freeze(0, 1);
  b.options({ tabColor: "#7030A0" }).printAs(ownedPrint(PAY_ITEMS_SHEET));
  return b.build();
}

/** The months the sheet held, read back row by row: each row belongs to the month of the page header above it. */
export function readPayItemsBlocks(values: SheetValues | undefined): PayItemsBlock[] {
  const blocks: PayItemsBlock[] = [];
  let current: PayItemsBlock | undefined;
  let label = "";
  for (const row of ownedRows(values)) {
    const first = textOf(row?.[0]);
    const header = PAY_ITEMS_PAGE.test(first) ? monthKeyFromLabel(first.split(" — ")[1] ?? "") : undefined;
    if (header) {
      if (current?.month !== header) blocks.push((current = { month: header, rows: [] }));
      current.rows.push({ kind: "header", cells: cellsOf(row) });
      continue;
    }
    if (!current || row.every((v) => v === null || v === "")) continue;
    if (SECTIONS.has(first) && row.slice(1).every((v) => v === null || v === "")) current.rows.push({ kind: "section", cells: [first] });
    else {
      if (first) label = first;
      current.rows.push({ kind: "item", cells: cellsOf(row), money: MONEY_LABELS.has(label) });
    }
  }
  return blocks;
}

function cellsOf(row: readonly CellValue[]): OutValue[] {
  const cells = row.map((v) => (v !== null && typeof v === "object" ? null : v));
  while (cells.length > 1 && (cells[cells.length - 1] === null || cells[cells.length - 1] === "")) cells.pop();
  return cells;
}
