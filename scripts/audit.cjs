#!/usr/bin/env node
/**
 * `npm run audit`: `npm audit --omit=dev` (the package that ships: exceljs and what it pulls in;
 * date-holidays only generates the holiday rules), failing on a high or critical advisory that
 * docs/securite.md does not explain. When the registry's advisory service cannot be reached (some
 * networks and mirrors answer 405), it says so in one line and fails only with `--strict`: the audit
 * is about the registry's database, not about our code, and an unreachable service proves nothing.
 *
 * Explained advisories are listed in docs/securite.md as `GHSA-xxxx-xxxx-xxxx` under
 * « Avis connus et expliqués »: each one there says why it does not reach Cap PAD.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const strict = process.argv.includes("--strict");
const doc = fs.readFileSync(path.join(__dirname, "..", "docs", "securite.md"), "utf8");
const explainedSection = doc.split(/^## Avis connus et expliqués/m)[1] ?? "";
const explained = new Set(explainedSection.split(/^## /m)[0].match(/GHSA-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}/g) ?? []);

// `--from FILE`: a saved `npm audit --json` answer instead of asking the registry (the tests use it).
const from = process.argv.indexOf("--from");
let raw;
if (from > 0) raw = fs.readFileSync(process.argv[from + 1], "utf8");
else
  try {
    raw = execFileSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    // npm audit exits 1 when it finds something: its JSON is still on stdout.
    raw = e.stdout ?? "";
  }

let report;
try {
  report = JSON.parse(raw);
} catch {
  report = undefined;
}
if (!report || report.error || !report.metadata?.vulnerabilities) {
  // npm prints either { error: { summary } } or, for an HTTP refusal, the response itself ({ message, statusCode }).
  const why = report?.error?.summary || report?.message || (report?.statusCode ? `HTTP ${report.statusCode}` : "") || "réponse illisible";
  console.log(`Audit npm indisponible (${why.split("\n")[0]}) : le service d'avis de sécurité du registre n'a pas répondu ; rien n'est conclu.`);
  process.exit(strict ? 1 : 0);
}

const serious = [];
for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
  if (v.severity !== "high" && v.severity !== "critical") continue;
  const advisories = (v.via ?? []).filter((x) => typeof x === "object").map((x) => (x.url ?? "").split("/").pop());
  // A package flagged only through another one (via: ["tmp"]) is that one's advisory, counted there.
  if (advisories.length === 0) continue;
  const unexplained = advisories.filter((id) => !explained.has(id));
  serious.push({ name, severity: v.severity, advisories, unexplained });
}

const m = report.metadata.vulnerabilities;
console.log(`Audit npm (dépendances livrées) : ${m.critical} critique(s), ${m.high} élevée(s), ${m.moderate} modérée(s), ${m.low} faible(s).`);
for (const s of serious) console.log(`  ${s.name} (${s.severity}) : ${s.advisories.join(", ")}${s.unexplained.length ? " — NON EXPLIQUÉ dans docs/securite.md" : " — expliqué dans docs/securite.md"}`);
process.exit(serious.some((s) => s.unexplained.length > 0) ? 1 : 0);
