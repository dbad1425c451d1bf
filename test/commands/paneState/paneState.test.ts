/**
 * The task pane's picture of the workbook (productions, months with séances, issued invoices, last
 * check's alerts): read from a snapshot, and predicted after an action from its Patch — the prediction
 * must be what reading the written workbook gives, so the pane needs no second read.
 */
import { checkCommand } from "../../../src/commands/check";
import { invoiceIssueCommand } from "../../../src/commands/invoicing/issue";
import { paneStateAt, paneStateCommand, paneStateOf, withPaneState } from "../../../src/commands/paneState";
import { snapshotAfter } from "../../../src/commands/paneState/after";
import { readPaneState } from "../../../src/commands/paneState/state";
import { insertTemplatesCommand } from "../../../src/commands/templates";
import type { Command } from "../../../src/commands/types";
import { readSnapshot } from "../../../src/hosts/file/read";
import { runOnBytes } from "../../../src/hosts/file/runner";
import { openWorkbook } from "../../../src/hosts/xlsx/workbook";
import { emptySnapshot } from "../../../src/workbook/snapshot";
import { sortAlerts, type Alert } from "../../../src/core/alerts";
import { buildAlertsSheet } from "../../../src/sheets/reports/alertsSheet";
import { xlsxOf } from "../../hosts/excel/helpers";
import { demoXlsx, TODAY } from "../../taskpane/helpers";

describe("the pane's picture of the workbook", () => {
  let demo: Uint8Array;
  beforeAll(async () => {
    demo = await demoXlsx();
  });

  // The picture as of the run's day (what is due depends on it).
  const stateOf = async (bytes: Uint8Array) => paneStateAt(readSnapshot(await openWorkbook(bytes)), TODAY);

  test("an empty workbook: nothing of Cap PAD yet", () => {
    expect(readPaneState(emptySnapshot())).toEqual({ productions: [], months: [], invoices: [], scenarios: [], lastAlerts: undefined, hasCapPadTables: false });
  });

  test("the demo before any check: its productions without status, its months of séances, its October invoices as issued, no alert sheet", async () => {
    const s = await stateOf(demo);
    expect(s.hasCapPadTables).toBe(true);
    expect(s.productions.map((p) => [p.code, p.title, p.status, p.padTarget, p.atRisk])).toEqual([
      ["FLEUVE", "Le Fleuve", "", "2027-01-22", false],
      ["GLACIER", "Glacier, la mémoire blanche", "", "2027-02-26", false],
    ]);
    expect(s.months.length).toBeGreaterThan(0);
    expect(s.months).toEqual([...s.months].sort().reverse());
    expect(s.months.every((m) => /^\d{4}-\d\d$/.test(m))).toBe(true);
    // Newest first, with the Statut « Émettre la facture » wrote: the check derives paid and late from Paiements.
    expect(s.invoices.map((i) => [i.number, i.date, i.production, i.total, i.status])).toEqual([
      ["FA-2026-0002", "2026-10-23", "FLEUVE", "5\u202f760,00\u00a0€", "émise"],
      ["FA-2026-0001", "2026-10-09", "GLACIER", "3\u202f600,00\u00a0€", "émise"],
    ]);
    expect(s.lastAlerts).toBeUndefined();
    // The names « Appliquer le scénario » offers: the demo's three FLEUVE options, each once, in the table's order.
    expect(s.scenarios).toEqual(["Deuxième monteur", "Samedis au mix", "PAD décalé"]);
  });

  test("the read-only command writes nothing and carries the picture", async () => {
    const r = await runOnBytes(demo, paneStateCommand, { today: TODAY });
    expect(r.patch.ops).toEqual([]);
    expect(r.bytes).toBeUndefined();
    expect(paneStateOf(r.report.sections)).toEqual(await stateOf(demo));
  });

  async function predictedAndRead(command: Command, bytes: Uint8Array, options = {}): Promise<{ predicted: unknown; read: unknown; bytes: Uint8Array }> {
    const r = await runOnBytes(bytes, withPaneState(command), { today: TODAY, options });
    const written = r.bytes ?? bytes;
    return { predicted: paneStateOf(r.report.sections), read: await stateOf(written), bytes: written };
  }

  test("after a check, the prediction from the Patch is what reading the written workbook gives (statuses, alerts)", async () => {
    const { predicted, read } = await predictedAndRead(checkCommand, demo);
    expect(predicted).toEqual(read);
    const state = read as ReturnType<typeof readPaneState>;
    expect(state.productions.every((p) => p.status !== "" && p.padForecast !== undefined)).toBe(true);
    expect(state.lastAlerts!.length).toBeGreaterThan(0);
    // The alert links are HYPERLINK formulas without a computed text in a file: the cell comes from the formula.
    expect(state.lastAlerts!.filter((a) => a.row > 0).every((a) => /^'?[^!]+'?!\$?[A-Z]+\$?\d+$/.test(a.cell))).toBe(true);
  });

  test("a long Alertes sheet (groups first, the list after them) gives back every alert of its list", async () => {
    const alerts: Alert[] = Array.from({ length: 150 }, (_, i) => ({
      code: i < 120 ? "PLAN_ID_DOUBLON" : "PAIE_INCONNU",
      severity: i < 120 ? "error" : "warning",
      sheet: i < 120 ? "Planning" : "Seances",
      row: i + 5,
      id: `T${i}`,
      cell: `${i < 120 ? "Planning" : "Seances"}!A${i + 5}`,
      message: `message ${i}`,
      production: "FLEUVE",
    }));
    const state = await stateOf(await xlsxOf([buildAlertsSheet(alerts, TODAY)]));
    // 150 rows of the list, not the 2 lines of the groups above it.
    expect(state.lastAlerts!.length).toBe(150);
    expect(state.lastAlerts!.map((a) => a.cell)).toEqual(sortAlerts(alerts).map((a) => a.cell));
  });

  test("after issuing an invoice, the register's new row is in the prediction as in the file", async () => {
    const { predicted, read } = await predictedAndRead(invoiceIssueCommand, demo, { issue: true });
    expect(predicted).toEqual(read);
    expect((read as ReturnType<typeof readPaneState>).invoices.map((i) => i.number)).toEqual(["FA-2026-0003", "FA-2026-0002", "FA-2026-0001"]);
  });

  test("after inserting templates into an empty workbook, the new tables are seen", async () => {
    const r = await runOnBytes(undefined, withPaneState(insertTemplatesCommand), { today: TODAY, options: { template: "all", demo: true } });
    expect(paneStateOf(r.report.sections)).toEqual(await stateOf(r.bytes!));
  });

  test("the prediction leaves the snapshot the command read untouched", async () => {
    const snapshot = readSnapshot(await openWorkbook(demo));
    const copy = JSON.parse(JSON.stringify(snapshot));
    const { patch } = await checkCommand.run({ snapshot, today: TODAY, options: {} });
    const after = snapshotAfter(snapshot, patch);
    expect(snapshot).toEqual(copy);
    expect(after.tables.Alertes).toBeDefined();
    expect(snapshot.tables.Alertes).toBeUndefined();
  });
});
