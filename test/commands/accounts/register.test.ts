/**
 * The register's Statut through a workbook: issued, then paid in part with `paiement`, then late the day
 * after its due date, then paid in full — the check writes each status, and never one that disagrees
 * with the payments.
 */
import { checkCommand } from "../../../src/commands/check";
import { paymentCommand } from "../../../src/commands/accounts/payment";
import { remindersCommand } from "../../../src/commands/accounts/reminders";
import { invoiceIssueCommand } from "../../../src/commands/invoicing/issue";
import { addDays, dayFromSerial, fromIso } from "../../../src/core/dates/civil";
import { saveWorkbook } from "../../../src/hosts/xlsx/workbook";
import { DEMO_CLIENTS, DEMO_COMPANY, DEMO_INVOICE_HEADER, DEMO_INVOICE_LINES } from "../../../src/demo/invoicing";
import { paiementsSheet } from "../../../src/sheets/templates/accounts";
import { clientsSheet, facturesSheets, factureSheet, societeSheet } from "../../../src/sheets/templates/invoicing";
import { workbookOf } from "../../helpers/workbooks";
import { recordsOf, run, TODAY } from "../invoicing/helpers";

/** The demo's company, client and draft, an empty register and an empty Paiements table. */
async function workbook(): Promise<Uint8Array> {
  return saveWorkbook(await workbookOf(societeSheet(TODAY, DEMO_COMPANY), clientsSheet(DEMO_CLIENTS), factureSheet(DEMO_INVOICE_HEADER, DEMO_INVOICE_LINES), ...facturesSheets(), paiementsSheet([])));
}

/** Cents as typed by a French user: 123456 → « 1234,56 ». */
const typed = (cents: number): string => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, "0")}`;

test("émise → partiellement payée → en retard (FACT_EN_RETARD) → payée", async () => {
  const issued = await run(await workbook(), invoiceIssueCommand, { issue: true });
  const [invoice] = await recordsOf(issued.bytes!, "Factures");
  const number = String(invoice.Numéro);
  const ttc = Number(invoice.TTC);
  expect(invoice.Échéance).toBeDefined();

  const statusAt = async (bytes: Uint8Array, today: number) => {
    const r = await run(bytes, checkCommand, {}, today);
    return { status: (await recordsOf(r.bytes!, "Factures"))[0].Statut, alerts: r.report.alerts.filter((a) => a.code.startsWith("FACT_EN_RETARD")) };
  };
  expect((await statusAt(issued.bytes!, TODAY)).status).toBe("émise");

  const part = await run(issued.bytes!, paymentCommand, { invoice: number, amount: "1000,00", date: "2026-12-10" }, fromIso("2026-12-10")!);
  expect(part.report.summary.join(" ")).toMatch(/Paiement enregistré : 1.000,00.€/);
  expect((await statusAt(part.bytes!, fromIso("2026-12-15")!)).status).toBe("partiellement payée");

  // The due date itself is not late; the day after is, with what is still due.
  // The register holds the due date as an Excel serial (1900 system).
  const dueDay = dayFromSerial(Number((await recordsOf(part.bytes!, "Factures"))[0].Échéance))!;
  expect((await statusAt(part.bytes!, dueDay)).status).toBe("partiellement payée");
  const late = await statusAt(part.bytes!, addDays(dueDay, 1));
  expect(late.status).toBe("en retard");
  expect(late.alerts).toHaveLength(1);
  expect(late.alerts[0].message).toMatch(/1 jour\(s\) de retard/);

  // The reminder the day after: first level, what is due, a day of penalties and the 40 € indemnity.
  const reminder = await run(part.bytes!, remindersCommand, {}, addDays(dueDay, 1));
  const dueCents = Math.round(ttc * 100) - 100000;
  expect(reminder.report.sections.reminders).toEqual([
    { facture: number, client: invoice.Client, niveau: "Première relance", du: dueCents / 100, joursDeRetard: 1, penalites: expect.any(Number), indemnite: 40, lettre: true, dejaEnvoyees: [], prochaineRelance: null },
  ]);
  expect(reminder.report.summary.join(" ")).toMatch(/feuille « Relances »/);

  // The rest (TTC − 1 000,00) clears it; one cent more would have been refused.
  const restCents = Math.round(ttc * 100) - 100000;
  const rest = typed(restCents);
  const over = await run(part.bytes!, paymentCommand, { invoice: number, amount: typed(restCents + 1), date: "2027-01-05" }, fromIso("2027-01-05")!);
  expect(over.bytes).toBeUndefined();
  const full = await run(part.bytes!, paymentCommand, { invoice: number, amount: rest, date: "2027-01-05" }, fromIso("2027-01-05")!);
  expect((await statusAt(full.bytes!, fromIso("2027-02-15")!)).status).toBe("payée");
});
