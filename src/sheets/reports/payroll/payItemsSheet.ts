/**
 * "Éléments variables de paie" of a month, as the coordinator sends them to the payroll provider:
 * one column per person × production, one row per item of reference §3, grouped as the provider
 * reads them (identity, production and contract, pay, items to fill in; attendance, analytic split).
 * List items (each day worked, hours per civil week, contracts, alerts) take one row per entry so
 * that everything prints whole. Columns go by groups of three, three printed pages per group (landscape).
 * The CSV attached to the report carries the same items, one line per person × production.
 */
import { PAY_ITEMS_SHEET, ownedPrint } from "../../contract/sheets";
import { PAY_ITEMS_DISCLAIMER } from "../../../core/crew/labels";
import { PAY_ITEMS_COLUMNS, type PayItemsColumn, type PayItemsLine, type PayItemValue } from "../../../core/crew/payItems";
import type { SheetModel } from "../../model";
import { COLORS, SheetBuilder } from "../../render";
import { wrapWords } from "../wrap";
import { payrollTitle } from "./common";

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

export function buildPayItemsSheet(month: string, lines: readonly PayItemsLine[], csvName?: string): SheetModel {
  const covered = new Set(PAGES.flat().flatMap(([, cols]) => cols));
  const missing = PAY_ITEMS_COLUMNS.filter((c) => !covered.has(c) && c !== "Mention");
  if (missing.length) throw new Error(`éléments variables sans rubrique : ${missing.join(", ")}`);
  const b = new SheetBuilder(PAY_ITEMS_SHEET, true);
  b.title(payrollTitle("Éléments variables de paie", month), PAY_ITEMS_DISCLAIMER);
  b.value(2, 0, `Une colonne par salarié et par production.${csvName ? ` Le fichier ${csvName} reprend ces éléments pour le prestataire de paie (une ligne par salarié et production).` : ""}`, { italic: true, fontColor: COLORS.greyFont });
  b.width(0, 30);
  for (let j = 1; j <= LINES_PER_PAGE; j++) b.width(j, VALUE_WIDTH + 2);
  let r = 4;
  if (lines.length === 0) b.value(r, 0, "Aucune ligne de paie ce mois-ci.", { italic: true });
  for (let g = 0; g < lines.length; g += LINES_PER_PAGE) {
    const group = lines.slice(g, g + LINES_PER_PAGE);
    // Each page starts at its « Élément » header row (the sheet's print contract).
    PAGES.forEach((sections, p) => {
      r = page(b, r, group, sections, p > 0);
    });
  }
  b.freeze(0, 1);
  b.options({ tabColor: "#7030A0" }).printAs(ownedPrint(PAY_ITEMS_SHEET));
  return b.build();
}

/** One printed page of a group: the names on top, then each section's items. Returns the next free row. */
function page(b: SheetBuilder, top: number, group: readonly PayItemsLine[], sections: readonly Section[], continued: boolean): number {
  let r = top;
  b.value(r, 0, continued ? "Élément (suite)" : "Élément", { bold: true, fill: COLORS.headerFill, border: "box" });
  group.forEach((l, j) => b.value(r, j + 1, `${l.Nom} — ${l.Production}`, { bold: true, fill: COLORS.headerFill, border: "box" }));
  r++;
  for (const [section, columns] of sections) {
    b.value(r, 0, section, { bold: true, fontColor: COLORS.title, border: "bottom" });
    r++;
    for (const column of columns) {
      const values = group.map((l) => entries(column, l[column]));
      const height = Math.max(1, ...values.map((v) => v.length));
      for (let k = 0; k < height; k++) {
        b.value(r, 0, k === 0 ? column : null, { fontColor: COLORS.greyFont });
        values.forEach((v, j) => b.value(r, j + 1, v[k] ?? null, { numFmt: MONEY.has(column) && typeof v[k] === "number" ? '#,##0.00 "€"' : undefined, hAlign: "left" }));
        r++;
      }
    }
  }
  return r + 2;
}
