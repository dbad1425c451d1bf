/**
 * The printable invoice: a designation longer than its column (a surcharge line says what it raises)
 * wraps into a row tall enough for its lines, so that it never prints over the next line.
 */
import { issueInvoice } from "../../src/core/invoicing/register";
import { buildInvoiceSheet } from "../../src/sheets/reports/invoiceSheet";
import { SELLER, draft } from "../core/invoicing/fixtures";

test("a long designation gets a taller row; a short one keeps the default height", () => {
  const lines = [
    { production: "FLEUVE", code: "MONTEUR", label: "Chef monteur", quantity: 2, unit: "jour", unitPriceCents: 48000, vatRate: 20 },
    { production: "FLEUVE", code: "MONTEUR", label: "Chef monteur image (mise à disposition) — majoration de nuit (+50 %)", quantity: 0.1875, unit: "jour", unitPriceCents: 24000, vatRate: 20 },
  ];
  const r = issueInvoice({ draft: draft({ lines }), seller: SELLER, register: [] });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const sheet = buildInvoiceSheet(r.invoice);
  const rowOf = (text: string): number => sheet.rows.findIndex((row) => row?.[0]?.value === text);
  const short = rowOf("Chef monteur (MONTEUR)");
  // 79 characters with its code, in a column of 44: two printed lines → 2 × 15 pt.
  const long = rowOf("Chef monteur image (mise à disposition) — majoration de nuit (+50 %) (MONTEUR)");
  expect([short > 0, long > 0]).toEqual([true, true]);
  expect(sheet.rowHeights?.[short]).toBeUndefined();
  expect(sheet.rowHeights?.[long]).toBe(30);
});
