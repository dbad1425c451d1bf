/**
 * `cappad`: Cap PAD on .xlsx files. Exit codes: 0 it ran (alerts included), 1 unusable file or a file
 * that cannot be written (one French line, never a stack trace), 2 bad arguments.
 *
 * Where things go: the workbook is written to `-o` when given (the source is then never written), else
 * in place; the files a command makes go beside the workbook written (the CSV to `--csv`, e-invoices to
 * `--dossier`). The workbook is written before the files: an invoice number is kept only by the
 * workbook that holds it, and a verb that takes one refuses to run when that workbook cannot be written.
 */
import * as fs from "fs";
import * as path from "path";
import { insertTemplatesCommand } from "../commands/templates";
import { reportJson, type OutputFile, type Report } from "../commands/types";
import { runOnBytes } from "../hosts/file/runner";
import { newWorkbook, saveWorkbook } from "../hosts/xlsx/workbook";
import { applyPatch } from "../hosts/file/apply";
import { emptySnapshot } from "../workbook/snapshot";
import { parseArgs, todayOf, UsageError, verbFlags, type ParsedArgs } from "./args";
import { helpText, verbHelp } from "./help";
import { findVerb, verbOfCommand, type Flags, type Verb } from "./verbs";
import { describeError, UnwritableError } from "./errors";

export { helpText };

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** How a message names another command on the command line: the verb to run. */
export function cliMention(command: string): string | undefined {
  const verb = verbOfCommand(command);
  return verb ? `« cappad ${verb.name} »` : undefined;
}

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    return usage(io, e);
  }
  const helpOf = args.verb === "help" ? findVerb(args.positional[0] ?? "") : undefined;
  if (!args.verb || args.verb === "help" || (args.flags.help && !findVerb(args.verb))) {
    io.out((helpOf ? verbHelp(helpOf) : helpText()) + "\n");
    // Asked for (`--help`, `help`): done; nothing asked at all (`cappad`): an argument is missing.
    return args.verb || args.flags.help ? 0 : 2;
  }
  try {
    const verb = findVerb(args.verb);
    if (!verb) throw new UsageError(`commande inconnue « ${args.verb} ».`);
    if (args.flags.help) {
      io.out(verbHelp(verb) + "\n");
      return 0;
    }
    const flags = verbFlags(verb, args.flags);
    const file = requireFile(args);
    return verb.command ? await runVerb(verb, flags, file, io) : await runNew(flags, file, io);
  } catch (e) {
    if (e instanceof UsageError) return usage(io, e);
    io.err(describeError(e) + "\n");
    return 1;
  }
}

async function runVerb(verb: Verb, flags: Flags, file: string, io: Io): Promise<number> {
  // For a verb whose -o names the file it makes (the FEC), the workbook is written in place.
  const target = typeof flags.o === "string" && !verb.outputIsFile ? flags.o : file;
  // A number of a series cannot be taken back: nothing is issued into a workbook that cannot be written.
  if (verb.issuesNumber?.(flags)) assertWritable(target);
  const bytes = readFile(file);
  const progress = (m: string): void => io.err(m + "\n");
  const result = await runOnBytes(bytes, verb.command!, { today: todayOf(flags), options: verb.toOptions(flags), fileName: path.basename(file), progress, mention: cliMention });
  if (result.bytes || target !== file) write(target, result.bytes ?? bytes);
  for (const f of result.report.files) write(fileTarget(verb, flags, target, f), f.content);
  printReport(io, result.report, flags.json === true);
  return 0;
}

/** Where a file the command made goes: `--csv` (or `-o` for a verb whose -o is its file) as given, e-invoices into `--dossier`, the rest beside the workbook written. */
function fileTarget(verb: Verb, flags: Flags, workbook: string, f: OutputFile): string {
  const named = verb.outputIsFile && typeof flags.o === "string" && f.name === flags.o;
  const target =
    named ? f.name : typeof flags.csv === "string" && f.name === flags.csv ? flags.csv : path.join(verb.writesFiles && typeof flags.dossier === "string" ? flags.dossier : path.dirname(workbook), f.name);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  return target;
}

async function runNew(flags: Flags, file: string, io: Io): Promise<number> {
  if (fs.existsSync(file) && !flags.force) throw new UsageError(`${file} existe déjà (ajoutez --force pour le remplacer).`);
  const target = typeof flags.o === "string" ? flags.o : file;
  const wb = await newWorkbook();
  const snapshot = emptySnapshot();
  const result = await insertTemplatesCommand.run({ snapshot, today: todayOf(flags), options: { template: "all", demo: flags.demo === true } });
  await applyPatch(wb, result.patch, snapshot);
  write(target, await saveWorkbook(wb));
  printReport(io, { ...result.report, summary: [`Classeur créé : ${target}`, ...result.report.summary] }, flags.json === true);
  return 0;
}

function printReport(io: { out: (s: string) => void }, report: Report, json: boolean): void {
  if (json) io.out(JSON.stringify(reportJson(report), null, 2) + "\n");
  else io.out(report.summary.join("\n") + "\n");
}

/** The workbook can be written where it goes (an existing file writable, or a folder that takes a new one). */
function assertWritable(target: string): void {
  const existing = fs.existsSync(target);
  try {
    fs.accessSync(existing ? target : path.dirname(path.resolve(target)), fs.constants.W_OK);
    if (existing && !fs.statSync(target).isFile()) throw new Error("pas un fichier");
  } catch {
    throw new UnwritableError(`${target} ne peut pas être écrit (lecture seule, dossier absent ou protégé) : aucun numéro n'a été pris. Donnez un classeur que Cap PAD peut réécrire, ou -o copie.xlsx.`);
  }
}

function write(target: string, content: string | Uint8Array): void {
  try {
    fs.writeFileSync(target, content);
  } catch (e) {
    throw new UnwritableError(`impossible d'écrire ${target} (${(e as NodeJS.ErrnoException).code ?? "erreur"}).`);
  }
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

function defaultIo(): Io {
  return { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };
}
