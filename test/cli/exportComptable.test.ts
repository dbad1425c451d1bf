/**
 * `cappad export-comptable` on the demo: the FEC checked column by column against article A47 A-1 of
 * the LPF (header exact, 18 fields, dates AAAAMMJJ, amounts with a comma, mandatory fields filled,
 * balance per entry and in total, numbering without gap per journal), then an invoice and its credit note.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { FEC_FIELDS, FEC_MANDATORY } from "../../src/core/accounts/fec";

function capture() {
  const out: string[] = [];
  return {
    io: { out: (s: string) => void out.push(s), err: () => undefined },
    out,
  };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cappad-fec-"));
const today = ["--today", "2026-11-27"];

/** The FEC's records as field maps, read back from ISO 8859-15. */
function readFec(file: string): {
  header: string;
  records: Record<string, string>[];
  raw: string[][];
} {
  const text = fs.readFileSync(file, "latin1");
  const lines = text.split("\r\n");
  expect(lines.pop()).toBe("");
  const raw = lines.slice(1).map((l) => l.split("\t"));
  return {
    header: lines[0],
    raw,
    records: raw.map((cells) => Object.fromEntries(FEC_FIELDS.map((f, k) => [f, cells[k]]))),
  };
}

const cents = (amount: string): number => {
  expect(amount).toMatch(/^-?\d+,\d{2}$/);
  return Number(amount.replace(",", ".")) * 100;
};

describe("cappad export-comptable", () => {
  test("the demo's FEC meets the specification column by column", async () => {
    const file = path.join(tmp, "demo.xlsx");
    expect(await main(["new", file, "--demo", ...today], capture().io)).toBe(0);
    expect(await main(["facture", file, "--emettre", ...today], capture().io)).toBe(0);
    // The November draft is issued after the demo's two October invoices; its credit note takes the next number.
    expect(await main(["avoir", file, "--numero", "FA-2026-0003", ...today], capture().io)).toBe(0);
    const before = fs.readFileSync(file);
    const run = capture();
    expect(await main(["export-comptable", file, "--du", "2026-01-01", "--au", "2026-12-31", "--json", ...today], run.io)).toBe(0);
    // The export writes its TVA sheet in the workbook.
    expect(fs.readFileSync(file).equals(before)).toBe(false);
    const json = JSON.parse(run.out.join(""));
    // Demo company SIREN 912345675, closing date 31/12/2026.
    expect(json.fec.fichier).toBe("912345675FEC20261231.txt");
    const { header, records, raw } = readFec(path.join(tmp, json.fec.fichier));

    expect(header).toBe(FEC_FIELDS.join("\t"));
    for (const cells of raw) expect(cells).toHaveLength(18);
    for (const r of records) {
      for (const f of FEC_MANDATORY) expect(`${f}=${r[f]}`).not.toBe(`${f}=`);
      for (const f of ["EcritureDate", "PieceDate", "ValidDate"]) expect(r[f]).toMatch(/^20\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/);
      expect(r.CompteNum).toMatch(/^\d{3}/);
      // Exactly one side filled; pairs left blank together.
      expect((cents(r.Debit) === 0) !== (cents(r.Credit) === 0)).toBe(true);
      expect(r.CompAuxNum === "").toBe(r.CompAuxLib === "");
      expect([r.EcritureLet, r.DateLet, r.Montantdevise, r.Idevise]).toEqual(["", "", "", ""]);
    }
    // Balance per entry and in total.
    const balance = new Map<string, number>();
    for (const r of records) balance.set(r.EcritureNum, (balance.get(r.EcritureNum) ?? 0) + cents(r.Debit) - cents(r.Credit));
    expect([...balance.values()].every((b) => Math.abs(b) < 0.5)).toBe(true);
    expect(json.fec.totalDebit).toBe(json.fec.totalCredit);
    // Numbering: continuous per journal, increasing with the dates.
    for (const j of ["VT", "HA", "BQ"]) {
      const nums = [...new Set(records.filter((r) => r.JournalCode === j).map((r) => r.EcritureNum))];
      expect(nums).toEqual(nums.map((_, i) => `${j}${String(i + 1).padStart(6, "0")}`));
    }
    const dates = [...new Map(records.map((r) => [r.EcritureNum, r.EcritureDate])).entries()];
    for (const j of ["VT", "HA", "BQ"]) {
      const ds = dates.filter(([n]) => n.startsWith(j)).map(([, dt]) => dt);
      expect([...ds].sort()).toEqual(ds);
    }
    // 411, in date order: the October invoices (GLACIER 3 600 €, FLEUVE 5 760 € TTC), their receipts in
    // November (half of FLEUVE's on 13/11, GLACIER's in full on 20/11, by their transfer references), then
    // the November invoice (15 940 € HT, 19 128 € TTC) and its credit note: debited then credited 19 128,00.
    const clients = records.filter((r) => r.CompteNum === "411000");
    expect(clients.map((r) => [r.PieceRef, r.Debit, r.Credit])).toEqual([
      ["FA-2026-0001", "3600,00", "0,00"],
      ["FA-2026-0002", "5760,00", "0,00"],
      ["FILMS DU FLEUVE FA-2026-0002 PARTIEL", "0,00", "2880,00"],
      ["NORD SUD DOC FA-2026-0001", "0,00", "3600,00"],
      ["FA-2026-0003", "19128,00", "0,00"],
      ["FA-2026-0004", "0,00", "19128,00"],
    ]);
    // The demo's supplier invoices all carry their VAT rate: none is posted without VAT.
    expect(json.alerts.filter((a: { code: string }) => a.code === "COMPTA_TVA_INCONNUE")).toEqual([]);
    // VAT on receipts: collected in November on the October invoices' receipts, nothing in October (issued,
    // not paid) nor on the November invoice its credit note cancels: FA-2026-0002's 2 880 € TTC (2 400 € HT,
    // 480 € VAT) and FA-2026-0001's 3 600 € (3 000 € HT, 600 € VAT) = 5 400 € HT, 1 080 € VAT at 20 %.
    // Deductible in November, on what was paid (services): LNN-2026-0412 paid in full on 25/11 (« Payé le »,
    // 1 850 € HT, 370 € VAT) and half of LNN-2026-0431 on 26/11 (744 of 1 488 € TTC: 620 € HT, 124 € VAT)
    // = 2 470 € HT, 494 € VAT at 20 %. MS-88213, NS-2611-027 and AP-2026-117 are unpaid: not deductible yet.
    expect(json.tva.map((m: { mois: string; collectee: unknown[]; deductible: unknown[] }) => [m.mois, m.collectee, m.deductible])).toEqual([
      ["2026-11", [{ taux: 20, base: 5400, tva: 1080 }], [{ taux: 20, base: 2470, tva: 494 }]],
    ]);
  });

  test("-o names the FEC file; run twice, the same FEC", async () => {
    const file = path.join(tmp, "demo.xlsx");
    const out = path.join(tmp, "export.txt");
    const args = ["export-comptable", file, "--du", "2026-11-01", "--au", "2026-11-30", "-o", out, ...today];
    expect(await main(args, capture().io)).toBe(0);
    const first = fs.readFileSync(out);
    expect(first.toString("latin1").split("\r\n")[0]).toBe(FEC_FIELDS.join("\t"));
    expect(await main(args, capture().io)).toBe(0);
    expect(fs.readFileSync(out).equals(first)).toBe(true);
  });

  test("the user's own chart of accounts is used: 411000 renumbered 411100", async () => {
    const file = path.join(tmp, "demo.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet("PlanComptable")!.eachRow((row) => {
      if (row.getCell(1).value === "411000") row.getCell(1).value = "411100";
      // A bank account that is not a PCG number: left out with its alert, the bank falls back to 471000.
      if (row.getCell(1).value === "512000") row.getCell(1).value = "BANQUE";
    });
    const own = path.join(tmp, "own-chart.xlsx");
    await wb.xlsx.writeFile(own);
    const out = path.join(tmp, "own.txt");
    const run = capture();
    expect(await main(["export-comptable", own, "--du", "2026-11-01", "--au", "2026-11-30", "-o", out, "--json", ...today], run.io)).toBe(0);
    expect(JSON.parse(run.out.join("")).fec.planComptable).toBe("PlanComptable");
    const accounts = fs
      .readFileSync(out, "latin1")
      .split("\r\n")
      .slice(1, -1)
      .map((l) => l.split("\t")[4]);
    expect(accounts).toContain("411100");
    expect(accounts).not.toContain("411000");
  });
});
