/**
 * The reminder letters as LibreOffice prints them: one A4 page per letter (the formal notice, the
 * longest, included), each from its reference line down to its signature box, nothing of a letter on
 * another page, the list of invoices reminded recently kept off paper, and no text under 8 pt.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { remindersCommand } from "../../../src/commands/accounts/reminders";
import { MIN_PRINTED_POINTS } from "../../../src/sheets/print";
import { convert } from "../../helpers/libreoffice";
import { pdfPageTexts, pdfTextSizes } from "../../helpers/pdf";
import { SOFFICE, describeWithProgram, findProgram } from "../../helpers/programs";
import { run } from "../../commands/invoicing/helpers";
import { D, overdueWorkbook } from "../../commands/accounts/reminderFixtures";

/** The letters a run wrote today (`lettre`), by invoice and level. */
const lettersOf = (sections: unknown): string[][] => (sections as { facture: string; niveau: string; lettre: boolean }[]).filter((x) => x.lettre).map((x) => [x.facture, x.niveau.toLowerCase()]);

async function printed(soffice: string, bytes: Uint8Array): Promise<{ texts: string[]; sizes: number[][] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cappad-relances-pdf-"));
  const input = path.join(dir, "relances.xlsx");
  fs.writeFileSync(input, bytes);
  const pdf = await convert(soffice, input, "pdf", dir);
  return { texts: pdfPageTexts(pdf), sizes: pdfTextSizes(pdf) };
}

/** Each letter on its own page, whole, at 8 pt or more; the list of waiting invoices off paper. */
function expectLetterPages({ texts, sizes }: { texts: string[]; sizes: number[][] }, letters: string[][]): void {
  const pages = texts.flatMap((t, i) => (/N\/Réf\. : facture/.test(t) ? [i] : []));
  expect(pages.map((i) => /N\/Réf\. : facture (\S+) — (.+)/.exec(texts[i])!.slice(1, 3))).toEqual(letters);
  for (const i of pages) {
    const t = texts[i];
    expect(t.match(/N\/Réf\. : facture/g)).toHaveLength(1);
    for (const part of ["Studio Cap Nord", "Objet :", "Madame, Monsieur,", "Total réclamé", "IBAN", "salutations", "Nom, qualité et signature"]) expect({ page: i + 1, part, found: t.includes(part) }).toEqual({ page: i + 1, part, found: true });
    expect(Math.min(...sizes[i])).toBeGreaterThanOrEqual(MIN_PRINTED_POINTS);
  }
  // Nothing of a letter elsewhere (a letter cut in two would put its end on the next page).
  expect(texts.filter((t) => /Total réclamé|salutations distinguées|Nom, qualité et signature/.test(t))).toHaveLength(pages.length);
  expect(texts.some((t) => /sans lettre aujourd'hui|Cap PAD — Relances du/.test(t))).toBe(false);
}

describeWithProgram("LibreOffice prints the reminder letters", SOFFICE, (soffice) => {
  const poppler = findProgram(["pdftotext"]) !== undefined;
  (poppler || process.env.CI ? test : test.skip)(
    "one page per letter, whole, at 8 pt or more; the waiting list stays on screen",
    async () => {
      let bytes = await overdueWorkbook();
      let letters: string[][] = [];
      // FA-2026-0001: first reminder on 15/08, second on 24/08; FA-2026-0002: first on 20/08, so on
      // 24/08 it waits (listed, not printed).
      for (const day of ["2026-08-15", "2026-08-20", "2026-08-24"]) {
        const r = await run(bytes, remindersCommand, {}, D(day));
        bytes = r.bytes!;
        letters = lettersOf(r.report.sections.reminders);
      }
      expect(letters).toEqual([["FA-2026-0001", "seconde relance"]]);
      expectLetterPages(await printed(soffice, bytes), letters);
      // 05/09: the formal notice (the longest letter) and FA-2026-0002's second reminder.
      const notice = await run(bytes, remindersCommand, {}, D("2026-09-05"));
      letters = lettersOf(notice.report.sections.reminders);
      expect(letters).toEqual([
        ["FA-2026-0001", "mise en demeure"],
        ["FA-2026-0002", "seconde relance"],
      ]);
      expectLetterPages(await printed(soffice, notice.bytes!), letters);
    },
    300000,
  );
});
