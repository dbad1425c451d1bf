/**
 * The Office.js fake (`test/fakes/excelFake.browser.ts`) bundled for the browser with esbuild (tsx's own
 * dependency; exceljs aliased to its browser bundle as in the pane's build), and the init script that
 * installs it before the pane's scripts run, so that `Office.onReady` reports Excel and `Excel.run`
 * works on an in-memory workbook the test can inspect (`CapPadFake.current.dump()`).
 */
import * as path from "path";

const root = path.resolve(__dirname, "../..");
let bundle: string | undefined;

export function fakeOfficeBundle(): string {
  if (bundle) return bundle;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- esbuild comes with tsx, not as a direct dependency
  const esbuild = require("esbuild") as typeof import("esbuild");
  const out = esbuild.buildSync({
    entryPoints: [path.join(root, "test/fakes/excelFake.browser.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    alias: { exceljs: path.join(root, "node_modules/exceljs/dist/exceljs.min.js") },
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  bundle = out.outputFiles[0].text;
  return bundle;
}

export interface FakeInstallOptions {
  /** The workbook Excel has open (an .xlsx), else a new workbook with one sheet "Feuil1". */
  xlsx?: Uint8Array;
  /** Highest ExcelApi set this Excel supports (default 1.13). */
  excelApi?: string;
}

/**
 * Script injected before the page's own: installs the fake. Until a workbook file is loaded (async),
 * a stand-in `Office.onReady` waits for it, as office.js waits for its host.
 */
export function fakeOfficeInit(opts: FakeInstallOptions = {}): string {
  const b64 = opts.xlsx ? Buffer.from(opts.xlsx).toString("base64") : undefined;
  const options = JSON.stringify({ excelApi: opts.excelApi ?? "1.13" });
  return `${fakeOfficeBundle()}
;(function () {
  var HostType = { Excel: "Excel" };
  var ready = CapPadFake.install(${b64 ? JSON.stringify(b64) : "undefined"}, ${options});
  window.__capPadFakeReady = ready;
  if (!window.Office) window.Office = { HostType: HostType, onReady: function () { return ready.then(function () { return window.Office.onReady(); }); } };
})();`;
}
