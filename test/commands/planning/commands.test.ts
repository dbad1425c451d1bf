/**
 * "Figer la référence", "Nouvelle production" and "Rapport de dépassement" on real workbooks, and their
 * `cappad` verbs.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../../src/cli/main";
import { checkCommand } from "../../../src/commands/check";
import { baselineCommand } from "../../../src/commands/planning/baseline";
import { newProductionCommand } from "../../../src/commands/planning/newProduction";
import { overrunCommand } from "../../../src/commands/planning/overrun";
import { dayFromSerial, fromIso, toIso } from "../../../src/core/dates/civil";
import { DEMO_CREW } from "../../../src/demo/crew";
import { DEMO_TASKS } from "../../../src/demo/story";
import { openWorkbook, saveWorkbook } from "../../../src/hosts/xlsx/workbook";
import { STARTER_PLANS } from "../../../src/data/planning/starterPlans";
import { TACHES } from "../../../src/sheets/contract/planning";
import { dumpCells } from "../../helpers/workbooks";
import { TODAY, cellOf, day, demoBytes, planBytes, run, tableRows } from "./fixtures";

const iso = (v: unknown): string | undefined => (typeof v === "number" ? toIso(dayFromSerial(v)!) : undefined);

async function setCell(bytes: Uint8Array, address: string, value: number): Promise<Uint8Array> {
  const wb = await openWorkbook(bytes);
  const [sheet, cell] = address.split("!");
  wb.getWorksheet(sheet)!.getCell(cell).value = value;
  return saveWorkbook(wb);
}

describe("Figer la référence", () => {
  test("copies Début/Fin into the reference of every task, then a longer task shows its slip in Écart (j)", async () => {
    const checked = (await run(await demoBytes(), checkCommand)).bytes!;
    const frozen = await run(checked, baselineCommand);
    const rows = tableRows(await openWorkbook(frozen.bytes!), "Taches");
    for (const r of rows) {
      expect(iso(r["Début réf."])).toBe(iso(r["Début"]));
      expect(iso(r["Fin réf."])).toBe(iso(r["Fin"]));
      // The check ran in the same Patch: no slip left, no orange.
      expect(r["Écart (j)"]).toBe(0);
      expect(r["Statut"]).not.toBe("En glissement");
    }
    expect(frozen.report.command).toBe("baseline");
    expect(frozen.report.summary[0]).toBe(`Référence figée pour ${rows.length} tâche(s) de 2 production(s).`);
    expect(frozen.apply.sheetsWritten).toEqual(expect.arrayContaining(["Alertes", "Synthese"]));

    // G07 (montage son, 10 days, critical) takes 3 more days: it and everything after it slip by 3.
    const g07 = rows.findIndex((r) => r.ID === "G07");
    const longer = await setCell(frozen.bytes!, cellOf(TACHES, "Durée (j)", g07), 13);
    const after = await run(longer, checkCommand);
    const tasks = after.report.sections.tasks as { id: string; slipDays: number; status: string }[];
    const slip = Object.fromEntries(tasks.map((t) => [t.id, t.slipDays]));
    expect([slip.G07, slip.G08, slip.G09, slip.G10]).toEqual([3, 3, 3, 3]);
    expect([slip.G03, slip.G06, slip.F03]).toEqual([0, 0, 0]);
    expect(tasks.find((t) => t.id === "G08")!.status).toBe("En retard"); // and past the PAD contractuel
  });

  test("--production freezes that production only; the other's reference stays as typed", async () => {
    const checked = (await run(await demoBytes(), checkCommand)).bytes!;
    const before = tableRows(await openWorkbook(checked), "Taches");
    const r = await run(checked, baselineCommand, { production: "FLEUVE" });
    const rows = tableRows(await openWorkbook(r.bytes!), "Taches");
    rows.forEach((row, i) => {
      if (row.Production === "FLEUVE") expect(iso(row["Fin réf."])).toBe(iso(row.Fin));
      else expect([row["Début réf."], row["Fin réf."]]).toEqual([before[i]["Début réf."], before[i]["Fin réf."]]);
    });
    expect(rows.find((x) => x.ID === "F13")!["Écart (j)"]).toBe(0);
    expect(r.report.summary[0]).toBe("Référence figée pour 13 tâche(s) de la production FLEUVE.");
  });

  test("an unknown production freezes nothing", async () => {
    const bytes = await demoBytes();
    const r = await run(bytes, baselineCommand, { production: "INCONNUE" });
    expect(r.bytes).toBeUndefined();
    expect(r.report.summary).toEqual(["Aucune tâche de la production « INCONNUE » : rien n'a été figé."]);
  });

  test("no other command may write the reference (the Patch guard)", async () => {
    const bytes = await demoBytes();
    const r = await run(bytes, baselineCommand);
    const refs = r.patch.ops.filter((op) => op.kind === "columns" && op.columns.some((c) => c.header === "Fin réf."));
    expect(refs).toHaveLength(1);
    const { assertPatchAllowed } = await import("../../../src/sheets/patchGuard");
    const snapshot = (await import("../../../src/hosts/file/read")).readSnapshot(await openWorkbook(bytes));
    expect(() => assertPatchAllowed({ command: "check", ops: refs }, snapshot)).toThrow(/ne peut pas écrire la colonne saisie/);
  });
});

describe("Nouvelle production", () => {
  const base = { productions: [{ Code: "FLEUVE", "PAD contractuel": day("2027-01-22") }], tasks: [{ ID: "F01", Production: "FLEUVE", "Durée (j)": 3 }] };

  test("appends the production and its starter chain, scheduled backwards from the PAD; existing rows untouched", async () => {
    const bytes = await planBytes(base);
    const before = dumpCells(await openWorkbook(bytes));
    const r = await run(bytes, newProductionCommand, { code: "ORAGE", genre: "documentaire", pad: "2027-06-30", title: "L'Orage", minutes: "90" });
    const wb = await openWorkbook(r.bytes!);
    const after = dumpCells(wb);
    for (const [k, v] of before) expect(after.get(k)).toBe(v);
    const plan = STARTER_PLANS.find((p) => p.key === "documentaire")!;
    const prods = tableRows(wb, "Productions");
    expect(prods.map((p) => [p.Code, p.Genre, p["Durée (min)"], iso(p["PAD contractuel"])])).toEqual([
      ["FLEUVE", null, null, "2027-01-22"],
      ["ORAGE", "Documentaire", 90, "2027-06-30"],
    ]);
    const tasks = tableRows(wb, "Taches").filter((t) => t.Production === "ORAGE");
    expect(tasks).toHaveLength(plan.stages.length);
    expect(tasks[0].ID).toBe("ORAGE-01");
    expect(tasks.at(-1)).toMatchObject({ Tâche: plan.stages.at(-1)!.name, "Durée (j)": 0 });
    const section = r.report.sections.newProduction as { latestStart: string; padForecast: string; holds: boolean };
    // Backwards from the PAD, started as late as possible: the forecast PAD is the PAD itself.
    expect(section).toMatchObject({ padForecast: "2027-06-30", holds: true });
    expect(iso(tasks[0]["Pas avant"])).toBe(section.latestStart);
    expect(r.report.summary[1]).toMatch(/^Les dates tiennent : la chaîne doit commencer au plus tard le /);

    // The check then schedules it like any other production: its PAD milestone lands on the PAD date.
    const checked = await run(r.bytes!, checkCommand);
    const orage = (checked.report.sections.productions as { code: string; padForecast: string; padSlipDays: number }[]).find((p) => p.code === "ORAGE");
    expect(orage).toMatchObject({ padForecast: "2027-06-30", padSlipDays: 0 });
    expect(checked.report.alerts.filter((a) => a.production === "ORAGE" && a.severity === "error")).toEqual([]);
  });

  test("a PAD too close is said at once (it does not hold)", async () => {
    const r = await run(await planBytes(base), newProductionCommand, { code: "VITE", genre: "Long métrage", pad: "2027-01-15" });
    expect(r.report.sections.newProduction).toMatchObject({ holds: false });
    expect(r.report.summary[1]).toMatch(/^Le PAD du 15\/01\/2027 ne tient pas/);
  });

  test.each([
    [{ genre: "Fiction TV", pad: "2027-06-30" }, /indiquez son code/],
    [{ code: "fleuve", genre: "Fiction TV", pad: "2027-06-30" }, /déjà celui d'une production/],
    [{ code: "X", genre: "Magazine", pad: "2027-06-30" }, /genre « Magazine » sans plan type/],
    [{ code: "X", genre: "Fiction TV", pad: "30/06/2027" }, /date du PAD contractuel/],
    [{ code: "X", genre: "Fiction TV", pad: "2027-06-30", zone: "Atlantide" }, /zone « Atlantide » inconnue/],
  ])("refuses %o without writing anything", async (options, message) => {
    const r = await run(await planBytes(base), newProductionCommand, options);
    expect(r.bytes).toBeUndefined();
    expect(r.report.alerts.map((a) => a.code)).toContain("PRODUCTION_NOUVELLE_REFUSEE");
    expect(r.report.summary.join(" ")).toMatch(message);
  });

  test("run twice, the second run is refused and changes nothing", async () => {
    const first = await run(await planBytes(base), newProductionCommand, { code: "ORAGE", genre: "Animation", pad: "2027-06-30" });
    const second = await run(first.bytes!, newProductionCommand, { code: "ORAGE", genre: "Animation", pad: "2027-06-30" });
    expect(second.bytes).toBeUndefined();
  });
});

describe("Rapport de dépassement", () => {
  test("FLEUVE: 5 days against the baseline, the critical tasks that caused it, and what only the longer task costs", async () => {
    const checked = (await run(await demoBytes(), checkCommand)).bytes!;
    const r = await run(checked, overrunCommand, { production: "FLEUVE" });
    interface ResourceJson {
      name: string;
      baselineDays: number;
      forecastDays: number;
      cost: number;
    }
    const [report] = r.report.sections.overrun as { slipDays: number; causes: { id: string; ownSlipDays: number; resources: string[] }[]; resources: ResourceJson[]; slipCost: number; technicalCost: number; money: Record<string, number> }[];
    expect(report.slipDays).toBe(5);
    // F03 (the longer picture edit) added the slip itself; the tasks after it inherited it.
    expect(report.causes[0]).toMatchObject({ id: "F03", ownSlipDays: 5 });
    expect(report.causes.slice(1).every((c) => c.ownSlipDays === 0)).toBe(true);
    for (const c of report.causes) expect(c.resources).toEqual(DEMO_TASKS[c.id as keyof typeof DEMO_TASKS][3].split(";").map((s) => s.trim()).filter(Boolean));
    // Only F03 lasts longer (20 → 25 days): Léa and the editing room, 5 days each at their Equipe rates;
    // the tasks after it only moved and cost nothing (the old report charged the PAD's 5 days to every
    // resource of the critical chain: 5 × 2 470 = 12 350 €).
    const rate = (name: string): number => DEMO_CREW.find((m) => m.Nom === name)!["Tarif HT"] as number;
    const changed = report.resources.filter((l) => l.cost !== 0);
    expect(changed).toEqual([
      { name: "Léa Martin", baselineDays: 20, forecastDays: 25, cost: 5 * rate("Léa Martin") },
      { name: "Salle montage 2", baselineDays: 20, forecastDays: 25, cost: 5 * rate("Salle montage 2") },
    ]);
    expect(report.resources.filter((l) => l.cost === 0).every((l) => l.baselineDays === l.forecastDays)).toBe(true);
    // 5 × (850 + 180) = 5 150 €.
    expect(report.slipCost).toBe(5 * (rate("Léa Martin") + rate("Salle montage 2")));
    expect(report.slipCost).toBe(5150);
    expect(report.money.slipCost).toBe(report.slipCost);
    expect(report.technicalCost).toBe(report.money.technicalExtraCost);
    expect(r.apply.sheetsWritten).toEqual(["Depassement"]);
    const ws = (await openWorkbook(r.bytes!)).getWorksheet("Depassement")!;
    expect(String(ws.getCell("A1").value)).toMatch(/^Cap PAD — Rapport de dépassement/);
    expect(String(ws.getCell("A5").value)).toMatch(/^Le PAD de « Le Fleuve » était prévu le 05\/01\/2027 dans la référence figée ; il est maintenant prévu le 12\/01\/2027, soit 5 jours ouvrés de glissement\./);
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(r.report.summary).toEqual(["FLEUVE : PAD glissé de 5 j ouvré(s) (05/01/2027 → 12/01/2027), coût du glissement 5\u202f150,00\u00a0€ HT, surcoûts techniques 488,40\u00a0€ HT."]);
  });

  test("all productions by default, one page each; an unknown one is said", async () => {
    const bytes = await demoBytes();
    const all = await run(bytes, overrunCommand);
    expect((all.report.sections.overrun as { production: string }[]).map((o) => o.production)).toEqual(["FLEUVE", "GLACIER"]);
    const unknown = await run(bytes, overrunCommand, { production: "NOPE" });
    expect(unknown.bytes).toBeUndefined();
    expect(unknown.report.summary).toEqual(["Production « NOPE » introuvable dans Productions : pas de rapport."]);
  });
});

describe("cappad verbs", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cappad-planning-"));
  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out, err };
  };

  test("new --demo, production, baseline --production, depassement --json", async () => {
    const file = path.join(tmp, "demo.xlsx");
    expect(await main(["new", file, "--demo", "--today", toIso(TODAY)], capture().io)).toBe(0);
    const c = capture();
    expect(await main(["production", file, "--code", "ORAGE", "--genre", "Fiction TV", "--pad", "2027-09-30", "--titre", "L'Orage", "--today", toIso(TODAY)], c.io)).toBe(0);
    expect(c.out.join("")).toMatch(/Production ORAGE créée/);
    expect(await main(["baseline", file, "--production", "ORAGE", "--today", toIso(TODAY)], capture().io)).toBe(0);
    const rows = tableRows(await openWorkbook(new Uint8Array(fs.readFileSync(file))), "Taches");
    expect(rows.filter((r) => r.Production === "ORAGE").every((r) => typeof r["Fin réf."] === "number" && r["Fin réf."] === r.Fin)).toBe(true);
    const j = capture();
    expect(await main(["depassement", file, "--production", "FLEUVE", "--json", "--today", toIso(TODAY)], j.io)).toBe(0);
    expect(JSON.parse(j.out.join("")).overrun[0]).toMatchObject({ production: "FLEUVE", slipDays: 5, padForecast: toIso(fromIso("2027-01-12")!) });
  });

  test("production without its required flags is a usage error (exit 2)", async () => {
    const file = path.join(tmp, "vide.xlsx");
    await main(["new", file], capture().io);
    const c = capture();
    expect(await main(["production", file, "--code", "X"], c.io)).toBe(2);
    expect(c.err.join("")).toMatch(/--genre est obligatoire/);
  });
});
