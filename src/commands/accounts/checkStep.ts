/**
 * The check's `comptes` step: the supplier invoice log and the payments checked, our overdue invoices
 * alerted from the day after their due date, and the JSON section `accounts` (what is to be received
 * and to be paid, as of the command's day).
 */
import { paymentAlerts, receivableAlerts, supplierInvoiceAlerts, isDueSoon, type KnownCodes } from "../../core/accounts/accountsChecks";
import { DERIVED_STATUS_LABEL } from "../../core/accounts/invoiceStatus";
import { toIso } from "../../core/dates/civil";
import { eurosFromCents } from "../../core/money";
import { paymentsOf, supplierInvoicesOf } from "../../sheets/accounts/documents";
import { budgetOf } from "../../sheets/costs/budget";
import { registerOf } from "../../sheets/invoicing/register";
import { hasPlanning, planningOf } from "../../sheets/planning";
import type { CheckStep, CommandContext } from "../context";
import { balancesOf } from "./balances";

function knownCodes(ctx: CommandContext): KnownCodes {
  const planning = planningOf(ctx);
  const productions = new Set(hasPlanning(planning) ? planning.input.productions.map((p) => p.code) : []);
  const postes = new Map<string, Set<string>>();
  for (const l of budgetOf(ctx).lines) postes.set(l.production, (postes.get(l.production) ?? new Set()).add(l.budgetCode));
  return { productions, postes };
}

function section(ctx: CommandContext): void {
  const { receivables, payables } = balancesOf(ctx);
  const register = registerOf(ctx).rows;
  ctx.sections.accounts = {
    receivables: register
      .map((r) => ({ r, s: receivables.get(r.number)! }))
      .filter(({ s }) => s.dueCents > 0)
      .map(({ r, s }) => ({ facture: r.number, client: r.client, production: r.production, echeance: r.dueDate === undefined ? null : toIso(r.dueDate), du: eurosFromCents(s.dueCents), statut: DERIVED_STATUS_LABEL[s.status], joursDeRetard: s.daysLate })),
    payables: payables
      .filter((p) => p.dueCents > 0 && (p.daysLate > 0 || isDueSoon(p.invoice.dueDay, ctx.today)))
      .map((p) => ({ facture: p.invoice.number, fournisseur: p.invoice.supplier, production: p.invoice.production, echeance: p.invoice.dueDay === undefined ? null : toIso(p.invoice.dueDay), du: eurosFromCents(p.dueCents), joursDeRetard: p.daysLate })),
  };
}

/** `Factures[Statut]`: every register row's derived status. */
function writeStatuses(ctx: CommandContext): void {
  const register = registerOf(ctx);
  if (!register.table) return;
  const { receivables } = balancesOf(ctx);
  ctx.claim(register.table, "Statut");
  for (const { row, entry } of register.entries) ctx.set(row, "Statut", DERIVED_STATUS_LABEL[receivables.get(entry.number)!.status]);
}

export const accountsStep: CheckStep = {
  name: "comptes",
  run(ctx) {
    const invoices = supplierInvoicesOf(ctx);
    const payments = paymentsOf(ctx);
    const register = registerOf(ctx);
    if (!invoices.length && !payments.length && !register.rows.length) return;
    const { receivables, payables } = balancesOf(ctx);
    const placeOf = (number: string) => {
      const e = register.entries.find((x) => x.entry.number === number);
      return e && { sheet: e.row.sheet, row: e.row.sheetRow, id: number, cells: { dueDate: e.row.cell("Échéance"), status: e.row.cell("Statut") } };
    };
    const alerts = [...supplierInvoiceAlerts(payables, knownCodes(ctx)), ...paymentAlerts(payments, register.rows, invoices, payables), ...receivableAlerts(register.rows, receivables, placeOf)];
    for (const a of alerts) ctx.addAlert(a);
    writeStatuses(ctx);
    section(ctx);
  },
};
