/**
 * The user documentation (docs/fonctions.md, included in the README) promises a result for each
 * example formula. This test evaluates every example written `=PAD.…(…)` → `result` with the real
 * functions, so the documentation cannot drift from the code, and checks that every function is
 * documented.
 */
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { dayFromYmd, serialFromDay } from "../../src/core/dates/civil";
import * as functions from "../../src/functions/functions";

const DOC = fs.readFileSync(path.join(__dirname, "../../docs/fonctions.md"), "utf8");
const README = fs.readFileSync(path.join(__dirname, "../../README.md"), "utf8");

/** Splits `a; DATE(1;2;3); "x;y"` on the semicolons of the top level. */
function splitArguments(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === "(") depth++;
    if (!quoted && ch === ")") depth--;
    if (!quoted && depth === 0 && ch === ";") {
      out.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") out.push(current.trim());
  return out;
}

/** A literal argument as Excel would pass it to the function. */
function evaluateArgument(text: string): unknown {
  if (text.startsWith('"')) return text.slice(1, -1);
  const date = /^DATE\((\d+);(\d+);(\d+)\)$/.exec(text.replace(/\s/g, ""));
  if (date) return serialFromDay(dayFromYmd(Number(date[1]), Number(date[2]), Number(date[3])));
  if (text === "VRAI" || text === "FAUX") return text === "VRAI";
  if (/^-?\d+(,\d+)?$/.test(text)) return Number(text.replace(",", "."));
  throw new Error(`argument non évaluable dans la documentation : ${text}`);
}

function shownResult(value: unknown): string {
  if (typeof value === "boolean") return value ? "VRAI" : "FAUX";
  if (typeof value === "number") return String(value).replace(".", ",");
  return String(value);
}

const EXAMPLE = /`=PAD\.([A-Z.]+)\((.*?)\)` → `([^`]*)`/g;
// Examples on a range of cells (PAD.TC.SOMME(A2:A4)) need a sheet: functions.test.ts checks those.
const examples = [...DOC.matchAll(EXAMPLE)]
  .map((m) => ({ id: m[1], args: m[2], expected: m[3] }))
  .filter((e) => !/^[A-Z]+\d+:[A-Z]+\d+$/.test(e.args));

let functionNameById: Map<string, string>;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(path.join(__dirname, "../../src/functions/functions.ts"));
  functionNameById = new Map(result.associate.map((a) => [a.id, a.functionName]));
});

describe("docs/fonctions.md", () => {
  it("has examples to check", () => {
    expect(examples.length).toBeGreaterThan(15);
  });

  it.each(examples.map((e) => [`PAD.${e.id}(${e.args}) → ${e.expected}`, e] as const))("%s", async (_label, example) => {
    const name = functionNameById.get(example.id);
    expect(name).toBeDefined();
    const fn = (functions as Record<string, (...args: unknown[]) => unknown>)[name as string];
    const args = splitArguments(example.args).map(evaluateArgument);
    expect(shownResult(await fn(...args))).toBe(example.expected);
  });

  it("documents every function with its syntax", () => {
    for (const id of functionNameById.keys()) {
      expect(DOC).toContain(`### PAD.${id}\n`);
      expect(DOC).toContain(`Syntaxe : \`PAD.${id}(`);
    }
  });
});

describe("README.md, the list of functions", () => {
  it("lists every function with an example, each one also in docs/fonctions.md (evaluated above)", () => {
    const readmeExamples = [...README.matchAll(EXAMPLE)].map((m) => m[0]);
    for (const id of functionNameById.keys()) {
      expect(README).toContain(`| \`PAD.${id}(`);
      expect(readmeExamples.some((e) => e.startsWith(`\`=PAD.${id}(`))).toBe(true);
    }
    for (const e of readmeExamples) expect(DOC).toContain(e);
  });
});
