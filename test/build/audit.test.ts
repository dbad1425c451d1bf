/**
 * `npm run audit:prod` (scripts/audit.cjs) on saved answers of `npm audit --json`: an advisory that
 * docs/securite.md explains passes, one it does not explain fails, and an unreachable advisory service
 * is said without failing (nothing can be concluded from it).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const SCRIPT = path.resolve(__dirname, "../../scripts/audit.cjs");

function audit(answer: unknown): { status: number | null; out: string } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cappad-audit-")), "audit.json");
  fs.writeFileSync(file, JSON.stringify(answer));
  const r = spawnSync(process.execPath, [SCRIPT, "--from", file], { encoding: "utf8" });
  return { status: r.status, out: r.stdout };
}

function answer(vulnerabilities: Record<string, unknown>, high: number): unknown {
  return { auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high, critical: 0, total: high } } };
}

const advisory = (name: string, id: string) => ({
  name,
  severity: "high",
  via: [{ source: 1, name, title: "…", url: `https://github.com/advisories/${id}`, severity: "high" }],
  effects: [],
});

test("an advisory explained in docs/securite.md passes; one it does not explain fails and is named", () => {
  const explained = audit(answer({ tmp: advisory("tmp", "GHSA-52f5-9888-hmc6"), exceljs: { name: "exceljs", severity: "high", via: ["tmp"] } }, 2));
  expect(explained.status).toBe(0);
  expect(explained.out).toMatch(/tmp \(high\) : GHSA-52f5-9888-hmc6 — expliqué/);
  const unknown = audit(answer({ leftpad: advisory("leftpad", "GHSA-aaaa-bbbb-cccc") }, 1));
  expect(unknown.status).toBe(1);
  expect(unknown.out).toMatch(/leftpad \(high\) : GHSA-aaaa-bbbb-cccc — NON EXPLIQUÉ/);
});

test("an advisory service that refuses the request is said in one line and concludes nothing", () => {
  const r = audit({ message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk", statusCode: 405 });
  expect(r.status).toBe(0);
  expect(r.out.trim().split("\n")).toEqual([expect.stringMatching(/^Audit npm indisponible \(405 Method Not Allowed/)]);
});
