/**
 * The task pane opened as a plain web page (no Office host): open the demo .xlsx, run the check,
 * download the result and read it back; then every other button of the pane on the same file. This is
 * the path people without the add-in (or on Linux) use. Also: offline (Office's CDN unreachable), a
 * hostile workbook whose cells hold markup, the keyboard, and 320 px.
 */
import * as fs from "fs";
import type { FileChooser } from "playwright-core";
import { checkCommand } from "../../src/commands/check";
import { openWorkbook, saveWorkbook } from "../../src/hosts/xlsx/workbook";
import { renderSheet } from "../../src/hosts/xlsx/render";
import type { Alert } from "../../src/core/alerts";
import { buildAlertsSheet } from "../../src/sheets/reports/alertsSheet";
import { readSnapshot } from "../../src/hosts/file/read";
import { runOnBytes } from "../../src/hosts/file/runner";
import type { TableSnapshot } from "../../src/workbook/snapshot";
import { ACTIONS } from "../../src/taskpane/actions";
import { CHROMIUM, describeWithProgram } from "../helpers/programs";
import { expectValidEInvoices } from "../helpers/schemas";
import { demoXlsx, TODAY } from "../taskpane/helpers";
import { buildPane, openPage, serve, type OpenOptions, type PageSession } from "./browser";
import { collectDownloads, DEMO_NOW, expectCleanPage, horizontalOverflow, runAction, shot } from "./pane";

const XSS = "<img src=x onerror=alert(1)>";

function column(t: TableSnapshot, header: string): unknown[] {
  const j = t.headers.indexOf(header);
  return t.rows.map((r) => r[j]);
}

/** The demo workbook where a user typed markup: in a duration (an alert quotes it) and in a title (the picker shows it). */
async function hostileXlsx(demo: Uint8Array): Promise<Uint8Array> {
  const wb = await openWorkbook(demo);
  const put = (sheet: string, header: string, value: string): void => {
    const ws = wb.getWorksheet(sheet)!;
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cell.value === header) ws.getCell(r + 1, c).value = value;
      }),
    );
  };
  put("Planning", "Durée (j)", XSS);
  put("Productions", "Titre", "<b>Le Fleuve</b>");
  return saveWorkbook(wb);
}

/**
 * The demo workbook keeping the `Alertes` sheet of a check that found 150 alerts on FLEUVE's plan
 * (120 of one code, 30 of another): what the pane shows on opening it, before any check.
 */
async function longAlertsXlsx(demo: Uint8Array): Promise<Uint8Array> {
  const wb = await openWorkbook(demo);
  const alerts: Alert[] = Array.from({ length: 150 }, (_, i) => ({
    code: i < 120 ? "PLAN_ID_DOUBLON" : "PLAN_GLISSEMENT",
    severity: i < 120 ? "error" : "warning",
    sheet: "Planning",
    row: 4 + (i % 13),
    id: `F${String((i % 13) + 1).padStart(2, "0")}`,
    cell: `Planning!A${4 + (i % 13)}`,
    message: `Tâche F${String((i % 13) + 1).padStart(2, "0")} (production FLEUVE) : alerte n° ${i + 1}.`,
    production: "FLEUVE",
  }));
  await renderSheet(wb, buildAlertsSheet(alerts, TODAY));
  return saveWorkbook(wb);
}

describeWithProgram("task pane in Chromium, file mode", CHROMIUM, (chromiumPath) => {
  let server: Awaited<ReturnType<typeof serve>>;
  let demo: Uint8Array;
  let demoPath: string;

  beforeAll(async () => {
    server = await serve(buildPane());
    demo = await demoXlsx();
    demoPath = shot("demo.xlsx");
    fs.writeFileSync(demoPath, demo);
  }, 240000);

  afterAll(async () => {
    await server?.close();
    fs.rmSync(demoPath, { force: true });
  });

  async function withPage(opts: OpenOptions, body: (s: PageSession) => Promise<void>): Promise<void> {
    const s = await openPage(chromiumPath, server.url + "taskpane.html", { fixedTime: DEMO_NOW, ...opts });
    try {
      await body(s);
    } finally {
      await s.browser.close();
    }
  }

  async function openDemo(s: PageSession, file = demoPath): Promise<void> {
    await s.page.getByText("Fichier local").waitFor();
    await s.page.setInputFiles("#file-input", file);
    await s.page.locator(".file-name", { hasText: "demo.xlsx" }).waitFor();
    // The pane has read the workbook: its productions are in the picker.
    await s.page.locator("#choice-production option", { hasText: "FLEUVE" }).waitFor({ state: "attached" });
  }

  test("opens the demo workbook, checks it, and the downloaded result holds the computed columns of the check", async () => {
    await withPage({ width: 500 }, async (s) => {
      const { page } = s;
      await openDemo(s);
      const result = await runAction(page, "check");
      expect(await result.getAttribute("class")).toMatch(/\bok\b/);
      expect(await page.locator(".alerts-panel .alert").count()).toBeGreaterThan(0);
      await page.screenshot({ path: shot("volet-fichier-500.png"), fullPage: true });

      const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
      expect(download.suggestedFilename()).toBe("demo.xlsx");
      const saved = shot("volet-resultat.xlsx");
      await download.saveAs(saved);
      const snap = readSnapshot(await openWorkbook(new Uint8Array(fs.readFileSync(saved))));
      fs.rmSync(saved);
      // The same columns the command computes on the same file outside the browser.
      const expected = readSnapshot(await openWorkbook((await runOnBytes(demo, checkCommand, { today: TODAY })).bytes!));
      for (const [table, headers] of [
        ["Taches", ["Début", "Fin", "Marge (j)", "Critique", "Statut"]],
        ["Productions", ["PAD prévu", "Écart PAD (j)", "Statut"]],
      ] as const)
        for (const h of headers) {
          expect(column(snap.tables[table], h)).toEqual(column(expected.tables[table], h));
          expect(column(snap.tables[table], h).some((v) => v !== null && v !== "")).toBe(true);
        }
      expect(snap.tables.Alertes.rows.length).toBe(expected.tables.Alertes.rows.length);
      await expectCleanPage(s);
    });
  });

  test("every button of the pane runs on the file and says what it did", async () => {
    await withPage({ width: 500 }, async (s) => {
      const { page } = s;
      const downloads = collectDownloads(page);
      await openDemo(s);
      await page.selectOption("#choice-month", "2026-11");
      const fields: Record<string, Record<string, string>> = {
        "new-production": { code: "LUNE", title: "La Lune", genre: "Documentaire", pad: "2027-06-30" },
        "e-invoice": { format: "cii" },
        "apply-scenario": { scenario: "Deuxième monteur" },
      };
      // In a coordinator's order: the invoice is issued before it is exported or cancelled.
      const order = ["template-all", "template-one", "template-demo", "check", "new-production", "baseline", "overrun-report", "apply-scenario", "payroll", "propose-contracts", "payslip-check", "quote", "quote-technical", "cost-report", "invoice-period", "invoice-check", "invoice-issue", "e-invoice", "credit-note", "accounting-export"];
      const ids = [...order.filter((id) => ACTIONS.some((a) => a.id === id)), ...ACTIONS.map((a) => a.id).filter((id) => !order.includes(id))];
      expect([...ids].sort()).toEqual(ACTIONS.map((a) => a.id).sort());
      for (const id of ids) {
        const result = await runAction(page, id, fields[id]);
        const text = await result.innerText();
        expect({ id, failed: /\bfail\b/.test((await result.getAttribute("class")) ?? ""), text }).toEqual({ id, failed: false, text });
        expect(text.length).toBeGreaterThan(20);
      }
      const downloaded = await downloads.files();
      const names = downloaded.map((f) => f.name);
      expect(names.some((n) => n.endsWith(".csv"))).toBe(true);
      expect(names.some((n) => n.endsWith(".xml"))).toBe(true);
      // The FEC of the month chosen (November), under the CLI's default name.
      expect(names).toContain("912345675FEC20261130.txt");
      await expectValidEInvoices(downloaded.filter((f) => f.name.endsWith(".xml")).map((f) => ({ name: f.name, xml: fs.readFileSync(f.path, "utf8") })));
      // The demo's two October invoices, the November one issued here and its credit note.
      expect(await page.locator("#choice-invoice option").count()).toBe(4);
      await expectCleanPage(s);
    });
  }, 240000);

  /**
   * The pane's Content-Security-Policy has no 'unsafe-eval' (on purpose): the UBL writer
   * (src/core/invoicing/ubl.ts, by hand from the EN 16931 model) never evaluates code, so the export
   * works in the page as on the command line.
   */
  test("the UBL export works under the page's CSP", async () => {
    await withPage({ width: 500 }, async (s) => {
      const downloads = collectDownloads(s.page);
      await openDemo(s);
      await runAction(s.page, "invoice-issue");
      const result = await runAction(s.page, "e-invoice", { format: "ubl" });
      expect(await result.getAttribute("class")).toMatch(/\bok\b/);
      const xml = (await downloads.files()).filter((f) => f.name.endsWith(".xml"));
      expect(xml).toHaveLength(1);
      // Written in the page, under its CSP: it conforms to the XSD and the EN 16931 rules.
      await expectValidEInvoices(xml.map((f) => ({ name: f.name, xml: fs.readFileSync(f.path, "utf8") })));
      await expectCleanPage(s);
    });
  }, 120000);

  test("offline (Office's CDN unreachable), the page works on files and asks nothing of the network", async () => {
    await withPage({ width: 500, office: "offline" }, async (s) => {
      await openDemo(s);
      await runAction(s.page, "check");
      expect(s.officeRequests.length).toBeGreaterThan(0);
      // The only errors are Chromium's own lines for office.js that could not be fetched.
      expect(s.consoleErrors.every((e) => /ERR_INTERNET_DISCONNECTED/.test(e))).toBe(true);
      s.consoleErrors.length = 0;
      await expectCleanPage(s);
    });
  });

  test("markup typed in cells is shown as text, never run", async () => {
    const hostile = shot("demo-hostile.xlsx");
    fs.writeFileSync(hostile, await hostileXlsx(demo));
    try {
      await withPage({ width: 500 }, async (s) => {
        const { page } = s;
        const dialogs: string[] = [];
        page.on("dialog", (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        await s.page.getByText("Fichier local").waitFor();
        await page.setInputFiles("#file-input", hostile);
        await page.locator("#choice-production option", { hasText: "<b>Le Fleuve</b>" }).waitFor({ state: "attached" });
        await runAction(page, "check");
        const message = page.locator(".alert-message", { hasText: XSS }).first();
        await message.waitFor();
        expect(await message.innerText()).toContain(XSS);
        expect(await page.locator("main img, main b, #app img:not(.app-header img)").count()).toBe(0);
        await page.waitForTimeout(300);
        expect(dialogs).toEqual([]);
        await expectCleanPage(s);
      });
    } finally {
      fs.rmSync(hostile, { force: true });
    }
  });

  test("a long list shows each code's first alert and how many more, opened on demand (320 px)", async () => {
    const file = shot("demo-alertes-longues.xlsx");
    fs.writeFileSync(file, await longAlertsXlsx(demo));
    try {
      await withPage({ width: 320 }, async (s) => {
        const { page } = s;
        await s.page.getByText("Fichier local").waitFor();
        await page.setInputFiles("#file-input", file);
        await page.locator("#choice-production option", { hasText: "FLEUVE" }).waitFor({ state: "attached" });
        // The 150 alerts kept by the Alertes sheet: two lines (one per code) and their buttons, not 150.
        const toggle = page.locator('.alerts-panel [data-key^="expand-"][data-key*="PLAN_ID_DOUBLON"]').first();
        await toggle.waitFor();
        expect(await page.locator(".alerts-panel .alert").count()).toBe(2);
        expect(await toggle.getAttribute("aria-expanded")).toBe("false");
        expect(await toggle.innerText()).toContain("119 autre(s) du même type");
        const before = await page.locator(".alerts-panel .alert").count();
        await page.locator(".alerts-panel").screenshot({ path: shot("volet-alertes-groupees-320.png") });
        await toggle.click();
        const opened = page.locator('.alerts-panel [data-key^="expand-"][aria-expanded="true"]').first();
        await opened.waitFor();
        // A page of the others is shown (8), the rest behind « Afficher … de plus ».
        expect(await page.locator(".alerts-panel .alert").count()).toBe(before + 8);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await expectCleanPage(s);
      });
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  test("keyboard only: the file picker, the pickers and the buttons are reached with Tab and pressed with Enter or Space", async () => {
    await withPage({ width: 500 }, async (s) => {
      const { page } = s;
      // Listening from the start: Playwright intercepts the file dialog only once a listener is set.
      const chooser = new Promise<FileChooser>((resolve) => page.once("filechooser", resolve));
      await page.getByText("Fichier local").waitFor();
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-key"))).toBe("file-open");
      // Visible focus: an outline is drawn around the focused control.
      expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe("solid");
      await page.keyboard.press("Enter");
      await (await chooser).setFiles(demoPath);
      await page.locator("#choice-production option", { hasText: "FLEUVE" }).waitFor({ state: "attached" });
      // Tab through the page until the check button, then Space presses it.
      const seen: string[] = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Tab");
        const key = await page.evaluate(() => document.activeElement?.getAttribute("data-key") ?? document.activeElement?.tagName ?? "");
        seen.push(key);
        if (key === "action-check") break;
      }
      expect(seen).toEqual(expect.arrayContaining(["choice-production", "choice-month", "refresh", "section-planning", "action-check"]));
      await page.keyboard.press("Space");
      await page.locator('[data-result="check"]').waitFor({ timeout: 60000 });
      // Focus stayed on the button after the pane redrew.
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-key"))).toBe("action-check");
      // The severity counters are buttons too: Enter filters the list.
      await page.focus('[data-key="count-warning"]');
      await page.keyboard.press("Enter");
      expect(await page.getAttribute('[data-key="filter-error"]', "aria-pressed")).toBe("false");
      expect(await page.getAttribute('[data-key="filter-warning"]', "aria-pressed")).toBe("true");
      await expectCleanPage(s);
    });
  });

  test("at 320 px, « Vue d'ensemble » draws the PAD timeline and the coming weeks' load once unfolded, with their text (screenshot in test-output/)", async () => {
    await withPage({ width: 320 }, async (s) => {
      const { page } = s;
      const requested: string[] = [];
      page.on("request", (r) => requested.push(r.url()));
      const chartsLoaded = async (): Promise<boolean> => requested.some((u) => /\/chunks\/charts\./.test(u));
      await openDemo(s);
      await runAction(page, "check");
      const card = page.locator("#overview details.overview");
      await card.waitFor();
      // Folded: neither the pictures' code nor their SVG yet.
      expect(await card.getAttribute("open")).toBeNull();
      expect(await chartsLoaded()).toBe(false);
      expect(await page.locator("svg.chart").count()).toBe(0);
      await card.locator("summary").click();
      const timeline = page.locator('[data-chart="timeline"] svg[role="img"]');
      const workload = page.locator('[data-chart="workload"] svg[role="img"]');
      await timeline.waitFor();
      await workload.waitFor();
      expect(await chartsLoaded()).toBe(true);
      // One row per production of the demo, FLEUVE and GLACIER; each picture named for screen readers.
      expect(await timeline.locator("g.production").evaluateAll((gs) => gs.map((g) => g.getAttribute("data-production")))).toEqual(["FLEUVE", "GLACIER"]);
      expect(await timeline.evaluate((svg) => document.getElementById(svg.getAttribute("aria-labelledby")!.split(" ")[0])?.textContent)).toBe("Calendrier des PAD par production");
      // Léa Martin and the editing room 2 are booked 80 h by both productions in the weeks of 23/11 and 30/11.
      const over = workload.locator('g[data-level="over"]');
      expect(await over.count()).toBeGreaterThan(0);
      expect(await workload.locator('g.resource[data-resource="Léa Martin"] g[data-week="2026-11-30"] text').textContent()).toBe("80");
      // The text alternatives: a sentence per production, a line per person or room.
      await page.locator(".chart-text summary", { hasText: "Les dates en texte" }).click();
      await page.locator(".chart-text summary", { hasText: "La charge en texte" }).click();
      expect(await page.locator('[data-chart="timeline"] .chart-text li').allTextContents()).toEqual([expect.stringMatching(/^FLEUVE — Le Fleuve : PAD prévu \d\d\/\d\d\/\d{4}/), expect.stringMatching(/^GLACIER/)]);
      expect(await page.locator('[data-chart="workload"] .chart-text li', { hasText: "Léa Martin" }).textContent()).toMatch(/80 h sur 5 jours — surcharge \(plus de 48 h\)/);
      // Both pictures fit the pane: nothing scrolls sideways, not the page, not their boxes.
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      for (const box of await page.locator(".chart-scroll").all()) expect(await box.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(0);
      await page.locator("#overview").screenshot({ path: shot("volet-vue-ensemble-320.png") });
      // The production picker narrows both pictures.
      await page.selectOption("#choice-production", "GLACIER");
      await page.waitForFunction(() => document.querySelectorAll('[data-chart="timeline"] g.production').length === 1);
      expect(await page.locator('[data-chart="timeline"] g.production').getAttribute("data-production")).toBe("GLACIER");
      await expectCleanPage(s);
    });
  });

  test.each([320, 500])("at %i px wide nothing scrolls sideways (screenshots in test-output/)", async (width) => {
    await withPage({ width }, async (s) => {
      await s.page.getByText("Fichier local").waitFor();
      expect(await horizontalOverflow(s.page)).toBeLessThanOrEqual(0);
      await s.page.screenshot({ path: shot(`volet-accueil-${width}.png`), fullPage: true });
      await openDemo(s);
      await runAction(s.page, "check");
      expect(await horizontalOverflow(s.page)).toBeLessThanOrEqual(0);
      await s.page.screenshot({ path: shot(`volet-fichier-${width}.png`), fullPage: true });
      await expectCleanPage(s);
    });
  });
});
