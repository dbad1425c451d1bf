/**
 * « Relancer les factures en retard » through Office.js (the fake that enforces load/sync): the letters'
 * sheet and the log as the file host writes them, in 3 syncs at most; a later letter appended to the
 * log's table, the same run again the same day appending nothing.
 */
import { remindersCommand } from "../../../src/commands/accounts/reminders";
import { runCommandInExcel } from "../../../src/hosts/excel/run";
import { runOnBytes } from "../../../src/hosts/file/runner";
import { openWorkbook } from "../../../src/hosts/xlsx/workbook";
import { tableRows } from "../../commands/planning/fixtures";
import { D, overdueWorkbook } from "../../commands/accounts/reminderFixtures";
import { installFrom } from "./helpers";

describe("relancer dans Excel", () => {
  let uninstall: () => void = () => undefined;
  afterEach(() => uninstall());

  test("first letter creates « Relances envoyées »; the next day's letter is appended; the same day again appends nothing", async () => {
    const first = await runOnBytes(await overdueWorkbook(), remindersCommand, { today: D("2026-08-15"), options: {} });
    const env = await installFrom(first.bytes!);
    uninstall = env.uninstall;
    // 20/08: FA-2026-0002's first reminder (FA-2026-0001 reminded 5 days ago waits).
    const excel = await runCommandInExcel(remindersCommand, { today: D("2026-08-20") });
    const file = await runOnBytes(first.bytes!, remindersCommand, { today: D("2026-08-20"), options: {} });
    expect(excel.syncs).toBeLessThanOrEqual(3);
    expect(excel.report.alerts).toEqual(file.report.alerts);
    expect(excel.apply.sheetsWritten).toEqual(["Relances"]);
    expect([excel.apply.rowsAppended, file.apply.rowsAppended]).toEqual([1, 1]);
    const headers = env.fake.table("RelancesEnvoyees").headers();
    const rows = env.fake.tableRows("RelancesEnvoyees").map((r) => [r[headers.indexOf("Facture")], r[headers.indexOf("Niveau")]]);
    expect(rows).toEqual([
      ["FA-2026-0001", "Première relance"],
      ["FA-2026-0002", "Première relance"],
    ]);
    expect(tableRows(await openWorkbook(file.bytes!), "RelancesEnvoyees").map((r) => [r.Facture, r.Niveau])).toEqual(rows);
    const again = await runCommandInExcel(remindersCommand, { today: D("2026-08-20") });
    expect(again.apply.rowsAppended).toBe(0);
    expect(env.fake.tableRows("RelancesEnvoyees")).toHaveLength(2);
  }, 60000);
});
