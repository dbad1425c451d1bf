/**
 * The issued invoice (or credit note) as a printable, protected sheet named after its number: every
 * mandatory mention (Code de commerce art. L441-9, CGI annexe II art. 242 nonies A) readable on one A4
 * page — seller identity (legal form, capital, RCS, SIREN/SIRET, VAT number), client identity (SIREN,
 * SIRET, VAT number, routing address), number, dates, service period, order, nature of the operations,
 * lines with their VAT rate, totals HT and VAT per rate, TTC, due date and payment terms, penalties,
 * the €40 indemnity, the early-payment discount statement, the VAT-on-debits option, exemption reasons.
 * Values, not formulas: an issued document does not move. A1 carries the owned marker (in small grey
 * print) so that no command ever replaces a sheet that is not Cap PAD's.
 */
import { INVOICE_PRINT } from "../contract/sheets";
import { toFrench } from "../../core/dates/civil";
import { eurosFromCents, formatEuros } from "../../core/money";
import type { IssuedInvoice, PostalAddress } from "../../core/invoicing/invoice";
import { paymentTermsText } from "../../core/invoicing/en16931";
import { compactIdentifier } from "../../core/invoicing/identifiers";
import { sellerLegalInformation } from "../../core/invoicing/notes";
import { BUYER_TYPE_NOTE_SUBJECT } from "../../data/invoicing/eInvoiceCodes";
import { OPERATION_NATURE_TEXT } from "../../data/invoicing/legalMentions";
import { OWNED_MARKER, type CellStyle, type SheetModel } from "../../workbook/model";
import { COLORS, SheetBuilder } from "../render";
import { wrapWords } from "./wrap";
import { formatPercent } from "../../core/format/number";

const MONEY = '#,##0.00 "€"';
const WIDTHS = [46, 10, 9, 14, 8, 15];
/** Characters of a line's designation that fit its column (a longer one wraps into a taller row). */
const LABEL_CHARS = 44;
/** Characters of a printed text line across the six columns. */
const LINE_CHARS = 98;
/** Column of the operation block (period, nature, production, order), right of the client's block. */
const OPERATION_COL = 1;

/** Excel refuses `/ \ ? * [ ] :` in sheet names and cuts them at 31 characters. */
export function invoiceSheetName(number: string): string {
  return number.replace(/[/\\?*[\]:]/g, "-").slice(0, 31);
}

export function addressLines(a: PostalAddress): string[] {
  const country = a.countryCode && a.countryCode.toUpperCase() !== "FR" ? a.countryCode.toUpperCase() : "";
  return [a.line1, a.line2 ?? "", `${a.postalCode} ${a.city}${country ? ` (${country})` : ""}`.trim()].filter((l) => l.trim() !== "");
}

export function spaced(id: string | undefined, groups: number[]): string {
  const c = compactIdentifier(id);
  const out: string[] = [];
  let i = 0;
  for (const g of groups) {
    if (i >= c.length) break;
    out.push(c.slice(i, i + g));
    i += g;
  }
  if (i < c.length) out.push(c.slice(i));
  return out.join(" ");
}

/** The sheet from the top down; each block writes from row `r` and returns the row after it. */
export function buildInvoiceSheet(doc: IssuedInvoice): SheetModel {
  const credit = doc.kind === "creditNote";
  const b = new SheetBuilder(invoiceSheetName(doc.number), true);
  WIDTHS.forEach((w, i) => b.width(i, w));
  const grey: CellStyle = { italic: true, fontSize: 8, fontColor: COLORS.greyFont };
  b.value(0, 0, `${OWNED_MARKER} — ${credit ? "avoir" : "facture"} émis${credit ? "" : "e"} le ${toFrench(doc.issueDate)} : feuille protégée, ne pas modifier (toute correction passe par un avoir).`, grey);
  let r = writeSellerAndIdentity(b, doc, 2);
  r = writeClientAndOperation(b, doc, r);
  r = writeLines(b, doc, r) + 1;
  r = writeTotals(b, doc, r) + 1;
  writeMentions(b, doc, r);
  // Printed from the seller's name down: the owned marker of row 1 stays off the client's copy.
  b.options({ protect: true, tabColor: "#2F5597" }).printAs(INVOICE_PRINT);
  return b.build();
}

type StyledText = [string, CellStyle?];

/** Seller (left) and document identity (right). */
function writeSellerAndIdentity(b: SheetBuilder, doc: IssuedInvoice, top: number): number {
  const credit = doc.kind === "creditNote";
  const s = doc.seller;
  const left: StyledText[] = [
    [s.name, { bold: true, fontSize: 14, fontColor: COLORS.title }],
    ...addressLines(s.address).map((l): [string] => [l]),
    [`SIREN ${spaced(s.siren, [3, 3, 3])} — SIRET ${spaced(s.siret, [3, 3, 3, 5])}`],
    [sellerLegalInformation(s, formatEuros)],
  ];
  if (s.vatNumber) left.push([`N° TVA intracommunautaire : ${compactIdentifier(s.vatNumber)}`]);
  const contact = [s.email, s.phone].filter((x) => x?.trim()).join(" — ");
  if (contact) left.push([contact]);
  left.forEach(([text, style], i) => b.value(top + i, 0, text, style));
  const right: StyledText[] = [
    [credit ? "AVOIR" : "FACTURE", { bold: true, fontSize: 16, fontColor: COLORS.title, hAlign: "right" }],
    [`N° ${doc.number}`, { bold: true, hAlign: "right" }],
    [`Date : ${toFrench(doc.issueDate)}`, { hAlign: "right" }],
  ];
  if (doc.dueDate !== undefined) right.push([`Échéance : ${toFrench(doc.dueDate)}`, { bold: true, hAlign: "right" }]);
  if (doc.creditOf) right.push([`Annule la facture n° ${doc.creditOf.number} du ${toFrench(doc.creditOf.issueDate)}`, { hAlign: "right" }]);
  right.forEach(([text, style], i) => b.value(top + i, 5, text, style));
  return top + 1 + Math.max(left.length, right.length);
}

/** Client (left) and the operation (right), then the object when there is one. */
function writeClientAndOperation(b: SheetBuilder, doc: IssuedInvoice, top: number): number {
  const c = doc.client;
  const section: CellStyle = { bold: true, fill: COLORS.headerFill };
  b.value(top, 0, doc.kind === "creditNote" ? "Avoir au profit de" : "Facturé à", section);
  // The operation block starts in B: its lines (up to ~55 characters) must fit before the print edge.
  for (let j = 1; j < 6; j++) b.value(top, j, j === OPERATION_COL ? "Prestation" : null, section);
  let r = top + 1;
  const clientLines: StyledText[] = [[c.name, { bold: true }], ...addressLines(c.address).map((l): [string] => [l])];
  if (c.siren) clientLines.push([`SIREN ${spaced(c.siren, [3, 3, 3])}${c.siret ? ` — SIRET ${spaced(c.siret, [3, 3, 3, 5])}` : ""}`]);
  if (c.vatNumber) clientLines.push([`N° TVA intracommunautaire : ${compactIdentifier(c.vatNumber)}`]);
  if (c.routingAddress) clientLines.push([`Adresse électronique : ${c.routingAddress}`]);
  const operation: string[] = [];
  if (doc.servicePeriod) operation.push(`Période : du ${toFrench(doc.servicePeriod.start)} au ${toFrench(doc.servicePeriod.end)}`);
  if (doc.deliveryDate !== undefined) operation.push(`Réalisation ou livraison : ${toFrench(doc.deliveryDate)}`);
  operation.push(OPERATION_NATURE_TEXT[doc.nature]);
  if (doc.production) operation.push(`Production : ${doc.production}`);
  if (doc.purchaseOrder) operation.push(`Bon de commande : ${doc.purchaseOrder}`);
  if (doc.deliveryAddress) operation.push(`Livraison : ${addressLines(doc.deliveryAddress).join(", ")}`);
  clientLines.forEach(([text, style], i) => b.value(r + i, 0, text, style));
  operation.forEach((text, i) => b.value(r + i, OPERATION_COL, text));
  r += Math.max(clientLines.length, operation.length) + 1;
  if (doc.object) {
    b.value(r, 0, `Objet : ${doc.object}`, { bold: true });
    r += 2;
  }
  return r;
}

/** The VAT rate as printed: "20 %", or "0 % (E)" with the category when not standard-rated. */
function rateLabel(category: string, ratePercent: number): string {
  return category === "S" ? formatPercent(ratePercent) : `0 % (${category})`;
}

function writeLines(b: SheetBuilder, doc: IssuedInvoice, top: number): number {
  const headers = ["Désignation", "Quantité", "Unité", "Prix unitaire HT", "TVA", "Montant HT"];
  headers.forEach((h, j) => b.value(top, j, h, { bold: true, fill: COLORS.headerFill, border: "bottom", hAlign: j === 0 ? "left" : "right", wrap: true }));
  let r = top + 1;
  for (const l of doc.lines) {
    const label = l.code ? `${l.label} (${l.code})` : l.label;
    const cell: CellStyle = { border: "bottom", vAlign: "top" };
    b.value(r, 0, label, { ...cell, wrap: true });
    // A spreadsheet does not grow a row for wrapped text it did not lay out itself.
    const lines = wrapWords(label, LABEL_CHARS).length;
    if (lines > 1) b.rowHeight(r, 15 * lines);
    b.value(r, 1, l.quantity, cell);
    b.value(r, 2, l.unit, { ...cell, hAlign: "right" });
    b.value(r, 3, eurosFromCents(l.unitPriceCents), { ...cell, numFmt: MONEY });
    b.value(r, 4, rateLabel(l.vatCategory, l.vatRate), { ...cell, hAlign: "right" });
    b.value(r, 5, eurosFromCents(l.netCents), { ...cell, numFmt: MONEY });
    r++;
  }
  return r;
}

/** Totals: HT per rate, VAT per rate, TTC (CGI annexe II art. 242 nonies A). */
function writeTotals(b: SheetBuilder, doc: IssuedInvoice, top: number): number {
  let r = top;
  const total = (label: string, cents: number, strong = false): void => {
    b.value(r, 3, label, { bold: strong, hAlign: "right" });
    b.merge(r, 3, r, 4);
    b.value(r, 5, eurosFromCents(cents), { numFmt: MONEY, bold: strong, ...(strong ? { fill: COLORS.headerFill } : {}) });
    r++;
  };
  const t = doc.totals;
  total("Total HT", t.htCents, true);
  for (const v of t.breakdown) {
    const rate = rateLabel(v.category, v.ratePercent);
    total(`Base HT à ${rate}`, v.baseCents);
    total(`TVA à ${rate}`, v.vatCents);
  }
  total("Total TVA", t.vatCents);
  total("Total TTC", t.ttcCents, true);
  total(doc.kind === "creditNote" ? "Montant de l'avoir" : "Net à payer", t.ttcCents, true);
  return r;
}

/** Payment terms and legal mentions, one printed line per row. */
function writeMentions(b: SheetBuilder, doc: IssuedInvoice, top: number): void {
  const s = doc.seller;
  const mentions: string[] = [paymentTermsText(doc)];
  if (s.iban) mentions.push(`IBAN : ${spaced(s.iban, [4, 4, 4, 4, 4, 4, 4, 4])}${s.bic ? ` — BIC : ${compactIdentifier(s.bic)}` : ""}`);
  for (const n of doc.notes) if (n.subject !== BUYER_TYPE_NOTE_SUBJECT && !n.text.startsWith("Objet :")) mentions.push(n.text);
  for (const reason of new Set(doc.totals.breakdown.map((v) => v.exemptionReason).filter((x): x is string => Boolean(x)))) mentions.push(reason);
  let r = top;
  for (const m of mentions) {
    for (const line of wrapWords(m, LINE_CHARS)) b.value(r++, 0, line);
  }
}
