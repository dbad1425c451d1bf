/**
 * `cappad`: Cap PAD on .xlsx files. Exit codes: 0 it ran (alerts included), 1 unusable file (one French
 * line, never a stack trace), 2 bad arguments.
 */
import * as fs from "fs";
import * as path from "path";
import { insertTemplatesCommand } from "../commands/templates";
import { reportJson, type Report } from "../commands/types";
import { dayFromYmd, fromIso, type DayNumber } from "../core/dates/civil";
import { runOnBytes } from "../hosts/file/runner";
import { newWorkbook, saveWorkbook } from "../hosts/file/workbook";
import { applyPatch } from "../hosts/file/apply";
import { emptySnapshot } from "../hosts/snapshot";
import { parseArgs, UsageError, type ParsedArgs } from "./args";
import { findVerb, VERBS } from "./verbs";
import { describeError } from "./errors";

const COMMON_FLAGS = ["o", "json", "today", "help"];

export function helpText(): string {
  return [
    "cappad — Cap PAD sur des classeurs .xlsx (planning, équipe, paie, coûts, factures de post-production)",
    "",
    "Utilisation :",
    "  cappad new <fichier.xlsx> [--demo] [--today AAAA-MM-JJ]",
    "      Crée un classeur avec tous les modèles (avec --demo : rempli d'un exemple réaliste de deux productions).",
    ...VERBS.flatMap((v) => [`  ${v.usage}`, `      ${v.help}`]),
    "",
    "Options communes :",
    "  -o <chemin>          écrit le résultat ailleurs (sinon le fichier est mis à jour sur place)",
    "  --json               affiche un rapport JSON sur la sortie standard au lieu du résumé",
    "  --today AAAA-MM-JJ   fixe la date du jour (résultats reproductibles)",
    "  -h, --help           affiche cette aide",
    "",
    "Codes de sortie : 0 exécuté (alertes comprises), 1 fichier inutilisable, 2 arguments invalides.",
  ].join("\n");
}

export async function main(argv: string[], io: { out: (s: string) => void; err: (s: string) => void } = defaultIo()): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    return usage(io, e);
  }
  if (!args.verb || args.flags.help || args.verb === "help") {
    io.out(helpText() + "\n");
    return args.verb || args.flags.help ? 0 : 2;
  }
  try {
    const today = parseToday(args.flags.today);
    if (args.verb === "new") return await runNew(args, today, io);
    const verb = findVerb(args.verb);
    if (!verb) throw new UsageError(`commande inconnue « ${args.verb} ».`);
    checkFlags(args, [...COMMON_FLAGS, ...verb.flags]);
    const file = requireFile(args);
    const bytes = readFile(file);
    const progress = (m: string): void => io.err(m + "\n");
    const result = await runOnBytes(bytes, verb.command, { today, options: verb.options(args.flags), fileName: path.basename(file), progress });
    const out = typeof args.flags.o === "string" ? args.flags.o : undefined;
    if (verb.outputIsFolder) {
      const folder = out ?? path.dirname(file);
      fs.mkdirSync(folder, { recursive: true });
      for (const f of result.report.files) fs.writeFileSync(path.join(folder, f.name), f.content);
      if (result.bytes) fs.writeFileSync(file, result.bytes);
    } else {
      if (result.bytes || out) fs.writeFileSync(out ?? file, result.bytes ?? bytes);
      for (const f of result.report.files) {
        const target = typeof args.flags.csv === "string" && f.name.endsWith(".csv") ? args.flags.csv : path.join(path.dirname(out ?? file), f.name);
        fs.writeFileSync(target, f.content);
      }
    }
    printReport(io, result.report, Boolean(args.flags.json));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) return usage(io, e);
    io.err(describeError(e) + "\n");
    return 1;
  }
}

async function runNew(args: ParsedArgs, today: DayNumber, io: { out: (s: string) => void; err: (s: string) => void }): Promise<number> {
  checkFlags(args, [...COMMON_FLAGS, "demo", "force"]);
  const file = requireFile(args);
  if (fs.existsSync(file) && !args.flags.force) throw new UsageError(`${file} existe déjà (ajoutez --force pour le remplacer).`);
  const wb = await newWorkbook();
  const snapshot = emptySnapshot();
  const result = await insertTemplatesCommand.run({ snapshot, today, options: { template: "all", demo: Boolean(args.flags.demo) } });
  await applyPatch(wb, result.patch, snapshot);
  fs.writeFileSync(file, await saveWorkbook(wb));
  printReport(io, { ...result.report, summary: [`Classeur créé : ${file}`, ...result.report.summary] }, Boolean(args.flags.json));
  return 0;
}

function printReport(io: { out: (s: string) => void }, report: Report, json: boolean): void {
  if (json) io.out(JSON.stringify(reportJson(report), null, 2) + "\n");
  else io.out(report.summary.join("\n") + "\n");
}

function parseToday(flag: string | true | undefined): DayNumber {
  if (flag === undefined) {
    const now = new Date(); // the user's own calendar day, read once at the border
    return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
  }
  const day = typeof flag === "string" ? fromIso(flag) : undefined;
  if (day === undefined) throw new UsageError("--today attend une date AAAA-MM-JJ.");
  return day;
}

function checkFlags(args: ParsedArgs, allowed: string[]): void {
  for (const f of Object.keys(args.flags)) if (!allowed.includes(f)) throw new UsageError(`option inconnue « ${f.length > 1 ? "--" : "-"}${f} ».`);
}

function requireFile(args: ParsedArgs): string {
  const file = args.positional[0];
  if (!file) throw new UsageError("indiquez le fichier .xlsx.");
  if (args.positional.length > 1) throw new UsageError(`argument en trop « ${args.positional[1]} ».`);
  return file;
}

function readFile(file: string): Uint8Array {
  try {
    return new Uint8Array(fs.readFileSync(file));
  } catch {
    throw new UsageError(`impossible de lire ${file} (fichier introuvable ?).`);
  }
}

function usage(io: { err: (s: string) => void }, e: unknown): number {
  io.err(`cappad : ${e instanceof Error ? e.message : String(e)}\nAide : cappad --help\n`);
  return 2;
}

function defaultIo(): { out: (s: string) => void; err: (s: string) => void } {
  return { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };
}
