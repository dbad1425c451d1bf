/**
 * "Préparer la paie" (`cappad paie`): the owned sheets of the month (Paie, Fiches de présence,
 * Éléments variables de paie), their agreement with the engine, the CSV for the payroll provider,
 * nothing typed by the user touched, the same result twice.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { payrollCommand } from "../../../src/commands/crew/payroll";
import { main } from "../../../src/cli/main";
import { OWNED_MARKER } from "../../../src/workbook/model";
import { openWorkbook, saveWorkbook } from "../../../src/hosts/xlsx/workbook";
import { readSnapshot } from "../../../src/hosts/file/read";
import { dumpCells } from "../../helpers/workbooks";
import { sheetCell } from "../../../src/sheets/address";
import { run, tableRows } from "../planning/fixtures";
import { crewBytes, person, seance, week } from "./fixtures";

const crew = [person("Alice Roy", "Chef monteuse", 1400, "semaine 39 h"), person("=HYPERLINK(\"http://x\")", "Assistant monteur", 160, "jour")];
const seances = [
  ...week("2026-03-02", "Alice Roy", "DOC1", "09:00", "19:00", 60),
  ...week("2026-03-09", "Alice Roy", "SERIE", "09:30", "18:00", 60, 3),
  seance("2026-03-03", "=HYPERLINK(\"http://x\")", "DOC1", "09:00", "18:00", 60),
  seance("2026-02-27", "Alice Roy", "DOC1", "09:00", "18:00", 60), // another month: not in March's sheets
];

/** The fields of one CSV line (`;`, quotes doubled inside quoted fields). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') field += line[++i];
    else if (c === '"') quoted = !quoted;
    else if (c === ";" && !quoted) {
      out.push(field);
      field = "";
    } else field += c;
  }
  return [...out, field];
}

async function march() {
  const bytes = await crewBytes({ crew, seances });
  return { bytes, result: await run(bytes, payrollCommand, { month: "2026-03" }) };
}

describe("the month's owned sheets", () => {
  test("Paie holds one line per person × production, as the JSON section, said to be an estimate", async () => {
    const { result } = await march();
    const wb = await openWorkbook(result.bytes!);
    expect(result.apply.sheetsWritten).toEqual(["Paie", "Fiches de présence", "Éléments variables de paie"]);
    const paie = tableRows(wb, "Paie");
    const json = result.report.sections.payroll as { production: string; name: string; gross: number; employerCost: number; hours: number }[];
    expect(paie.map((l) => [l.Production, l.Nom, l.Brut, l["Coût employeur"], l.Heures])).toEqual(json.map((l) => [l.production, l.name, l.gross, l.employerCost, l.hours]));
    expect(paie.map((l) => `${l.Production} ${l.Nom}`)).toEqual(["DOC1 =HYPERLINK(\"http://x\")", "DOC1 Alice Roy", "SERIE Alice Roy"]);
    const ws = wb.getWorksheet("Paie")!;
    expect(String(ws.getCell("A1").value)).toBe(`${OWNED_MARKER} — Paie estimée`);
    expect(String(ws.getCell("A2").value)).toMatch(/^Estimation, pas un bulletin de paie/);
    // The month's block: its heading (a printed page starts there), then the ceiling method used.
    expect(String(ws.getCell("A4").value)).toMatch(/^Mars 2026 — paie estimée le \d\d\/\d\d\/\d{4}$/);
    expect(String(ws.getCell("A5").value)).toMatch(/jours calendaires/);
  });

  test("Fiches de présence: one per person, production and civil week, each with its days, totals and two signature boxes", async () => {
    const { result } = await march();
    const wb = await openWorkbook(result.bytes!);
    const ws = wb.getWorksheet("Fiches de présence")!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    const titles = texts.filter((t) => t.startsWith("Fiche de présence — "));
    expect(titles).toEqual([
      "Fiche de présence — Semaine du 02/03/2026 au 08/03/2026",
      "Fiche de présence — Semaine du 02/03/2026 au 08/03/2026",
      "Fiche de présence — Semaine du 09/03/2026 au 15/03/2026",
    ]);
    expect(texts.filter((t) => t === "Signature du salarié")).toHaveLength(3);
    expect(texts.filter((t) => t.startsWith("Signature de l'employeur"))).toHaveLength(3);
    expect(texts).toContain("Total : 5 jour(s) travaillé(s)");
    expect(texts).toContain("lundi 02/03/2026");
    // One printed page per fiche: a manual break before the 2nd and the 3rd (exceljs does not read
    // breaks back: the model written is checked here, the printed pages in the LibreOffice test).
    const model = result.patch.ops.flatMap((op) => (op.kind === "sheet" && op.sheet.name === "Fiches de présence" ? [op.sheet] : []))[0];
    expect(model.print?.rowBreaks).toHaveLength(2);
  });

  test("Éléments variables de paie: one column per person × production with every item, and the same items in the CSV", async () => {
    const { result } = await march();
    const ws = (await openWorkbook(result.bytes!)).getWorksheet("Éléments variables de paie")!;
    const header = ws.getRow(5).values as unknown[];
    // Each page's header names its month (a sheet keeps every month prepared) and starts the page.
    expect(header.slice(1)).toEqual(["Élément — mars 2026", "=HYPERLINK(\"http://x\") — DOC1", "Alice Roy — DOC1", "Alice Roy — SERIE"]);
    expect((ws.getRow(6).values as unknown[]).slice(1)).toEqual(["Fichier pour la paie", "elements-variables-paie-2026-03.csv (une ligne par salarié et production)"]);
    const labels = new Set<string>();
    ws.eachRow((row) => labels.add(String(row.getCell(1).value)));
    for (const item of ["Numéro d'objet", "N° Congés Spectacles", "HS 25 %", "Détail des journées", "Heures par semaine civile", "Paniers repas", "Ventilation analytique"]) expect(labels).toContain(item);
    expect(result.report.files.map((f) => f.name)).toEqual(["elements-variables-paie-2026-03.csv"]);
  });

  test("the CSV as French Excel opens it: BOM, ';', decimal comma, a name that looks like a formula neutralised", async () => {
    const { result } = await march();
    const file = result.report.files[0];
    const bytes = Buffer.from(file.content as string, "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (file.content as string).slice(1).split("\r\n");
    const headers = csvFields(lines[0]);
    expect(headers[0]).toBe("Période");
    expect(lines).toHaveLength(1 + 3 + 1); // header, 3 lines, final CRLF
    const alice = csvFields(lines.find((l) => l.includes(";Alice Roy;") && l.includes(";SERIE;"))!);
    // 3 days of 7,5 h at 1 400 € / 40 h = 35 €/h: 22,5 h and 787,50 €.
    expect(alice[headers.indexOf("Heures")]).toBe("22,50");
    expect(alice[headers.indexOf("Brut estimé")]).toBe("787,50");
    const injected = lines.find((l) => l.includes("HYPERLINK"))!;
    expect(injected).toMatch(/^2026-03;"'=HYPERLINK\(""http:\/\/x""\)";/);
    expect(lines.slice(1).flatMap(csvFields).every((f) => !/^[=+\-@]/.test(f))).toBe(true);
  });

  test("nothing the user typed changes, and a second run gives the very same sheets", async () => {
    const { bytes, result } = await march();
    const before = dumpCells(await openWorkbook(bytes));
    const after = dumpCells(await openWorkbook(result.bytes!));
    const owned = /^(Paie|Fiches de présence|Éléments variables de paie)!/;
    expect([...before.entries()].filter(([k, v]) => after.get(k) !== v)).toEqual([]);
    expect([...after.keys()].filter((k) => !before.has(k) && !owned.test(k))).toEqual([]);
    const again = await run(result.bytes!, payrollCommand, { month: "2026-03" });
    expect(again.apply.cellsWritten).toBe(0);
    expect(dumpCells(await openWorkbook(again.bytes!))).toEqual(after);
    expect(again.report.files).toEqual(result.report.files);
  });

  test("a user's own sheet named Paie is left alone and said", async () => {
    const bytes = await crewBytes({ crew, seances, extra: [{ name: "Paie", owned: false, rows: [[{ value: "Mes notes de paie" }]] }] });
    const r = await run(bytes, payrollCommand, { month: "2026-03" });
    expect(r.report.alerts.map((a) => a.code)).toContain("FEUILLE_OCCUPEE");
    expect(String((await openWorkbook(r.bytes!)).getWorksheet("Paie")!.getCell("A1").value)).toBe("Mes notes de paie");
  });

  test("the report keeps the payroll alerts, not the plan's", async () => {
    const { result } = await march();
    expect(result.report.alerts.every((a) => a.code.startsWith("PAIE_") || ["Seances", "Equipe", "Grilles", "Taux", "Parametres", "Bulletins"].includes(a.sheet))).toBe(true);
  });

  test("a crew table moved to a sheet of the user's still has its bad cells said (they were filtered out by sheet name)", async () => {
    const wb = await openWorkbook(await crewBytes({ crew, seances }));
    wb.getWorksheet("Taux")!.name = "Mes taux";
    const t = readSnapshot(wb).tables.Taux;
    const [row, col] = [t.headerRow + 1, t.left + t.headers.indexOf("Source")];
    wb.getWorksheet("Mes taux")!.getCell(row + 1, col + 1).value = { error: "#REF!" } as never;
    const r = await run(await saveWorkbook(wb), payrollCommand, { month: "2026-03" });
    const invalid = r.report.alerts.filter((a) => a.code === "CELLULE_INVALIDE");
    expect(invalid.map((a) => [a.sheet, a.cell])).toEqual([["Mes taux", sheetCell("Mes taux", row, col)]]);
  });

  test("a month without séances: empty sheets that say so, an empty CSV with its header", async () => {
    const r = await run(await crewBytes({ crew, seances }), payrollCommand, { month: "2026-07" });
    expect(r.report.sections.payroll).toEqual([]);
    expect((r.report.files[0].content as string).split("\r\n").filter(Boolean)).toHaveLength(1);
    const snap = readSnapshot(await openWorkbook(r.bytes!));
    expect(snap.tables.Paie.rows.every((row) => row.every((v) => v === null))).toBe(true);
  });
});

describe("cappad paie", () => {
  test("--mois and --csv: the workbook is updated in place and the CSV written where asked", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cappad-paie-"));
    const file = path.join(dir, "classeur.xlsx");
    fs.writeFileSync(file, await crewBytes({ crew, seances }));
    const csv = path.join(dir, "pour-le-prestataire.csv");
    const out: string[] = [];
    const code = await main(["paie", file, "--mois", "2026-03", "--csv", csv, "--today", "2026-03-31"], { out: (s) => out.push(s), err: () => undefined });
    expect(code).toBe(0);
    expect(fs.readFileSync(csv, "utf8").startsWith("\uFEFFPériode;Nom;")).toBe(true);
    expect(out.join("")).toMatch(/Paie estimée de mars 2026 : 3 ligne\(s\)/);
    expect((await openWorkbook(new Uint8Array(fs.readFileSync(file)))).getWorksheet("Fiches de présence")).toBeDefined();
  });

  test("without --mois, or with a bad one: usage error (exit 2), nothing written", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cappad-paie-"));
    const file = path.join(dir, "classeur.xlsx");
    const bytes = await crewBytes({ crew, seances });
    fs.writeFileSync(file, bytes);
    const err: string[] = [];
    for (const args of [["paie", file], ["paie", file, "--mois", "mars"]]) expect(await main(args, { out: () => undefined, err: (s) => err.push(s) })).toBe(2);
    expect(err.join("")).toMatch(/--mois attend un mois AAAA-MM/);
    expect(Buffer.compare(fs.readFileSync(file), Buffer.from(bytes))).toBe(0);
  });
});
