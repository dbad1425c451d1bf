#!/usr/bin/env node
/*
 * `npm start`: build and serve the add-in on https://localhost:3000, then
 *  - on Windows and macOS, sideload it into Excel desktop (office-addin-debugging, as Microsoft's templates do);
 *  - on Linux (no Excel desktop; office-addin-dev-certs needs sudo there), serve it with a certificate made
 *    locally with openssl (or over http if openssl is missing) and print how to sideload manifest.xml
 *    into Excel on the web and how to open the same page as a plain web page on .xlsx files.
 * Options: --port N (or CAPPAD_PORT), --http (no certificate).
 */
"use strict";
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const portArg = args.indexOf("--port");
const port = Number((portArg >= 0 && args[portArg + 1]) || process.env.CAPPAD_PORT || process.env.npm_package_config_dev_server_port || 3000);
const forceHttp = args.includes("--http") || Boolean(process.env.CAPPAD_HTTP);
const bin = (name) => path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

if ((process.platform === "win32" || process.platform === "darwin") && !args.includes("--serve-only")) {
  // Excel desktop exists: Microsoft's tool builds, serves (npm run dev-server) and sideloads.
  const child = spawn(bin("office-addin-debugging"), ["start", "manifest.xml", "desktop"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 0));
  return;
}

/** A self-signed certificate for localhost in .cert/ (valid 30 days, remade when expired or missing). */
function ensureCertificate() {
  const dir = path.join(root, ".cert");
  const crt = path.join(dir, "localhost.crt");
  const key = path.join(dir, "localhost.key");
  const fresh = fs.existsSync(crt) && Date.now() - fs.statSync(crt).mtimeMs < 29 * 86400000;
  if (fresh) return true;
  fs.mkdirSync(dir, { recursive: true });
  const r = spawnSync(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "30", "-keyout", key, "-out", crt, "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
    { stdio: "ignore" },
  );
  return r.status === 0 && fs.existsSync(crt);
}

const https = !forceHttp && ensureCertificate();

/** The manifest to sideload: manifest.xml itself on port 3000, a copy pointing at the chosen port otherwise. */
function sideloadManifest() {
  const source = path.join(root, "manifest.xml");
  if (port === 3000) return source;
  const copy = path.join(root, ".cert", `manifest-port-${port}.xml`);
  fs.mkdirSync(path.dirname(copy), { recursive: true });
  fs.writeFileSync(copy, fs.readFileSync(source, "utf8").replace(/https:\/\/localhost:3000/g, `https://localhost:${port}`));
  return copy;
}
const scheme = https ? "https" : "http";
const base = `${scheme}://localhost:${port}`;
const env = { ...process.env, npm_package_config_dev_server_port: String(port), ...(https ? {} : { CAPPAD_HTTP: "1" }) };
const server = spawn(bin("webpack"), ["serve", "--mode", "development"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });

let announced = false;
function announce() {
  if (announced) return;
  announced = true;
  const lines = [
    "",
    "══════════════════════════════════════════════════════════════════════",
    `  Cap PAD est servi sur ${base}/`,
    "══════════════════════════════════════════════════════════════════════",
    "",
    "  Sans Excel (Linux, navigateur seul) : ouvrez",
    `      ${base}/taskpane.html`,
    "  puis « Ouvrir un classeur… » (.xlsx) ; les commandes tournent dans le navigateur.",
    "",
    "  Dans Excel sur le web (office.com) :",
    `   1. ouvrez d'abord ${base}/taskpane.html dans le même navigateur${https ? " et acceptez le certificat local" : ""} ;`,
    "   2. ouvrez un classeur, Accueil > Compléments > Plus de compléments > Mes compléments >",
    "      Charger mon complément, et choisissez :",
    `      ${sideloadManifest()}`,
    "   3. le bouton « Cap PAD » apparaît dans l'onglet Accueil.",
    https ? "" : "  (servi en http : Excel exige https ; installez openssl puis relancez npm start pour un certificat local)",
    "  Excel sur Windows ou Mac : « npm start » y charge le complément automatiquement.",
    "  Arrêt : Ctrl+C (ou « npm stop » depuis un autre terminal).",
    "",
  ];
  process.stdout.write(lines.join("\n") + "\n");
}

const pidFile = path.join(root, ".cert", "server.pid");
try {
  fs.mkdirSync(path.dirname(pidFile), { recursive: true });
  fs.writeFileSync(pidFile, String(server.pid));
} catch {
  /* the pid file only serves `npm stop` */
}

const onOutput = (chunk) => {
  const text = chunk.toString();
  if (/compiled (successfully|with)/i.test(text)) announce();
  if (/error/i.test(text) && !/0 errors?/i.test(text)) process.stderr.write(text);
  if (/EADDRINUSE/.test(text)) {
    process.stderr.write(`Le port ${port} est déjà utilisé : arrêtez l'autre serveur (npm stop) ou lancez « npm start -- --port 3001 ».\n`);
  }
};
server.stdout.on("data", onOutput);
server.stderr.on("data", onOutput);
server.on("exit", (code) => {
  try {
    fs.unlinkSync(pidFile);
  } catch {
    /* already gone */
  }
  process.exit(code ?? 0);
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
process.stdout.write(`Compilation de Cap PAD (webpack)… le serveur démarrera sur ${base}/\n`);
