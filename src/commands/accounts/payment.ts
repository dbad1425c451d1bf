/**
 * « Enregistrer un paiement » (`cappad paiement`): appends one row to `Paiements` — a receipt on one of
 * our invoices or a payment of a supplier invoice. Refused (nothing written) for an unknown invoice or
 * more than is still due. The same payment twice (same day, invoice, direction and amount) is not
 * written again: a second run changes nothing; a second, genuinely identical payment is typed by hand.
 */
import { invoiceStates } from "../../core/accounts/invoiceStatus";
import { payableCandidates, payableStates } from "../../core/accounts/payables";
import type { Payment, PaymentDirection } from "../../core/accounts/documents";
import { fromIso, toFrench } from "../../core/dates/civil";
import { formatEuros } from "../../core/money";
import { PAIEMENTS } from "../../sheets/contract/accounts";
import { paymentsOf, supplierInvoicesOf } from "../../sheets/accounts/documents";
import { registerOf } from "../../sheets/invoicing/register";
import { CommandContext } from "../context";
import type { Command, CommandInput, CommandResult } from "../types";

/** « 1 200,50 », « 1200.5 », « 1200 » → cents; undefined when not a positive amount with at most 2 decimals. */
export function parseAmountCents(text: string): number | undefined {
  const t = text.replace(/[\s\u00a0\u202f€]/g, "").replace(",", ".");
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return undefined;
  const [units, decimals = ""] = t.split(".");
  const cents = Number(units) * 100 + Number(decimals.padEnd(2, "0"));
  return cents > 0 ? cents : undefined;
}

/** After every payment, whenever dated: what is due on the invoice once all recorded payments count. */
const ALL_TIME = Number.MAX_SAFE_INTEGER;

interface Target {
  direction: PaymentDirection;
  dueCents: number;
  label: string;
  supplier?: string;
}

function targetOf(ctx: CommandContext, number: string, direction: PaymentDirection | undefined, payments: readonly Payment[]): Target | string {
  const register = registerOf(ctx).rows;
  const ours = register.find((r) => r.number === number);
  if (ours && direction !== "paid") {
    const s = invoiceStates(register, payments, ALL_TIME).get(number)!;
    if (s.status === "cancelled") return `la facture ${number} est annulée par un avoir : rien n'est à encaisser.`;
    return { direction: "received", dueCents: s.dueCents, label: `facture ${number} (${ours.client})` };
  }
  if (direction === "received") return `la facture ${number} n'est pas dans le registre Factures.`;
  const invoices = supplierInvoicesOf(ctx);
  const candidates = payableCandidates(invoices, { day: 0, direction: "paid", invoice: number, amountCents: 0, mode: "", reference: "" });
  if (candidates.length === 0) return `la facture ${number} n'est ni dans le registre Factures ni dans les Achats (N° facture fournisseur).`;
  if (new Set(candidates.map((c) => c.supplier)).size > 1) return `la facture ${number} existe chez ${candidates.map((c) => c.supplier).join(" et ")} : enregistrez ce paiement à la main dans Paiements, avec le fournisseur en Référence.`;
  const state = payableStates(invoices, payments, ALL_TIME).find((p) => p.invoice === candidates[0])!;
  return { direction: "paid", dueCents: state.dueCents, label: `facture ${number} de ${candidates[0].supplier}`, supplier: candidates[0].supplier };
}

export const paymentCommand: Command = {
  name: "payment",
  label: "Enregistrer un paiement",
  run(input: CommandInput): CommandResult {
    const ctx = new CommandContext("payment", input);
    const o = input.options;
    const number = String(o.invoice ?? "").trim();
    const refuse = (code: string, message: string): CommandResult => {
      ctx.addAlert({ code, severity: "error", sheet: PAIEMENTS.sheet, row: 0, id: number, cell: "", message: `Paiement non enregistré : ${message}` });
      ctx.summary.push(`Paiement non enregistré : ${message}`);
      return ctx.finish();
    };
    const table = ctx.table(PAIEMENTS);
    if (!table) return refuse("PAIEMENT_TABLE_ABSENTE", "la table Paiements est absente : insérez le modèle « Paiements (reçus et payés) ».");
    if (!number) return refuse("PAIEMENT_FACTURE_MANQUANTE", "indiquez le numéro de la facture (--facture).");
    const cents = parseAmountCents(String(o.amount ?? ""));
    if (cents === undefined) return refuse("PAIEMENT_MONTANT_INVALIDE", `« ${String(o.amount ?? "")} » n'est pas un montant (ex. 1200,00).`);
    const day = typeof o.date === "string" ? fromIso(o.date) : ctx.today;
    if (day === undefined) return refuse("PAIEMENT_DATE_INVALIDE", `« ${String(o.date)} » n'est pas une date.`);
    const direction = o.direction === "payé" ? "paid" : o.direction === "reçu" ? "received" : undefined;
    const payments = paymentsOf(ctx);
    const target = targetOf(ctx, number, direction, payments);
    if (typeof target === "string") return refuse("PAIEMENT_FACTURE_INCONNUE", target);
    if (payments.some((p) => p.day === day && p.invoice === number && p.direction === target.direction && p.amountCents === cents)) {
      ctx.summary.push(`Déjà enregistré : ${formatEuros(cents)} le ${toFrench(day)} sur la ${target.label} ; rien n'est ajouté.`);
      return ctx.finish();
    }
    if (cents > target.dueCents)
      return refuse("PAIEMENT_TROP_ELEVE", `${formatEuros(cents)} dépasse ce qui reste dû sur la ${target.label} (${formatEuros(target.dueCents)}).`);
    const row = { Date: { day }, Sens: target.direction === "paid" ? "payé" : "reçu", Facture: number, Montant: cents / 100, Mode: String(o.mode ?? ""), Référence: target.supplier ?? "" };
    if (!ctx.append(table, [row])) return ctx.finish();
    ctx.summary.push(`Paiement enregistré : ${formatEuros(cents)} le ${toFrench(day)} sur la ${target.label} ; reste dû ${formatEuros(target.dueCents - cents)}.`);
    return ctx.finish();
  },
};
