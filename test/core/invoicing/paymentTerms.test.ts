/**
 * Payment terms (Code de commerce art. L441-10 I) with worked dates: the legal default (30 days after
 * the end of the service), N days from the invoice date, "45 jours fin de mois" counted both ways, the
 * 45-day cap of a periodic invoice, and the sentence the invoice prints.
 */
import { dayFromYmd } from "../../../src/core/dates/civil";
import { dueDateOf, maxAgreedDays, parsePaymentTermMode } from "../../../src/core/invoicing/paymentTerms";

const D = dayFromYmd;

describe("due date", () => {
  test("nothing agreed: 30 days after the end of the service, not after the invoice date", () => {
    // Service ended 27/11/2026, invoice of 30/11/2026: 27/11 + 30 = 3 days to 30/11, 27 in December → 27/12/2026.
    expect(dueDateOf({ term: {}, issueDate: D(2026, 11, 30), serviceEnd: D(2026, 11, 27) })).toEqual({
      dueDate: D(2026, 12, 27),
      capped: false,
      text: "Paiement à 30 jours après la fin de la prestation (délai légal, art. L441-10 du Code de commerce), soit le 27/12/2026",
    });
    // Without a service date, the invoice's: 30/11 + 30 = 30/12/2026.
    expect(dueDateOf({ term: {}, issueDate: D(2026, 11, 30) }).dueDate).toBe(D(2026, 12, 30));
  });

  test("N days from the invoice date", () => {
    // 15/12/2026 + 45: 16 days to 31/12, 29 in January → 29/01/2027.
    expect(dueDateOf({ term: { days: 45, mode: "invoiceDate" }, issueDate: D(2026, 12, 15) })).toMatchObject({ dueDate: D(2027, 1, 29), text: "Paiement à 45 jours date de facture, soit le 29/01/2027" });
    // A typed number of days without a mode counts from the invoice date; 0 days = the same day.
    expect(dueDateOf({ term: { days: 60 }, issueDate: D(2026, 11, 30), serviceEnd: D(2026, 11, 27) }).dueDate).toBe(D(2027, 1, 29)); // 30/11 + 60: 31 in December, 29 in January
    expect(dueDateOf({ term: { days: 0 }, issueDate: D(2026, 12, 15) }).dueDate).toBe(D(2026, 12, 15));
  });

  test("45 jours fin de mois, counted both ways", () => {
    // 45 days then the end of the month: 27/11/2026 + 45 = 11/01/2027 → 31/01/2027.
    expect(dueDateOf({ term: { days: 45, mode: "endOfMonth" }, issueDate: D(2026, 11, 27) })).toMatchObject({
      dueDate: D(2027, 1, 31),
      text: "Paiement à 45 jours fin de mois (date de facture + 45 jours, puis fin du mois), soit le 31/01/2027",
    });
    // End of the month then 45 days: 30/11/2026 + 45 = 14/01/2027.
    expect(dueDateOf({ term: { days: 45, mode: "endOfMonthThenDays" }, issueDate: D(2026, 11, 27) })).toMatchObject({
      dueDate: D(2027, 1, 14),
      text: "Paiement à 45 jours fin de mois (fin du mois de la facture, puis 45 jours), soit le 14/01/2027",
    });
    // "Fin de mois" without days is the usual 45: the same 31/01/2027.
    expect(dueDateOf({ term: { mode: "endOfMonth" }, issueDate: D(2026, 11, 27) }).dueDate).toBe(D(2027, 1, 31));
    // A leap February: 15/01/2028 + 45 = 29/02/2028, already the end of the month.
    expect(dueDateOf({ term: { days: 45, mode: "endOfMonth" }, issueDate: D(2028, 1, 15) }).dueDate).toBe(D(2028, 2, 29));
  });

  test("a periodic invoice is due within 45 days of its date, whatever was agreed", () => {
    // Recap of November issued 30/11/2026: cap 30/11 + 45 = 14/01/2027.
    // 60 days date de facture would be 29/01/2027 → brought back to 14/01/2027.
    expect(dueDateOf({ term: { days: 60, mode: "invoiceDate" }, issueDate: D(2026, 11, 30), periodic: true })).toEqual({
      dueDate: D(2027, 1, 14),
      capped: true,
      text: "Paiement à 60 jours date de facture, ramené à 45 jours date de facture pour une facture périodique (art. L441-10 du Code de commerce), soit le 14/01/2027",
    });
    // 45 jours fin de mois: 30/11 + 45 = 14/01 → 31/01/2027, past the cap → 14/01/2027.
    expect(dueDateOf({ term: { days: 45, mode: "endOfMonth" }, issueDate: D(2026, 11, 30), periodic: true })).toMatchObject({ dueDate: D(2027, 1, 14), capped: true });
    // 30 days (30/12/2026) and the legal default (27/11 + 30 = 27/12/2026) are within the cap.
    expect(dueDateOf({ term: { days: 30 }, issueDate: D(2026, 11, 30), periodic: true })).toMatchObject({ dueDate: D(2026, 12, 30), capped: false });
    expect(dueDateOf({ term: {}, issueDate: D(2026, 11, 30), serviceEnd: D(2026, 11, 27), periodic: true })).toMatchObject({ dueDate: D(2026, 12, 27), capped: false });
    // The same 60 days on an invoice that is not periodic stay 29/01/2027.
    expect(dueDateOf({ term: { days: 60 }, issueDate: D(2026, 11, 30) })).toMatchObject({ dueDate: D(2027, 1, 29), capped: false });
  });

  test("never before the invoice date: an invoice issued long after the service is payable on receipt", () => {
    // Service ended 01/10/2026, + 30 = 31/10/2026, before the invoice of 27/11/2026.
    expect(dueDateOf({ term: {}, issueDate: D(2026, 11, 27), serviceEnd: D(2026, 10, 1) })).toEqual({
      dueDate: D(2026, 11, 27),
      capped: false,
      text: "Paiement à 30 jours après la fin de la prestation (délai légal, art. L441-10 du Code de commerce) : échu à la date de la facture, payable à réception",
    });
  });
});

describe("the words of the Clients sheet and the legal maxima", () => {
  test("modes and their maxima", () => {
    expect(["date de facture", " Fin de mois ", "fin de mois puis jours", "30 jours"].map(parsePaymentTermMode)).toEqual(["invoiceDate", "endOfMonth", "endOfMonthThenDays", undefined]);
    expect([maxAgreedDays("invoiceDate"), maxAgreedDays("endOfMonth"), maxAgreedDays("endOfMonthThenDays")]).toEqual([60, 45, 45]);
  });
});
