/** `cappad facture`, `avoir`, `efacture`, `devis`, `couts`, `facturer` on the demo workbook. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { DEMO_BUDGET_ROWS } from "../../src/demo/costs";
import { expectValidEInvoices } from "../helpers/schemas";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out, err };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cappad-facture-"));
const today = ["--today", "2026-11-27"];

describe("cappad facture", () => {
  test("checks the draft, issues it with its UBL in the --dossier folder, exports the CII, cancels by an avoir", async () => {
    const file = path.join(tmp, "demo.xlsx");
    expect(await main(["new", file, "--demo", ...today], capture().io)).toBe(0);

    // The demo's register holds its two October invoices: the November draft takes the third number.
    const dry = capture();
    const before = fs.readFileSync(file);
    expect(await main(["facture", file, ...today], dry.io)).toBe(0);
    expect(dry.out.join("")).toMatch(/Brouillon complet.*FA-2026-0003/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);

    const folder = path.join(tmp, "factures");
    const issued = capture();
    expect(await main(["facture", file, "--emettre", "--format", "ubl", "--dossier", folder, "--json", ...today], issued.io)).toBe(0);
    const json = JSON.parse(issued.out.join(""));
    // Days worked: (4 × 380 + 14 × 850 + 14 × 180) × 1,2 = 15 940 × 1,2 = 19 128 € TTC.
    expect(json.invoice).toMatchObject({ numero: "FA-2026-0003", ttc: 19128 });
    expect(fs.readFileSync(path.join(folder, "FA-2026-0003.ubl.xml"), "utf8")).toMatch(/<cbc:ID>FA-2026-0003<\/cbc:ID>/);
    // Without -o the workbook itself is updated in place (the folder is for the files).
    expect(fs.readFileSync(file).equals(before)).toBe(false);

    expect(await main(["efacture", file, "--format", "cii", "--dossier", folder, ...today], capture().io)).toBe(0);
    expect(fs.existsSync(path.join(folder, "FA-2026-0003.cii.xml"))).toBe(true);

    const noNumber = capture();
    expect(await main(["avoir", file, ...today], noNumber.io)).toBe(2);
    expect(noNumber.err.join("")).toMatch(/--numero est obligatoire pour cappad avoir/);
    const avoir = capture();
    expect(await main(["avoir", file, "--numero", "FA-2026-0003", "--dossier", folder, ...today], avoir.io)).toBe(0);
    expect(avoir.out.join("")).toMatch(/Avoir FA-2026-0004 émis le 27\/11\/2026 : annule la facture FA-2026-0003/);
    // Every e-invoice the commands wrote conforms (XSD, EN 16931).
    const xml = fs.readdirSync(folder).filter((f) => f.endsWith(".xml")).sort();
    expect(xml).toEqual(["FA-2026-0003.cii.xml", "FA-2026-0003.ubl.xml"]);
    await expectValidEInvoices(xml.map((f) => ({ name: f, xml: fs.readFileSync(path.join(folder, f), "utf8") })));

    const bad = capture();
    expect(await main(["facture", file, "--format", "pdf"], bad.io)).toBe(2);
    expect(bad.err.join("")).toMatch(/--format attend ubl ou cii/);
  });

  test("-o is the output workbook for facture too: the source is never written, the e-invoice goes beside the copy", async () => {
    const file = path.join(tmp, "source.xlsx");
    expect(await main(["new", file, "--demo", ...today], capture().io)).toBe(0);
    const before = fs.readFileSync(file);
    const copy = path.join(tmp, "copies", "copie.xlsx");
    fs.mkdirSync(path.dirname(copy));
    const issued = capture();
    expect(await main(["facture", file, "--emettre", "--format", "ubl", "-o", copy, ...today], issued.io)).toBe(0);
    // The invoice number was taken in the copy only; the source can still issue FA-2026-0003 itself.
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.statSync(copy).isFile()).toBe(true);
    expect(fs.readFileSync(path.join(tmp, "copies", "FA-2026-0003.ubl.xml"), "utf8")).toMatch(/<cbc:ID>FA-2026-0003<\/cbc:ID>/);
    // The copy holds the issued invoice; the source's draft is still to issue, under the same number.
    const inCopy = capture();
    expect(await main(["facture", copy, ...today], inCopy.io)).toBe(0);
    expect(inCopy.out.join("")).toMatch(/déjà été émis : facture FA-2026-0003/);
    const inSource = capture();
    expect(await main(["facture", file, ...today], inSource.io)).toBe(0);
    expect(inSource.out.join("")).toMatch(/Brouillon complet.*FA-2026-0003/);

    // The old way, -o naming a folder, is refused before anything happens (it created a folder named
    // copie.xlsx and issued the invoice in the source).
    const folder = capture();
    expect(await main(["facture", file, "--emettre", "-o", path.join(tmp, "factures2/"), ...today], folder.io)).toBe(2);
    expect(folder.err.join("")).toMatch(/-o désigne le classeur écrit.*--dossier/);
    expect(fs.existsSync(path.join(tmp, "factures2"))).toBe(false);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  test("a verb that takes a number refuses a workbook it cannot write back, before taking it", async () => {
    const file = path.join(tmp, "unwritable.xlsx");
    expect(await main(["new", file, "--demo", ...today], capture().io)).toBe(0);
    const before = fs.readFileSync(file);
    for (const argv of [
      ["facture", file, "--emettre", "--format", "ubl", "-o", path.join(tmp, "absent", "copie.xlsx")],
      ["avoir", file, "--numero", "FA-2026-0001", "-o", path.join(tmp, "absent", "copie.xlsx")],
    ]) {
      const c = capture();
      expect(await main([...argv, ...today], c.io)).toBe(1);
      expect(c.err.join("")).toMatch(/ne peut pas être écrit .* aucun numéro n'a été pris/);
    }
    // A folder where the workbook should be written is not a workbook either.
    const dir = path.join(tmp, "dossier.xlsx");
    fs.mkdirSync(dir);
    const c = capture();
    expect(await main(["facture", file, "--emettre", "-o", dir, ...today], c.io)).toBe(1);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(tmp).filter((f) => f.endsWith(".xml"))).toEqual([]);
  });

  test("devis, couts and facturer", async () => {
    const file = path.join(tmp, "costs.xlsx");
    expect(await main(["new", file, "--demo", ...today], capture().io)).toBe(0);
    // Figer le devis (here FLEUVE's blank technical surcharges) names the next command as the command
    // line runs it, not as a pane button.
    const frozen = capture();
    expect(await main(["figer-devis", file, "--technique", "-o", path.join(tmp, "fige.xlsx"), ...today], frozen.io)).toBe(0);
    expect(frozen.out.join("")).toMatch(/« cappad check » met à jour les colonnes calculées de Budget/);
    const devis = capture();
    expect(await main(["devis", file, ...today], devis.io)).toBe(0);
    expect(devis.out.join("")).toMatch(/Devis HT : FLEUVE 48\u202f150,00\u00a0€/);
    const couts = capture();
    expect(await main(["couts", file, "--json", ...today], couts.io)).toBe(0);
    // One line per line of the demo's Budget (every poste that has costs has its line).
    expect(JSON.parse(couts.out.join("")).budget).toHaveLength(DEMO_BUDGET_ROWS.length);
    const facturer = capture();
    expect(await main(["facturer", file, "--mois", "2026-11", ...today], facturer.io)).toBe(0);
    expect(facturer.out.join("")).toMatch(/Le brouillon a déjà 3 ligne/);
    expect(await main(["facturer", file, ...today], capture().io)).toBe(2);
  });
});
