/**
 * The README's pictures (docs/images/), remade from the code: `npx tsx scripts/captures.ts` (add
 * `classeur` for the printed workbook's only).
 * - the task pane in Excel (the Office.js fake) and in a browser on a file, after "Vérifier et recalculer"
 *   on the demo workbook (Chromium, as the browser tests drive it), and its « Vue d'ensemble » at 320 px;
 * - the checked demo workbook as LibreOffice prints it (the « Planning à imprimer » page of a production,
 *   PDF → PNG with pdftoppm).
 * Needs Chromium, LibreOffice and poppler-utils, as the tests that use them.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkCommand } from "../src/commands/check";
import { runOnBytes } from "../src/hosts/file/runner";
import { buildPane, openPage, serve } from "../test/e2e/browser";
import { fakeOfficeInit } from "../test/e2e/fakeOffice";
import { DEMO_NOW, runAction } from "../test/e2e/pane";
import { convert } from "../test/helpers/libreoffice";
import { pdfPageTexts } from "../test/helpers/pdf";
import { CHROMIUM, findProgram, SOFFICE } from "../test/helpers/programs";
import { demoXlsx, TODAY } from "../test/taskpane/helpers";

const images = path.resolve(__dirname, "../docs/images");

async function paneImages(chromium: string, demo: Uint8Array): Promise<void> {
  const server = await serve(buildPane());
  try {
    const excel = await openPage(chromium, server.url + "taskpane.html", { width: 340, height: 1000, office: "empty", init: fakeOfficeInit({ xlsx: demo }), fixedTime: DEMO_NOW });
    await excel.page.locator("#choice-production option", { hasText: "FLEUVE" }).waitFor({ state: "attached" });
    await runAction(excel.page, "check");
    await excel.page.evaluate(() => window.scrollTo(0, 0));
    await excel.page.screenshot({ path: path.join(images, "volet-excel.png") });
    await excel.browser.close();

    const file = await openPage(chromium, server.url + "taskpane.html", { width: 500, height: 1000, fixedTime: DEMO_NOW });
    const demoPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cappad-captures-")), "demo.xlsx");
    fs.writeFileSync(demoPath, demo);
    await file.page.setInputFiles("#file-input", demoPath);
    await file.page.locator("#choice-production option", { hasText: "FLEUVE" }).waitFor({ state: "attached" });
    await runAction(file.page, "check");
    await file.page.evaluate(() => window.scrollTo(0, 0));
    const box = (await file.page.locator(".alerts-panel").boundingBox())!; // page coordinates, the page being at its top
    await file.page.screenshot({ path: path.join(images, "volet-alertes.png"), clip: { x: 0, y: box.y - 8, width: 500, height: 760 }, fullPage: true });
    // « Vue d'ensemble » unfolded in a 320 px pane: the PAD timeline and the coming weeks' load.
    await file.page.setViewportSize({ width: 320, height: 1000 });
    await file.page.locator("#overview details.overview summary").click();
    await file.page.locator('[data-chart="workload"] svg[role="img"]').waitFor();
    await file.page.locator("#overview").screenshot({ path: path.join(images, "volet-vue-ensemble.png") });
    await file.browser.close();
  } finally {
    await server.close();
  }
}

async function workbookImage(soffice: string, demo: Uint8Array): Promise<void> {
  const checked = (await runOnBytes(demo, checkCommand, { today: TODAY })).bytes!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cappad-captures-"));
  const xlsx = path.join(dir, "classeur-verifie.xlsx");
  fs.writeFileSync(xlsx, checked);
  const pdf = await convert(soffice, xlsx, "pdf", dir);
  // The printable planning of the first production: its tasks with their computed dates, statuses and colors.
  const page = pdfPageTexts(pdf).findIndex((t) => t.includes("Production FLEUVE — ") && t.includes("Échéance")) + 1;
  if (page < 1) throw new Error("page du planning introuvable dans le PDF");
  // A landscape page fitted to width is mostly blank: keep the printed area (bounding box of non-white pixels).
  const args = ["-f", String(page), "-l", String(page), "-r", "110"];
  const box = inkBox(execFileSync("pdftoppm", [...args, pdf], { maxBuffer: 64 * 1024 * 1024 }));
  const crop = ["-x", String(box.x), "-y", String(box.y), "-W", String(box.w), "-H", String(box.h)];
  execFileSync("pdftoppm", [...args, ...crop, "-png", "-singlefile", pdf, path.join(images, "classeur-planning")]);
}

/** Bounding box (with a margin) of the pixels that are not white in a P6 PPM image. */
function inkBox(ppm: Buffer): { x: number; y: number; w: number; h: number } {
  const header = /^P6\s+(\d+)\s+(\d+)\s+\d+\s/.exec(ppm.subarray(0, 40).toString("latin1"))!;
  const [width, height, offset] = [Number(header[1]), Number(header[2]), header[0].length];
  let [left, top, right, bottom] = [width, height, 0, 0];
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = offset + 3 * (y * width + x);
      if (ppm[i] > 245 && ppm[i + 1] > 245 && ppm[i + 2] > 245) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  const m = 12;
  const x = Math.max(0, left - m);
  const y = Math.max(0, top - m);
  return { x, y, w: Math.min(width, right + m) - x, h: Math.min(height, bottom + m) - y };
}

/** `npx tsx scripts/captures.ts` remakes every picture; `… classeur` only the printed workbook's. */
async function main(): Promise<void> {
  const onlyWorkbook = process.argv[2] === "classeur";
  const chromium = findProgram(CHROMIUM);
  const soffice = findProgram(SOFFICE);
  if ((!chromium && !onlyWorkbook) || !soffice) throw new Error("Chromium et LibreOffice sont nécessaires (apt-get install chromium libreoffice-calc-nogui poppler-utils).");
  fs.mkdirSync(images, { recursive: true });
  const demo = await demoXlsx();
  if (!onlyWorkbook) await paneImages(chromium!, demo);
  await workbookImage(soffice, demo);
  for (const f of fs.readdirSync(images)) console.log(`${f} : ${(fs.statSync(path.join(images, f)).size / 1024).toFixed(0)} Ko`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
