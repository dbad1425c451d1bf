/**
 * Tests that need LibreOffice or Chromium run them for real when present, skip with a visible message
 * when absent on a developer machine, and FAIL when the environment variable CI is set (CI installs them).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";

export function findProgram(candidates: string[]): string | undefined {
  for (const c of candidates) {
    if (c.includes("/")) {
      if (fs.existsSync(c)) return c;
      continue;
    }
    try {
      const p = execFileSync("sh", ["-c", `command -v ${c}`], { encoding: "utf8" }).trim();
      if (p) return p;
    } catch {
      /* not on PATH */
    }
  }
  return undefined;
}

/** `describe` when the program exists, otherwise a skipped block that says why (or a failure in CI). */
export function describeWithProgram(label: string, candidates: string[], body: (program: string) => void): void {
  const program = findProgram(candidates);
  if (program) {
    describe(label, () => body(program));
    return;
  }
  if (process.env.CI) {
    describe(label, () => {
      test(`${candidates[0]} est requis en CI`, () => {
        throw new Error(`${candidates.join(" / ")} introuvable alors que CI est défini : installez-le (voir .ci/run).`);
      });
    });
    return;
  }
  console.warn(`⚠ ${label} : ignoré, ${candidates[0]} n'est pas installé (apt-get install -y ${candidates[0] === "chromium" ? "chromium" : "libreoffice-calc-nogui"}).`);
  describe.skip(label, () => body(""));
}

export const SOFFICE = ["soffice", "libreoffice", "/usr/bin/soffice"];
export const CHROMIUM = ["chromium", "/usr/bin/chromium", "chromium-browser"];
