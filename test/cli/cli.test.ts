import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawn } from "child_process";
import { main } from "../../src/cli/main";
import { COMMON_OPTIONS, VERBS } from "../../src/cli/verbs";
import { newProductionCommand } from "../../src/commands/planning/newProduction";
import { fromIso } from "../../src/core/dates/civil";
import { runOnBytes } from "../../src/hosts/file/runner";
import { planBytes, day } from "../commands/planning/fixtures";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out, err };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cappad-cli-"));

describe("cappad", () => {
  test("--help is French and lists the verbs", async () => {
    const c = capture();
    expect(await main(["--help"], c.io)).toBe(0);
    expect(c.out.join("")).toMatch(/Utilisation/);
    expect(c.out.join("")).toMatch(/cappad check <fichier\.xlsx>/);
  });

  test("new --demo then check --json --today: exit 0 and a parseable report", async () => {
    const file = path.join(tmp, "demo.xlsx");
    const c1 = capture();
    expect(await main(["new", file, "--demo", "--today", "2026-11-27"], c1.io)).toBe(0);
    expect(fs.existsSync(file)).toBe(true);
    const c2 = capture();
    expect(await main(["check", file, "--json", "--today", "2026-11-27"], c2.io)).toBe(0);
    const json = JSON.parse(c2.out.join(""));
    expect(json.version).toBe(1);
    expect(Array.isArray(json.alerts)).toBe(true);
    for (const a of json.alerts) expect(Object.keys(a)).toEqual(expect.arrayContaining(["code", "severity", "sheet", "row", "id", "cell", "message"]));
    // Progress goes to stderr, never into the JSON.
    expect(c2.err.join("")).toMatch(/Lecture du classeur/);
  });

  test("contrats: in --help, refuses the demo's filled table (exit 0, nothing written), rejects a bad --mois (exit 2)", async () => {
    const help = capture();
    await main(["--help"], help.io);
    expect(help.out.join("")).toMatch(/cappad contrats <fichier\.xlsx> \[--mois AAAA-MM\]/);
    const file = path.join(tmp, "contrats.xlsx");
    await main(["new", file, "--demo", "--today", "2026-11-27"], capture().io);
    const before = fs.readFileSync(file);
    const c = capture();
    expect(await main(["contrats", file, "--mois", "2026-11", "--today", "2026-11-27"], c.io)).toBe(0);
    expect(c.err.join("") + c.out.join("")).toMatch(/déjà 4 ligne/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(await main(["contrats", file, "--mois", "novembre"], capture().io)).toBe(2);
  });

  test("check -o writes elsewhere and leaves the input file untouched", async () => {
    const file = path.join(tmp, "in.xlsx");
    await main(["new", file, "--demo"], capture().io);
    const before = fs.readFileSync(file);
    const out = path.join(tmp, "out.xlsx");
    expect(await main(["check", file, "-o", out, "--today", "2026-11-27"], capture().io)).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  test("unusable files exit 1 with one French line and no stack trace", async () => {
    const notXlsx = path.join(tmp, "note.xlsx");
    fs.writeFileSync(notXlsx, "ceci n'est pas un classeur");
    const c = capture();
    expect(await main(["check", notXlsx], c.io)).toBe(1);
    const text = c.err.join("").trim().split("\n").pop()!;
    expect(text).toMatch(/n'est pas un classeur Excel/);
    expect(c.err.join("")).not.toMatch(/\bat .*\.ts:\d+/);

    const encrypted = path.join(tmp, "secret.xlsx");
    fs.writeFileSync(encrypted, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const c2 = capture();
    expect(await main(["check", encrypted], c2.io)).toBe(1);
    expect(c2.err.join("")).toMatch(/mot de passe/);
  });

  test("a workbook without any Cap PAD table is unusable (exit 1)", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Feuil1").getCell("A1").value = "rien";
    const file = path.join(tmp, "vide.xlsx");
    await wb.xlsx.writeFile(file);
    const c = capture();
    expect(await main(["check", file], c.io)).toBe(1);
    expect(c.err.join("")).toMatch(/aucune table Cap PAD/);
  });

  test("bad arguments exit 2", async () => {
    for (const argv of [["check"], ["frobnicate", "x.xlsx"], ["check", "x.xlsx", "--today", "31/02/2026"], ["check", "x.xlsx", "--nope"], ["check", "x.xlsx", "y.xlsx"], ["paie", "x.xlsx", "--mois", "13/2026"], []]) {
      const c = capture();
      expect(await main(argv, c.io)).toBe(2);
    }
  });

  test("every verb's help lists every option it accepts, the common ones too (baseline --today)", async () => {
    for (const verb of VERBS) {
      const c = capture();
      expect(await main([verb.name, "--help"], c.io)).toBe(0);
      const text = c.out.join("");
      for (const o of [...verb.options, ...COMMON_OPTIONS]) expect({ verb: verb.name, listed: text.includes(`${o.name.length > 1 ? "--" : "-"}${o.name}`) }).toEqual({ verb: verb.name, listed: true });
    }
    const baseline = capture();
    await main(["help", "baseline"], baseline.io);
    expect(baseline.out.join("")).toMatch(/--today AAAA-MM-JJ/);
    // The global help lists every option of every verb in its usage lines.
    const all = capture();
    await main(["--help"], all.io);
    for (const verb of VERBS) for (const o of verb.options) expect(all.out.join("")).toContain(`${o.name.length > 1 ? "--" : "-"}${o.name}`);
  });

  test("dates as AAAA-MM-JJ or JJ/MM/AAAA, months as AAAA-MM or MM/AAAA, for every option that takes one", async () => {
    const file = path.join(tmp, "dates.xlsx");
    await main(["new", file, "--demo", "--today", "27/11/2026"], capture().io);
    const iso = capture();
    const fr = capture();
    expect(await main(["check", file, "--json", "--today", "2026-11-27", "-o", path.join(tmp, "iso.xlsx")], iso.io)).toBe(0);
    expect(await main(["check", file, "--json", "--today", "27/11/2026", "--mois", "11/2026", "-o", path.join(tmp, "fr.xlsx")], fr.io)).toBe(0);
    expect(JSON.parse(fr.out.join("")).tasks).toEqual(JSON.parse(iso.out.join("")).tasks);
    const prod = capture();
    expect(await main(["production", file, "--code", "DOC3", "--genre", "Documentaire", "--pad", "30/06/2027", "--fin-tournage", "15/01/2027", "--today", "27/11/2026"], prod.io)).toBe(0);
    expect(prod.out.join("")).toMatch(/PAD contractuel le 30\/06\/2027/);
  });

  test("messages name the cappad verb to run next, and the file written (--csv)", async () => {
    const file = path.join(tmp, "next.xlsx");
    await main(["new", file, "--demo"], capture().io);
    const prod = capture();
    await main(["production", file, "--code", "DOC4", "--genre", "Documentaire", "--pad", "2027-06-30", "--today", "2026-11-27"], prod.io);
    expect(prod.out.join("")).toMatch(/Lancez « cappad check » pour calculer ses dates/);
    expect(prod.out.join("")).not.toMatch(/Vérifier et recalculer/);
    // The same command in the pane (no host wording given) names the pane's button.
    const inPane = await runOnBytes(new Uint8Array(fs.readFileSync(file)), newProductionCommand, { today: fromIso("2026-11-27")!, options: { code: "DOC5", genre: "Documentaire", pad: "2027-06-30" } });
    expect(inPane.report.summary.join("\n")).toMatch(/Lancez « Vérifier et recalculer » pour calculer ses dates/);
    const csv = path.join(tmp, "exports", "ev-novembre.csv");
    const paie = capture();
    expect(await main(["paie", file, "--mois", "2026-11", "--csv", csv, "--today", "2026-11-27"], paie.io)).toBe(0);
    expect(paie.out.join("")).toContain(`fichier ${csv}.`);
    expect(fs.readFileSync(csv, "utf8")).toMatch(/^\uFEFFPériode;/);
    expect(fs.existsSync(path.join(tmp, "elements-variables-paie-2026-11.csv"))).toBe(false);
  });

  test("a report of several megabytes read through a pipe by another process arrives whole", async () => {
    // 2,000 tasks whose predecessor does not exist, with long IDs: a report of about 3 MB. Before, the
    // process exited as soon as main returned and a pipe got its first 64 KB.
    const tasks = Array.from({ length: 2000 }, (_, j) => ({ ID: `T${j}-${"x".repeat(300)}`, Production: "P0", Tâche: `Tâche ${j}`, "Durée (j)": 1, Prédécesseurs: `Z${j}` }));
    const file = path.join(tmp, "big.xlsx");
    fs.writeFileSync(file, await planBytes({ productions: [{ Code: "P0", "PAD contractuel": day("2027-09-30") }], tasks }));
    const bin = path.resolve(__dirname, "../../bin/cappad.js");
    const child = spawn(process.execPath, [bin, "check", file, "--json", "--today", "2026-11-27", "-o", path.join(tmp, "big-out.xlsx")], { stdio: ["ignore", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    const errs: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => chunks.push(d));
    child.stderr.on("data", (d: Buffer) => errs.push(d));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    const out = Buffer.concat(chunks).toString("utf8");
    expect(code).toBe(0);
    expect(out.length).toBeGreaterThan(2_000_000);
    const json = JSON.parse(out);
    expect(json.tasks).toHaveLength(2000);
    // Progress went to stderr, not into the report.
    expect(Buffer.concat(errs).toString("utf8")).toMatch(/Lecture du classeur/);
  }, 120000);

  test("the installed bin runs the compiled CLI", () => {
    const bin = path.resolve(__dirname, "../../bin/cappad.js");
    const out = execFileSync(process.execPath, [bin, "--help"], { encoding: "utf8" });
    expect(out).toMatch(/cappad new <fichier\.xlsx>/);
  });
});
