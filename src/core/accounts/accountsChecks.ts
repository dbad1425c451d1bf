/**
 * The alerts of the accounts: supplier invoices (number twice for one supplier, VAT off the rate,
 * unknown production or poste, due date past and unpaid), payments (unknown invoice, more than due,
 * a supplier number two suppliers used) and our overdue receivables. Stable codes; French messages that
 * start with the row's place.
 */
import { toFrench, type DayNumber } from "../dates/civil";
import { placedAlert, type Alert } from "../alerts";
import { formatEuros } from "../money";
import type { RegisterRow } from "../invoicing/register";
import type { Payment, SupplierInvoice } from "./documents";
import { payableCandidates, type PayableState } from "./payables";
import type { ReceivableState } from "./invoiceStatus";

export interface KnownCodes {
  /** Production codes of the plan (empty: not checked). */
  productions: ReadonlySet<string>;
  /** Postes of the budget per production (a production without budget lines is not checked). */
  postes: ReadonlyMap<string, ReadonlySet<string>>;
}

const key = (s: string): string => s.trim().toLowerCase();

function duplicateAlerts(invoices: readonly SupplierInvoice[]): Alert[] {
  const seen = new Map<string, SupplierInvoice>();
  const out: Alert[] = [];
  for (const inv of invoices) {
    if (!inv.number) continue;
    const k = `${key(inv.supplier)}\u0000${key(inv.number)}`;
    const first = seen.get(k);
    if (first) out.push(placedAlert(inv.place, "ACHAT_FACTURE_EN_DOUBLE", "warning", `la facture ${inv.number} de ${inv.supplier || "(fournisseur vide)"} est déjà saisie ligne ${first.place?.row ?? "?"} : comptée deux fois ?`, "number", inv.production));
    else seen.set(k, inv);
  }
  return out;
}

function codeAlerts(inv: SupplierInvoice, known: KnownCodes): Alert[] {
  if (known.productions.size && !known.productions.has(inv.production))
    return [placedAlert(inv.place, "ACHAT_PRODUCTION_INCONNUE", "warning", `la production « ${inv.production} » n'existe pas dans le planning : cet achat n'est compté dans aucune production.`, "production", inv.production)];
  const postes = known.postes.get(inv.production);
  if (postes?.size && inv.budgetCode && !postes.has(inv.budgetCode))
    return [placedAlert(inv.place, "ACHAT_POSTE_INCONNU", "warning", `le poste « ${inv.budgetCode} » n'est pas une ligne du budget de ${inv.production} : ajoutez-la au Budget ou corrigez le poste.`, "budgetCode", inv.production)];
  return [];
}

/** Supplier invoice alerts, given their states as of `today`. */
export function supplierInvoiceAlerts(states: readonly PayableState[], known: KnownCodes): Alert[] {
  const out = duplicateAlerts(states.map((s) => s.invoice));
  for (const { invoice: inv, dueCents, daysLate } of states) {
    out.push(...codeAlerts(inv, known));
    if (daysLate > 0)
      out.push(placedAlert(inv.place, "ACHAT_ECHEANCE_DEPASSEE", "warning", `la facture ${inv.number || "(sans numéro)"} de ${inv.supplier} était à payer le ${toFrench(inv.dueDay!)} : ${formatEuros(dueCents)} restent dus, ${daysLate} jour(s) de retard.`, "dueDay", inv.production));
  }
  return out;
}

/** Our invoices due and unpaid from the day after their due date, and « payée » typed with no payment. */
export function receivableAlerts(register: readonly RegisterRow[], states: ReadonlyMap<string, ReceivableState>, placeOf: (number: string) => Parameters<typeof placedAlert>[0]): Alert[] {
  const out: Alert[] = [];
  for (const row of register) {
    const s = states.get(row.number);
    if (!s) continue;
    if (s.status === "overdue")
      out.push(placedAlert(placeOf(row.number), "FACT_EN_RETARD", "warning", `la facture ${row.number} (${row.client}) était due le ${toFrench(row.dueDate!)} : ${formatEuros(s.dueCents)} restent à encaisser, ${s.daysLate} jour(s) de retard.`, "dueDate", row.production));
    if (s.legacyPaid)
      out.push(placedAlert(placeOf(row.number), "FACT_PAYEE_SANS_PAIEMENT", "info", `la facture ${row.number} est marquée « payée » sans paiement dans la table Paiements : elle reste comptée payée ; enregistrez le paiement (date, montant) pour que la trésorerie et la comptabilité le voient.`, "status", row.production));
    if (s.typedPaidContradicted)
      out.push(placedAlert(placeOf(row.number), "FACT_STATUT_PAYEE_CONTREDIT", "warning", `la facture ${row.number} était marquée « payée » mais la table Paiements n'en compte que ${formatEuros(s.paidCents)} sur ${formatEuros(row.ttcCents)} : le statut suit les paiements ; enregistrez le reste s'il a été reçu.`, "status", row.production));
    if (s.overpaidCents > 0)
      out.push(placedAlert(placeOf(row.number), "FACT_TROP_PERCU", "warning", `la facture ${row.number} a reçu ${formatEuros(s.paidCents)} pour ${formatEuros(row.ttcCents)} TTC : ${formatEuros(s.overpaidCents)} de trop perçu.`, "status", row.production));
  }
  return out;
}

/** Payments whose invoice cannot be found, or that could be two suppliers' invoices. */
export function paymentAlerts(payments: readonly Payment[], register: readonly RegisterRow[], invoices: readonly SupplierInvoice[], states: readonly PayableState[]): Alert[] {
  const ours = new Set(register.map((r) => key(r.number)));
  const out: Alert[] = [];
  for (const p of payments) {
    if (p.direction === "received") {
      if (!ours.has(key(p.invoice))) out.push(placedAlert(p.place, "PAIEMENT_FACTURE_INCONNUE", "error", `reçu pour la facture « ${p.invoice} », absente du registre Factures : ce paiement n'est compté sur aucune facture.`, "invoice"));
      continue;
    }
    const candidates = payableCandidates(invoices, p);
    if (candidates.length === 0) out.push(placedAlert(p.place, "PAIEMENT_FACTURE_INCONNUE", "error", `payé pour la facture « ${p.invoice} », absente des Achats (colonne N° facture fournisseur) : ce paiement n'est compté sur aucune facture.`, "invoice"));
    else if (new Set(candidates.map((c) => key(c.supplier))).size > 1)
      out.push(placedAlert(p.place, "PAIEMENT_FOURNISSEUR_AMBIGU", "warning", `la facture « ${p.invoice} » existe chez ${candidates.map((c) => c.supplier).join(" et ")} : écrivez le fournisseur payé dans la colonne Référence.`, "invoice"));
  }
  for (const s of states)
    if (s.paidCents > s.invoice.grossCents)
      out.push(placedAlert(s.invoice.place, "ACHAT_TROP_PAYE", "warning", `la facture ${s.invoice.number} de ${s.invoice.supplier} a été payée ${formatEuros(s.paidCents)} pour ${formatEuros(s.invoice.grossCents)} TTC.`, "grossCents", s.invoice.production));
  return out;
}

/** Days from `today` to a due date within which a payable is listed « à payer cette semaine ». */
export const PAYABLE_HORIZON_DAYS = 7;

export const isDueSoon = (dueDay: DayNumber | undefined, today: DayNumber): boolean => dueDay !== undefined && dueDay >= today && dueDay - today < PAYABLE_HORIZON_DAYS;
