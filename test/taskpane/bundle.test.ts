/**
 * First paint of the task pane: the production scripts the page loads at once (taskpane.js and
 * functions.js) stay under 300 KB minified, and exceljs, the payroll rules, the e-invoice writer and the
 * pane's pictures are only in chunks loaded on first use. The page itself carries no inline script or style, and its
 * Content-Security-Policy allows scripts from the page and Office's CDN only.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const root = path.resolve(__dirname, "../..");

describe("the task pane's production build", () => {
  let out: string;
  const read = (f: string): string => fs.readFileSync(path.join(out, f), "utf8");
  const chunks = (): string[] => fs.readdirSync(path.join(out, "chunks")).filter((f) => f.endsWith(".js"));
  /** Files holding a marker of a heavy library: exceljs' zip paths, EN 16931's id, the payroll rates. */
  const holding = (marker: string): string[] => ["taskpane.js", "functions.js", ...chunks().map((c) => `chunks/${c}`)].filter((f) => read(f).includes(marker));

  beforeAll(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "cappad-bundle-"));
    execFileSync(path.join(root, "node_modules/.bin/webpack"), ["--mode", "production", "--env", "allowLocalhost", "--output-path", out], { cwd: root, stdio: "pipe" });
  }, 400000);
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  test("taskpane.js + functions.js ≤ 300 KB", () => {
    const first = fs.statSync(path.join(out, "taskpane.js")).size + fs.statSync(path.join(out, "functions.js")).size;
    expect(first).toBeLessThanOrEqual(300 * 1024);
  });

  test.each([
    ["exceljs", "xl/worksheets/"],
    ["the e-invoice writer", "urn:cen.eu:en16931"],
    ["the payroll rules", "AGIRC"],
    ["the pictures of « Vue d'ensemble »", "Charge des semaines à venir par personne"],
  ])("%s loads on first use, not with the page", (_what, marker) => {
    const files = holding(marker);
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => f.startsWith("chunks/"))).toBe(true);
  });

  test("the page: no inline script or style, a CSP without unsafe-inline or unsafe-eval, Office.js from its CDN", () => {
    const html = read("taskpane.html");
    // (The production page is minified: attribute quotes may be gone.)
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)![1];
    expect(csp).not.toMatch(/unsafe-/);
    expect(/script-src ([^;]+)/.exec(csp)![1].trim().split(/\s+/).sort()).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(csp).toMatch(/connect-src 'self'/);
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(m[1]).toMatch(/\bsrc=/);
      expect(m[2].trim()).toBe("");
    }
    expect(html).not.toMatch(/\sstyle=|<style/);
    expect(html).toMatch(/src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/);
  });
});
