/**
 * Validation of generated e-invoices against the official data: the XSDs (UBL 2.1, CII D16B), with
 * xmllint-wasm (libxml2 in WebAssembly: offline, Node and browser), and the EN 16931 business rules
 * (CEN/TC 434 Schematron, compiled for SaxonJS: `en16931/README.md`). A failed assert flagged
 * `fatal` is an error like an XSD error; `warning` asserts are kept apart.
 *
 * The schemas are not part of the project (schemas README): they are read from `../shared/schemas`
 * beside the repository, or from the folder named by `CAPPAD_SCHEMAS`. Where they are absent, the
 * schema tests are skipped with a visible message — except in CI (`CI` set), where their absence fails.
 */
import * as fs from "fs";
import * as path from "path";
import { validateXML } from "xmllint-wasm";

const REPO_ROOT = path.resolve(__dirname, "..", "..");

export const UBL_INVOICE_XSD = "maindoc/UBL-Invoice-2.1.xsd";
export const UBL_CREDIT_NOTE_XSD = "maindoc/UBL-CreditNote-2.1.xsd";
export const CII_XSD = "uncefact/data/standard/CrossIndustryInvoice_100pD16B.xsd";

export function schemasDir(): string {
  return process.env.CAPPAD_SCHEMAS ? path.resolve(process.env.CAPPAD_SCHEMAS) : path.resolve(REPO_ROOT, "..", "shared", "schemas");
}

/** The compiled CEN/TC 434 rules of each syntax (SaxonJS SEF), under the schemas folder. */
export const EN16931_SEF = { UBL: "en16931/EN16931-UBL-validation.sef.json", CII: "en16931/EN16931-CII-validation.sef.json" } as const;

export function schemasAvailable(): boolean {
  const dir = schemasDir();
  return (
    fs.existsSync(path.join(dir, "ubl-2.1", UBL_INVOICE_XSD)) &&
    fs.existsSync(path.join(dir, "ubl-2.1", UBL_CREDIT_NOTE_XSD)) &&
    fs.existsSync(path.join(dir, "cii-d16b", CII_XSD)) &&
    Object.values(EN16931_SEF).every((f) => fs.existsSync(path.join(dir, f)))
  );
}

export type XmlKind = "ubl-invoice" | "ubl-credit-note" | "cii";

/** Which schema a document needs, from its root element. */
export function kindOf(xml: string): XmlKind {
  const root = /<(?!\?)(?:[\w-]+:)?([\w-]+)[\s>]/.exec(xml.replace(/<\?[^>]*\?>/g, ""))?.[1];
  if (root === "Invoice") return "ubl-invoice";
  if (root === "CreditNote") return "ubl-credit-note";
  if (root === "CrossIndustryInvoice") return "cii";
  throw new Error(`document XML inconnu (racine ${root ?? "?"})`);
}

interface SchemaSet {
  main: { fileName: string; contents: string };
  preload: { fileName: string; contents: string }[];
}

const cache = new Map<string, SchemaSet>();

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

function schemaSet(kind: XmlKind): SchemaSet {
  const key = kind;
  const hit = cache.get(key);
  if (hit) return hit;
  const root = path.join(schemasDir(), kind === "cii" ? "cii-d16b" : "ubl-2.1");
  const mainRel = kind === "cii" ? CII_XSD : kind === "ubl-invoice" ? UBL_INVOICE_XSD : UBL_CREDIT_NOTE_XSD;
  const files = walk(root).filter((f) => f.endsWith(".xsd"));
  const rel = (f: string): string => path.relative(root, f).split(path.sep).join("/");
  const set: SchemaSet = {
    main: { fileName: mainRel, contents: fs.readFileSync(path.join(root, mainRel), "utf8") },
    // Imports are resolved relative to the main schema's file name inside xmllint's in-memory file system.
    preload: files.filter((f) => rel(f) !== mainRel).map((f) => ({ fileName: rel(f), contents: fs.readFileSync(f, "utf8") })),
  };
  cache.set(key, set);
  return set;
}

export interface XsdResult {
  name: string;
  kind: XmlKind;
  valid: boolean;
  errors: string[];
}

/** Validates documents, batched per schema (one xmllint run per schema); results in the documents' order. */
export async function validateXsd(docs: readonly { name: string; xml: string }[]): Promise<XsdResult[]> {
  const byKind = new Map<XmlKind, { name: string; xml: string; fileName: string; index: number }[]>();
  docs.forEach((d, i) => {
    const kind = kindOf(d.xml);
    const list = byKind.get(kind) ?? [];
    list.push({ ...d, fileName: `doc${i}.xml`, index: i });
    byKind.set(kind, list);
  });
  const results: XsdResult[] = new Array(docs.length);
  for (const [kind, list] of byKind) {
    const set = schemaSet(kind);
    const r = await validateXML({
      xml: list.map((d) => ({ fileName: d.fileName, contents: d.xml })),
      schema: [set.main],
      preload: set.preload,
    });
    for (const d of list) {
      // An error without a location cannot be attributed: it counts against every document of the run.
      const errors = r.errors.filter((e) => !e.loc || e.loc.fileName === d.fileName).map((e) => e.message);
      if (!r.valid && r.errors.length === 0) errors.push(r.rawOutput || "xmllint : échec sans message");
      results[d.index] = { name: d.name, kind, valid: errors.length === 0, errors };
    }
  }
  return results;
}

// --- EN 16931 business rules ------------------------------------------------------------------

/** The part of SaxonJS 2.7 the validation calls (the package ships no types). */
interface SaxonJsApi {
  transform(options: { stylesheetFileName: string; sourceText: string; destination: "serialized" }, mode: "sync"): { principalResult: string };
}
let saxon: SaxonJsApi | undefined;

export interface FailedAssert {
  /** The rule: BR-O-02, BR-CO-15, UBL-CR-001… */
  id: string;
  flag: string;
  /** XPath of the element in the document. */
  location: string;
  text: string;
}

export interface En16931Result {
  name: string;
  syntax: "UBL" | "CII";
  /** Failed asserts flagged `fatal`: the document does not conform. */
  fatal: FailedAssert[];
  warnings: FailedAssert[];
}

const decode = (t: string): string => t.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** The failed asserts of an SVRL report. */
export function failedAsserts(svrl: string): FailedAssert[] {
  return [...svrl.matchAll(/<svrl:failed-assert\b([^>]*)>([\s\S]*?)<\/svrl:failed-assert>/g)].map(([, attrs, body]) => {
    const attr = (n: string): string => decode(new RegExp(`\\b${n}="([^"]*)"`).exec(attrs)?.[1] ?? "");
    const text = /<svrl:text>([\s\S]*?)<\/svrl:text>/.exec(body)?.[1] ?? "";
    return { id: attr("id"), flag: attr("flag"), location: attr("location"), text: decode(text).replace(/\s+/g, " ").trim() };
  });
}

/**
 * Runs the official EN 16931 rules on each document (UBL invoices and credit notes, CII), one
 * SaxonJS transform per document. SaxonJS keeps the compiled stylesheet of a file name once loaded,
 * so only the first document of each syntax pays for loading it (≈ 1 s); the others take ≈ 0.3 s.
 * `CAPPAD_EN16931_STATS` names a file where each validation appends its name and duration (the
 * figures of the suite).
 */
export function validateEn16931(docs: readonly { name: string; xml: string }[]): En16931Result[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  saxon ??= require("saxon-js") as SaxonJsApi;
  return docs.map((d) => {
    const syntax = kindOf(d.xml) === "cii" ? "CII" : "UBL";
    const started = Date.now();
    const svrl = saxon!.transform({ stylesheetFileName: path.join(schemasDir(), EN16931_SEF[syntax]), sourceText: d.xml, destination: "serialized" }, "sync").principalResult;
    const asserts = failedAsserts(svrl);
    if (process.env.CAPPAD_EN16931_STATS) fs.appendFileSync(process.env.CAPPAD_EN16931_STATS, `${d.name}\t${syntax}\t${Date.now() - started}\n`);
    return { name: d.name, syntax, fatal: asserts.filter((a) => a.flag === "fatal"), warnings: asserts.filter((a) => a.flag !== "fatal") };
  });
}

export interface EInvoiceValidation {
  name: string;
  kind: XmlKind;
  /** XSD errors, then the fatal EN 16931 asserts as `BR-xx : text (location)`. */
  errors: string[];
}

/** XSD and EN 16931 together: what every e-invoice a test produces must pass (no error). */
export async function validateEInvoices(docs: readonly { name: string; xml: string }[]): Promise<EInvoiceValidation[]> {
  const xsd = await validateXsd(docs);
  const rules = validateEn16931(docs);
  return xsd.map((x, i) => ({ name: x.name, kind: x.kind, errors: [...x.errors, ...rules[i].fatal.map((a) => `${a.id} : ${a.text} (${a.location})`)] }));
}

let absenceSaid = false;

/**
 * Fails the test, naming each document and its errors, unless every document is valid. Usable in any
 * test: where the schemas are absent it validates nothing (said once), except in CI where it fails.
 */
export async function expectValidEInvoices(docs: readonly { name: string; xml: string }[]): Promise<EInvoiceValidation[]> {
  if (!schemasAvailable()) {
    if (process.env.CI) throw new Error(`Schémas XSD ou règles EN 16931 introuvables dans ${schemasDir()} (CI : la validation est obligatoire ; définissez CAPPAD_SCHEMAS).`);
    if (!absenceSaid) console.warn(`⚠ Validation XSD et EN 16931 ignorée : schémas introuvables dans ${schemasDir()}.`);
    absenceSaid = true;
    return [];
  }
  const results = await validateEInvoices(docs);
  expect(results.map((r) => ({ name: r.name, errors: r.errors }))).toEqual(docs.map((d) => ({ name: d.name, errors: [] })));
  return results;
}

/**
 * `describe` for tests that need the schemas: skipped with a visible message when they are absent,
 * a failing test instead when `CI` is set.
 */
export function describeWithSchemas(name: string, body: () => void): void {
  if (schemasAvailable()) {
    describe(name, body);
    return;
  }
  const where = schemasDir();
  if (process.env.CI) {
    describe(name, () => {
      test("les schémas XSD et les règles EN 16931 officiels sont présents", () => {
        throw new Error(`Schémas XSD ou règles EN 16931 introuvables dans ${where} (CI : la validation est obligatoire ; définissez CAPPAD_SCHEMAS).`);
      });
    });
    return;
  }
  console.warn(`⚠ Validation XSD et EN 16931 ignorée : schémas introuvables dans ${where} (définissez CAPPAD_SCHEMAS pour la lancer).`);
  describe.skip(name, body);
}
