/**
 * The demo as LibreOffice prints it, after the README's commands (check, paie, depassement): no text
 * under 8 pt on any page (read from the PDF's content streams: font size × text matrix), every
 * attendance sheet alone on its A4 page with its totals and both signature boxes, each production's
 * printable planning and overrun report on one page. Before, Productions and Planning printed at about
 * 5 pt and the fiches ran together once another command rewrote the file.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkCommand } from "../../../src/commands/check";
import { payrollCommand } from "../../../src/commands/crew/payroll";
import { overrunCommand } from "../../../src/commands/planning/overrun";
import { runOnBytes } from "../../../src/hosts/file/runner";
import { openWorkbook } from "../../../src/hosts/xlsx/workbook";
import { ATTENDANCE_PAGE, ATTENDANCE_SHEET } from "../../../src/sheets/contract/sheets";
import { MIN_PRINTED_POINTS } from "../../../src/sheets/print";
import { convert } from "../../helpers/libreoffice";
import { pdfPageTexts, pdfTextSizes } from "../../helpers/pdf";
import { SOFFICE, describeWithProgram, findProgram } from "../../helpers/programs";
import { demoBytes, TODAY } from "../../commands/planning/fixtures";

const firstLine = (text: string): string => text.split("\n").find((l) => l.trim() !== "")?.trim() ?? "";

describeWithProgram("LibreOffice prints the demo", SOFFICE, (soffice) => {
  const poppler = findProgram(["pdftotext"]) !== undefined;
  (poppler || process.env.CI ? test : test.skip)(
    "text at 8 pt or more everywhere; one fiche per page with its signatures; one page per production",
    async () => {
      let bytes = await demoBytes();
      for (const [command, options] of [
        [checkCommand, {}],
        [payrollCommand, { month: "2026-11" }],
        [overrunCommand, {}],
      ] as const)
        bytes = (await runOnBytes(bytes, command, { today: TODAY, options })).bytes ?? bytes;
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cappad-demo-pdf-"));
      const input = path.join(dir, "demo.xlsx");
      fs.writeFileSync(input, bytes);
      const pdf = await convert(soffice, input, "pdf", dir);
      const texts = pdfPageTexts(pdf);
      const sizes = pdfTextSizes(pdf);
      expect(sizes).toHaveLength(texts.length);

      // No page prints text under 8 pt (each page named by its first line when one does).
      const small = sizes.flatMap((s, i) => (s.length && Math.min(...s) < MIN_PRINTED_POINTS ? [`page ${i + 1} (${firstLine(texts[i])}) : ${Math.min(...s).toFixed(2)} pt`] : []));
      expect(small).toEqual([]);
      expect(sizes.every((s) => s.length > 0)).toBe(true);

      // Every fiche on its own page, with the week's totals and both signature boxes.
      const wb = await openWorkbook(bytes);
      const fiches: string[] = [];
      wb.getWorksheet(ATTENDANCE_SHEET)!.eachRow((row) => {
        const v = row.getCell(1).value;
        if (typeof v === "string" && ATTENDANCE_PAGE.test(v)) fiches.push(v);
      });
      const fichePages = texts.filter((t) => /Fiche de présence — Semaine du/.test(t));
      expect(fiches.length).toBeGreaterThan(1);
      expect(fichePages).toHaveLength(fiches.length);
      for (const t of fichePages) {
        expect(t.match(/Fiche de présence — Semaine du/g)).toHaveLength(1);
        expect(t).toMatch(/Total : \d+ jour\(s\) travaillé\(s\)/);
        expect(t).toMatch(/Signature du salarié/);
        expect(t).toMatch(/Signature de l'employeur/);
      }

      // « Planning à imprimer » and « Depassement »: each production on exactly one page.
      const productions = (wb.getWorksheet("Productions")!.getColumn(1).values as unknown[]).filter((v): v is string => typeof v === "string" && /^[A-Z0-9]+$/.test(v));
      expect(productions).toEqual(["FLEUVE", "GLACIER"]);
      for (const code of productions) {
        const planning = texts.filter((t) => t.includes(`Production ${code} — `) && t.includes("Échéance"));
        expect({ code, pages: planning.length }).toEqual({ code, pages: 1 });
        const overrun = texts.filter((t) => t.includes(`Production ${code} — `) && t.includes("Glissement"));
        expect({ code, pages: overrun.length }).toEqual({ code, pages: 1 });
      }
    },
    300000,
  );
});
