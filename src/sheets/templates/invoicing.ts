/**
 * Invoicing templates: `Societe` (the company's mandatory mentions, one field per row), `Clients`,
 * the draft `Facture` (header, lines, a totals preview by native formulas, printable A4) and the
 * register `Factures` with its hidden archive. Defaults are the legal wordings of the data
 * (penalties, no early-payment discount) so that a blank company sheet already says them right.
 */
import { ymdFromDay, type DayNumber } from "../../core/dates/civil";
import { DEFAULT_LATE_PAYMENT_PENALTY, DEFAULT_NO_EARLY_PAYMENT_DISCOUNT } from "../../data/invoicing/legalMentions";
import { VAT_RATES } from "../../data/invoicing/vatRates";
import { DERIVED_STATUS_LABEL } from "../../core/accounts/invoiceStatus";
import { ARCHIVE_FACTURES, CLIENTS, ENTETE_FACTURE, ENTETE_FIELDS, FACTURES, INVOICE_STATUSES, LIGNES_FACTURE, OPERATION_NATURE_VALUES, SOCIETE, SOCIETE_FIELDS } from "../contract/costs";
import { OWNED_MARKER, type SheetModel } from "../../workbook/model";
import { COLORS, INPUT_ROWS, SheetBuilder, firstCell } from "../render";
import { rangeA1 } from "../address";
import { isDayValue, type OutValue } from "../../workbook/values";
import { formatPercent } from "../../core/format/number";

const MONEY = '#,##0.00 "€"';
/** Width of the company's `Valeur` column (characters): long wordings wrap at it. */
const VALUE_CHARS = 60;
const DATE = "dd/mm/yyyy";

/** The company's fields with the legal defaults; `values` (demo) fill or override them. */
export function societeSheet(today: DayNumber, values: Partial<Record<keyof typeof SOCIETE_FIELDS, OutValue>> = {}): SheetModel {
  const defaults: Partial<Record<keyof typeof SOCIETE_FIELDS, OutValue>> = {
    country: "FR",
    latePaymentTerms: DEFAULT_LATE_PAYMENT_PENALTY.text,
    earlyPaymentDiscount: DEFAULT_NO_EARLY_PAYMENT_DISCOUNT.text,
    vatOnDebits: "non",
    vatFranchise: "non",
    seriesPrefix: `FA-${ymdFromDay(today).year}-`,
  };
  const b = new SheetBuilder(SOCIETE.sheet, false);
  b.title(
    "Votre société (mentions obligatoires des factures)",
    "Les mentions de vos factures : « Émettre la facture » refuse tant qu'il en manque une. Options : oui ou non.",
  );
  const keys = Object.keys(SOCIETE_FIELDS) as (keyof typeof SOCIETE_FIELDS)[];
  const rows = keys.map((k) => ({ Champ: SOCIETE_FIELDS[k], Valeur: values[k] ?? defaults[k] ?? null }));
  b.table(SOCIETE, 2, 0, rows, { style: "TableStyleLight9" });
  // Long legal wordings (penalties) wrap inside a taller row, so that they read whole on screen and paper.
  rows.forEach((r, i) => {
    if (typeof r.Valeur === "string" && r.Valeur.length > VALUE_CHARS) {
      b.set(3 + i, 0, { value: r.Champ, style: { vAlign: "top", locked: false, numFmt: "@" } });
      b.set(3 + i, 1, { value: r.Valeur, style: { wrap: true, vAlign: "top", locked: false, numFmt: "@" } });
      b.rowHeight(3 + i, 15 * Math.ceil(r.Valeur.length / VALUE_CHARS));
    }
  });
  b.width(1, VALUE_CHARS);
  const capital = keys.indexOf("shareCapital");
  b.set(3 + capital, 1, { value: rows[capital].Valeur, style: { numFmt: '#,##0 "€"', locked: false, hAlign: "left" } });
  b.options({ tabColor: "#7030A0" }).printAs({ landscape: false, extraRows: INPUT_ROWS });
  return b.build();
}

export function clientsSheet(rows: readonly Record<string, OutValue>[]): SheetModel {
  const b = new SheetBuilder(CLIENTS.sheet, false);
  b.title(
    "Clients",
    "SIREN obligatoire pour un client français ; adresse de routage = son adresse à l'annuaire de la facturation électronique ; délai ≤ 60 jours date de facture ou 45 jours fin de mois, vide = 30 jours après la prestation.",
  );
  b.table(CLIENTS, 2, 0, [...rows], { blankRows: rows.length ? 2 : 5 });
  b.freeze(3, 1);
  b.options({ tabColor: "#7030A0" }).printAs({ landscape: true, repeatRows: 3, repeatColumns: 1, extraRows: INPUT_ROWS });
  return b.build();
}

/** The draft: header (Champ/Valeur), a totals preview, the lines below (free to grow). */
export function factureSheet(header: Partial<Record<keyof typeof ENTETE_FIELDS, OutValue>> = {}, lines: readonly Record<string, OutValue>[] = []): SheetModel {
  const b = new SheetBuilder(ENTETE_FACTURE.sheet, false);
  b.title("Facture — brouillon", "Remplissez l'en-tête et les lignes (ou « Facturer une période »), puis « Émettre la facture » : la facture émise est une feuille protégée.");
  const keys = Object.keys(ENTETE_FIELDS) as (keyof typeof ENTETE_FIELDS)[];
  const headerRows = keys.map((k) => ({ Champ: ENTETE_FIELDS[k], Valeur: header[k] ?? null }));
  b.table(ENTETE_FACTURE, 2, 0, headerRows, { style: "TableStyleLight9" });
  keys.forEach((k, i) => {
    const v = headerRows[i].Valeur;
    if (isDayValue(v) || ["issueDate", "periodStart", "periodEnd", "deliveryDate"].includes(k)) b.set(3 + i, 1, { value: v, style: { numFmt: DATE, locked: false, hAlign: "left" } });
  });
  const natureRow = 3 + keys.indexOf("nature");
  b.validation({ range: rangeA1(natureRow, 1, natureRow, 1), type: "list", formulae: [`"${OPERATION_NATURE_VALUES.join(",")}"`], allowBlank: true, errorStyle: "warning", errorTitle: "Nature des opérations", error: "services, biens ou mixte." });
  // oui: a recap invoice of a month (CGI art. 289 I-3), due within 45 days of its date.
  const periodicRow = 3 + keys.indexOf("periodic");
  b.validation({ range: rangeA1(periodicRow, 1, periodicRow, 1), type: "list", formulae: ['"oui,non"'], allowBlank: true, errorStyle: "warning", errorTitle: "Facture périodique", error: "oui ou non." });
  b.width(0, 24);
  b.width(1, 26);

  const top = 3 + keys.length + 2;
  b.table(LIGNES_FACTURE, top, 0, [...lines], { blankRows: lines.length ? 0 : 8 });
  // Totals preview (native formulas over the lines, VAT per rate on the sum of the lines as issuing does).
  const amount = "LignesFacture[Montant HT]";
  const rate = "LignesFacture[TVA (%)]";
  const rates = [...new Set(VAT_RATES.filter((r) => r.validTo === null && r.ratePercent >= 5).map((r) => r.ratePercent))].sort((x, y) => y - x);
  b.value(2, 5, "Totaux (aperçu)", { bold: true, fill: COLORS.headerFill });
  b.value(2, 7, null, { fill: COLORS.headerFill });
  b.value(3, 5, "Total HT");
  b.formula(3, 7, `SUM(${amount})`, { numFmt: MONEY });
  rates.forEach((p, i) => {
    b.value(4 + i, 5, `TVA ${formatPercent(p)}`);
    b.formula(4 + i, 7, `ROUND(SUMIF(${rate},${p},${amount})*${p}/100,2)`, { numFmt: MONEY });
  });
  const ttc = 4 + rates.length;
  b.value(ttc, 5, "Total TTC", { bold: true });
  b.formula(ttc, 7, `H4+SUM(H5:H${ttc})`, { numFmt: MONEY, bold: true });
  b.value(ttc + 1, 5, "Montants HT calculés par « Vérifier ».", { italic: true, fontColor: COLORS.greyFont });
  // Landscape: the lines' eight columns and the totals beside the header on one page width.
  b.options({ tabColor: "#7030A0" }).printAs({ landscape: true, extraRows: INPUT_ROWS });
  return b.build();
}

/**
 * The register and its archive, empty or with the rows « Émettre la facture » wrote (the demo's
 * earlier invoices: src/commands/demoInvoices.ts).
 */
export function facturesSheets(registerRows: readonly Record<string, OutValue>[] = [], archiveRows: readonly Record<string, OutValue>[] = []): SheetModel[] {
  const b = new SheetBuilder(FACTURES.sheet, false);
  b.title(
    "Registre des factures",
    "Rempli par « Émettre la facture » et « Annuler par un avoir » : ne supprimez ni ne modifiez aucune ligne (le Statut est calculé d'après la table Paiements).",
  );
  const t = b.table(FACTURES, 2, 0, [...registerRows], { blankRows: registerRows.length ? 0 : 1 });
  const range = t.bodyRange(1000);
  const status = firstCell(t, "Statut");
  b.conditionalFormat({ range, formula: `${status}="${INVOICE_STATUSES[2]}"`, style: { fontColor: COLORS.greyFont, strike: true }, stopIfTrue: true });
  b.conditionalFormat({ range, formula: `${status}="${INVOICE_STATUSES[1]}"`, style: { fill: COLORS.greenFill, fontColor: COLORS.greenFont }, stopIfTrue: true });
  const due = firstCell(t, "Échéance");
  b.conditionalFormat({ range, formula: `OR(${status}="${DERIVED_STATUS_LABEL.overdue}",AND(${status}<>"${INVOICE_STATUSES[1]}",ISNUMBER(${due}),${due}<TODAY()))`, style: { fill: COLORS.redFill, fontColor: COLORS.redFont } });
  b.freeze(3, 1);
  b.options({ tabColor: "#7030A0" }).printAs({ landscape: true, repeatRows: 3, repeatColumns: 1, extraRows: INPUT_ROWS });

  const a = new SheetBuilder(ARCHIVE_FACTURES.sheet, false);
  a.title(`${OWNED_MARKER} — archive des factures émises`, "Chaque facture et avoir tels qu'émis (données de la facture électronique). Ne pas modifier.");
  a.table(ARCHIVE_FACTURES, 2, 0, [...archiveRows], { blankRows: archiveRows.length ? 0 : 1 });
  a.options({ hidden: true });
  return [b.build(), a.build()];
}
