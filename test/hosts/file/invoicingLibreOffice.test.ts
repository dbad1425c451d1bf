/**
 * The draft's totals preview (native formulas over `LignesFacture`, VAT per rate on the sum of the
 * lines) recalculated by LibreOffice, a real spreadsheet engine, agrees with the invoice engine's
 * totals, to the cent.
 */
import * as fs from "fs";
import { checkCommand } from "../../../src/commands/check";
import { invoiceIssueCommand } from "../../../src/commands/invoicing/issue";
import { openWorkbook } from "../../../src/hosts/xlsx/workbook";
import { recalculate } from "../../helpers/libreoffice";
import { describeWithProgram, SOFFICE } from "../../helpers/programs";
import { demoBytes, TODAY } from "../../commands/planning/fixtures";
import { run, typeInto } from "../../commands/invoicing/helpers";

describeWithProgram("invoice draft totals recalculated by LibreOffice", SOFFICE, (soffice) => {
  test("Total HT, VAT per rate and TTC of the preview equal the engine's totals (three VAT rates)", async () => {
    // The demo draft, one line moved to 10 % (authors' rights) and one to 5,5 %: 3 rates.
    let bytes = await typeInto(await demoBytes(), "LignesFacture", 1, "TVA (%)", 10);
    bytes = await typeInto(bytes, "LignesFacture", 2, "TVA (%)", 5.5);
    const checked = (await run(bytes, checkCommand, {}, TODAY)).bytes!;
    const dry = await run(checked, invoiceIssueCommand, { issue: true }, TODAY);
    const engine = dry.report.sections.invoice as { ht: number; ttc: number; tvaParTaux: { taux: number; tva: number }[] };
    const wb = await openWorkbook(new Uint8Array(fs.readFileSync(await recalculate(soffice, checked, "facture.xlsx"))));
    const ws = wb.getWorksheet("Facture")!;
    const result = (address: string): unknown => {
      const v = ws.getCell(address).value as { result?: unknown } | number;
      return typeof v === "object" && v !== null ? v.result : v;
    };
    // Hugo's 4 days worked (4 × 380 = 1 520 €) at 20 %, Léa's 14 × 850 = 11 900 € at 10 %, the room's
    // 14 × 180 = 2 520 € at 5,5 %: VAT 304 + 1 190 + 138,60 = 1 632,60 €; HT 15 940 €; TTC 17 572,60 €
    // (18 028,60 € when his five séances were billed as five days).
    expect(result("H4")).toBe(engine.ht);
    expect([result("H5"), result("H6"), result("H7")]).toEqual([20, 10, 5.5].map((t) => engine.tvaParTaux.find((b) => b.taux === t)!.tva));
    expect(result("H8")).toBe(engine.ttc);
    expect(engine.ttc).toBe(17572.6);
  });
});
