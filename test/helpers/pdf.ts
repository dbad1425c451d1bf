/** Reading a PDF that LibreOffice printed (poppler's pdfinfo, pdftotext, pdftoppm): page texts, colored pixels. */
import { execFileSync } from "child_process";

/** The text of each page, in order. */
export function pdfPageTexts(pdf: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
  return Array.from({ length: count }, (_, i) => execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), pdf, "-"], { encoding: "utf8" }));
}

/** Pixels of a page (1-based) close to a `#RRGGBB` color, from a 40 dpi render. */
export function colorPixels(pdf: string, page: number, hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const ppm = execFileSync("pdftoppm", ["-f", String(page), "-l", String(page), "-r", "40", pdf]);
  // P6 header "P6 <width> <height> <max>" then the RGB bytes.
  const offset = /^P6\s+\d+\s+\d+\s+\d+\s/.exec(ppm.subarray(0, 40).toString("latin1"))![0].length;
  let count = 0;
  for (let i = offset; i + 2 < ppm.length; i += 3) if (Math.abs(ppm[i] - r) < 8 && Math.abs(ppm[i + 1] - g) < 8 && Math.abs(ppm[i + 2] - b) < 8) count++;
  return count;
}
