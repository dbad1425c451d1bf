/**
 * « Relances »: one letter per overdue invoice to remind today, each on its own A4 portrait page, ready
 * to print, sign and send — the company (from `Societe`), the client's address (from `Clients`), place
 * and date, the object, a courteous text of the letter's level (first reminder, second reminder, formal
 * notice with its deadline), the invoice, what is still due, the penalties with their rate and legal
 * basis, the 40 € indemnity, the total claimed, the bank details and a signature box. Below the letters,
 * kept off paper, the overdue invoices reminded recently (no letter today) and when the next one is due.
 * Rewritten whole by each `relance`; what the coordinator must check goes to the alerts, never the letter.
 */
import { ownedPrint, REMINDERS_SHEET } from "../contract/sheets";
import { addDays, toFrench, type DayNumber } from "../../core/dates/civil";
import { eurosFromCents, formatEuros } from "../../core/money";
import { formatPercent } from "../../core/format/number";
import type { LatePenalty } from "../../core/accounts/latePenalties";
import type { Client, Seller } from "../../core/invoicing/invoice";
import { compactIdentifier } from "../../core/invoicing/identifiers";
import type { RegisterRow } from "../../core/invoicing/register";
import type { ReminderKind } from "../../data/invoicing/latePayment";
import { OWNED_MARKER, type CellStyle, type SheetModel } from "../../workbook/model";
import { COLORS, SheetBuilder } from "../render";
import { addressLines, spaced } from "./invoiceSheet";
import { wrapWords } from "./wrap";

export interface ReminderLevel {
  label: string;
  kind: ReminderKind;
  /** Days the letter gives to pay (none: « dans les meilleurs délais »). */
  payWithinDays?: number;
}

/** A letter to send today. */
export interface Reminder {
  invoice: RegisterRow;
  level: ReminderLevel;
  paidCents: number;
  dueCents: number;
  penalty: LatePenalty;
  /** Rest due + penalties + indemnity (`claimedCents`). */
  claimedCents: number;
  /** From `Clients` (undefined: the client is not there; the letter has its name only). */
  client?: Client;
  /** The letters sent before on this invoice, oldest first. */
  previous: { day: DayNumber; label: string }[];
}

/** An overdue invoice reminded recently: no letter today. */
export interface WaitingReminder {
  invoice: RegisterRow;
  dueCents: number;
  daysLate: number;
  last: { day: DayNumber; label: string };
  next?: { day: DayNumber; label: string };
}

export interface LetterHead {
  sender: Seller;
  today: DayNumber;
  /** The legal basis of the penalties and of the indemnity, one sentence each (with their sources). */
  legal: { penalty: string; indemnity: string };
}

const MONEY = '#,##0.00 "€"';
/** Six columns of one A4 portrait page at 100 %: the invoice table's. */
const WIDTHS = [14, 11, 11, 14, 13, 14];
/**
 * Characters of a printed text line across the six columns (77 units of width: a line per row always
 * prints whole), and of the smaller legal lines, whose rows are lower.
 */
const LINE_CHARS = 88;
const SMALL_CHARS = 104;
const SMALL_ROW_POINTS = 12;
/** A blank row between paragraphs: half a line, so that a letter holds on its page. */
const GAP_POINTS = 8;
/** The client's block, the place and date, the signature: the right half of the page. */
const RIGHT = 3;
const SMALL: CellStyle = { fontSize: 9, fontColor: COLORS.greyFont };

export function buildRemindersSheet(reminders: readonly Reminder[], waiting: readonly WaitingReminder[], head: LetterHead): SheetModel {
  const b = new SheetBuilder(REMINDERS_SHEET, true);
  WIDTHS.forEach((w, i) => b.width(i, w));
  b.value(0, 0, `${OWNED_MARKER} — Relances du ${toFrench(head.today)} : une lettre par page, à imprimer, signer et envoyer`, { bold: true, fontColor: COLORS.title });
  b.value(1, 0, "Chaque relance est notée dans la feuille « Relances envoyées » ; la suivante en tient compte.", { italic: true, fontColor: COLORS.greyFont });
  let r = 2;
  if (reminders.length === 0) b.value(r++, 0, "Aucune lettre de relance à envoyer aujourd'hui.");
  for (const x of reminders) r = writeLetter(b, x, head, r);
  if (waiting.length > 0) writeWaiting(b, waiting, r + 1);
  b.options({ tabColor: "#C00000" }).printAs(ownedPrint(REMINDERS_SHEET));
  return b.build();
}

function writeLetter(b: SheetBuilder, x: Reminder, head: LetterHead, top: number): number {
  b.value(top, 0, `N/Réf. : facture ${x.invoice.number} — ${x.level.label.toLowerCase()}`, SMALL);
  let r = writeParties(b, x, head, top + 1);
  r = writeObject(b, x, r);
  r = writeText(b, r, letterText(x, head.today));
  r = writeInvoiceTable(b, x, r);
  r = writeClaim(b, x, head, r);
  r = writeText(b, r, closingText(x, head.sender));
  return writeSignature(b, head.sender, x, r) + 1;
}

/** The sender (left, from the top) and the client (right, lower: a window envelope's place), then place and date. */
function writeParties(b: SheetBuilder, x: Reminder, head: LetterHead, top: number): number {
  const s = head.sender;
  const sender: [string, CellStyle?][] = [[s.name, { bold: true, fontSize: 12, fontColor: COLORS.title }], ...addressLines(s.address).map((l): [string] => [l])];
  if (s.siret) sender.push([`SIRET ${spaced(s.siret, [3, 3, 3, 5])}`]);
  const contact = [s.email, s.phone].filter((v) => v?.trim()).join(" — ");
  if (contact) sender.push([contact]);
  sender.forEach(([text, style], i) => b.value(top + i, 0, text, style));
  const client = x.client ? [x.client.name, ...addressLines(x.client.address)] : [x.invoice.client];
  const clientTop = top + 2;
  client.forEach((text, i) => b.value(clientTop + i, RIGHT, text, i === 0 ? { bold: true } : undefined));
  const dateRow = gap(b, Math.max(top + sender.length, clientTop + client.length));
  b.value(dateRow, RIGHT, `${s.address.city ? `${s.address.city}, le` : "Le"} ${toFrench(head.today)}`);
  return gap(b, dateRow + 1);
}

function writeObject(b: SheetBuilder, x: Reminder, top: number): number {
  let r = top;
  if (x.level.kind === "formalNotice") b.value(r++, 0, "Lettre recommandée avec accusé de réception", { bold: true });
  const what = x.level.kind === "formalNotice" ? "Mise en demeure de payer" : x.level.label;
  b.value(r++, 0, `Objet : ${what} — facture n° ${x.invoice.number} du ${toFrench(x.invoice.date)}`, { bold: true });
  return gap(b, r);
}

/** Paragraphs, one printed line per row, a blank row after each (small print: lower rows, longer lines). */
function writeText(b: SheetBuilder, top: number, paragraphs: readonly string[], small = false): number {
  let r = top;
  for (const p of paragraphs) r = gap(b, writeLines(b, r, p, small));
  return r;
}

/** One paragraph, a printed line per row; the row after it. */
function writeLines(b: SheetBuilder, top: number, text: string, small: boolean): number {
  let r = top;
  for (const line of wrapWords(text, small ? SMALL_CHARS : LINE_CHARS)) {
    if (small) b.rowHeight(r, SMALL_ROW_POINTS);
    b.value(r++, 0, line, small ? SMALL : undefined);
  }
  return r;
}

/** A blank row of half a line; the row after it. */
function gap(b: SheetBuilder, r: number): number {
  b.rowHeight(r, GAP_POINTS);
  return r + 1;
}

const euros = (cents: number): string => formatEuros(cents);

/** The letter's body by level: what is due, what is asked, by when. */
function letterText(x: Reminder, today: DayNumber): string[] {
  const inv = `notre facture n° ${x.invoice.number} du ${toFrench(x.invoice.date)}, échue le ${toFrench(x.invoice.dueDate!)}`;
  const paid = x.paidCents > 0 ? ` Compte tenu de votre règlement partiel de ${euros(x.paidCents)}, il reste dû ${euros(x.dueCents)} TTC.` : "";
  const deadline = x.level.payWithinDays === undefined ? "" : `dans un délai de ${x.level.payWithinDays} jours, soit au plus tard le ${toFrench(addDays(today, x.level.payWithinDays))}`;
  const claim = `la somme de ${euros(x.claimedCents)}, détaillée ci-dessous (reste dû, pénalités de retard et indemnité forfaitaire pour frais de recouvrement)`;
  const opening = x.previous.length ? `Malgré ${x.previous.length > 1 ? "nos relances" : "notre relance"} du ${x.previous.map((p) => toFrench(p.day)).join(" et du ")},` : "Sauf erreur de notre part,";
  const unpaid = `${opening} ${inv}, reste impayée à ce jour.${paid}`;
  switch (x.level.kind) {
    case "first":
      return [
        "Madame, Monsieur,",
        `Sauf erreur ou omission de notre part, ${inv}, ne nous est pas encore parvenue en règlement.${paid}`,
        `Nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais. Comme le prévoient nos conditions de paiement et l'article L. 441-10 du Code de commerce, ce retard rend exigibles les pénalités de retard et l'indemnité forfaitaire pour frais de recouvrement : ${claim}.`,
      ];
    case "second":
      return ["Madame, Monsieur,", unpaid, `Nous vous demandons de nous régler ${claim}, ${deadline}.`];
    case "formalNotice":
      return [
        "Madame, Monsieur,",
        unpaid,
        `Par la présente, nous vous mettons en demeure de nous régler ${claim}, ${deadline}.`,
        "À défaut de règlement dans ce délai, nous engagerons sans autre avis une procédure de recouvrement judiciaire, dont les frais resteront à votre charge. La présente lettre vaut mise en demeure au sens de l'article 1344 du Code civil.",
      ];
  }
}

function closingText(x: Reminder, s: Seller): string[] {
  const bank = s.iban ? `Règlement par virement — IBAN : ${spaced(s.iban, [4, 4, 4, 4, 4, 4, 4, 4])}${s.bic ? ` — BIC : ${compactIdentifier(s.bic)}` : ""} — en indiquant la référence ${x.invoice.number}.` : `Merci d'indiquer la référence ${x.invoice.number} avec votre règlement.`;
  const ignore = x.level.kind === "formalNotice" ? [] : ["Si votre règlement nous est parvenu entre-temps, nous vous prions de ne pas tenir compte de ce courrier."];
  return [bank, ...ignore, "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées."];
}

/** The invoice: number, date, due date, TTC, already paid, rest due. */
function writeInvoiceTable(b: SheetBuilder, x: Reminder, top: number): number {
  const head: CellStyle = { bold: true, fill: COLORS.headerFill, border: "bottom", wrap: true };
  ["Facture n°", "Date", "Échéance", "Montant TTC", "Déjà réglé", "Reste dû"].forEach((h, j) => b.value(top, j, h, { ...head, hAlign: j < 3 ? "left" : "right" }));
  const cell: CellStyle = { border: "bottom" };
  b.value(top + 1, 0, x.invoice.number, cell);
  b.value(top + 1, 1, toFrench(x.invoice.date), cell);
  b.value(top + 1, 2, toFrench(x.invoice.dueDate!), cell);
  [x.invoice.ttcCents, x.paidCents, x.dueCents].forEach((c, j) => b.value(top + 1, 3 + j, eurosFromCents(c), { ...cell, numFmt: MONEY }));
  return gap(b, top + 2);
}

/** What is claimed: rest due, penalties (days, rate, period), indemnity, total; then the legal basis. */
function writeClaim(b: SheetBuilder, x: Reminder, head: LetterHead, top: number): number {
  let r = top;
  const line = (label: string, cents: number, strong = false): void => {
    const style: CellStyle = strong ? { bold: true, fill: COLORS.headerFill } : {};
    b.value(r, 0, label, style);
    for (let j = 1; j < 5; j++) b.value(r, j, null, style);
    b.value(r++, 5, eurosFromCents(cents), { ...style, numFmt: MONEY });
  };
  const p = x.penalty;
  line("Reste dû", x.dueCents);
  line(`Pénalités de retard : ${p.daysLate} jour${p.daysLate > 1 ? "s" : ""} de retard au ${toFrench(head.today)}`, p.penaltyCents);
  const periods = p.segments.map((s) => `du ${toFrench(s.from)} au ${toFrench(s.to)}, ${s.days} j à ${formatPercent(s.ratePercent)} l'an`);
  r = writeLines(b, r, `Calcul : ${euros(x.dueCents)} × taux × jours ÷ 365, ${periods.join(" ; ")}.`, true);
  line("Indemnité forfaitaire pour frais de recouvrement", p.indemnityCents);
  line("Total réclamé", x.claimedCents, true);
  return writeText(b, gap(b, r), [`${head.legal.penalty} ${head.legal.indemnity}`], true);
}

/**
 * « Pour la société, » and a box to sign in (name, title, signature), on the right half; on the left of
 * its last row, the enclosure (a copy of the invoice) — the letter's last row in column A, where its
 * print area ends when the list of waiting invoices follows.
 */
function writeSignature(b: SheetBuilder, s: Seller, x: Reminder, top: number): number {
  b.value(top, RIGHT, `Pour ${s.name},`);
  b.merge(top + 1, RIGHT, top + 3, 5);
  b.value(top + 1, RIGHT, "Nom, qualité et signature :", { ...SMALL, border: "box", vAlign: "top" });
  b.value(top + 3, 0, `P.J. : copie de la facture n° ${x.invoice.number}`);
  return top + 4;
}

/** The invoices with no letter today, for the screen (after the print area). */
function writeWaiting(b: SheetBuilder, waiting: readonly WaitingReminder[], top: number): void {
  b.value(top, 0, "Factures en retard sans lettre aujourd'hui (relancées récemment) — non imprimé", { bold: true, fontColor: COLORS.title });
  let r = top + 1;
  for (const w of waiting) {
    const next = w.next ? `${w.next.label.toLowerCase()} à partir du ${toFrench(w.next.day)}` : "plus de relance : les suites (injonction de payer…) sont à décider";
    b.value(r++, 0, `${w.invoice.number} (${w.invoice.client}) : ${euros(w.dueCents)} dus, ${w.daysLate} jour(s) de retard ; ${w.last.label.toLowerCase()} envoyée le ${toFrench(w.last.day)} ; ${next}.`);
  }
}
