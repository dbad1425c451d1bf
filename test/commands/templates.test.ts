/**
 * "Modèles" on a workbook that already has them (hostile workbooks, issue 8): the tables already there
 * are skipped, and so are Cap PAD's own sheets without a table (Feries, Gantt) — a copy under a suffixed
 * name piled up at each insertion — so that inserting again changes nothing.
 */
import { insertTemplatesCommand } from "../../src/commands/templates";
import { fromIso } from "../../src/core/dates/civil";
import { openWorkbook, saveWorkbook } from "../../src/hosts/xlsx/workbook";
import { runOnBytes } from "../../src/hosts/file/runner";
import { dumpCells } from "../helpers/workbooks";

const today = fromIso("2026-11-27")!;

test("inserting every template into a workbook that has them adds no sheet, the second time neither", async () => {
  const first = await runOnBytes(undefined, insertTemplatesCommand, { today, options: { template: "all", demo: true } });
  const names = (await openWorkbook(first.bytes!)).worksheets.map((w) => w.name);
  expect(names).toEqual(expect.arrayContaining(["Feries", "Gantt", "Planning"]));

  const again = await runOnBytes(first.bytes!, insertTemplatesCommand, { today, options: { template: "all" } });
  expect(again.apply.sheetsWritten).toEqual([]);
  expect(again.bytes).toBeUndefined();
  expect(again.report.summary).toEqual(expect.arrayContaining(["« Feries » non inséré : la feuille existe déjà dans le classeur.", "« Gantt » non inséré : la feuille existe déjà dans le classeur."]));
  expect(again.report.summary).toContain("0 feuille(s) insérée(s) : aucune.");

  // A workbook missing only its Gantt gets it back, under its own name.
  const wb = await openWorkbook(first.bytes!);
  wb.removeWorksheet(wb.getWorksheet("Gantt")!.id);
  const partial = await saveWorkbook(wb);
  const restored = await runOnBytes(partial, insertTemplatesCommand, { today, options: { template: "gantt" } });
  expect(restored.apply.sheetsWritten).toEqual(["Gantt"]);
  expect([...dumpCells(await openWorkbook(restored.bytes!)).keys()].some((k) => k.startsWith("Gantt!"))).toBe(true);
});
