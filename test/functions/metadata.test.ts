/**
 * The contract with saved workbooks: the metadata Excel reads (functions.json) is generated from the
 * JSDoc of src/functions/functions.ts at build time. Formulas bind to function ids, so an id or a
 * parameter list that changes breaks every workbook that uses it. The expected list is committed in
 * __snapshots__/functions.signatures.json; changing it is a deliberate, reviewed act (only adding
 * functions or trailing optional parameters is harmless).
 */
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../../src/functions/functions";

interface Metadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    parameters: { name: string; type: string; description?: string; dimensionality?: string; optional?: boolean; repeating?: boolean }[];
    result?: { type?: string; dimensionality?: string };
    options?: Record<string, boolean>;
  }[];
}

const SOURCE = path.join(__dirname, "../../src/functions/functions.ts");
const EXPECTED = path.join(__dirname, "__snapshots__/functions.signatures.json");

/** `TC.SOMME(plage: any[][], [ips: any]): string`: one line per function, easy to review in a diff. */
function signature(f: Metadata["functions"][number]): string {
  const params = f.parameters.map((p) => {
    const type = p.type + (p.dimensionality === "matrix" ? "[][]" : "") + (p.repeating ? "..." : "");
    return p.optional ? `[${p.name}: ${type}]` : `${p.name}: ${type}`;
  });
  return `${f.id}(${params.join(", ")}): ${f.result?.type ?? "any"}${f.result?.dimensionality === "matrix" ? "[][]" : ""}`;
}

let metadata: Metadata;
let associated: { functionName: string; id: string }[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(SOURCE);
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson) as Metadata;
  associated = result.associate;
});

describe("custom functions metadata", () => {
  it("generates without errors and keeps every id and parameter list", () => {
    const expected = JSON.parse(fs.readFileSync(EXPECTED, "utf8")) as string[];
    expect(metadata.functions.map(signature)).toEqual(expected);
  });

  it("uses the ids as names, upper case and dotted, in the PAD namespace's style", () => {
    for (const f of metadata.functions) {
      expect(f.name).toBe(f.id);
      expect(f.id).toMatch(/^[A-Z][A-Z0-9]*(\.[A-Z0-9]+)*$/);
    }
    expect(new Set(metadata.functions.map((f) => f.id)).size).toBe(metadata.functions.length);
  });

  it("documents every function and parameter in French for Excel's autocomplete", () => {
    const undocumented: string[] = [];
    for (const f of metadata.functions) {
      if ((f.description ?? "").trim().length < 10) undocumented.push(f.id);
      for (const p of f.parameters) if ((p.description ?? "").trim().length < 10) undocumented.push(`${f.id} ${p.name}`);
    }
    expect(undocumented).toEqual([]);
  });

  it("associates each id with an exported function, and exports nothing else", () => {
    const exported = Object.keys(functions).sort();
    expect(associated.map((a) => a.functionName).sort()).toEqual(exported);
    for (const a of associated) expect(typeof (functions as Record<string, unknown>)[a.functionName]).toBe("function");
  });

  it("has no volatile or streaming function (they recalculate on every change)", () => {
    for (const f of metadata.functions) {
      expect(f.options?.volatile ?? false).toBe(false);
      expect(f.options?.stream ?? false).toBe(false);
    }
  });
});
