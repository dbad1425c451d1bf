/**
 * LibreOffice prints what « Préparer la paie » and the check write as a coordinator needs it: one
 * attendance sheet per page with its two signature boxes, and the séance log colored by the templates'
 * native conditional formats (red where the check found an alert, orange on a holiday worked).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkCommand } from "../../../src/commands/check";
import { payrollCommand } from "../../../src/commands/crew/payroll";
import { COLORS } from "../../../src/sheets/render";
import { convert } from "../../helpers/libreoffice";
import { colorPixels, pdfPageTexts } from "../../helpers/pdf";
import { SOFFICE, describeWithProgram, findProgram } from "../../helpers/programs";
import { run } from "../planning/fixtures";
import { crewBytes, person, seance, week } from "./fixtures";

describeWithProgram("LibreOffice prints the payroll sheets", SOFFICE, (soffice) => {
  const havePoppler = findProgram(["pdftoppm"]) !== undefined;
  (havePoppler || process.env.CI ? test : test.skip)(
    "one fiche per page with its signatures; red rows for alerts, orange for the holiday worked",
    async () => {
      const crew = [person("Alice Roy", "Chef monteuse", 1400, "semaine 39 h"), person("Bruno Petit", "Assistant monteur", 900, "semaine 39 h")];
      const seances = [
        ...week("2026-11-02", "Alice Roy", "DOC1", "09:00", "18:00", 60),
        ...week("2026-11-09", "Alice Roy", "DOC1", "09:00", "18:00", 60), // 11/11 (Armistice) worked
        ...week("2026-11-02", "Bruno Petit", "SERIE", "09:00", "18:00", 60, 3),
        seance("2026-11-04", "Bruno Petit", "SERIE", "17:00", "20:00", 0), // overlaps his 3rd day
      ];
      const checked = await run(await crewBytes({ crew, seances }), checkCommand);
      const paid = await run(checked.bytes!, payrollCommand, { month: "2026-11" });
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cappad-paie-pdf-"));
      const input = path.join(dir, "paie.xlsx");
      fs.writeFileSync(input, paid.bytes!);
      const pdf = await convert(soffice, input, "pdf", dir);
      const text = pdfPageTexts(pdf);
      const fichePages = text.filter((t) => t.includes("Signature du salarié"));
      // Alice: 2 weeks on DOC1; Bruno: 1 week on SERIE: 3 fiches, each alone on its page.
      expect(fichePages).toHaveLength(3);
      for (const t of fichePages) {
        expect(t.match(/Fiche de présence — Semaine du/g)).toHaveLength(1);
        expect(t).toMatch(/Signature de l'employeur/);
      }
      const seancesPage = text.findIndex((t) => t.startsWith("Séances (bons de séance)")) + 1;
      expect(colorPixels(pdf, seancesPage, COLORS.redFill)).toBeGreaterThan(100);
      expect(colorPixels(pdf, seancesPage, COLORS.orangeFill)).toBeGreaterThan(20);
    },
    240000,
  );
});
