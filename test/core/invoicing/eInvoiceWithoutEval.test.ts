/**
 * The e-invoice writers run where `eval` is forbidden (the task pane's Content-Security-Policy has no
 * 'unsafe-eval', on purpose): with `eval` and `Function` replaced by functions that throw, both
 * syntaxes are written, byte for byte the same as with them, for an invoice and its credit note.
 */
import { toCii } from "../../../src/core/invoicing/cii";
import type { IssuedInvoice } from "../../../src/core/invoicing/invoice";
import { cancelInvoice, issueInvoice } from "../../../src/core/invoicing/register";
import { toUbl } from "../../../src/core/invoicing/ubl";
import { D, LINES, SELLER, draft } from "./fixtures";

function issued(r: ReturnType<typeof issueInvoice>): IssuedInvoice {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.invoice;
}

const invoice = issued(issueInvoice({ draft: draft({ lines: [...LINES, { label: "Débours", quantity: 1, unit: "forfait", unitPriceCents: 8540, vatRate: 0 }] }), seller: SELLER, register: [] }));
const row = { number: invoice.number, date: invoice.issueDate, client: invoice.client.name, production: invoice.production, htCents: 0, vatCents: 0, ttcCents: 0, status: "issued" as const, creditOf: "" };
const credit = cancelInvoice({ original: invoice, register: [row], storedCounter: 1, issueDate: D(2026, 12, 2) });
if (!credit.ok) throw new Error("avoir");

type Globals = { eval: unknown; Function: unknown };

function withoutEval<T>(run: () => T): { result: T; attempts: number } {
  const g = globalThis as unknown as Globals;
  const saved = { eval: g.eval, Function: g.Function };
  let attempts = 0;
  const refuse = (): never => {
    attempts++;
    throw new EvalError("Refused to evaluate a string as JavaScript because 'unsafe-eval' is not an allowed source of script");
  };
  g.eval = refuse;
  g.Function = refuse;
  try {
    return { result: run(), attempts };
  } finally {
    g.eval = saved.eval;
    g.Function = saved.Function;
  }
}

describe("e-invoices without eval", () => {
  test("the refusal is in place while the writers run (the patch really bites)", () => {
    const { result, attempts } = withoutEval(() => {
      try {
        return (globalThis as unknown as { Function: (body: string) => () => number }).Function("return 1")();
      } catch (e) {
        return (e as Error).name;
      }
    });
    expect(result).toBe("EvalError");
    expect(attempts).toBe(1);
  });

  test.each([
    ["facture", invoice, "<Invoice "],
    ["avoir", credit.creditNote, "<CreditNote "],
  ])("UBL and CII of the %s: the same XML, and no attempt to evaluate code", (_name, doc, root) => {
    const expected = { ubl: toUbl(doc), cii: toCii(doc) };
    const { result, attempts } = withoutEval(() => ({ ubl: toUbl(doc), cii: toCii(doc) }));
    expect(attempts).toBe(0);
    expect(result).toEqual(expected);
    expect(result.ubl).toContain(root);
    expect(result.ubl).toContain('<cbc:EndpointID schemeID="0225">512345679_FACTURES</cbc:EndpointID>');
  });
});
