/**
 * A workbook with two invoices issued on 01/07/2026 and left unpaid: FA-2026-0001 to Les Films du
 * Fleuve (30 days: due 31/07/2026, 1 000,00 € paid on 10/07/2026) and FA-2026-0002 to the GLACIER
 * client (a periodic invoice: 45 days, due 15/08/2026) — the demo's company, clients and draft lines.
 */
import { paymentCommand } from "../../../src/commands/accounts/payment";
import { invoiceIssueCommand } from "../../../src/commands/invoicing/issue";
import { fromIso } from "../../../src/core/dates/civil";
import { saveWorkbook } from "../../../src/hosts/xlsx/workbook";
import { DEMO_CLIENTS, DEMO_COMPANY, DEMO_INVOICE_HEADER, DEMO_INVOICE_LINES } from "../../../src/demo/invoicing";
import { paiementsSheet } from "../../../src/sheets/templates/accounts";
import { clientsSheet, facturesSheets, factureSheet, societeSheet } from "../../../src/sheets/templates/invoicing";
import { workbookOf } from "../../helpers/workbooks";
import { fieldRow, recordsOf, run, typeInto } from "../invoicing/helpers";

export const ISSUED = fromIso("2026-07-01")!;
export const D = (iso: string): number => fromIso(iso)!;

export async function overdueWorkbook(): Promise<Uint8Array> {
  const header = { ...DEMO_INVOICE_HEADER, issueDate: { day: ISSUED }, periodStart: { day: D("2026-06-01") }, periodEnd: { day: D("2026-06-30") } };
  let bytes = await saveWorkbook(await workbookOf(societeSheet(ISSUED, DEMO_COMPANY), clientsSheet(DEMO_CLIENTS), factureSheet(header, DEMO_INVOICE_LINES), ...facturesSheets(), paiementsSheet([])));
  bytes = (await run(bytes, invoiceIssueCommand, { issue: true }, ISSUED)).bytes!;
  bytes = await typeInto(bytes, "EnteteFacture", await fieldRow(bytes, "EnteteFacture", "Client"), "Valeur", String(DEMO_CLIENTS[1].Nom));
  bytes = (await run(bytes, invoiceIssueCommand, { issue: true }, ISSUED)).bytes!;
  const numbers = (await recordsOf(bytes, "Factures")).map((r) => r.Numéro);
  if (numbers.join() !== "FA-2026-0001,FA-2026-0002") throw new Error(`factures émises : ${numbers.join()}`);
  return (await run(bytes, paymentCommand, { invoice: "FA-2026-0001", amount: "1000,00", date: "2026-07-10" }, D("2026-07-10"))).bytes!;
}
