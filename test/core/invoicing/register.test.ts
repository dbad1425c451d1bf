import {
  cancelInvoice,
  deriveStatuses,
  INVOICE_STATUS_LABEL,
  issueInvoice,
  markPaid,
  parseInvoiceStatus,
  registerEdits,
  type RegisterRow,
} from "../../../src/core/invoicing/register";
import { REGISTER_HEADERS, toRegisterRecord } from "../../../src/sheets/invoicing/registerRow";
import { CLIENT, D, SELLER, draft } from "./fixtures";

function issueFirst() {
  const r = issueInvoice({ draft: draft(), seller: SELLER, register: [] });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
}

describe("issuing an invoice", () => {
  const r = issueFirst();

  test("number, totals, due date and the register row", () => {
    expect(r.invoice).toMatchObject({ kind: "invoice", typeCode: "380", number: "FA-2026-0001", sequence: 1, billingFramework: "S1", currency: "EUR" });
    // 3 125 + 2 800 + 468 = 6 393,00 at 20 % (TVA 1 278,60) ; 2 500,00 at 10 % (TVA 250,00).
    expect(r.invoice.totals).toMatchObject({ htCents: 889300, vatCents: 152860, ttcCents: 1042160 });
    expect(r.invoice.dueDate).toBe(D(2026, 12, 30)); // 30/11 + 30 days
    expect(r.row).toEqual({
      number: "FA-2026-0001",
      date: D(2026, 11, 30),
      client: "Les Films du Canal",
      production: "CANAL-EP1",
      htCents: 889300,
      vatCents: 152860,
      ttcCents: 1042160,
      dueDate: D(2026, 12, 30),
      status: "issued",
      creditOf: "",
    });
    expect(r.counter).toBe(1);
    expect(r.issues).toEqual([]);
  });

  test("lines carry their VAT category and unit code", () => {
    expect(r.invoice.lines.map((l) => [l.lineId, l.netCents, l.vatCategory, l.unitCode])).toEqual([
      ["1", 312500, "S", "DAY"],
      ["2", 280000, "S", "DAY"],
      ["3", 46800, "S", "MIN"],
      ["4", 250000, "S", "LS"],
    ]);
  });

  test("the payment notes and the type of buyer are on every invoice", () => {
    expect(r.invoice.notes.map((n) => n.subject ?? "")).toEqual(["", "PMT", "PMD", "AAB", "BAR"]);
    expect(r.invoice.notes[0].text).toBe("Objet : Postproduction épisode 1");
    expect(r.invoice.notes[1].text).toContain("40 €");
    expect(r.invoice.notes[4].text).toBe("B2B");
    const debits = issueInvoice({ draft: draft(), seller: { ...SELLER, vatOnDebits: true }, register: [] });
    expect(debits.ok && debits.invoice.notes.map((n) => n.text)).toContain("Option pour le paiement de la taxe d'après les débits");
  });

  test("the issued invoice keeps the parties as they were", () => {
    const client = { ...CLIENT, address: { ...CLIENT.address } };
    const x = issueInvoice({ draft: draft({ client }), seller: SELLER, register: [] });
    client.address.city = "Lyon";
    expect(x.ok && x.invoice.client.address.city).toBe("Paris");
  });

  test("production of the register: the header's, else the lines' productions", () => {
    const x = issueInvoice({
      draft: draft({ production: "", lines: [
        { production: "EP2", label: "a", quantity: 1, unit: "jour", unitPriceCents: 100, vatRate: 20 },
        { production: "EP1", label: "b", quantity: 1, unit: "jour", unitPriceCents: 100, vatRate: 20 },
        { production: "EP2", label: "c", quantity: 1, unit: "jour", unitPriceCents: 100, vatRate: 20 },
      ] }),
      seller: SELLER,
      register: [],
    });
    expect(x.ok && x.row.production).toBe("EP2, EP1");
  });

  test("numbers follow the dates: no number on a date before the last invoice", () => {
    const second = issueInvoice({ draft: draft({ issueDate: D(2026, 11, 29) }), seller: SELLER, register: [r.row], storedCounter: 1 });
    expect(second.ok ? [] : second.issues.map((i) => i.code)).toEqual(["FACT_DATE_ANTERIEURE"]);
    const same = issueInvoice({ draft: draft(), seller: SELLER, register: [r.row], storedCounter: 1 });
    expect(same.ok && same.invoice.number).toBe("FA-2026-0002");
  });

  test("due date: the client's term, said on the invoice (the rules are paymentTerms.test.ts)", () => {
    // 45 days from 15/12/2026: 16 days to 31/12, 29 in January → 29/01/2027.
    const r = issueInvoice({ draft: draft({ issueDate: D(2026, 12, 15), client: { ...CLIENT, paymentDelayDays: 45 } }), seller: SELLER, register: [] });
    expect(r.ok && [r.invoice.dueDate, r.row.dueDate, r.invoice.paymentTerms]).toEqual([D(2027, 1, 29), D(2027, 1, 29), "Paiement à 45 jours date de facture, soit le 29/01/2027"]);
    // A periodic invoice with 60 days agreed: brought back to 45 days (15/12 + 45 = 29/01/2027), with a warning.
    const p = issueInvoice({ draft: draft({ issueDate: D(2026, 12, 15), periodic: true, client: { ...CLIENT, paymentDelayDays: 60 } }), seller: SELLER, register: [] });
    expect(p.ok && [p.invoice.dueDate, p.invoice.periodic, p.issues.map((i) => [i.code, i.severity])]).toEqual([D(2027, 1, 29), true, [["FACT_DELAI_PLAFONNE", "warning"]]]);
  });
});

describe("cancelling with a credit note", () => {
  const first = issueFirst();
  const register: RegisterRow[] = [first.row];
  const c = cancelInvoice({ original: first.invoice, register, storedCounter: 1, issueDate: D(2026, 12, 4) });
  if (!c.ok) throw new Error(JSON.stringify(c.issues));
  const after: RegisterRow[] = [{ ...first.row, status: c.statusUpdate.status }, c.row];

  test("the credit note takes the next number and refers to the invoice", () => {
    expect(c.creditNote).toMatchObject({
      kind: "creditNote",
      typeCode: "381",
      number: "FA-2026-0002",
      issueDate: D(2026, 12, 4),
      creditOf: { number: "FA-2026-0001", issueDate: D(2026, 11, 30) },
    });
    expect(c.creditNote.dueDate).toBeUndefined();
    expect(c.creditNote.totals).toEqual(first.invoice.totals);
    expect(c.creditNote.notes[1].text).toBe("Avoir annulant la facture n° FA-2026-0001 du 30/11/2026.");
    expect(c.counter).toBe(2);
  });

  test("the register gets a negative row and the invoice's status changes, nothing else", () => {
    expect(c.row).toEqual({
      number: "FA-2026-0002",
      date: D(2026, 12, 4),
      client: "Les Films du Canal",
      production: "CANAL-EP1",
      htCents: -889300,
      vatCents: -152860,
      ttcCents: -1042160,
      status: "issued",
      creditOf: "FA-2026-0001",
    });
    expect(c.statusUpdate).toEqual({ number: "FA-2026-0001", status: "cancelled" });
    expect(registerEdits(register, after)).toEqual([]);
    expect(after.reduce((s, x) => s + x.ttcCents, 0)).toBe(0);
    // The status can also be derived from the register alone.
    expect(deriveStatuses([first.row, c.row]).get("FA-2026-0001")).toBe("cancelled");
  });

  test("refusals: twice, an avoir, an unknown invoice, a date before the invoice", () => {
    const twice = cancelInvoice({ original: first.invoice, register: after, storedCounter: 2, issueDate: D(2026, 12, 5) });
    expect(twice.ok ? "" : twice.issues[0].code).toBe("FACT_DEJA_ANNULEE");
    const avoir = cancelInvoice({ original: c.creditNote, register: after, storedCounter: 2, issueDate: D(2026, 12, 5) });
    expect(avoir.ok ? "" : avoir.issues[0].code).toBe("FACT_AVOIR_NON_ANNULABLE");
    const unknown = cancelInvoice({ original: first.invoice, register: [], issueDate: D(2026, 12, 5) });
    expect(unknown.ok ? "" : unknown.issues[0].code).toBe("FACT_INCONNUE");
    const early = cancelInvoice({ original: first.invoice, register, storedCounter: 1, issueDate: D(2026, 11, 1) });
    expect(early.ok ? "" : early.issues[0].code).toBe("FACT_DATE_ANTERIEURE");
  });

  test("paid: only an issued invoice", () => {
    expect(markPaid(register, "FA-2026-0001")).toEqual({ ok: true, statusUpdate: { number: "FA-2026-0001", status: "paid" } });
    expect(markPaid(after, "FA-2026-0001")).toMatchObject({ ok: false, issues: [{ code: "FACT_DEJA_ANNULEE" }] });
    expect(markPaid(after, "FA-2026-0002")).toMatchObject({ ok: false, issues: [{ code: "FACT_AVOIR_NON_PAYABLE" }] });
    expect(markPaid(after, "FA-2026-0099")).toMatchObject({ ok: false, issues: [{ code: "FACT_INCONNUE" }] });
  });
});

describe("the register as a table", () => {
  const r = issueFirst();

  test("the append-only guard finds edited and removed rows", () => {
    const edited = [{ ...r.row, htCents: 1 }];
    expect(registerEdits([r.row], edited)).toEqual([{ number: "FA-2026-0001", change: "edited" }]);
    expect(registerEdits([r.row], [])).toEqual([{ number: "FA-2026-0001", change: "removed" }]);
    expect(registerEdits([r.row], [{ ...r.row, status: "paid" }])).toEqual([]);
  });

  test("French headers, euros, dates for the host, texts as issued (the hosts write them as text)", () => {
    const rec = toRegisterRecord({ ...r.row, client: "=HYPERLINK(\"http://x\")", status: "paid" });
    expect(Object.keys(rec)).toEqual([...REGISTER_HEADERS]);
    expect(rec).toMatchObject({
      Numéro: "FA-2026-0001",
      Date: { day: D(2026, 11, 30) },
      Client: "=HYPERLINK(\"http://x\")",
      HT: 8893,
      TVA: 1528.6,
      TTC: 10421.6,
      Échéance: { day: D(2026, 12, 30) },
      Statut: "payée",
      "Avoir de": "",
    });
  });

  test("status words", () => {
    expect(Object.values(INVOICE_STATUS_LABEL)).toEqual(["émise", "payée", "annulée par avoir"]);
    expect(parseInvoiceStatus(" Annulée par avoir ")).toBe("cancelled");
    expect(parseInvoiceStatus("brouillon")).toBeUndefined();
  });
});
