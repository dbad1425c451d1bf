/**
 * LibreOffice headless as a real spreadsheet engine for the tests: recalculates every formula of an
 * xlsx (with an isolated profile forcing recalculation on load: LibreOffice otherwise keeps the cached
 * values and ignores fullCalcOnLoad, its « Recalculation on File Load » setting), converts to PDF for looking.
 */
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

let profileDir: string | undefined;

function profile(): string {
  if (profileDir) return profileDir;
  profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "cappad-lo-"));
  fs.mkdirSync(path.join(profileDir, "user"), { recursive: true });
  fs.writeFileSync(
    path.join(profileDir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return profileDir;
}

// LibreOffice locks its profile: conversions run one at a time.
let queue: Promise<unknown> = Promise.resolve();

export function convert(soffice: string, input: string, format: "xlsx" | "pdf", outDir: string): Promise<string> {
  const run = (): Promise<string> =>
    new Promise((resolve, reject) => {
      execFile(
        soffice,
        [`-env:UserInstallation=file://${profile()}`, "--headless", "--norestore", "--convert-to", format, "--outdir", outDir, input],
        { timeout: 120000 },
        (err) => {
          const out = path.join(outDir, path.basename(input).replace(/\.[^.]+$/, "") + "." + format);
          if (err || !fs.existsSync(out)) reject(err ?? new Error(`LibreOffice n'a pas produit ${out}`));
          else resolve(out);
        },
      );
    });
  const p = queue.then(run, run);
  queue = p.catch(() => undefined);
  return p;
}

/** Recalculates an xlsx in LibreOffice and returns the path of the recalculated copy. */
export async function recalculate(soffice: string, bytes: Uint8Array, name = "classeur.xlsx"): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cappad-recalc-"));
  const input = path.join(dir, name);
  fs.writeFileSync(input, bytes);
  const outDir = path.join(dir, "out");
  fs.mkdirSync(outDir);
  return convert(soffice, input, "xlsx", outDir);
}
