/**
 * What is owed to us and by us as of the command's day: one computation (`balancesOf`) read by the
 * check's alerts, its `accounts` JSON section and the pane's « à encaisser / à payer » list.
 */
import { invoiceStates, type ReceivableState } from "../../core/accounts/invoiceStatus";
import { payableStates, type PayableState } from "../../core/accounts/payables";
import { registerOf } from "../../sheets/invoicing/register";
import { paymentsOf, supplierInvoicesOf } from "../../sheets/accounts/documents";
import type { SheetSource } from "../../sheets/source";

export interface Balances {
  receivables: Map<string, ReceivableState>;
  payables: PayableState[];
}

export function balancesOf(ctx: SheetSource): Balances {
  return ctx.memo("accounts.balances", () => {
    const payments = paymentsOf(ctx);
    return {
      receivables: invoiceStates(registerOf(ctx).rows, payments, ctx.today),
      payables: payableStates(supplierInvoicesOf(ctx), payments, ctx.today),
    };
  });
}
