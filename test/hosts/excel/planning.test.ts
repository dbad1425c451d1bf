/**
 * The planning in Excel (Office.js fake): a full check of a 3,000-task plan costs at most 3
 * `context.sync()`, writes the same cells and reports the same alerts as the file host; the baseline
 * and the overrun report too.
 */
import { checkCommand } from "../../../src/commands/check";
import { baselineCommand } from "../../../src/commands/planning/baseline";
import { overrunCommand } from "../../../src/commands/planning/overrun";
import { runCommandInExcel } from "../../../src/hosts/excel/run";
import { runOnBytes } from "../../../src/hosts/file/runner";
import { cellValueOf } from "../../../src/hosts/file/read";
import { openWorkbook } from "../../../src/hosts/xlsx/workbook";
import { columnLetters } from "../../../src/sheets/address";
import { TACHES } from "../../../src/sheets/contract/planning";
import { TODAY, day, demoBytes, planBytes } from "../../commands/planning/fixtures";
import { installFrom } from "./helpers";

/**
 * 15 productions × 200 tasks (a busy facility's season), two links each (FD, DD, FF
 * with lags), one editor per production on its picture edits and a shared one booked twice at once.
 */
function bigPlan(): Parameters<typeof planBytes>[0] {
  const types = ["", "", "", "DD+1", "FF", "FD+2"];
  const productions = Array.from({ length: 15 }, (_, p) => ({ Code: `P${p}`, "PAD contractuel": day("2027-09-30") }));
  const tasks = productions.flatMap((_, p) =>
    Array.from({ length: 200 }, (_, j) => ({
      ID: `P${p}-${j}`,
      Production: `P${p}`,
      Tâche: j === 199 ? "Livraison PAD" : `Tâche ${j}`,
      "Durée (j)": j === 199 ? 0 : j === 10 && p < 2 ? 40 : 1 + ((j * 7 + p) % 5),
      Prédécesseurs: j === 0 ? null : [`P${p}-${j - 1}${types[j % types.length]}`, ...(j > 3 ? [`P${p}-${j - 3}`] : [])].join(";"),
      Ressources: j === 10 && p < 2 ? "Léa Martin" : j % 40 === 5 ? `Monteur ${p}` : null,
      "Pas avant": j === 0 ? day("2026-11-30") : null,
    })),
  );
  const crew = [{ Nom: "Léa Martin", Type: "Personne" }, ...productions.map((_, p) => ({ Nom: `Monteur ${p}`, Type: "Personne" }))];
  return { productions, tasks, crew };
}

describe("planning through Office.js", () => {
  let uninstall: () => void = () => undefined;
  afterEach(() => uninstall());

  test("a full check of 3,000 tasks costs at most 3 syncs and writes what the file host writes", async () => {
    const bytes = await planBytes(bigPlan());
    const env = await installFrom(bytes);
    uninstall = env.uninstall;
    const excel = await runCommandInExcel(checkCommand, { today: TODAY });
    const file = await runOnBytes(bytes, checkCommand, { today: TODAY });
    expect((excel.report.sections.tasks as unknown[]).length).toBe(3000);
    expect(excel.syncs).toBeLessThanOrEqual(3);
    expect(env.fake.syncsOfRun().length).toBe(excel.syncs);
    expect(excel.report.alerts).toEqual(file.report.alerts);
    expect(excel.report.alerts.filter((a) => a.code === "PLAN_CONFLIT_RESSOURCE").map((a) => a.id)).toEqual(["P0-10", "P1-10"]);
    expect(excel.apply.cellsWritten).toBe(file.apply.cellsWritten);
    expect(excel.apply.sheetsWritten).toEqual(expect.arrayContaining(["Feries", "Gantt", "Synthese", "Alertes"]));
    // The last task's Fin, as written in Excel, is the file host's (a serial of the same day).
    const fin = `${columnLetters(TACHES.columns.findIndex((c) => c.header === "Fin"))}${3 + 3000}`;
    const fileWb = await openWorkbook(file.bytes!);
    expect(env.fake.value("Planning", fin)).toBe(cellValueOf(fileWb.getWorksheet("Planning")!.getCell(fin), false).value);
    expect(typeof env.fake.value("Planning", fin)).toBe("number");
  });

  test("baseline and overrun report on the demo: at most 3 syncs each; a second check writes no cell", async () => {
    const env = await installFrom(await demoBytes());
    uninstall = env.uninstall;
    const checked = await runCommandInExcel(checkCommand, { today: TODAY });
    expect(checked.syncs).toBeLessThanOrEqual(3);
    const frozen = await runCommandInExcel(baselineCommand, { today: TODAY, options: { production: "FLEUVE" } });
    expect(frozen.syncs).toBeLessThanOrEqual(3);
    expect(frozen.report.summary[0]).toBe("Référence figée pour 13 tâche(s) de la production FLEUVE.");
    const report = await runCommandInExcel(overrunCommand, { today: TODAY });
    expect(report.syncs).toBeLessThanOrEqual(3);
    expect(String(env.fake.value("Depassement", "A1"))).toMatch(/^Cap PAD — Rapport de dépassement/);
    const again = await runCommandInExcel(checkCommand, { today: TODAY });
    expect(again.apply.cellsWritten).toBe(0);
  });
});
