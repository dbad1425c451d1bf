import { dayFromYmd, serialFromDay } from "../../../src/core/dates/civil";
import { isDateSystem1904, setWorkbookDateSystem } from "../../../src/functions/dateSystem";
import { finOuvree } from "../../../src/functions/functions";
import { checkCommand } from "../../../src/commands/check";
import { detectDateSystem, runCommandInExcel } from "../../../src/hosts/excel/run";
import { equipeSheet } from "../../../src/sheets/templates/crew";
import { installFrom, installNew, xlsxOf } from "./helpers";

describe("the workbook's date system reaches the custom functions", () => {
  afterEach(() => setWorkbookDateSystem(false));

  test.each([false, true])("detectDateSystem (1904 = %s) in one sync", async (date1904) => {
    const { fake, uninstall } = installNew({ date1904 });
    try {
      expect(await detectDateSystem()).toBe(date1904);
      expect(isDateSystem1904()).toBe(date1904);
      expect(fake.syncsOfRun()).toHaveLength(1);
    } finally {
      uninstall();
    }
  });

  test("a command run in a 1904 workbook switches the functions to 1904 serials", async () => {
    const { uninstall } = await installFrom(await xlsxOf([equipeSheet([{ Nom: "Léa Martin", Type: "Personne" }])], { date1904: true }));
    try {
      await runCommandInExcel(checkCommand, { today: dayFromYmd(2026, 11, 27) });
      expect(isDateSystem1904()).toBe(true);
      // PAD.FIN.OUVREE reads and returns serials of the 1904 system: Friday 27/11/2026 + 1 working day = Monday 30/11.
      const friday = serialFromDay(dayFromYmd(2026, 11, 27), true)!;
      expect(finOuvree(friday, 1)).toBe(serialFromDay(dayFromYmd(2026, 11, 30), true));
    } finally {
      uninstall();
    }
  });
});
