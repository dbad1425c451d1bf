/**
 * The `crew` step of "Vérifier et recalculer" on real workbooks: séances typed in `Seances` give the
 * engine's hours and pay; every labour-law check fires on a crafted week, on the right cell, and stays
 * silent on a clean one; the JSON sections; a second run changes nothing.
 */
import { payrollSettings } from "../../../src/core/crew/settings";
import { checkCommand } from "../../../src/commands/check";
import { computePayroll, type CrewMember, type PayrollProduction } from "../../../src/core/crew";
import { payrollLineToJson } from "../../../src/commands/crew/json";
import { fromIso } from "../../../src/core/dates/civil";
import { parseTimeText } from "../../../src/core/dates/time";
import { defaultPayrollConfig } from "../../../src/data/payroll";
import { reportJson } from "../../../src/commands/types";
import { openWorkbook } from "../../../src/hosts/xlsx/workbook";
import { dumpCells } from "../../helpers/workbooks";
import { run, tableRows, TODAY } from "../planning/fixtures";
import { crewBytes, person, seance, seanceCell, seanceRow, week, DOC } from "./fixtures";

const codes = (alerts: { code: string }[]) => alerts.map((a) => a.code).filter((c) => c.startsWith("PAIE_"));

describe("séances typed in a sheet → the engine's hours and payroll", () => {
  // One 39 h week of an assistant editor at 1 000 € per 35 h week: 8 h a day Mon–Thu, 7 h on Friday.
  const rows = {
    crew: [person("Alice Roy", "Assistante monteuse", 1000, "semaine 35 h")],
    seances: [...week("2026-03-02", "Alice Roy", "DOC1", "09:00", "18:00", 60, 4), seance("2026-03-06", "Alice Roy", "DOC1", "09:00", "17:00", 60)],
  };

  test("Heures, and the payroll section equal to computePayroll on the same séances", async () => {
    const r = await run(await crewBytes(rows), checkCommand);
    const heures = tableRows(await openWorkbook(r.bytes!), "Seances").map((s) => s.Heures);
    expect(heures.slice(0, 5)).toEqual([8, 8, 8, 8, 7]);
    // The same facts handed to the engine directly (what the sheets layer must produce).
    const alice: CrewMember = { name: "Alice Roy", type: "Personne", role: "Assistante monteuse", status: "Intermittent technicien", salaryCents: 100000, salaryUnit: "semaine 35 h" };
    const doc: PayrollProduction = { code: "DOC1", agreement: "IDCC 2642", zone: "Métropole", genre: "Documentaire", objectNumber: "OBJ-2026-001" };
    const t = (s: string) => parseTimeText(s)!;
    const days = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"].map((iso) => fromIso(iso)!);
    const bookings = days.map((d, i) => ({ day: d, production: "DOC1", resource: "Alice Roy", start: t("09:00"), end: t(i < 4 ? "18:00" : "17:00"), breakMinutes: 60 }));
    // The workbook's Parametres (EFFECTIF 12: forfait social from 11 employees) are the shipped ones.
    const config = defaultPayrollConfig().config;
    const engine = computePayroll({ bookings, crew: [alice], productions: [doc], config, options: payrollSettings(config, days[0]).options }, "2026-03");
    const json = reportJson(r.report) as { payroll: unknown[]; bookings: { row: number; hours: number; nightHours: number; alerts: string[] }[] };
    expect(json.payroll).toEqual(engine.lines.map(payrollLineToJson));
    // 39 h: 35 h + 4 h at +25 % on a 35 h weekly salary of 1 000 €: 1 000 + 4 × 35,71 = 1 142,84 €.
    expect(json.payroll).toEqual([expect.objectContaining({ period: "2026-03", name: "Alice Roy", days: 5, hours: 39, overtime25: 4, overtime50: 0, gross: 1142.84 })]);
    expect(json.bookings.map((b) => [b.row, b.hours, b.nightHours, b.alerts])).toEqual([0, 1, 2, 3, 4].map((i) => [seanceRow(i), i < 4 ? 8 : 7, 0, []]));
  });

  test("a feminine job title finds the grid's masculine line (no « grille inconnue »)", async () => {
    const r = await run(await crewBytes(rows), checkCommand);
    expect(codes(r.report.alerts)).not.toContain("PAIE_GRILLE_INCONNUE");
  });

  test("a second check writes nothing", async () => {
    const first = await run(await crewBytes(rows), checkCommand);
    const second = await run(first.bytes!, checkCommand);
    expect(second.apply.cellsWritten).toBe(0);
    const a = dumpCells(await openWorkbook(first.bytes!));
    const b = dumpCells(await openWorkbook(second.bytes!));
    expect([...b.entries()].filter(([k, v]) => a.get(k) !== v && !k.startsWith("Alertes!"))).toEqual([]);
  });
});

describe("labour-law checks on the cells of Seances", () => {
  const crew = [person("Alice Roy", "Chef monteuse", 1400, "semaine 39 h"), person("Bruno Petit", "Assistant monteur", 900, "semaine 39 h")];

  test("a clean week: no payroll alert at all, only the information that contracts are inferred (no Contrats table)", async () => {
    const r = await run(await crewBytes({ crew, seances: week("2026-03-02", "Alice Roy", "DOC1", "09:00", "18:00", 60) }), checkCommand);
    expect(codes(r.report.alerts.filter((a) => a.severity !== "info"))).toEqual([]);
    expect(codes(r.report.alerts.filter((a) => a.severity === "info"))).toEqual(["PAIE_CONTRATS_DEDUITS"]);
  });

  test("each crafted error fires once, on its séance and column", async () => {
    const seances = [
      seance("2026-03-02", "Alice Roy", "DOC1", "09:00", "18:00", 60), // 0
      seance("2026-03-03", "Alice Roy", "DOC1", "08:00", "22:00", 60), // 1: 13 h
      seance("2026-03-04", "Alice Roy", "DOC1", "06:00", "12:00", 0), // 2: 8 h of rest after 22:00
      seance("2026-03-04", "Alice Roy", "SERIE", "11:00", "15:00", 0), // 3: overlaps 2, on another production
      seance("2026-03-05", "Bruno Petit", "DOC1", "09:00", "18:00", 60), // 4: unavailable
      seance("2026-03-05", "Zoé Inconnue", "DOC1", "09:00", "18:00", 60), // 5: not in Equipe
      seance("2026-03-06", "Bruno Petit", "PUB", "19:00", "20:00", 0), // 6: unknown production
    ];
    const unavailabilities = [{ Ressource: "Bruno Petit", Du: { day: fromIso("2026-03-05")! }, Au: { day: fromIso("2026-03-05")! }, Motif: "Formation" }];
    const r = await run(await crewBytes({ crew, seances, unavailabilities }), checkCommand);
    const at = (code: string) => r.report.alerts.filter((a) => a.code === code).map((a) => a.cell);
    expect(at("PAIE_JOURNEE_12H")).toEqual([seanceCell("Départ", 1)]);
    expect(at("PAIE_REPOS_11H")).toEqual([seanceCell("Arrivée", 2)]);
    expect(at("PAIE_CHEVAUCHEMENT")).toEqual([seanceCell("Arrivée", 3)]);
    expect(at("PAIE_INDISPONIBLE")).toEqual([seanceCell("Date", 4)]);
    expect(at("PAIE_INCONNU").sort()).toEqual([seanceCell("Ressource", 5), seanceCell("Production", 6)].sort());
    // The messages reach the séance's own Alerte cell.
    const alerte = tableRows(await openWorkbook(r.bytes!), "Seances").map((s) => s.Alerte);
    expect(alerte[1]).toMatch(/13 h le 03\/03\/2026.*12 h/);
    expect(alerte[0]).toBeNull();
  });

  test("more than 48 h in a civil week, all productions together", async () => {
    const seances = [...week("2026-03-02", "Alice Roy", "DOC1", "09:00", "19:00", 0, 4), ...week("2026-03-06", "Alice Roy", "SERIE", "09:00", "19:00", 0, 1)];
    const r = await run(await crewBytes({ crew, seances }), checkCommand);
    expect(r.report.alerts.filter((a) => a.code === "PAIE_SEMAINE_48H").map((a) => a.cell)).toEqual([seanceCell("Date", 4)]);
  });

  test("pay under the grid on a short contract: PAIE_SOUS_MINIMUM names the grid line, PAIE_JOUR_DIVISE_PAR_5 the ÷ 5, on Equipe!Salaire", async () => {
    // 730,03 € (35 h week of « Assistant monteur », 2024 line) ÷ 5 = 146,01 € a day, on a 2-day contract.
    const bytes = await crewBytes({ crew: [person("Bruno Petit", "Assistant monteur", 146.01, "jour")], seances: week("2026-03-02", "Bruno Petit", "DOC1", "09:00", "17:00", 60, 2) });
    const r = await run(bytes, checkCommand);
    const under = r.report.alerts.filter((a) => a.code === "PAIE_SOUS_MINIMUM");
    expect(under).toHaveLength(1);
    expect(under[0].cell).toBe("Equipe!F4");
    const line = /« Assistant monteur » \(IV\), Grilles, ligne (\d+), effet 01\/07\/2024/.exec(under[0].message);
    expect(line).not.toBeNull();
    // The line named is the sheet row where that grid line is typed.
    const typed = (await openWorkbook(bytes)).getWorksheet("Grilles")!.getRow(Number(line![1])).values as unknown[];
    expect(typed).toContain("Assistant monteur");
    expect(r.report.alerts.filter((a) => a.code === "PAIE_JOUR_DIVISE_PAR_5")).toHaveLength(1);
  });
});

describe("the month asked, and bad cells", () => {
  const crew = [person("Alice Roy", "Chef monteuse", 1400, "semaine 39 h")];

  test("--mois limits the payroll section to that month; the séances of every month get their hours", async () => {
    const seances = [...week("2026-03-02", "Alice Roy", "DOC1", "09:00", "18:00", 60), ...week("2026-04-06", "Alice Roy", "DOC1", "09:00", "18:00", 60)];
    const bytes = await crewBytes({ crew, seances });
    const all = reportJson((await run(bytes, checkCommand)).report) as { payroll: { period: string }[]; bookings: unknown[] };
    const april = reportJson((await run(bytes, checkCommand, { month: "2026-04" })).report) as { payroll: { period: string }[]; bookings: unknown[] };
    expect(all.payroll.map((p) => p.period)).toEqual(["2026-03", "2026-04"]);
    expect(april.payroll.map((p) => p.period)).toEqual(["2026-04"]);
    expect(april.bookings).toHaveLength(10);
  });

  test("an unreadable time or date is an alert on its cell; the row is still read where it can be", async () => {
    const seances = [{ ...seance("2026-03-02", "Alice Roy", "DOC1", "09:00", "18:00", 60), Départ: "dix-huit heures" }, { ...seance("2026-03-03", "Alice Roy", "DOC1", "09:00", "18:00", 60), Date: "31/02/2026" }];
    const r = await run(await crewBytes({ crew, seances }), checkCommand);
    const invalid = r.report.alerts.filter((a) => a.code === "CELLULE_INVALIDE").map((a) => a.cell);
    expect(invalid).toEqual(expect.arrayContaining([seanceCell("Départ", 0), seanceCell("Date", 1)]));
    expect(r.report.alerts.find((a) => a.code === "PAIE_HORAIRES_MANQUANTS")?.cell).toBe(seanceCell("Départ", 0));
  });

  test("a Statut of spaces only is blank like an empty cell: the person is paid as an intermittent technician, and that is said", async () => {
    const seances = week("2026-03-02", "Alice Roy", "DOC1", "09:00", "18:00", 60);
    const payOf = async (statut: string | null) => {
      const r = await run(await crewBytes({ crew: [{ ...crew[0], Statut: statut }], seances }), checkCommand);
      const json = reportJson(r.report) as { payroll: { status: string }[] };
      return { statuses: json.payroll.map((p) => p.status), said: r.report.alerts.filter((a) => a.code === "PAIE_STATUT_PAR_DEFAUT").length };
    };
    const empty = await payOf(null);
    expect(empty.said).toBe(1);
    expect(await payOf("   ")).toEqual(empty);
  });

  test("a workbook without a séance log has no payroll step (no shipped-data notice either)", async () => {
    const { planBytes } = await import("../planning/fixtures");
    const r = await run(await planBytes({ productions: [DOC], tasks: [] }), checkCommand);
    expect(r.report.alerts.filter((a) => a.code.startsWith("PAIE_"))).toEqual([]);
    expect(reportJson(r.report)).not.toHaveProperty("payroll");
  });

  test("without Grilles/Taux/Parametres the shipped data is used and said", async () => {
    const r = await run(await crewBytes({ crew, seances: week("2026-03-02", "Alice Roy", "DOC1", "09:00", "18:00", 60), noReferenceTables: true }), checkCommand);
    expect(r.report.alerts.filter((a) => a.code === "PAIE_DONNEES_LIVREES").map((a) => a.sheet).sort()).toEqual(["Grilles", "Parametres", "Taux"]);
    expect((reportJson(r.report) as { payroll: unknown[] }).payroll).toHaveLength(1);
  });

  test("today is only a default: the check does not depend on it for past séances", async () => {
    const bytes = await crewBytes({ crew, seances: week("2026-03-02", "Alice Roy", "DOC1", "09:00", "18:00", 60) });
    const a = reportJson((await run(bytes, checkCommand, {}, TODAY)).report) as { payroll: unknown };
    const b = reportJson((await run(bytes, checkCommand, {}, TODAY + 40)).report) as { payroll: unknown };
    expect(a.payroll).toEqual(b.payroll);
  });
});
