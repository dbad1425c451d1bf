#!/usr/bin/env node
/* `npm stop`: stops what `npm start` started (office-addin-debugging on Windows/macOS, the server elsewhere). */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
if (process.platform === "win32" || process.platform === "darwin") {
  const bin = path.join(root, "node_modules", ".bin", process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging");
  const r = spawnSync(bin, ["stop", "manifest.xml"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  process.exit(r.status ?? 0);
}
const pidFile = path.join(root, ".cert", "server.pid");
if (!fs.existsSync(pidFile)) {
  console.log("Aucun serveur Cap PAD lancé par « npm start ».");
  process.exit(0);
}
const pid = Number(fs.readFileSync(pidFile, "utf8"));
try {
  process.kill(pid, "SIGTERM");
  console.log(`Serveur Cap PAD arrêté (processus ${pid}).`);
} catch {
  console.log("Le serveur Cap PAD n'était plus lancé.");
}
fs.rmSync(pidFile, { force: true });
