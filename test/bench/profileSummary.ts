/**
 * Reads a V8 CPU profile (`node --cpu-prof` writes a .cpuprofile JSON) and prints where the time went:
 * self time by function and by file, and inclusive time (the function and what it calls, each sample
 * counted once per function even under recursion) of the functions of `src/`, so that the engine's
 * steps show beside exceljs' reading and writing. Profile the compiled CLI (`npm run build:cli`) rather than
 * tsx: tsx's transpiled files put every function on one line, the compiled lib/ keeps real lines.
 *
 *   npx tsx test/bench/profileSummary.ts <file.cpuprofile> [how many rows, 15 by default]
 */
import * as fs from "fs";
import * as path from "path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const root = path.resolve(__dirname, "../..");

/** A short, stable place: `src/core/crew/x.ts`, `exceljs/lib/…`, `node:internal/…`. */
function fileOf(url: string): string {
  if (!url) return "(natif)";
  const p = url.replace(/^file:\/\//, "");
  const nm = p.lastIndexOf("node_modules/");
  if (nm >= 0) return p.slice(nm + "node_modules/".length);
  return p.startsWith(root) ? path.relative(root, p) : p;
}

/** The package (node_modules) or the folder of our code (`src/core/crew`, `lib/hosts/file` once built). */
function areaOf(file: string): string {
  if (/^(src|lib)\//.test(file)) return path.dirname(file);
  if (file.startsWith("(") || file.startsWith("node:")) return file.split("/")[0];
  const parts = file.split("/");
  return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** Our code: the sources run through tsx, or the compiled CLI in lib/. */
const ours = (file: string): boolean => /^(src|lib)\//.test(file);

function keyOf(n: ProfileNode): string {
  const f = n.callFrame;
  return `${f.functionName || "(anonyme)"} ${fileOf(f.url)}:${f.lineNumber + 1}`;
}

export interface Summary {
  totalMs: number;
  self: Map<string, number>;
  files: Map<string, number>;
  areas: Map<string, number>;
  inclusive: Map<string, number>;
}

export function summarise(profile: CpuProfile): Summary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const files = new Map<string, number>();
  const areas = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, v: number): void => void m.set(k, (m.get(k) ?? 0) + v);
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    totalMs += ms;
    const node = byId.get(id)!;
    add(self, keyOf(node), ms);
    const file = node.callFrame.url ? fileOf(node.callFrame.url) : `(${node.callFrame.functionName.replace(/[()]/g, "")})`;
    add(files, file, ms);
    add(areas, areaOf(file), ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at)!;
      if (!ours(fileOf(n.callFrame.url))) continue;
      const k = keyOf(n);
      if (!seen.has(k)) {
        seen.add(k);
        add(inclusive, k, ms);
      }
    }
  });
  return { totalMs, self, files, areas, inclusive };
}

function print(title: string, m: Map<string, number>, total: number, count: number): void {
  console.log(`\n${title}`);
  for (const [k, ms] of [...m].sort((a, b) => b[1] - a[1]).slice(0, count))
    console.log(`${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${k}`);
}

function main(): void {
  const [file, n] = process.argv.slice(2);
  if (!file) throw new Error("usage : profileSummary.ts <fichier.cpuprofile> [lignes]");
  const count = Number(n ?? 15);
  const { totalMs, self, files, areas, inclusive } = summarise(JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile);
  console.log(`Profil : ${totalMs.toFixed(0)} ms échantillonnées`);
  print("Temps propre par fonction", self, totalMs, count);
  print("Temps propre par fichier", files, totalMs, count);
  print("Temps propre par paquet ou dossier", areas, totalMs, count);
  print("Temps inclusif de nos fonctions (src/ ou lib/)", inclusive, totalMs, count * 3);
}

if (require.main === module) main();
