/** The `TVA` sheet shows the figures of the VAT summary, by month and rate, with the rule beside them. */
import { vatSummary } from "../../src/core/accounts/vatSummary";
import { ledgerOf } from "../../src/core/accounts/ledger";
import { dayFromYmd } from "../../src/core/dates/civil";
import { defaultChart } from "../../src/sheets/accounts/chartOfAccounts";
import { buildVatSheet } from "../../src/sheets/reports/vatSummary";

const d = (m: number, day: number): number => dayFromYmd(2026, m, day);

test("one page per month: collected by rate, deductible, the balance and the rules", () => {
  // Invoice 1 000 € + 200 € VAT paid 600 € on 15 March: half of its VAT (100 €) is due in March.
  const sales = [
    {
      kind: "invoice" as const,
      number: "F1",
      day: d(3, 2),
      client: "Prod",
      production: "P",
      rates: [{ ratePercent: 20, baseCents: 100_000, vatCents: 20_000 }],
      creditOf: "",
    },
  ];
  const payments = [
    {
      day: d(3, 15),
      direction: "received" as const,
      invoice: "F1",
      amountCents: 60_000,
      mode: "virement",
      reference: "",
    },
  ];
  const { entries } = ledgerOf({ sales, purchases: [], payments }, { chart: defaultChart(), vatOnDebits: false }, { from: d(3, 1), to: d(3, 31) });
  const sheet = buildVatSheet(vatSummary(entries, false), { from: d(3, 1), to: d(3, 31) }, d(4, 1));
  const texts = sheet.rows.map((r) => (r ?? []).map((c) => c?.value ?? ""));
  const rowOf = (first: string): (string | number | boolean | object)[] => texts.find((r) => r[0] === first) ?? [];
  expect(texts.some((r) => r[0] === "Mars 2026 — TVA")).toBe(true);
  // 20 % line: base 500 € (half of 1 000), VAT 100 €.
  expect(rowOf("20 %")).toEqual(["20 %", 500, 100]);
  expect(rowOf("TVA à payer")[2]).toBe(100);
  expect(texts.some((r) => String(r[0]).startsWith("Règle : TVA sur les encaissements"))).toBe(true);
});
