/**
 * The product cites public sources (the text, its date, its public address), never our internal
 * research notes nor an issue number: this scans every file under `src/`, the user docs and the
 * README for such citations. The detector itself is proven first on planted lines, so that a scan
 * finding nothing means "nothing to find", not "a pattern that cannot match".
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "..", "..");

/** Our notes' file names (`../shared/reference/*.md`); `docs/planning.md` is a user doc, not a note. */
const NOTES_FILE = /(?<!docs\/)\b(?:planning|payroll|invoicing|accounts|facility-agreement|office-addin)\.md\b/;

const CITATIONS: readonly { what: string; pattern: RegExp }[] = [
  { what: "section of our notes (« référence § »)", pattern: /r[ée]f[ée]rence\s*§/i },
  { what: "path of our notes (reference/….md)", pattern: /\breference\/[\w-]+\.md\b/ },
  { what: "file of our notes", pattern: NOTES_FILE },
  // A section sign and a number, unless it is a legal article's paragraph ("art. 5 § 2", "article L. 1 §3").
  { what: "section number (§2.4)", pattern: /(?<!\b(?:art\.|article)\s*[\w.\- ]{0,15})§\s*\d/i },
  // "issue 6", "(issue 9)", "issues 3", "issue #12"; a URL's ".../issues/346" is a public address.
  { what: "issue number", pattern: /\bissues?\s+#?\d+/i },
];

interface Citation {
  line: number;
  what: string;
  text: string;
}

function citationsIn(text: string): Citation[] {
  const found: Citation[] = [];
  text.split("\n").forEach((line, i) => {
    for (const c of CITATIONS) if (c.pattern.test(line)) found.push({ line: i + 1, what: c.what, text: line.trim() });
  });
  return found;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

function scan(files: readonly string[]): string[] {
  return files.flatMap((f) => citationsIn(readFileSync(f, "utf8")).map((c) => `${relative(ROOT, f)}:${c.line} (${c.what}) ${c.text}`));
}

describe("the detector", () => {
  test.each([
    ["Source: \"délibération CSA 2011-29, référence §2.3\"", "section of our notes (« référence § »)"],
    [" * French VAT rates (reference §1.4).", "section of our notes (« référence § »)"],
    [" * the dependencies of reference/planning.md §2.2.", "path of our notes (reference/….md)"],
    [" * as payroll.md says", "file of our notes"],
    ['  v("EFACT_TYPE", "§2.4 (BT-3)", "…")', "section number (§2.4)"],
    ["  // Planning (issue 3).", "issue number"],
    [" * Rushes and deliverables (issue 9): the technical facts", "issue number"],
    ["// see issue #12", "issue number"],
  ])("finds %s", (line, what) => {
    expect(citationsIn(line).map((c) => c.what)).toContain(what);
  });

  test.each([
    "Code de commerce art. L441-10 II et D441-5",
    "convention collective, art. VII.2.2",
    "art. 5 § 2 du règlement",
    "article L. 1 §3",
    "Figer la référence",
    "https://github.com/gflohr/e-invoice-eu/issues/346",
    "[docs/planning.md](docs/planning.md)",
    "invoiceIssueCommand, options: { issue: true }",
  ])("leaves %s alone", (line) => {
    expect(citationsIn(line)).toEqual([]);
  });
});

describe("the product cites public sources, not our notes", () => {
  test("no file under src/ cites our notes or an issue", () => {
    expect(scan(filesUnder(join(ROOT, "src")))).toEqual([]);
  });

  test("nor do the user docs and the README", () => {
    const docs = readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => join(ROOT, "docs", f));
    expect(docs.length).toBeGreaterThan(0);
    expect(scan([...docs, join(ROOT, "README.md")])).toEqual([]);
  });
});
