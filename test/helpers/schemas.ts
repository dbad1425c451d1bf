/**
 * XSD validation of generated e-invoices against the official schemas (UBL 2.1, CII D16B), with
 * xmllint-wasm (libxml2 in WebAssembly: offline, Node and browser).
 *
 * The schemas are not part of the project (schemas README): they are read from `../shared/schemas`
 * beside the repository, or from the folder named by `CAPPAD_SCHEMAS`. Where they are absent, the
 * XSD tests are skipped with a visible message — except in CI (`CI` set), where their absence fails.
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

export function schemasAvailable(): boolean {
  const dir = schemasDir();
  return (
    fs.existsSync(path.join(dir, "ubl-2.1", UBL_INVOICE_XSD)) &&
    fs.existsSync(path.join(dir, "ubl-2.1", UBL_CREDIT_NOTE_XSD)) &&
    fs.existsSync(path.join(dir, "cii-d16b", CII_XSD))
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

/** Validates documents, batched per schema (one xmllint run per schema). */
export async function validateXsd(docs: readonly { name: string; xml: string }[]): Promise<XsdResult[]> {
  const byKind = new Map<XmlKind, { name: string; xml: string; fileName: string }[]>();
  docs.forEach((d, i) => {
    const kind = kindOf(d.xml);
    const list = byKind.get(kind) ?? [];
    list.push({ ...d, fileName: `doc${i}.xml` });
    byKind.set(kind, list);
  });
  const results: XsdResult[] = [];
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
      results.push({ name: d.name, kind, valid: errors.length === 0, errors });
    }
  }
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
      test("les schémas XSD officiels sont présents", () => {
        throw new Error(`Schémas XSD introuvables dans ${where} (CI : la validation XSD est obligatoire ; définissez CAPPAD_SCHEMAS).`);
      });
    });
    return;
  }
  console.warn(`⚠ Validation XSD ignorée : schémas introuvables dans ${where} (définissez CAPPAD_SCHEMAS pour la lancer).`);
  describe.skip(name, body);
}
