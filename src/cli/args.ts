/**
 * Command-line arguments: `cappad <verbe> <fichier> [options]`. Which flags take a value, and what a
 * value must look like, comes from the verbs' declarations (verbs.ts): an option has one meaning and
 * one format for every verb.
 */
import { dayFromYmd, parseDateText, toIso } from "../core/dates/civil";
import { COMMON_OPTIONS, VERBS, type Flags, type OptionSpec, type Verb } from "./verbs";

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export interface ParsedArgs {
  verb?: string;
  positional: string[];
  flags: Record<string, string | true>;
}

const ALL_OPTIONS: readonly OptionSpec[] = [...COMMON_OPTIONS, ...VERBS.flatMap((v) => v.options)];
/** Flags that take a value (`-o x`, `--mois=x`); every other flag is a switch. */
const VALUE_FLAGS = new Set(ALL_OPTIONS.filter((o) => o.kind !== "switch").map((o) => o.name));
const ALIASES: Record<string, string> = { output: "o", h: "help" };

const shown = (name: string): string => `${name.length > 1 ? "--" : "-"}${name}`;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { positional: [], flags: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith("-") && a !== "-") {
      const [rawName, inline] = a.replace(/^--?/, "").split(/=(.*)/s, 2);
      const name = ALIASES[rawName] ?? rawName;
      if (VALUE_FLAGS.has(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined || value === "") throw new UsageError(`l'option ${shown(name)} attend une valeur.`);
        out.flags[name] = value;
      } else out.flags[name] = true;
    } else if (!out.verb) out.verb = a;
    else out.positional.push(a);
  }
  return out;
}

/** `AAAA-MM` or `MM/AAAA` → `AAAA-MM`. */
function monthOf(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})$/.exec(text.trim());
  const fr = /^(\d{1,2})\/(\d{4})$/.exec(text.trim());
  const [year, month] = iso ? [Number(iso[1]), Number(iso[2])] : fr ? [Number(fr[2]), Number(fr[1])] : [0, 0];
  return month >= 1 && month <= 12 && year >= 1900 ? `${year}-${String(month).padStart(2, "0")}` : undefined;
}

/** One option's value checked and put in its one form (dates AAAA-MM-JJ, months AAAA-MM). */
function normalized(o: OptionSpec, value: string | true): string | true {
  if (o.kind === "switch") {
    if (value !== true) throw new UsageError(`l'option ${shown(o.name)} ne prend pas de valeur.`);
    return true;
  }
  const text = String(value);
  if (o.kind === "date") {
    const day = parseDateText(text);
    if (day === undefined) throw new UsageError(`${shown(o.name)} attend une date AAAA-MM-JJ ou JJ/MM/AAAA (reçu « ${text} »).`);
    return toIso(day);
  }
  if (o.kind === "month") {
    const month = monthOf(text);
    if (!month) throw new UsageError(`${shown(o.name)} attend un mois AAAA-MM ou MM/AAAA, par exemple 2026-11 (reçu « ${text} »).`);
    return month;
  }
  if (o.kind === "number" && !(Number(text.replace(",", ".")) > 0)) throw new UsageError(`${shown(o.name)} attend un nombre positif (reçu « ${text} »).`);
  if (o.choices && !o.choices.includes(text)) throw new UsageError(`${shown(o.name)} attend ${o.choices.join(" ou ")} (reçu « ${text} »).`);
  return text;
}

/** The flags a verb accepts, checked (unknown, missing, malformed) and normalised. */
export function verbFlags(verb: Verb, flags: Record<string, string | true>): Flags {
  const specs = [...verb.options, ...COMMON_OPTIONS];
  const out: Flags = {};
  for (const [name, value] of Object.entries(flags)) {
    const spec = specs.find((o) => o.name === name);
    if (!spec) throw new UsageError(`option inconnue « ${shown(name)} » pour cappad ${verb.name} (cappad ${verb.name} --help).`);
    out[name] = normalized(spec, value);
  }
  for (const o of specs) if (o.required && out[o.name] === undefined) throw new UsageError(`${shown(o.name)} est obligatoire pour cappad ${verb.name} (cappad ${verb.name} --help).`);
  if (typeof out.o === "string" && !verb.outputIsFile && !/\.xlsx$/i.test(out.o))
    throw new UsageError(`-o désigne le classeur écrit (un fichier .xlsx), reçu « ${out.o} »${verb.writesFiles ? " ; le dossier des factures électroniques se donne avec --dossier" : ""}.`);
  return out;
}

/** "Today" of `--today`, else the user's own calendar day, read once at the border. */
export function todayOf(flags: Flags): number {
  if (typeof flags.today === "string") return parseDateText(flags.today)!;
  const now = new Date();
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
