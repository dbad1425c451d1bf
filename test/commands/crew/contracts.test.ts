/**
 * `Contrats` in a workbook: « Proposer les contrats » fills the empty table from the séances (never a
 * table the user already filled; twice changes nothing), the payroll follows the typed contracts, a
 * séance outside them is said on its row, and an empty table says that contracts are inferred.
 */
import { checkCommand } from "../../../src/commands/check";
import { proposeContractsCommand } from "../../../src/commands/crew/proposeContracts";
import { proposeContracts, analyseCrew } from "../../../src/core/crew";
import { dayFromSerial, toIso } from "../../../src/core/dates/civil";
import { openWorkbook } from "../../../src/hosts/xlsx/workbook";
import { contratsSheet } from "../../../src/sheets/templates/crew";
import type { OutValue } from "../../../src/workbook/values";
import { day, run, tableRows } from "../planning/fixtures";
import { crewBytes, dataRow, person, seance, seanceCell, week } from "./fixtures";
import { input, member, resetRows, seance as coreSeance } from "../../core/crew/fixtures";

const crew = [person("Alice Roy", "Chef monteuse", 1138.62, "semaine 35 h"), person("Bruno Petit", "Assistant monteur", 150, "jour")];
// Alice: DOC1 2–6 March; SERIE 9–10 March. Bruno: DOC1 3 March, then again 23 March (a gap of 19 days).
const seances = [
  ...week("2026-03-02", "Alice Roy", "DOC1", "09:00", "16:00", 0),
  ...week("2026-03-09", "Alice Roy", "SERIE", "09:00", "16:00", 0, 2),
  seance("2026-03-03", "Bruno Petit", "DOC1", "09:00", "17:00", 60),
  seance("2026-03-23", "Bruno Petit", "DOC1", "09:00", "17:00", 60),
];
const bytes = (contracts: Record<string, OutValue>[] = []) => crewBytes({ crew, seances, extra: [contratsSheet(contracts)] });
const iso = (v: unknown) => (typeof v === "number" ? toIso(dayFromSerial(v, false)!) : v);

describe("« Proposer les contrats »", () => {
  test("fills the empty table: one contract per person, production and period worked", async () => {
    const r = await run(await bytes(), proposeContractsCommand);
    const rows = tableRows(await openWorkbook(r.bytes!), "Contrats").map((c) => [c.Nom, c.Production, iso(c["Début"]), iso(c.Fin), c.Fonction, c.Statut, c.Salaire, c["Unité salaire"], c["Numéro d'objet"]]);
    // Bruno's two DOC1 days are 20 days apart (more than CONTRAT_PROPOSE_ECART_JOURS, 7): two contracts.
    expect(rows).toEqual([
      ["Alice Roy", "DOC1", "2026-03-02", "2026-03-06", "Chef monteuse", "Intermittent technicien", 1138.62, "semaine 35 h", "OBJ-2026-001"],
      ["Alice Roy", "SERIE", "2026-03-09", "2026-03-10", "Chef monteuse", "Intermittent technicien", 1138.62, "semaine 35 h", null],
      ["Bruno Petit", "DOC1", "2026-03-03", "2026-03-03", "Assistant monteur", "Intermittent technicien", 150, "jour", "OBJ-2026-001"],
      ["Bruno Petit", "DOC1", "2026-03-23", "2026-03-23", "Assistant monteur", "Intermittent technicien", 150, "jour", "OBJ-2026-001"],
    ]);
    expect(r.report.summary.join(" ")).toMatch(/4 contrat\(s\) proposé\(s\)/);
  });

  test("--mois keeps the séances of that month only", async () => {
    const r = await run(await bytes(), proposeContractsCommand, { month: "2026-03" });
    expect(tableRows(await openWorkbook(r.bytes!), "Contrats").map((c) => c.Nom)).toEqual(["Alice Roy", "Alice Roy", "Bruno Petit", "Bruno Petit"]);
    const april = await run(await bytes(), proposeContractsCommand, { month: "2026-04" });
    // Nothing in April: the fresh table keeps its single empty row.
    expect(tableRows(await openWorkbook(april.bytes ?? (await bytes())), "Contrats").filter((c) => c.Nom !== null)).toHaveLength(0);
    expect(april.report.summary.join(" ")).toMatch(/aucun contrat proposé/);
  });

  test("never touches a table the user filled, and twice changes nothing", async () => {
    const typed = [{ Nom: "Alice Roy", Production: "DOC1", Début: day("2026-03-02"), Fin: day("2026-03-31") }];
    const r = await run(await bytes(typed), proposeContractsCommand);
    expect(r.report.summary.join(" ")).toMatch(/déjà 1 ligne/);
    expect(tableRows(await openWorkbook(r.bytes ?? (await bytes(typed))), "Contrats")).toHaveLength(1);
    const first = await run(await bytes(), proposeContractsCommand);
    const second = await run(first.bytes!, proposeContractsCommand);
    expect(tableRows(await openWorkbook(second.bytes ?? first.bytes!), "Contrats")).toEqual(tableRows(await openWorkbook(first.bytes!), "Contrats"));
  });
});

describe("the payroll follows the contracts typed", () => {
  test("a séance outside them is a warning on its row, in Seances[Alerte] too", async () => {
    // Alice's contract ends on 5 March: her séance of Friday 6 March is outside.
    const typed = [
      { Nom: "Alice Roy", Production: "DOC1", Début: day("2026-03-02"), Fin: day("2026-03-05") },
      { Nom: "Alice Roy", Production: "SERIE", Début: day("2026-03-09"), Fin: day("2026-03-13") },
      { Nom: "Bruno Petit", Production: "DOC1", Début: day("2026-03-02"), Fin: day("2026-03-31") },
    ];
    const r = await run(await bytes(typed), checkCommand);
    const outside = r.report.alerts.filter((a) => a.code === "PAIE_HORS_CONTRAT");
    expect(outside.map((a) => a.cell)).toEqual([seanceCell("Date", 4)]);
    expect(r.report.alerts.map((a) => a.code)).not.toContain("PAIE_CONTRATS_DEDUITS");
    const rows = tableRows(await openWorkbook(r.bytes!), "Seances");
    expect(String(rows[4].Alerte)).toMatch(/hors de tout contrat/);
  });

  test("an empty Contrats table keeps the weekly inference and says so once (information)", async () => {
    const r = await run(await bytes(), checkCommand);
    expect(r.report.alerts.filter((a) => a.code === "PAIE_CONTRATS_DEDUITS").map((a) => a.severity)).toEqual(["info"]);
  });

  test("a contract with an unknown production is said on its cell of Contrats", async () => {
    const r = await run(await bytes([{ Nom: "Alice Roy", Production: "PUB", Début: day("2026-03-02"), Fin: day("2026-03-06") }]), checkCommand);
    const alert = r.report.alerts.find((a) => a.code === "PAIE_CONTRAT_INCONNU")!;
    expect(alert.cell).toBe(`Contrats!B${dataRow(contratsSheet([]), 0)}`);
    expect(alert.message).toContain("« PUB »");
  });
});

test("proposeContracts on the engine: a gap of more than the parameter splits, rooms and providers are left out", () => {
  resetRows();
  const data = input(
    [coreSeance("2026-03-02", "Max", "DOC1", "09:00", "17:00"), coreSeance("2026-03-09", "Max", "DOC1", "09:00", "17:00"), coreSeance("2026-03-18", "Max", "DOC1", "09:00", "17:00"), coreSeance("2026-03-02", "Salle", "DOC1", "09:00", "17:00")],
    [member("Max", "Chef monteur", 253.03, "jour"), { ...member("Salle", "Salle", undefined, undefined), type: "Salle" }],
  );
  const analysis = analyseCrew(data);
  // 2 → 9 March: 7 days apart, one contract; 9 → 18: 9 days apart (> 7 + 1), a new one.
  const proposals = proposeContracts(analysis.prepared, { gapDays: 7 });
  expect(proposals.map((c) => [c.person, c.production, toIso(c.start), toIso(c.end)])).toEqual([
    ["Max", "DOC1", "2026-03-02", "2026-03-09"],
    ["Max", "DOC1", "2026-03-18", "2026-03-18"],
  ]);
});
