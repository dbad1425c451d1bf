/**
 * Real-browser harness: builds the task pane once (development build into a temp folder), serves it over
 * http on 127.0.0.1, and drives Debian's Chromium with playwright-core (never a downloaded browser).
 * Office.js is answered from the local @microsoft/office-js copy (a test fixture, never bundled), so
 * `Office.onReady` really runs outside Office; every other request leaving 127.0.0.1 is blocked and
 * recorded, so tests can assert the page makes none.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

const root = path.resolve(__dirname, "../..");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_LOCAL = path.join(root, "node_modules/@microsoft/office-js/dist/");

let built: string | undefined;

/** Builds the pane once per test process. */
export function buildPane(): string {
  if (built) return built;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "cappad-e2e-dist-"));
  execFileSync(path.join(root, "node_modules/.bin/webpack"), ["--mode", "development", "--output-path", out], { cwd: root, stdio: "pipe" });
  built = out;
  return out;
}

const MIME: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".png": "image/png", ".svg": "image/svg+xml", ".map": "application/json" };

export function serve(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent((req.url ?? "/").split("?")[0]).replace(/^\/+/, "") || "taskpane.html";
    const file = path.join(dir, rel);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": MIME[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}

export interface PageSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  /** Requests that tried to leave 127.0.0.1 (Office's CDN excepted, answered locally). */
  outsideRequests: string[];
  /** Requests to Office's CDN (office.js and the files it loads). */
  officeRequests: string[];
}

export interface OpenOptions {
  width?: number;
  height?: number;
  /** Script run before the page's own (e.g. the Office.js fake). */
  init?: string;
  /**
   * How Office's CDN answers: the local office.js copy (default), an empty script (the Office.js fake
   * stands in for it), or not at all (an offline machine).
   */
  office?: "local" | "empty" | "offline";
  /** The page's clock (`Date`), e.g. "2026-11-27T10:00:00": "today" for every date rule. */
  fixedTime?: string;
}

export async function openPage(executablePath: string, url: string, opts: OpenOptions = {}): Promise<PageSession> {
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
  });
  const context = await browser.newContext({ viewport: { width: opts.width ?? 500, height: opts.height ?? 900 }, acceptDownloads: true, locale: "fr-FR" });
  const consoleErrors: string[] = [];
  const outsideRequests: string[] = [];
  const officeRequests: string[] = [];
  await context.route("**/*", async (route) => {
    const u = route.request().url();
    if (u.startsWith("http://127.0.0.1") || u.startsWith("blob:") || u.startsWith("data:")) return route.continue();
    if (u.startsWith(OFFICE_CDN)) {
      officeRequests.push(u);
      if (opts.office === "offline") return route.abort("internetdisconnected");
      if (opts.office === "empty") return route.fulfill({ body: "", contentType: "text/javascript" });
      const local = path.join(OFFICE_LOCAL, u.slice(OFFICE_CDN.length).split("?")[0]);
      if (fs.existsSync(local)) return route.fulfill({ path: local, contentType: "text/javascript" });
    }
    outsideRequests.push(u);
    return route.abort();
  });
  // Content-Security-Policy violations are collected in the page (Chromium also logs them as errors).
  await context.addInitScript(
    "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', function (e) { window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI); });",
  );
  if (opts.init) await context.addInitScript(opts.init);
  const page = await context.newPage();
  if (opts.fixedTime) await page.clock.setFixedTime(new Date(opts.fixedTime));
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  await page.goto(url);
  return { browser, context, page, consoleErrors, outsideRequests, officeRequests };
}
