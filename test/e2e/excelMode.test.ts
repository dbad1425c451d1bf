/**
 * The built task pane in Chromium as Excel would host it: `Office` and `Excel` are the in-memory fake
 * workbook (bundled for the browser, installed before the pane's scripts), office.js from the CDN is an
 * empty script. A coordinator's flow — example workbook, check, payroll, invoice — is clicked through
 * and what the fake workbook holds is asserted, with the syncs each action cost.
 */
import { CHROMIUM, describeWithProgram } from "../helpers/programs";
import { expectValidEInvoices } from "../helpers/schemas";
import { demoXlsx } from "../taskpane/helpers";
import { buildPane, openPage, serve, type PageSession } from "./browser";
import { fakeOfficeInit, type FakeInstallOptions } from "./fakeOffice";
import { collectDownloads, DEMO_NOW, expectCleanPage, horizontalOverflow, runAction, shot } from "./pane";
import * as fs from "fs";

interface FakeView {
  sheets: string[];
  /** Per Excel.run: its options and the number of syncs it took. */
  runs: { options: unknown; syncs: number }[];
  selection?: { sheet: string; address: string };
  factures: number;
  cell(sheet: string, address: string): unknown;
}

/** What the fake workbook in the page holds. */
async function fakeState(page: PageSession["page"], cells: [string, string][] = []): Promise<Omit<FakeView, "cell"> & { cells: unknown[] }> {
  return page.evaluate((cells) => {
    type Fake = {
      runs: { options?: unknown }[];
      syncsOfRun(n: number): unknown[];
      state: { sheets: { name: string }[]; selection?: { sheet: string; address: string } };
      tableRows(name: string): unknown[][];
      value(sheet: string, address: string): unknown;
    };
    const fake = (window as unknown as { CapPadFake: { current: Fake } }).CapPadFake.current;
    const rows = (() => {
      try {
        return fake.tableRows("Factures").filter((r) => r.some((v) => v !== "")).length;
      } catch {
        return 0;
      }
    })();
    return {
      sheets: fake.state.sheets.map((s) => s.name),
      runs: fake.runs.map((r, i) => ({ options: r.options, syncs: fake.syncsOfRun(i + 1).length })),
      selection: fake.state.selection,
      factures: rows,
      cells: cells.map(([s, a]) => fake.value(s, a)),
    };
  }, cells);
}

describeWithProgram("task pane in Chromium, inside Excel (Office.js fake)", CHROMIUM, (chromiumPath) => {
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    server = await serve(buildPane());
  }, 240000);
  afterAll(async () => server?.close());

  async function withExcel(width: number, fake: FakeInstallOptions, body: (s: PageSession) => Promise<void>): Promise<void> {
    const s = await openPage(chromiumPath, server.url + "taskpane.html", { width, office: "empty", init: fakeOfficeInit(fake), fixedTime: DEMO_NOW });
    try {
      await s.page.getByText("Dans Excel").waitFor();
      await body(s);
    } finally {
      await s.browser.close();
    }
  }

  test("example workbook, check, payroll, invoice: the workbook holds each result, each action in at most 3 syncs", async () => {
    await withExcel(500, {}, async (s) => {
      const { page } = s;
      const downloads = collectDownloads(page);
      await page.screenshot({ path: shot("volet-excel-vide-500.png"), fullPage: true });

      await runAction(page, "template-demo");
      let state = await fakeState(page);
      expect(state.sheets).toEqual(expect.arrayContaining(["Feuil1", "Productions", "Planning", "Equipe", "Seances", "Facture", "Factures"]));
      await page.locator("#choice-production option", { hasText: "GLACIER" }).waitFor({ state: "attached" });

      await runAction(page, "check");
      state = await fakeState(page, [["Alertes", "A1"]]);
      expect(String(state.cells[0])).toMatch(/^Cap PAD/);
      const links = page.locator(".alerts-panel .alert .link");
      expect(await links.count()).toBeGreaterThan(0);
      const target = (await links.first().innerText()).replace(/^Aller à /, "");
      const selectRun = state.runs.length; // 0-based index of the run the link makes
      await links.first().click();
      await page.waitForFunction(() => Boolean((window as unknown as { CapPadFake: { current: { state: { selection?: unknown } } } }).CapPadFake.current.state.selection));
      state = await fakeState(page);
      expect(`${state.selection!.sheet}!${state.selection!.address}`).toBe(target);
      await page.screenshot({ path: shot("volet-excel-500.png"), fullPage: true });

      await page.selectOption("#choice-month", "2026-11");
      const payroll = await runAction(page, "payroll");
      expect(await payroll.innerText()).toMatch(/Paie estimée de novembre 2026/);
      state = await fakeState(page);
      expect(state.sheets).toContain("Paie");

      await runAction(page, "invoice-issue");
      state = await fakeState(page);
      // The demo's two October invoices, then November's; the picker offers it first and has it chosen.
      expect(state.factures).toBe(3);
      const number = await page.locator("#choice-invoice option").first().getAttribute("value");
      expect(number).toBe("FA-2026-0003");
      expect(await page.locator("#choice-invoice").inputValue()).toBe(number);
      expect(state.sheets).toContain(number);

      const exported = await runAction(page, "e-invoice", { format: "cii" });
      expect(await exported.getAttribute("class")).toMatch(/\bok\b/);
      const files = await downloads.files();
      const csv = files.find((f) => f.name.endsWith(".csv"))!;
      expect(fs.readFileSync(csv.path, "utf8")).toMatch(/Nom|Salarié/);
      const xml = files.find((f) => f.name.endsWith(".xml"))!;
      expect(fs.readFileSync(xml.path, "utf8")).toContain(number);
      await expectValidEInvoices([{ name: xml.name, xml: fs.readFileSync(xml.path, "utf8") }]);

      // Every Excel.run waited for cell edits and took at most 3 syncs (the first one reads the workbook once).
      state = await fakeState(page);
      expect(state.runs.length).toBeGreaterThanOrEqual(7);
      // (The first run is the pane's first look; the alert link's selection is not a command.)
      expect(state.runs[selectRun].syncs).toBe(2);
      for (const r of state.runs.filter((_, i) => i > 0 && i !== selectRun)) expect(r).toEqual({ options: { delayForCellEdit: true }, syncs: expect.any(Number) });
      expect(Math.max(...state.runs.map((r) => r.syncs))).toBeLessThanOrEqual(3);
      await expectCleanPage(s);
    });
  }, 240000);

  test("an Excel too old for Cap PAD is said in French, and nothing can be run", async () => {
    await withExcel(320, { excelApi: "1.7" }, async (s) => {
      await s.page.locator(".notice.blocking").waitFor();
      expect(await s.page.locator(".notice.blocking").innerText()).toMatch(/trop ancienne/);
      expect(await s.page.locator("button[data-action]").count()).toBe(0);
      await expectCleanPage(s);
    });
  });

  test("an Excel without insertWorksheetsFromBase64 (ExcelApi 1.12) is told how templates will be built, and they are", async () => {
    await withExcel(320, { excelApi: "1.12" }, async (s) => {
      expect(await s.page.locator(".notice").innerText()).toMatch(/cellule par cellule/);
      await runAction(s.page, "template-all");
      expect((await fakeState(s.page)).sheets).toEqual(expect.arrayContaining(["Productions", "Planning"]));
      await expectCleanPage(s);
    });
  });

  test("at 320 px inside Excel: the demo workbook checked, nothing scrolls sideways", async () => {
    const xlsx = await demoXlsx();
    await withExcel(320, { xlsx }, async (s) => {
      await s.page.locator("#choice-production option", { hasText: "FLEUVE" }).waitFor({ state: "attached" });
      await runAction(s.page, "check");
      expect(await horizontalOverflow(s.page)).toBeLessThanOrEqual(0);
      await s.page.screenshot({ path: shot("volet-excel-320.png"), fullPage: true });
      await expectCleanPage(s);
    });
  });
});
