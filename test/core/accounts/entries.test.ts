import fc from "fast-check";
import { accountOf } from "../../../src/core/accounts/chart";
import type { Payment, SupplierInvoice } from "../../../src/core/accounts/documents";
import { entryBalance } from "../../../src/core/accounts/entries";
import { fecAmount, fecDate, fecFileName, fecText, latin9 } from "../../../src/core/accounts/fec";
import { ledgerOf } from "../../../src/core/accounts/ledger";
import { payableStates } from "../../../src/core/accounts/payables";
import type { SaleDocument } from "../../../src/core/accounts/salesEntries";
import { paymentShares } from "../../../src/core/accounts/vatShares";
import { vatSummary } from "../../../src/core/accounts/vatSummary";
import { dayFromYmd } from "../../../src/core/dates/civil";
import { defaultChart } from "../../../src/sheets/accounts/chartOfAccounts";

const chart = defaultChart();
const d = (m: number, day: number): number => dayFromYmd(2026, m, day);
const YEAR = { from: d(1, 1), to: d(12, 31) };

const invoice = (number: string, day: number, base: number, rate = 20): SaleDocument => ({
  kind: "invoice",
  number,
  day,
  client: "Les Films du Fleuve",
  production: "FLEUVE",
  rates: [
    {
      ratePercent: rate,
      baseCents: base,
      vatCents: Math.round((base * rate) / 100),
    },
  ],
  creditOf: "",
});
const purchase = (number: string, day: number, net: number, rate: number | undefined, budgetCode = "8.1"): SupplierInvoice => ({
  day,
  supplier: "Labo Numérique du Nord",
  number,
  production: "FLEUVE",
  budgetCode,
  label: "Étalonnage",
  netCents: net,
  vatRatePercent: rate,
  vatCents: rate === undefined ? 0 : Math.round((net * rate) / 100),
  grossCents: net + (rate === undefined ? 0 : Math.round((net * rate) / 100)),
  dueDay: undefined,
  paidDay: undefined,
  paymentMode: "virement",
});
const pay = (direction: Payment["direction"], invoiceNumber: string, day: number, amount: number): Payment => ({
  day,
  direction,
  invoice: invoiceNumber,
  amountCents: amount,
  mode: "virement",
  reference: "",
});

describe("chart of accounts", () => {
  it("takes the purchase account of the longest budget code prefix, the VAT account of the rate, by date", () => {
    expect(accountOf(chart, "purchases", d(3, 1), "8.1").account).toBe("604000"); // chapter 8 row
    expect(accountOf(chart, "purchases", d(3, 1), "91").account).toBe("611000"); // no row for 9: the row for any
    expect(accountOf(chart, "vatCollected", d(3, 1), 5.5).account).toBe("445713");
    expect(accountOf(chart, "vatCollected", d(3, 1), 2.1).account).toBe("445710");
    // Before the default chart's Du (2025-01-01): suspense account.
    expect(accountOf(chart, "bank", dayFromYmd(2024, 12, 31)).account).toBe("471000");
  });
});

describe("journal entries, worked cases", () => {
  it("posts an invoice on receipts: 411 12 000 / 706 10 000 + 445718 2 000, then the receipt moves the VAT to 445711", () => {
    const { entries } = ledgerOf(
      {
        sales: [invoice("F1", d(3, 10), 1_000_000)],
        purchases: [],
        payments: [pay("received", "F1", d(4, 5), 1_200_000)],
      },
      { chart, vatOnDebits: false },
      YEAR,
    );
    const [sale, bank] = entries;
    expect(sale.lines.map((l) => [l.account, l.debitCents, l.creditCents])).toEqual([
      ["411000", 1_200_000, 0],
      ["706000", 0, 1_000_000],
      ["445718", 0, 200_000],
    ]);
    expect(bank.lines.map((l) => [l.account, l.debitCents, l.creditCents])).toEqual([
      ["512000", 1_200_000, 0],
      ["411000", 0, 1_200_000],
      ["445718", 200_000, 0],
      ["445711", 0, 200_000],
    ]);
    expect(sale.number).toBe("VT000001");
    expect(bank.number).toBe("BQ000001");
  });

  it("posts a credit note on the other sides and a supplier invoice with waiting deductible VAT", () => {
    const credit: SaleDocument = {
      ...invoice("F2", d(3, 12), -100_000),
      kind: "creditNote",
      creditOf: "F1",
    };
    const { entries } = ledgerOf(
      {
        sales: [credit],
        purchases: [purchase("P1", d(3, 2), 500_000, 20)],
        payments: [],
      },
      { chart, vatOnDebits: false },
      YEAR,
    );
    const byJournal = Object.fromEntries(entries.map((e) => [e.journal, e.lines.map((l) => [l.account, l.debitCents, l.creditCents])]));
    // -1 000 HT, -200 VAT: 706 and 445718 debited, 411 credited 1 200.
    expect(byJournal.VT).toEqual([
      ["411000", 0, 120_000],
      ["706000", 100_000, 0],
      ["445718", 20_000, 0],
    ]);
    // 5 000 HT + 1 000 VAT: 604 (chapter 8) and 445668 debited, 401 credited 6 000.
    expect(byJournal.HA).toEqual([
      ["604000", 500_000, 0],
      ["445668", 100_000, 0],
      ["401000", 0, 600_000],
    ]);
  });

  it("posts a purchase without VAT rate without VAT line, and says so", () => {
    const { entries, alerts } = ledgerOf(
      {
        sales: [],
        purchases: [purchase("P2", d(5, 2), 42_000, undefined)],
        payments: [],
      },
      { chart, vatOnDebits: false },
      YEAR,
    );
    expect(entries[0].lines.map((l) => l.account)).toEqual(["604000", "401000"]);
    expect(alerts.map((a) => a.code)).toEqual(["COMPTA_TVA_INCONNUE"]);
  });

  it("numbers each journal without gap in the order of the days, only inside the period", () => {
    const sales = [invoice("F3", d(2, 20), 1000), invoice("F1", d(1, 5), 1000), invoice("F2", d(2, 1), 1000), invoice("F0", d(12, 30), 1000)];
    const { entries } = ledgerOf({ sales, purchases: [], payments: [] }, { chart, vatOnDebits: true }, { from: d(1, 1), to: d(2, 28) });
    expect(entries.map((e) => `${e.number} ${e.pieceRef}`)).toEqual(["VT000001 F1", "VT000002 F2", "VT000003 F3"]);
  });
});

describe("VAT of partial payments", () => {
  it("splits 12 000 TTC (10 000 + 2 000 VAT) paid 5 000 + 7 000: 833,33 then 1 166,67", () => {
    const rates = [{ ratePercent: 20, baseCents: 1_000_000, vatCents: 200_000 }];
    // 200 000 × 500 000 / 1 200 000 = 83 333,33 → 83 333; then 200 000 − 83 333 = 116 667.
    expect(paymentShares(rates, 1_200_000, 0, 500_000)[0].vatCents).toBe(83_333);
    expect(paymentShares(rates, 1_200_000, 500_000, 700_000)[0].vatCents).toBe(116_667);
  });
});

describe("monthly VAT summary", () => {
  const docs = {
    sales: [invoice("F1", d(3, 10), 1_000_000), invoice("F2", d(3, 20), 100_000, 10)],
    purchases: [purchase("P1", d(3, 2), 500_000, 20)],
    // F1 paid half in March, half in April; F2 (1 000 € + 100 € VAT at 10 %) paid in April; P1 paid in April.
    payments: [pay("received", "F1", d(3, 31), 600_000), pay("received", "F1", d(4, 15), 600_000), pay("received", "F2", d(4, 2), 110_000), pay("paid", "P1", d(4, 20), 600_000)],
  };

  it("on receipts: the VAT the payments of each month carry", () => {
    const { entries } = ledgerOf(docs, { chart, vatOnDebits: false }, YEAR);
    const [march, april] = vatSummary(entries, false);
    // March: half of F1's 2 000 € = 1 000 €; nothing deductible yet (P1 unpaid).
    expect(march).toMatchObject({
      month: "2026-03",
      collectedCents: 100_000,
      deductibleCents: 0,
      netCents: 100_000,
    });
    // April: the other 1 000 € at 20 % + F2's 100 € at 10 %; P1's 1 000 € deductible once paid: 1 100 − 1 000 = 100 €.
    expect(april.collected).toEqual([
      { ratePercent: 20, baseCents: 500_000, vatCents: 100_000 },
      { ratePercent: 10, baseCents: 100_000, vatCents: 10_000 },
    ]);
    expect(april).toMatchObject({
      collectedCents: 110_000,
      deductibleCents: 100_000,
      netCents: 10_000,
    });
    expect(april.collectedRule).toContain("encaissements");
  });

  it("with the option for debits: the VAT of the invoices of the month", () => {
    const { entries } = ledgerOf(docs, { chart, vatOnDebits: true }, YEAR);
    const [march, april] = vatSummary(entries, true);
    // March: F1 2 000 € + F2 100 € invoiced; April: only P1's deductible 1 000 €.
    expect(march).toMatchObject({
      month: "2026-03",
      collectedCents: 210_000,
      deductibleCents: 0,
    });
    expect(april).toMatchObject({
      month: "2026-04",
      collectedCents: 0,
      deductibleCents: 100_000,
      netCents: -100_000,
    });
    expect(march.collectedRule).toContain("débits");
  });
});

describe("FEC format", () => {
  it("writes dates AAAAMMJJ, amounts with a comma and no thousands separator, the legal name", () => {
    expect(fecDate(d(3, 5))).toBe("20260305");
    expect(fecAmount(123_456_78)).toBe("123456,78");
    expect(fecAmount(-5)).toBe("-0,05");
    expect(fecFileName("912 345 675", d(12, 31))).toBe("912345675FEC20261231.txt");
    expect([...latin9("é€œ✓")]).toEqual([0xe9, 0xa4, 0xbd, 0x3f]);
  });

  it("has the exact header and 18 fields per line", () => {
    const { entries } = ledgerOf({ sales: [invoice("F1", d(3, 10), 1000)], purchases: [], payments: [] }, { chart, vatOnDebits: false }, YEAR);
    const lines = fecText(entries, d(4, 1)).split("\r\n");
    expect(lines[0]).toBe(
      "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise",
    );
    expect(lines.slice(1, -1).every((l) => l.split("\t").length === 18)).toBe(true);
  });
});

describe("property: every generated month is balanced", () => {
  const amount = fc.integer({ min: 1, max: 5_000_000 });
  const rate = fc.constantFrom(20, 10, 5.5, 2.1, 0);
  const day = fc.integer({ min: 1, max: 28 });
  it("each entry and the whole file balance to the cent, and a fully paid invoice moves all its VAT", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            base: amount,
            rate,
            rate2: rate,
            day,
            credit: fc.boolean(),
            splits: fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 4 }),
          }),
          { maxLength: 8 },
        ),
        fc.array(
          fc.record({
            net: amount,
            rate: fc.option(rate, { nil: undefined }),
            day,
            paid: fc.boolean(),
          }),
          { maxLength: 6 },
        ),
        fc.boolean(),
        (sales, buys, debits) => {
          const docs: SaleDocument[] = [];
          const payments: Payment[] = [];
          sales.forEach((s, k) => {
            const sign = s.credit ? -1 : 1;
            const half = Math.floor(s.base / 3);
            const rates = [
              {
                ratePercent: s.rate,
                baseCents: sign * (s.base - half),
                vatCents: sign * Math.round(((s.base - half) * s.rate) / 100),
              },
              {
                ratePercent: s.rate2,
                baseCents: sign * half,
                vatCents: sign * Math.round((half * s.rate2) / 100),
              },
            ];
            docs.push({
              kind: s.credit ? "creditNote" : "invoice",
              number: `F${k}`,
              day: d(6, s.day),
              client: `Client ${k % 3}`,
              production: "P",
              rates,
              creditOf: "",
            });
            if (s.credit) return;
            // Partial payments: the gross split in parts, the last one settles the rest.
            const gross = rates.reduce((t, r) => t + r.baseCents + r.vatCents, 0);
            const parts = s.splits.length ? s.splits : [1];
            const weight = parts.reduce((a, b) => a + b, 0);
            let paid = 0;
            parts.forEach((p, i) => {
              const amountCents = i === parts.length - 1 ? gross - paid : Math.floor((gross * p) / weight);
              paid += amountCents;
              payments.push(pay("received", `F${k}`, d(7, 1 + i), amountCents));
            });
          });
          const purchases = buys.map((b, k) => ({
            ...purchase(`P${k}`, d(6, b.day), b.net, b.rate),
            supplier: `Fournisseur ${k % 2}`,
            paidDay: b.paid ? d(8, 1) : undefined,
          }));
          const { entries, alerts } = ledgerOf({ sales: docs, purchases, payments }, { chart, vatOnDebits: debits }, YEAR);
          for (const e of entries) expect(entryBalance(e)).toBe(0);
          expect(alerts.filter((a) => a.code === "COMPTA_ECRITURE_DESEQUILIBREE")).toEqual([]);
          // Numbering without gap per journal.
          for (const j of ["VT", "HA", "BQ"]) {
            const numbers = entries.filter((e) => e.journal === j).map((e) => Number(e.number.slice(2)));
            expect(numbers).toEqual(numbers.map((_, i) => i + 1));
          }
          // On receipts, every paid invoice's VAT left the waiting account: 445718 is back to the credit notes' VAT only.
          if (!debits) {
            const waiting = entries
              .flatMap((e) => e.lines)
              .filter((l) => l.account === "445718")
              .reduce((t, l) => t + l.creditCents - l.debitCents, 0);
            const creditNotesVat = docs.filter((x) => x.kind === "creditNote").reduce((t, x) => t + x.rates.reduce((u, r) => u + r.vatCents, 0), 0);
            expect(waiting).toBe(creditNotesVat);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("what is owed and the bank journal read the supplier log alike", () => {
  // 1 000 € HT at 20 % = 1 200 € TTC. 500 € paid on 10/06 (Paiements, transfer reference « VIR-778 », not
  // a supplier's name), then « Payé le » 20/06 typed on the log: settled in full, so the rest, 700 €, is
  // one payment of 20/06.
  const inv = { ...purchase("L-9", d(6, 1), 100000, 20), paidDay: d(6, 20) };
  const partial: Payment = { ...pay("paid", "L-9", d(6, 10), 50000), reference: "VIR-778", supplier: "VIR-778" };

  it("nothing owed, and the bank journal pays the supplier 500 + 700 = 1 200 € with its 200 € of VAT moved", () => {
    const [state] = payableStates([inv], [partial], d(6, 30));
    expect(state).toMatchObject({ paidCents: 120000, dueCents: 0 });
    const { entries, alerts } = ledgerOf({ sales: [], purchases: [inv], payments: [partial] }, { chart, vatOnDebits: false }, YEAR);
    expect(alerts.filter((a) => a.code === "COMPTA_PAIEMENT_SANS_FACTURE")).toEqual([]);
    const bank = entries.filter((e) => e.journal === "BQ");
    expect(bank.map((e) => e.day)).toEqual([d(6, 10), d(6, 20)]);
    const on = (account: string): number => bank.flatMap((e) => e.lines).filter((l) => l.account === account).reduce((t, l) => t + l.debitCents - l.creditCents, 0);
    expect(on("401000")).toBe(120000); // the supplier's 1 200 € TTC, settled
    expect(on("445660")).toBe(20000); // the 200 € of VAT, deductible once paid
    for (const e of bank) expect(entryBalance(e)).toBe(0);
  });
});

