import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";

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
    for (const argv of [["check"], ["frobnicate", "x.xlsx"], ["check", "x.xlsx", "--today", "27/11/2026"], ["check", "x.xlsx", "--nope"], ["check", "x.xlsx", "y.xlsx"], []]) {
      const c = capture();
      expect(await main(argv, c.io)).toBe(2);
    }
  });

  test("the installed bin runs the compiled CLI", () => {
    const bin = path.resolve(__dirname, "../../bin/cappad.js");
    const out = execFileSync(process.execPath, [bin, "--help"], { encoding: "utf8" });
    expect(out).toMatch(/cappad new <fichier\.xlsx>/);
  });
});
