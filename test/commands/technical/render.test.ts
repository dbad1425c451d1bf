/**
 * LibreOffice (a real spreadsheet engine) renders the checked `Rushes` and `Livrables` sheets with
 * their colors: the rows the check flagged are painted orange by the templates' native conditional
 * formats keyed on `Alerte`, and a clean log is not.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkCommand } from "../../../src/commands/check";
import { COLORS } from "../../../src/sheets/render";
import { convert } from "../../helpers/libreoffice";
import { SOFFICE, describeWithProgram, findProgram } from "../../helpers/programs";
import { run } from "../planning/fixtures";
import { card, deliverable, SME, technicalBytes } from "./fixtures";

/** Pixels of each page close to a color, from a PPM render of the PDF. */
function colorPixelsByPage(pdf: string, hex: string): Map<string, number> {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const text = (page: number): string => execFileSync("pdftotext", ["-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
  const out = new Map<string, number>();
  for (let p = 1; p <= pages; p++) {
    const title = text(p).split("\n")[0];
    const ppm = execFileSync("pdftoppm", ["-f", String(p), "-l", String(p), "-r", "40", pdf]);
    // P6 header "P6 <width> <height> <max>" then the RGB bytes.
    const offset = /^P6\s+\d+\s+\d+\s+\d+\s/.exec(ppm.subarray(0, 40).toString("latin1"))![0].length;
    let count = 0;
    for (let i = offset; i + 2 < ppm.length; i += 3) if (Math.abs(ppm[i] - r) < 8 && Math.abs(ppm[i + 1] - g) < 8 && Math.abs(ppm[i + 2] - b) < 8) count++;
    out.set(title, (out.get(title) ?? 0) + count);
  }
  return out;
}

async function renderChecked(bytes: Uint8Array, soffice: string): Promise<string> {
  const checked = (await run(bytes, checkCommand)).bytes!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cappad-rushes-"));
  const input = path.join(dir, "technique.xlsx");
  fs.writeFileSync(input, checked);
  return convert(soffice, input, "pdf", dir);
}

describeWithProgram("LibreOffice renders Rushes and Livrables with their colors", SOFFICE, (soffice) => {
  const havePoppler = findProgram(["pdftoppm"]) !== undefined;
  (havePoppler || process.env.CI ? test : test.skip)(
    "flagged rows are orange, a clean log has none",
    async () => {
      const flagged = await renderChecked(
        await technicalBytes({ rushes: [card(), card({ Support: "B024", "Sauvegarde 2": null, "TC début": "10:00:00:00", "TC fin": "10:30:00:00" })], deliverables: [deliverable({ "Loudness mesuré (LUFS)": -19.8 }), SME] }),
        soffice,
      );
      const orange = colorPixelsByPage(flagged, COLORS.orangeFill);
      const page = (start: string) => [...orange.entries()].find(([title]) => title.startsWith(start))?.[1] ?? -1;
      expect(page("Rushes")).toBeGreaterThan(100);
      expect(page("Livrables")).toBeGreaterThan(100);

      const clean = colorPixelsByPage(await renderChecked(await technicalBytes(), soffice), COLORS.orangeFill);
      const cleanPage = (start: string) => [...clean.entries()].find(([title]) => title.startsWith(start))?.[1] ?? -1;
      expect(cleanPage("Rushes")).toBe(0);
      expect(cleanPage("Livrables")).toBe(0);
    },
    240000,
  );
});
