import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { parseAmountCents } from "../../src/commands/accounts/payment";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, text: () => out.join("") + err.join(""), out: () => out.join("") };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cappad-pay-"));
const run = async (...args: string[]) => {
  const c = capture();
  const code = await main(args, c.io);
  return { code, text: c.text(), out: c.out() };
};

describe("cappad paiement", () => {
  const demo = path.join(tmp, "demo.xlsx");
  beforeAll(async () => {
    expect((await run("new", demo, "--demo", "--today", "2026-11-27")).code).toBe(0);
  });

  it("reads a French amount: 1 200,50 → 120 050 cents; refuses zero and three decimals", () => {
    expect(parseAmountCents("1 200,50")).toBe(120050);
    expect(parseAmountCents("1200")).toBe(120000);
    expect(parseAmountCents("0,00")).toBeUndefined();
    expect(parseAmountCents("12,345")).toBeUndefined();
  });

  it("pays the rest of a supplier invoice (504,00 € due on MS-88213), then says it is already recorded", async () => {
    const out = path.join(tmp, "paid.xlsx");
    const first = await run("paiement", demo, "--facture", "MS-88213", "--montant", "504,00", "--date", "2026-11-27", "--today", "2026-11-27", "-o", out);
    expect(first.text).toMatch(/Paiement enregistré : 504,00.€ .*reste dû 0,00.€/);
    const again = await run("paiement", out, "--facture", "MS-88213", "--montant", "504,00", "--date", "2026-11-27", "--today", "2026-11-27");
    expect(again.text).toMatch(/Déjà enregistré/);
    // The payment settles it: the check no longer lists it as overdue.
    const check = await run("check", out, "--today", "2026-11-27", "--json", "-o", path.join(tmp, "checked.xlsx"));
    const report = JSON.parse(check.out);
    expect(report.accounts.payables.map((p: { facture: string }) => p.facture)).not.toContain("MS-88213");
  });

  it("refuses an overpayment (1 488,00 − 744,00 = 744,00 € still due on LNN-2026-0431) and an unknown invoice", async () => {
    const over = await run("paiement", demo, "--facture", "LNN-2026-0431", "--montant", "744,01", "--today", "2026-11-27", "-o", path.join(tmp, "x.xlsx"));
    expect(over.text).toMatch(/dépasse ce qui reste dû .*744,00/);
    const unknown = await run("paiement", demo, "--facture", "NOPE-1", "--montant", "5", "--today", "2026-11-27", "-o", path.join(tmp, "y.xlsx"));
    expect(unknown.text).toMatch(/NOPE-1 n'est ni dans le registre Factures ni dans les Achats/);
  });
});
