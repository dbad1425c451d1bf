/**
 * Proves that the layering rules of eslint.config.mjs still bite (run by `npm run lint`, so by `npm test`):
 * a rule that silently stopped resolving imports, or a zone whose path was renamed, would let
 * `eslint .` pass on anything. Each planted file below is linted through ESLint's Node API, as if it
 * were in src/, and must raise exactly the expected rule; the control must raise nothing.
 *
 * It also looks for import cycles that `import-x/no-cycle` does not follow: that rule skips type-only
 * imports (they vanish at runtime), yet a type cycle still ties two modules together for a reader (the
 * check steps and their list were one). The graph is every relative import of src/, types included.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const PLANTED = [
  { file: "src/core/costs/planted.ts", text: 'import { planningOf } from "../../sheets/planning";\nexport const f = planningOf;\n', rule: "import-x/no-restricted-paths" },
  { file: "src/data/planted.ts", text: 'import { findTable } from "../workbook/snapshot";\nexport const f = findTable;\n', rule: "import-x/no-restricted-paths" },
  { file: "src/workbook/planted.ts", text: 'import { bindTable } from "../sheets/read";\nexport const f = bindTable;\n', rule: "import-x/no-restricted-paths" },
  { file: "src/sheets/crew/planted.ts", text: 'import type { CommandContext } from "../../commands/context";\nexport type C = CommandContext;\n', rule: "import-x/no-restricted-paths" },
  { file: "src/sheets/templates/planted.ts", text: 'import { DEMO_CREW } from "../../demo/crew";\nexport const rows = DEMO_CREW;\n', rule: "import-x/no-restricted-paths" },
  { file: "src/commands/planted.ts", text: 'import { runOnBytes } from "../hosts/file/runner";\nexport const f = runOnBytes;\n', rule: "import-x/no-restricted-paths" },
  { file: "src/hosts/excel/planted.ts", text: 'import { runOnBytes } from "../file/runner";\nexport const f = runOnBytes;\n', rule: "import-x/no-restricted-paths" },
  // A lazy import is an import too (the Office.js host once loaded the file host's renderer so).
  { file: "src/hosts/excel/planted.ts", text: 'export const load = () => import(/* webpackChunkName: "host-file" */ "../file/runner");\n', rule: "import-x/no-restricted-paths" },
  { file: "src/functions/planted.ts", text: 'import { runCommandInExcel } from "../hosts/excel/run";\nexport const f = runCommandInExcel;\n', rule: "import-x/no-restricted-paths" },
  // values.ts importing patch.ts, which imports values.ts: a runtime cycle.
  { file: "src/workbook/values.ts", text: 'import { rowKeys } from "./patch";\nexport const f = rowKeys;\n', rule: "import-x/no-cycle" },
  // Control: the allowed direction (commands import sheets) is not reported.
  { file: "src/commands/planted.ts", text: 'import { planningOf } from "../sheets/planning";\nexport const f = planningOf;\n', rule: undefined },
];

async function checkPlanted() {
  const eslint = new ESLint({ cwd: ROOT });
  const failures = [];
  for (const p of PLANTED) {
    const [result] = await eslint.lintText(p.text, { filePath: path.join(ROOT, p.file) });
    const rules = result.messages.map((m) => m.ruleId ?? m.message);
    const ok = p.rule ? rules.length === 1 && rules[0] === p.rule : rules.length === 0;
    if (!ok) failures.push(`${p.file}: expected ${p.rule ?? "no error"}, got ${JSON.stringify(rules)}`);
  }
  return failures;
}

/** Every .ts file under src/ and the src files it imports by a relative path (type imports included). */
function importGraph() {
  const files = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".ts") && !e.name.endsWith(".d.ts")) files.push(p);
    }
  };
  walk(path.join(ROOT, "src"));
  const resolveTs = (from, spec) => {
    const base = path.resolve(path.dirname(from), spec);
    return [`${base}.ts`, path.join(base, "index.ts")].find((f) => fs.existsSync(f));
  };
  // Static `import … from "./x"` and `export … from "./x"` (comments are stripped first); dynamic
  // import() is lazy loading, not a dependency of the module's shape.
  const IMPORT = /(?:^|[\n;])\s*(?:import|export)\s[^;]*?\sfrom\s*"(\.[^"]+)"/g;
  const graph = new Map();
  for (const f of files) {
    const text = fs.readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    const deps = new Set();
    for (const m of text.matchAll(IMPORT)) {
      const target = resolveTs(f, m[1]);
      if (target) deps.add(target);
    }
    graph.set(f, deps);
  }
  return graph;
}

/** Strongly connected components of more than one module (Tarjan), each a cycle to break. */
function cycles(graph) {
  let index = 0;
  const idx = new Map();
  const low = new Map();
  const stack = [];
  const on = new Set();
  const out = [];
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const scc = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        scc.push(path.relative(ROOT, w));
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

const failures = await checkPlanted();
for (const c of cycles(importGraph())) failures.push(`import cycle (types included): ${c.join(" <-> ")}`);
if (failures.length) {
  console.error(`Layering check failed:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
console.log(`Layering check: ${PLANTED.length} planted imports reported as expected, no import cycle in src/.`);
