/**
 * The entries of a period, from every document: sales (VT), purchases (HA), receipts and payments
 * (BQ). Ordered chronologically and numbered without gap within each journal (BOFiP
 * BOI-CF-IOR-60-40-20 paragraphe 100, https://bofip.impots.gouv.fr/bofip/9028-PGP: « La numérotation … doit
 * être croissante dans le temps et ne pas comporter de rupture. Cette numérotation peut être unique sur
 * l'ensemble du fichier ou être propre à chaque journal. »). Numbers are `VT000001`, `HA000001`…
 */
import type { Alert } from "../alerts";
import { placedAlert } from "../alerts";
import { type DayNumber, toFrench } from "../dates/civil";
import { SUSPENSE_ACCOUNT } from "./chart";
import type { Payment, SupplierInvoice } from "./documents";
import { entryBalance, type JournalCode, type JournalEntry } from "./entries";
import { loggedPayments } from "./payables";
import { paymentEntries } from "./paymentEntries";
import type { PostingRules } from "./postingRules";
import { purchaseEntry } from "./purchaseEntries";
import { saleEntry, type SaleDocument } from "./salesEntries";

export interface AccountingDocuments {
  sales: SaleDocument[];
  purchases: SupplierInvoice[];
  payments: Payment[];
}

export interface Period {
  from: DayNumber;
  to: DayNumber;
}

export interface Ledger {
  entries: JournalEntry[];
  alerts: Alert[];
}

const JOURNAL_ORDER: readonly JournalCode[] = ["VT", "HA", "BQ"];

/** Numbers the entries in place, in the order given, one sequence per journal. */
export function numberEntries(entries: JournalEntry[]): void {
  const next = new Map<JournalCode, number>();
  for (const e of entries) {
    const n = (next.get(e.journal) ?? 0) + 1;
    next.set(e.journal, n);
    e.number = `${e.journal}${String(n).padStart(6, "0")}`;
  }
}

export function ledgerOf(docs: AccountingDocuments, rules: PostingRules, period: Period): Ledger {
  const inPeriod = (day: DayNumber): boolean => day >= period.from && day <= period.to;
  const alerts: Alert[] = [];
  const sales = docs.sales.map((d) => saleEntry(d, rules));
  const purchases = docs.purchases.map((i) => purchaseEntry(i, rules));
  for (const i of docs.purchases) {
    if (i.vatRatePercent === undefined && inPeriod(i.day)) {
      alerts.push(
        placedAlert(
          i.place,
          "COMPTA_TVA_INCONNUE",
          "warning",
          `l'achat du ${toFrench(i.day)}${i.number ? ` (facture ${i.number})` : ""} de ${i.supplier || "fournisseur non précisé"} n'a pas de taux de TVA : il est passé au FEC sans TVA déductible.`,
          "vatRatePercent",
          i.production,
        ),
      );
    }
  }
  // Payments settle documents of earlier periods too: they are matched against every document.
  // « Payé le » on the supplier log stands for a payment (payables.ts); one without a number cannot be
  // attached to its invoice in the bank journal and is left out of it.
  const logged = loggedPayments(docs.purchases, docs.payments).filter((l) => l.invoice.number.trim() !== "");
  const bank = paymentEntries([...docs.payments, ...logged.map((l) => l.payment)], docs.sales, docs.purchases, rules);
  alerts.push(...bank.alerts.filter((a) => inPeriod(a.day)).map((a) => a.alert));
  const entries = [...sales, ...purchases, ...bank.entries]
    .filter((e) => inPeriod(e.day))
    .sort((a, b) => a.day - b.day || JOURNAL_ORDER.indexOf(a.journal) - JOURNAL_ORDER.indexOf(b.journal));
  numberEntries(entries);
  for (const e of entries) {
    if (entryBalance(e) !== 0) alerts.push(placedAlert(undefined, "COMPTA_ECRITURE_DESEQUILIBREE", "error", `l'écriture ${e.number} (${e.pieceRef}) n'est pas équilibrée.`));
    if (e.lines.some((l) => l.account === SUSPENSE_ACCOUNT.account)) {
      alerts.push(
        placedAlert(
          undefined,
          "COMPTA_COMPTE_MANQUANT",
          "warning",
          `l'écriture ${e.number} (${e.pieceRef}) a une ligne sans compte valide à sa date dans le plan comptable : passée en ${SUSPENSE_ACCOUNT.account} ${SUSPENSE_ACCOUNT.label}.`,
        ),
      );
    }
  }
  return { entries, alerts };
}
