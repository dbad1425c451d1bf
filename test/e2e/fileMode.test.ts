/**
 * The task pane opened as a plain web page (no Office host): open the demo .xlsx, run the check,
 * download the result and read it back — the path people without the add-in (or on Linux) use.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { openWorkbook } from "../../src/hosts/file/workbook";
import { readSnapshot } from "../../src/hosts/file/read";
import { CHROMIUM, describeWithProgram } from "../helpers/programs";
import { buildPane, openPage, serve, type PageSession } from "./browser";

const shots = path.resolve(__dirname, "../../test-output");

describeWithProgram("task pane in Chromium, file mode", CHROMIUM, (chromiumPath) => {
  let server: Awaited<ReturnType<typeof serve>>;
  let demo: string;

  beforeAll(async () => {
    server = await serve(buildPane());
    demo = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cappad-e2e-")), "demo.xlsx");
    await main(["new", demo, "--demo", "--today", "2026-11-27"], { out: () => undefined, err: () => undefined });
    fs.mkdirSync(shots, { recursive: true });
  }, 180000);

  afterAll(async () => server?.close());

  async function withPage(width: number, body: (s: PageSession) => Promise<void>): Promise<void> {
    const s = await openPage(chromiumPath, server.url + "taskpane.html", { width });
    try {
      await body(s);
    } finally {
      await s.browser.close();
    }
  }

  test("opens the demo workbook, checks it, downloads a result with the Alertes sheet", async () => {
    await withPage(500, async (s) => {
      const { page } = s;
      await page.getByText("Fichier local").waitFor();
      await page.setInputFiles("#file-input", demo);
      await page.getByText("Classeur : demo.xlsx").waitFor();
      await page.click('button[data-action="check"]');
      await page.locator(".status .summary").first().waitFor();
      await page.screenshot({ path: path.join(shots, "volet-fichier-500.png"), fullPage: true });
      const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
      const saved = path.join(os.tmpdir(), `cappad-e2e-${Date.now()}.xlsx`);
      await download.saveAs(saved);
      const snap = readSnapshot(await openWorkbook(new Uint8Array(fs.readFileSync(saved))));
      expect(snap.sheets.map((x) => x.name)).toContain("Alertes");
      expect(snap.tables.Alertes).toBeDefined();
      expect(s.consoleErrors).toEqual([]);
      expect(s.outsideRequests).toEqual([]);
    });
  });

  test("stays usable at 320 px", async () => {
    await withPage(320, async (s) => {
      await s.page.getByText("Fichier local").waitFor();
      const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await s.page.screenshot({ path: path.join(shots, "volet-fichier-320.png"), fullPage: true });
      expect(s.consoleErrors).toEqual([]);
    });
  });
});
