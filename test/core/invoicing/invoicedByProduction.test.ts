/**
 * Invoiced per production, from the register: invoices positive, credit notes negative, whatever the
 * payment status; an invoice of several productions split by its lines as issued.
 */
import { invoicedByProduction } from "../../../src/core/invoicing/invoicedByProduction";

describe("invoiced per production", () => {
  test("an invoice cancelled by its credit note nets to 0; the next invoice counts", () => {
    // FA-1 10 220 € FLEUVE, cancelled by AV-2 (−10 220 €), then FA-3 9 800 € FLEUVE: 10 220 − 10 220 + 9 800 = 9 800.
    const r = invoicedByProduction([
      { number: "FA-1", production: "FLEUVE", htCents: 1022000 },
      { number: "AV-2", production: "FLEUVE", htCents: -1022000 },
      { number: "FA-3", production: " FLEUVE ", htCents: 980000 },
      { number: "FA-4", production: "GLACIER", htCents: 300000 },
    ]);
    expect([...r.byProduction]).toEqual([
      ["FLEUVE", 980000],
      ["GLACIER", 300000],
    ]);
    expect(r.unassigned).toEqual([]);
  });

  test("an invoice of two productions is split by its lines; its credit note likewise, negative", () => {
    // FA-5: FLEUVE 6 300 + 2 520, GLACIER 1 400 → 10 220 € HT. AV-6 cancels it: −8 820 and −1 400.
    const lines = [
      { production: "FLEUVE", netCents: 630000 },
      { production: "GLACIER", netCents: 140000 },
      { production: "FLEUVE", netCents: 252000 },
    ];
    const r = invoicedByProduction([
      { number: "FA-5", production: "FLEUVE, GLACIER", htCents: 1022000, lines },
      { number: "AV-6", production: "FLEUVE, GLACIER", htCents: -1022000, lines },
    ]);
    expect(r.byProduction.get("FLEUVE")).toBe(0);
    expect(r.byProduction.get("GLACIER")).toBe(0);
    const once = invoicedByProduction([{ number: "FA-5", production: "FLEUVE, GLACIER", htCents: 1022000, lines }]);
    expect([once.byProduction.get("FLEUVE"), once.byProduction.get("GLACIER")]).toEqual([882000, 140000]);
  });

  test("an invoice naming no production, or several without its lines, is left out and listed", () => {
    const r = invoicedByProduction([
      { number: "FA-7", production: "", htCents: 50000 },
      { number: "FA-8", production: "A, B", htCents: 70000 },
      { number: "FA-9", production: "A, B", htCents: 70000, lines: [{ production: "A", netCents: 70000 }, { netCents: 0 }] },
    ]);
    expect(r.byProduction.size).toBe(0);
    expect(r.unassigned.map((u) => u.number)).toEqual(["FA-7", "FA-8", "FA-9"]);
  });
});
