import fc from "fast-check";
import { invoiceStates } from "../../../src/core/accounts/invoiceStatus";
import { payableStates } from "../../../src/core/accounts/payables";
import { supplierAmounts } from "../../../src/core/accounts/supplierInvoiceAmounts";
import type { Payment, SupplierInvoice } from "../../../src/core/accounts/documents";
import { dayFromYmd } from "../../../src/core/dates/civil";
import type { RegisterRow } from "../../../src/core/invoicing/register";

const D = (iso: string) => dayFromYmd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
const inv = (number: string, ttcCents: number, due: string, extra: Partial<RegisterRow> = {}): RegisterRow => ({
  number,
  date: D("2026-11-27"),
  client: "Les Films du Fleuve",
  production: "FLEUVE",
  htCents: Math.round(ttcCents / 1.2),
  vatCents: ttcCents - Math.round(ttcCents / 1.2),
  ttcCents,
  dueDate: D(due),
  status: "issued",
  creditOf: "",
  ...extra,
});
const got = (invoice: string, cents: number, day: string): Payment => ({ day: D(day), direction: "received", invoice, amountCents: cents, mode: "virement", reference: "" });

describe("invoice status derived from the register and the payments", () => {
  const register = [inv("F-2026-001", 144000, "2026-12-27")];

  it("partial: 1 440,00 € TTC, 600,00 € received → partiellement payée, 840,00 € due", () => {
    const s = invoiceStates(register, [got("F-2026-001", 60000, "2026-12-10")], D("2026-12-15")).get("F-2026-001")!;
    expect(s).toMatchObject({ status: "partlyPaid", paidCents: 60000, dueCents: 144000 - 60000, daysLate: 0 });
  });

  it("full: 600,00 + 840,00 = 1 440,00 € → payée, nothing due, even after the due date", () => {
    const s = invoiceStates(register, [got("F-2026-001", 60000, "2026-12-10"), got("F-2026-001", 84000, "2027-01-05")], D("2027-02-15")).get("F-2026-001")!;
    expect(s).toMatchObject({ status: "paid", dueCents: 0, daysLate: 0 });
  });

  it("overdue from the day after the due date: due 27/12/2026, still 840,00 € on 15/02/2027 → 50 days late", () => {
    const pays = [got("F-2026-001", 60000, "2026-12-10")];
    // On the due date itself it is not late yet.
    expect(invoiceStates(register, pays, D("2026-12-27")).get("F-2026-001")!.status).toBe("partlyPaid");
    expect(invoiceStates(register, pays, D("2026-12-28")).get("F-2026-001")).toMatchObject({ status: "overdue", daysLate: 1 });
    // 4 days left in December + 31 in January + 15 in February = 50.
    expect(invoiceStates(register, pays, D("2027-02-15")).get("F-2026-001")).toMatchObject({ status: "overdue", dueCents: 84000, daysLate: 50 });
  });

  it("credit note: the invoice it names is annulée par avoir, nothing due; the credit note itself is not collected", () => {
    const withCredit = [...register, inv("F-2026-002", -144000, "2026-12-27", { creditOf: "F-2026-001", dueDate: undefined })];
    const states = invoiceStates(withCredit, [], D("2027-02-15"));
    expect(states.get("F-2026-001")).toMatchObject({ status: "cancelled", dueCents: 0 });
    expect(states.get("F-2026-002")).toMatchObject({ dueCents: 0, daysLate: 0 });
  });

  it("« payée » typed by hand with no payment is kept as paid and flagged (never lost)", () => {
    const s = invoiceStates([inv("F-2026-001", 144000, "2026-12-27", { status: "paid" })], [], D("2027-02-15")).get("F-2026-001")!;
    expect(s).toMatchObject({ status: "paid", legacyPaid: true, dueCents: 0 });
  });

  it("a payment dated after today is not counted yet", () => {
    expect(invoiceStates(register, [got("F-2026-001", 144000, "2026-12-20")], D("2026-12-19")).get("F-2026-001")!.status).toBe("issued");
  });

  it("property: the status never disagrees with the payments", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500000 }), fc.array(fc.integer({ min: 1, max: 200000 }), { maxLength: 5 }), fc.integer({ min: -30, max: 90 }), (ttc, amounts, offset) => {
        const today = D("2026-12-27") + offset;
        const pays = amounts.map((a, i) => got("F-2026-001", a, `2026-11-0${1 + i}`));
        const s = invoiceStates([inv("F-2026-001", ttc, "2026-12-27")], pays, today).get("F-2026-001")!;
        const paid = amounts.reduce((a, b) => a + b, 0);
        expect(s.paidCents).toBe(paid);
        expect(s.dueCents).toBe(Math.max(0, ttc - paid));
        expect(s.status === "paid").toBe(paid >= ttc);
        expect(s.status === "overdue").toBe(paid < ttc && offset > 0);
        expect(s.status === "partlyPaid").toBe(paid > 0 && paid < ttc && offset <= 0);
        expect(s.status === "issued").toBe(paid === 0 && offset <= 0);
      }),
    );
  });
});

describe("supplier invoice amounts", () => {
  it("VAT blank: taken at the rate (1 240,00 × 20 % = 248,00), TTC = 1 488,00", () => {
    expect(supplierAmounts(124000, 20, undefined, undefined)).toEqual({ vatCents: 24800, grossCents: 148800 });
  });
  it("typed VAT within a cent of the rate is accepted (333,33 × 20 % = 66,67; 66,66 typed)", () => {
    expect(supplierAmounts(33333, 20, 6666, undefined)).toEqual({ vatCents: 6666, grossCents: 39999 });
  });
  it("typed VAT more than a cent off: kept, and the rate's figure given for the alert", () => {
    // 1 000,00 × 20 % = 200,00; 100,00 typed (a 10 % invoice logged at 20 %).
    expect(supplierAmounts(100000, 20, 10000, undefined)).toEqual({ vatCents: 10000, grossCents: 110000, vatAtRateCents: 20000 });
  });
  it("typed TTC that is not HT + TVA is kept and reported", () => {
    expect(supplierAmounts(100000, 20, undefined, 121000)).toEqual({ vatCents: 20000, grossCents: 121000, expectedGrossCents: 120000 });
  });
});

describe("payables", () => {
  const sup = (supplier: string, number: string, gross: number, extra: Partial<SupplierInvoice> = {}): SupplierInvoice => ({
    day: D("2026-11-13"), supplier, number, production: "GLACIER", budgetCode: "8.1", label: "", netCents: gross, vatRatePercent: 0, vatCents: 0, grossCents: gross, dueDay: D("2026-12-13"), paidDay: undefined, paymentMode: "", ...extra,
  });
  const paid = (invoice: string, cents: number, supplier?: string): Payment => ({ day: D("2026-11-26"), direction: "paid", invoice, amountCents: cents, mode: "", reference: supplier ?? "", supplier });

  it("partial payment: 1 488,00 − 744,00 = 744,00 due; late from 14/12 (2 days on 15/12)", () => {
    const [s] = payableStates([sup("Labo", "L-1", 148800)], [paid("L-1", 74400)], D("2026-12-15"));
    expect(s).toMatchObject({ paidCents: 74400, dueCents: 74400, daysLate: 2 });
  });
  it("« Payé le » typed settles it in full", () => {
    const [s] = payableStates([sup("Labo", "L-1", 148800, { paidDay: D("2026-12-01") })], [], D("2026-12-15"));
    expect(s).toMatchObject({ dueCents: 0, daysLate: 0 });
  });
  it("a number two suppliers used: settled only when the payment names the supplier", () => {
    const invoices = [sup("Labo", "100", 50000), sup("Média", "100", 30000)];
    expect(payableStates(invoices, [paid("100", 30000)], D("2026-12-01")).map((s) => s.paidCents)).toEqual([0, 0]);
    expect(payableStates(invoices, [paid("100", 30000, "Média")], D("2026-12-01")).map((s) => s.paidCents)).toEqual([0, 30000]);
  });
});
