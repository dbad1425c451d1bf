/**
 * `Achats` → `SupplierInvoice[]` and `Paiements` → `Payment[]`, each with its row's place (the
 * accounting export and the checks read these two, never the sheets). Read by header: a log from
 * before the supplier invoice columns reads as it did, its `Référence` column taken as the supplier's
 * invoice number (an information alert says so once).
 */
import type { RowPlace } from "../../core/alerts";
import { supplierAmounts } from "../../core/accounts/supplierInvoiceAmounts";
import type { Payment, PaymentDirection, SupplierInvoice } from "../../core/accounts/documents";
import { headerIndex } from "../../workbook/patch";
import { displayValue, isBlank, isCellError } from "../../workbook/values";
import { ACHATS } from "../contract/costs";
import { PAIEMENTS, PAYMENT_DIRECTIONS } from "../contract/accounts";
import type { BoundTable, RowReader } from "../read";
import type { SheetSource } from "../source";
import { registerOf } from "../invoicing/register";

/** The first version's column, read as `N° facture fournisseur` where that one is absent or blank. */
export const LEGACY_REFERENCE = "Référence";
const NUMBER = "N° facture fournisseur";

/** The `Référence` column of each table read, found once rather than for each row. */
const legacyColumns = new WeakMap<BoundTable["snapshot"], number>();

function legacyReference(table: BoundTable, row: RowReader): string {
  let i = legacyColumns.get(table.snapshot);
  if (i === undefined) legacyColumns.set(table.snapshot, (i = headerIndex(table.snapshot.headers.map((h) => String(h ?? "")), LEGACY_REFERENCE)));
  const v = i < 0 ? undefined : table.snapshot.rows[row.index][i];
  return v === undefined || isBlank(v) || isCellError(v) ? "" : displayValue(v).trim();
}

function placeOf(row: RowReader, id: string, fields: Record<string, string>): RowPlace {
  return { sheet: row.sheet, row: row.sheetRow, id, cells: Object.fromEntries(Object.entries(fields).map(([f, h]) => [f, row.cell(h)])) };
}

const SUPPLIER_CELLS = { number: NUMBER, production: "Production", budgetCode: "Poste", vatCents: "TVA", grossCents: "TTC", dueDay: "Échéance", supplier: "Fournisseur" };

function supplierInvoiceOf(ctx: SheetSource, table: BoundTable, row: RowReader): SupplierInvoice | undefined {
  const day = row.date("Date", ctx.date1904, { required: true });
  const production = row.text("Production", { required: true });
  const net = row.money("Montant HT", { required: true });
  if (day === undefined || !production || net === undefined) return undefined;
  const rate = row.number("TVA (%)", { min: 0, max: 100, what: "un taux de TVA en %" });
  const typedVat = row.money("TVA");
  const amounts = supplierAmounts(net, rate, typedVat, row.money("TTC"));
  const number = row.text(NUMBER) ?? legacyReference(table, row);
  if (amounts.vatAtRateCents !== undefined)
    row.alert("ACHAT_TVA_TAUX", "warning", `${row.cell("TVA")} : TVA ne correspond pas au taux (${typedVat! / 100} € saisis, ${amounts.vatAtRateCents / 100} € à ${rate} %) ; la TVA saisie est gardée.`, "TVA", production);
  if (amounts.expectedGrossCents !== undefined)
    row.alert("ACHAT_TTC_INCOHERENT", "warning", `${row.cell("TTC")} : le TTC n'est pas HT + TVA (${amounts.expectedGrossCents / 100} €) ; le TTC saisi est gardé.`, "TTC", production);
  return {
    day,
    supplier: row.text("Fournisseur") ?? "",
    number,
    production,
    budgetCode: row.text("Poste") ?? "",
    label: row.text("Libellé") ?? "",
    netCents: net,
    vatRatePercent: rate,
    vatCents: amounts.vatCents,
    grossCents: amounts.grossCents,
    dueDay: row.date("Échéance", ctx.date1904),
    paidDay: row.date("Payé le", ctx.date1904),
    paymentMode: row.text("Mode de paiement") ?? "",
    place: placeOf(row, number, SUPPLIER_CELLS),
  };
}

/** The supplier invoice log, in row order (rows missing a date, production or amount are alerted and left out). */
export function supplierInvoicesOf(ctx: SheetSource): SupplierInvoice[] {
  return ctx.memo("accounts.supplierInvoices", () => {
    const table = ctx.table(ACHATS);
    if (!table) return [];
    const legacy = headerIndex(table.snapshot.headers.map((h) => String(h ?? "")), LEGACY_REFERENCE) >= 0;
    if (legacy && (table.columnIndex.get(NUMBER) ?? -1) < 0)
      ctx.addAlert({
        code: "ACHAT_REFERENCE_LUE",
        severity: "info",
        sheet: table.snapshot.sheet,
        row: table.snapshot.headerRow + 1,
        id: "",
        cell: "",
        message: `Table Achats : la colonne « ${LEGACY_REFERENCE} » est lue comme le « ${NUMBER} » ; renommez-la ainsi (et ajoutez TVA (%), Échéance, Payé le…) pour suivre TVA et paiements.`,
      });
    return table.rows.map((row) => supplierInvoiceOf(ctx, table, row)).filter((i): i is SupplierInvoice => i !== undefined);
  });
}

const DIRECTION: Record<(typeof PAYMENT_DIRECTIONS)[number], PaymentDirection> = { reçu: "received", payé: "paid" };

/** `Sens` left blank: our invoice when the number is in the register, else a supplier's. */
function directionOf(row: RowReader, invoice: string, ours: ReadonlySet<string>): PaymentDirection {
  const typed = row.choice("Sens", PAYMENT_DIRECTIONS) as (typeof PAYMENT_DIRECTIONS)[number] | undefined;
  return typed ? DIRECTION[typed] : ours.has(invoice.toLowerCase()) ? "received" : "paid";
}

/** Receipts and payments, in row order. */
export function paymentsOf(ctx: SheetSource): Payment[] {
  return ctx.memo("accounts.payments", () => {
    const table = ctx.table(PAIEMENTS);
    if (!table) return [];
    const ours = new Set(registerOf(ctx).rows.map((r) => r.number.toLowerCase()));
    const out: Payment[] = [];
    for (const row of table.rows) {
      const day = row.date("Date", ctx.date1904, { required: true });
      const invoice = row.text("Facture", { required: true });
      const amount = row.money("Montant", { required: true, min: 0 });
      if (day === undefined || !invoice || amount === undefined) continue;
      const direction = directionOf(row, invoice, ours);
      const reference = row.text("Référence") ?? "";
      const payment: Payment = { day, direction, invoice, amountCents: amount, mode: row.text("Mode") ?? "", reference, place: placeOf(row, invoice, { invoice: "Facture", amountCents: "Montant" }) };
      // Supplier numbers are unique per supplier only: the reference may name the supplier paid.
      if (direction === "paid" && reference) payment.supplier = reference;
      out.push(payment);
    }
    return out;
  });
}
