/**
 * The UBL writer where `eval` is forbidden (the task pane's Content-Security-Policy): the library's
 * validating call compiles validators with `new Function` and is refused there, so the writer calls
 * the library's UBL formatter directly. Both paths must write the very same XML.
 */
import { InvoiceService } from "@e-invoice-eu/core";
import type { IssuedInvoice } from "../../../src/core/invoicing/invoice";
import { cancelInvoice, issueInvoice } from "../../../src/core/invoicing/register";
import { generateUblXml, toUbl, toUblInput } from "../../../src/core/invoicing/ubl";
import { expectValidEInvoices } from "../../helpers/schemas";
import { D, LINES, SELLER, draft } from "./fixtures";

function issued(r: ReturnType<typeof issueInvoice>): IssuedInvoice {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.invoice;
}

const invoice = issued(issueInvoice({ draft: draft({ lines: [...LINES, { label: "Débours", quantity: 1, unit: "forfait", unitPriceCents: 8540, vatRate: 0 }] }), seller: SELLER, register: [] }));
const row = { number: invoice.number, date: invoice.issueDate, client: invoice.client.name, production: invoice.production, htCents: 0, vatCents: 0, ttcCents: 0, status: "issued" as const, creditOf: "" };
const credit = cancelInvoice({ original: invoice, register: [row], storedCounter: 1, issueDate: D(2026, 12, 2) });
if (!credit.ok) throw new Error("avoir");

describe("UBL without eval", () => {
  afterEach(() => jest.restoreAllMocks());

  test.each([
    ["invoice", invoice],
    ["credit note", credit.creditNote],
  ])("the formatter alone writes the same XML as the validating call (%s)", async (_name, doc) => {
    const { input } = toUblInput(doc);
    const validated = await generateUblXml(input, true);
    expect(await generateUblXml(input, false)).toBe(validated);
    expect(validated).toMatch(/<cbc:ID>FA-2026-000[12]<\/cbc:ID>/);
    // Before the 0225 renaming: the library's own XML conforms to EN 16931 too.
    await expectValidEInvoices([{ name: `sortie de la bibliothèque (${_name})`, xml: validated }]);
  });

  test("a page refusing eval still gets the UBL (with the 0225 routing scheme); other errors still stop it", async () => {
    const expected = await toUbl(invoice);
    const refuse = jest.spyOn(InvoiceService.prototype, "generate").mockRejectedValue(new EvalError("Refused to evaluate a string as JavaScript because 'unsafe-eval' is not an allowed source of script"));
    expect(await toUbl(invoice)).toBe(expected);
    expect(refuse).toHaveBeenCalled();
    expect(expected).toMatch(/schemeID="0225"/);
    refuse.mockRejectedValue(Object.assign(new Error("validation"), { errors: [{ instancePath: "/ubl:Invoice/cbc:ID", message: "must match pattern" }] }));
    await expect(toUbl(invoice)).rejects.toThrow(/refuse les données \(\/ubl:Invoice\/cbc:ID must match pattern\)/);
  });
});
