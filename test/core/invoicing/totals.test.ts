/**
 * Invoice totals on crafted cases, by hand.
 *
 *   Salle de montage image     12,5 j × 250,00   = 3 125,00   TVA 20 %
 *   Auditorium de mixage        2 j × 1 400,00   = 2 800,00   TVA 20 %
 *   Sous-titrage SME            52 min × 9,00    =   468,00   TVA 20 %
 *   Musique originale (droits)  1 × 2 500,00     = 2 500,00   TVA 10 % (CGI art. 279 g)
 *   Droits exploitation salle   1 × 1 234,57     = 1 234,57   TVA 5,5 % (CGI art. 278-0 bis)
 *   Débours (transport disques) 1 × 85,40        =    85,40   0 % (E, art. 267-II-2°)
 * Bases: 20 % → 6 393,00 → TVA 1 278,60 ; 10 % → 2 500,00 → 250,00 ;
 *        5,5 % → 1 234,57 × 5,5 % = 67,90135 → 67,90 ; 0 % → 85,40 → 0.
 * HT 10 212,97 ; TVA 1 596,50 ; TTC 11 809,47.
 */
import fc from "fast-check";
import { computeTotals, lineNetCents, vatOf } from "../../../src/core/invoicing/totals";
import { issueInvoice } from "../../../src/core/invoicing/register";
import { SELLER, LINES, draft } from "./fixtures";

describe("invoice totals", () => {
  test("several VAT rates, crafted and computed by hand", () => {
    const r = issueInvoice({
      draft: draft({
        lines: [
          ...LINES,
          { label: "Droits d'exploitation en salle (festival)", quantity: 1, unit: "forfait", unitPriceCents: 123457, vatRate: 5.5 },
          { label: "Débours : transport de disques payé au nom du client", quantity: 1, unit: "forfait", unitPriceCents: 8540, vatRate: 0 },
        ],
      }),
      seller: SELLER,
      register: [],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const t = r.invoice.totals;
    expect(t.breakdown.map((b) => [b.category, b.ratePercent, b.baseCents, b.vatCents])).toEqual([
      ["S", 20, 639300, 127860],
      ["S", 10, 250000, 25000],
      ["S", 5.5, 123457, 6790],
      ["E", 0, 8540, 0],
    ]);
    expect(t.breakdown[3].exemptionReason).toContain("267-II-2°");
    expect([t.htCents, t.vatCents, t.ttcCents]).toEqual([1021297, 159650, 1180947]);
    expect(r.row).toMatchObject({ htCents: 1021297, vatCents: 159650, ttcCents: 1180947 });
  });

  test("VAT per rate on the sum of the lines, then rounded (not line by line)", () => {
    // Three lines of 0,10 € at 5,5 %: line by line 3 × round(0,0055) = 0,03 €; on the sum
    // round(0,30 × 5,5 %) = round(0,0165) = 0,02 €. French practice and EN 16931 BR-CO-17: 0,02 €.
    const lines = [10, 10, 10].map((netCents) => ({ netCents, vatCategory: "S" as const, ratePercent: 5.5 }));
    const t = computeTotals(lines);
    expect(t.vatCents).toBe(2);
    expect(lines.reduce((s, l) => s + vatOf(l.netCents, 5.5), 0)).toBe(3);
  });

  test("half a cent rounds away from zero", () => {
    expect(vatOf(5, 10)).toBe(1); // 0,005 € → 0,01 €
    expect(vatOf(-5, 10)).toBe(-1);
    expect(vatOf(4, 10)).toBe(0);
    expect(vatOf(1000, 5.5)).toBe(55);
    expect(vatOf(123457, 5.5)).toBe(6790); // 6 790,135 c
    expect(lineNetCents(12.5, 25000)).toBe(312500);
    expect(lineNetCents(0.3333, 1000)).toBe(333);
  });

  test("for any lines: bases are the sums, VAT is each base × rate rounded once, TTC = HT + VAT", () => {
    const rates = [20, 10, 5.5, 2.1, 0];
    fc.assert(
      fc.property(
        fc.array(fc.record({ netCents: fc.integer({ min: -100_000, max: 10_000_000 }), rate: fc.constantFrom(...rates) }), { minLength: 1, maxLength: 30 }),
        (ls) => {
          const t = computeTotals(ls.map((l) => ({ netCents: l.netCents, vatCategory: l.rate === 0 ? "E" : "S", ratePercent: l.rate })));
          expect(t.htCents).toBe(ls.reduce((s, l) => s + l.netCents, 0));
          for (const b of t.breakdown) {
            const base = ls.filter((l) => l.rate === b.ratePercent).reduce((s, l) => s + l.netCents, 0);
            expect(b.baseCents).toBe(base);
            // Exact reference with BigInt: base × rate(‱) / 10 000, half away from zero.
            const n = BigInt(base) * BigInt(Math.round(b.ratePercent * 100));
            const abs = n < 0n ? -n : n;
            const q = abs / 10000n + ((abs % 10000n) * 2n >= 10000n ? 1n : 0n);
            expect(b.vatCents).toBe(Number(n < 0n ? -q : q) || 0);
          }
          expect(t.vatCents).toBe(t.breakdown.reduce((s, b) => s + b.vatCents, 0));
          expect(t.ttcCents).toBe(t.htCents + t.vatCents);
          // Rates in decreasing order, one group per rate.
          expect(t.breakdown.map((b) => b.ratePercent)).toEqual([...new Set(ls.map((l) => l.rate))].sort((a, b) => b - a));
        },
      ),
      { numRuns: 500 },
    );
  });
});
