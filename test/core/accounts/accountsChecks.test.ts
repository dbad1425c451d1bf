import { paymentAlerts, receivableAlerts, supplierInvoiceAlerts, isDueSoon } from "../../../src/core/accounts/accountsChecks";
import type { Payment, SupplierInvoice } from "../../../src/core/accounts/documents";
import { invoiceStates } from "../../../src/core/accounts/invoiceStatus";
import { payableStates } from "../../../src/core/accounts/payables";
import { fromIso } from "../../../src/core/dates/civil";
import type { RegisterRow } from "../../../src/core/invoicing/register";

const D = (iso: string) => fromIso(iso)!;
const place = (row: number) => ({ sheet: "Achats", row, id: "", cells: { number: `Achats!C${row}`, dueDay: `Achats!K${row}`, grossCents: `Achats!J${row}` } });
const sup = (row: number, supplier: string, number: string, gross: number): SupplierInvoice => ({
  day: D("2026-11-13"), supplier, number, production: "GLACIER", budgetCode: "8.1", label: "", netCents: gross, vatRatePercent: 0, vatCents: 0, grossCents: gross, dueDay: D("2026-12-13"), paidDay: undefined, paymentMode: "", place: place(row),
});
const pay = (row: number, invoice: string, cents: number, direction: Payment["direction"] = "paid", supplier?: string): Payment => ({
  day: D("2026-11-26"), direction, invoice, amountCents: cents, mode: "", reference: supplier ?? "", supplier, place: { sheet: "Paiements", row, id: invoice, cells: { invoice: `Paiements!C${row}` } },
});
const known = { productions: new Set(["GLACIER"]), postes: new Map([["GLACIER", new Set(["8.1"])]]) };

describe("accounts alerts", () => {
  test("a number two suppliers used, paid without naming one: ambiguous, and it settles neither", () => {
    const invoices = [sup(4, "Labo", "100", 50000), sup(5, "Média", "100", 30000)];
    const payments = [pay(4, "100", 30000)];
    const states = payableStates(invoices, payments, D("2026-11-27"));
    const alerts = paymentAlerts(payments, [], invoices, states);
    expect(alerts.map((a) => [a.code, a.cell])).toEqual([["PAIEMENT_FOURNISSEUR_AMBIGU", "Paiements!C4"]]);
    expect(alerts[0].message).toBe("Paiements, ligne 4 (Paiements!C4) : la facture « 100 » existe chez Labo et Média : écrivez le fournisseur payé dans la colonne Référence.");
    // The same number twice for one supplier is a duplicate; for two suppliers it is not.
    expect(supplierInvoiceAlerts(states, known).map((a) => a.code)).toEqual([]);
    expect(supplierInvoiceAlerts(payableStates([...invoices, sup(6, "labo ", "100", 1)], [], D("2026-11-27")), known).map((a) => [a.code, a.cell])).toEqual([["ACHAT_FACTURE_EN_DOUBLE", "Achats!C6"]]);
  });

  test("overpaid supplier invoice: 300,00 + 250,00 = 550,00 for 500,00 TTC", () => {
    const invoices = [sup(4, "Labo", "L-1", 50000)];
    const payments = [pay(4, "L-1", 30000), pay(5, "L-1", 25000)];
    const alerts = paymentAlerts(payments, [], invoices, payableStates(invoices, payments, D("2026-11-27")));
    expect(alerts.map((a) => [a.code, a.cell])).toEqual([["ACHAT_TROP_PAYE", "Achats!J4"]]);
  });

  test("received on a number not in the register: an error; on one that is: none", () => {
    const register: RegisterRow[] = [{ number: "FA-1", date: D("2026-11-27"), client: "C", production: "P", htCents: 100, vatCents: 20, ttcCents: 120, dueDate: D("2026-12-27"), status: "issued", creditOf: "" }];
    expect(paymentAlerts([pay(4, "FA-2", 120, "received"), pay(5, "FA-1", 120, "received")], register, [], []).map((a) => [a.code, a.severity, a.cell])).toEqual([["PAIEMENT_FACTURE_INCONNUE", "error", "Paiements!C4"]]);
  });

  test("receivables: late with the amount and days; « payée » typed without payment informs; partial payments contradict a typed « payée »", () => {
    const row = (number: string, status: RegisterRow["status"]): RegisterRow => ({ number, date: D("2026-11-27"), client: "Les Films du Fleuve", production: "FLEUVE", htCents: 100000, vatCents: 20000, ttcCents: 120000, dueDate: D("2026-12-27"), status, creditOf: "" });
    const register = [row("FA-1", "issued"), row("FA-2", "paid"), row("FA-3", "paid")];
    const states = invoiceStates(register, [pay(4, "FA-3", 20000, "received")], D("2027-02-15"));
    const alerts = receivableAlerts(register, states, () => undefined);
    expect(alerts.map((a) => [a.code, a.id === "" ? "" : a.id])).toEqual([
      ["FACT_EN_RETARD", ""],
      ["FACT_PAYEE_SANS_PAIEMENT", ""],
      ["FACT_EN_RETARD", ""],
      ["FACT_STATUT_PAYEE_CONTREDIT", ""],
    ]);
    // 27/12/2026 → 15/02/2027: 4 + 31 + 15 = 50 days; 1 200,00 due on FA-1, 1 000,00 on FA-3.
    expect(alerts[0].message).toBe("la facture FA-1 (Les Films du Fleuve) était due le 27/12/2026 : 1\u202f200,00\u00a0€ restent à encaisser, 50 jour(s) de retard.");
    expect(alerts[2].message).toMatch(/FA-3 .* 1\u202f000,00\u00a0€ restent à encaisser, 50 jour/);
  });

  test("due this week: from today to today + 6", () => {
    expect([isDueSoon(D("2026-11-27"), D("2026-11-27")), isDueSoon(D("2026-12-03"), D("2026-11-27")), isDueSoon(D("2026-12-04"), D("2026-11-27")), isDueSoon(D("2026-11-26"), D("2026-11-27"))]).toEqual([true, true, false, false]);
  });
});
