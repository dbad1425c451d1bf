/**
 * The demo's « Proposition au producteur » as LibreOffice prints it after a check: FLEUVE (the only
 * production with scenarios) on one A4 portrait page, no text under 8 pt, its options, the
 * recommendation and the « Bon pour accord » boxes on that page. The other sheets are removed before
 * printing, so that the PDF is this sheet's alone.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkCommand } from "../../../src/commands/check";
import { runOnBytes } from "../../../src/hosts/file/runner";
import { openWorkbook, saveWorkbook } from "../../../src/hosts/xlsx/workbook";
import { PROPOSAL_SHEET } from "../../../src/sheets/contract/sheets";
import { MIN_PRINTED_POINTS } from "../../../src/sheets/print";
import { convert } from "../../helpers/libreoffice";
import { pdfPageTexts, pdfTextSizes } from "../../helpers/pdf";
import { SOFFICE, describeWithProgram, findProgram } from "../../helpers/programs";
import { demoBytes, TODAY } from "../../commands/planning/fixtures";

describeWithProgram("LibreOffice prints the proposal to the producer", SOFFICE, (soffice) => {
  const poppler = findProgram(["pdftotext"]) !== undefined;
  (poppler || process.env.CI ? test : test.skip)(
    "FLEUVE on one A4 portrait page, at 8 pt or more, with its options and the acceptance boxes",
    async () => {
      const checked = (await runOnBytes(await demoBytes(), checkCommand, { today: TODAY, options: {} })).bytes!;
      const wb = await openWorkbook(checked);
      for (const ws of [...wb.worksheets]) if (ws.name !== PROPOSAL_SHEET) wb.removeWorksheet(ws.id);
      expect(wb.worksheets.map((w) => w.name)).toEqual([PROPOSAL_SHEET]);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cappad-proposition-"));
      const input = path.join(dir, "proposition.xlsx");
      fs.writeFileSync(input, await saveWorkbook(wb));
      const pdf = await convert(soffice, input, "pdf", dir);
      const pages = pdfPageTexts(pdf);
      expect(pages).toHaveLength(1);
      // A4 portrait: 595 × 842 points.
      expect(execFileSync("pdfinfo", [pdf], { encoding: "utf8" })).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      const sizes = pdfTextSizes(pdf)[0];
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_PRINTED_POINTS);
      const text = pages[0].replace(/\s+/g, " ");
      for (const wanted of ["Production FLEUVE", "Plan actuel", "Deuxième monteur", "Samedis au mix", "PAD décalé", "Surcoût HT", "Nous recommandons « Deuxième monteur »", "Bon pour accord", "Nom et qualité", "Signature"])
        expect({ wanted, found: text.includes(wanted) }).toEqual({ wanted, found: true });
      fs.rmSync(dir, { recursive: true, force: true });
    },
    120000,
  );
});
