/**
 * The two things a newcomer and a deployer do: `npm start` (serve, say how to open it) and a production
 * build for a deployment URL (every manifest URL rewritten, none left on localhost).
 */
import { execFileSync, spawn } from "child_process";
import * as fs from "fs";
import * as https from "https";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import { checkManifest } from "../../scripts/manifestCheck";

const root = path.resolve(__dirname, "../..");

function get(url: string): Promise<{ status: number; body: string }> {
  const lib = url.startsWith("https") ? https : http;
  return new Promise((resolve, reject) => {
    lib
      .get(url, { rejectUnauthorized: false }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

describe("production build", () => {
  test("a deployment URL rewrites every manifest URL; functions.json is generated", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "cappad-prod-"));
    execFileSync(path.join(root, "node_modules/.bin/webpack"), ["--mode", "production", "--env", "url=https://cap-pad.example.fr/", "--output-path", out], { cwd: root, stdio: "pipe" });
    const manifest = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
    expect(manifest).not.toMatch(/localhost/);
    expect(manifest).toContain("https://cap-pad.example.fr/functions.json");
    expect(checkManifest(manifest, { production: true }).errors).toEqual([]);
    const functions = JSON.parse(fs.readFileSync(path.join(out, "functions.json"), "utf8")) as { functions: { id: string }[] };
    expect(functions.functions.map((f) => f.id)).toContain("TC.ADDITION");
    // Office.js comes from the CDN, never from the bundle.
    const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
    expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(fs.readFileSync(path.join(out, "taskpane.js"), "utf8")).not.toMatch(/OSF\.DDA|Microsoft\.Office\.WebExtension/);
  }, 240000);

  test("a production build without a URL stops with a French explanation", () => {
    let message = "";
    try {
      execFileSync(path.join(root, "node_modules/.bin/webpack"), ["--mode", "production", "--output-path", fs.mkdtempSync(path.join(os.tmpdir(), "cappad-prod-"))], { cwd: root, stdio: "pipe", env: { ...process.env, CAPPAD_URL: "" } });
    } catch (e) {
      message = String((e as { stderr?: Buffer }).stderr ?? e);
    }
    expect(message).toMatch(/indiquez l'adresse de déploiement/);
  }, 120000);
});

describe("npm start on Linux", () => {
  test("serves the add-in and prints how to open it", async () => {
    const port = 3400 + Math.floor(Math.random() * 500);
    const child = spawn(process.execPath, [path.join(root, "scripts/start.js"), "--port", String(port)], { cwd: root, env: { ...process.env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (out += c));
    try {
      const deadline = Date.now() + 180000;
      while (!/Cap PAD est servi/.test(out) && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 250));
      expect(out).toMatch(/Cap PAD est servi sur https?:\/\/localhost:\d+\//);
      // The manifest to sideload points at the port actually served.
      const manifestPath = /choisissez :\s*\n\s*(\S+\.xml)/.exec(out)![1];
      expect(fs.readFileSync(manifestPath, "utf8")).toContain(`https://localhost:${port}/taskpane.html`);
      expect(out).toMatch(/taskpane\.html/);
      expect(out).toMatch(/Charger mon complément/);
      const scheme = /servi sur (https?):/.exec(out)![1];
      const page = await get(`${scheme}://localhost:${port}/taskpane.html`);
      expect(page.status).toBe(200);
      expect(page.body).toContain("<title>Cap PAD</title>");
      const metadata = await get(`${scheme}://localhost:${port}/functions.json`);
      expect(metadata.status).toBe(200);
    } finally {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        child.kill("SIGTERM");
      }
    }
  }, 240000);
});
