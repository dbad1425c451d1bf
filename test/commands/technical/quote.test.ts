/**
 * The suggested technical lines reach "Devis depuis le planning" with one click (option `technical`,
 * the pane's "Ajouter les surcoûts techniques au devis", `cappad devis --technique`), and the
 * "Rapport de dépassement" counts them.
 */
import { quoteCommand } from "../../../src/commands/costs/quote";
import { overrunCommand } from "../../../src/commands/planning/overrun";
import { reportJson } from "../../../src/commands/types";
import { TECHNICAL_LINE_TAG } from "../../../src/core/technical";
import { openWorkbook } from "../../../src/hosts/xlsx/workbook";
import { actionById } from "../../../src/taskpane/actions";
import { findVerb } from "../../../src/cli/verbs";
import { demoBytes, run, tableRows } from "../planning/fixtures";
import { technicalBytes } from "./fixtures";

const total = (r: Awaited<ReturnType<typeof run>>): number => (reportJson(r.report).quote as { total: number }).total;

describe("technical surcharges in the quote", () => {
  let demo: Uint8Array;
  beforeAll(async () => {
    demo = await demoBytes();
  });

  test("with the option, each priced surcharge is a quote line tagged « Surcoût technique » under its poste; without, none", async () => {
    const plain = await run(demo, quoteCommand);
    const withTech = await run(demo, quoteCommand, { technical: true });
    expect(Math.round((total(withTech) - total(plain)) * 100) / 100).toBe(6788.4);
    const lines = tableRows(await openWorkbook(withTech.bytes!), "Devis").filter((l) => l["Tâches"] === TECHNICAL_LINE_TAG);
    expect(lines.map((l) => [l.Production, l.Poste, l.Code, l.Quantité, l["Montant HT"]])).toEqual([
      ["FLEUVE", "8.1", "CONV-RUSHES", 0.64, 38.4],
      ["FLEUVE", "8.7", "CORR-LOUDNESS", 1, 450],
      ["GLACIER", "8.7", "MIX-51", 90, 3150],
      ["GLACIER", "8.7", "VERSION-ME", 90, 1800],
      ["GLACIER", "8.8", "UPSCALE-UHD", 90, 1350],
    ]);
    expect(tableRows(await openWorkbook(plain.bytes!), "Devis").some((l) => l["Tâches"] === TECHNICAL_LINE_TAG)).toBe(false);
    expect(withTech.report.summary[0].replace(/\s/g, " ")).toBe("Surcoûts techniques ajoutés au devis : 5 ligne(s), 6 788,40 € HT (CONV-RUSHES, CORR-LOUDNESS, MIX-51, UPSCALE-UHD, VERSION-ME).");
    // Re-run on the quote it wrote: unchanged, the sheet is not rewritten.
    const again = await run(withTech.bytes!, quoteCommand, { technical: true });
    expect(again.apply.sheetsWritten).toEqual([]);
  });

  test("a deliverable the broadcaster requires and nobody listed is priced at its rate (SME: 52 min × 9 €)", async () => {
    const bytes = await technicalBytes({ deliverables: [] });
    const r = await run(bytes, quoteCommand, { technical: true });
    // France TV requires PAD HD and SME subtitles: the SME line (52 min × 9 €) is the only surcharge here.
    const lines = tableRows(await openWorkbook(r.bytes!), "Devis");
    expect(lines.filter((l) => l.Code === "ST-SME").map((l) => [l.Quantité, l["Montant HT"], l["Tâches"]])).toEqual([[52, 468, TECHNICAL_LINE_TAG]]);
  });

  test("one click: the pane action and the CLI flag set the option", () => {
    const action = actionById("quote-technical")!;
    expect(action.label).toBe("Ajouter les surcoûts techniques au devis");
    expect(action.options!({})).toEqual({ technical: true });
    expect(findVerb("devis")!.toOptions({ technique: true })).toEqual({ technical: true });
    expect(findVerb("devis")!.toOptions({})).toEqual({ technical: false });
  });

  test("the overrun report counts each production's technical surcharges", async () => {
    const r = await run(demo, overrunCommand);
    const overrun = reportJson(r.report).overrun as { production: string; technicalCost: number }[];
    expect(overrun.map((o) => [o.production, o.technicalCost])).toEqual([
      ["FLEUVE", 488.4],
      ["GLACIER", 6300],
    ]);
    const cells = [...(await openWorkbook(r.bytes!)).getWorksheet("Depassement")!.getSheetValues()].flat().map(String);
    // Among the production's money figures (the same as the Synthèse's), and in detail below the slip.
    expect(cells).toContain("Surcoûts techniques");
    expect(cells).toContain("CORR-LOUDNESS");
  });
});
