/** Command-line arguments: `cappad <verbe> <fichier> [options]`, parsed by hand (a handful of flags). */

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

/** Flags that take a value; every other flag is a switch. */
const VALUE_FLAGS = new Set(["o", "today", "production", "mois", "csv", "format", "modele", "numero", "code", "genre", "pad", "titre", "minutes", "zone", "client", "fin-tournage"]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { positional: [], flags: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith("-") && a !== "-") {
      const [rawName, inline] = a.replace(/^--?/, "").split(/=(.*)/s, 2);
      const name = rawName === "output" ? "o" : rawName === "h" ? "help" : rawName;
      if (VALUE_FLAGS.has(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined || value === "") throw new UsageError(`l'option -${name.length > 1 ? "-" : ""}${name} attend une valeur.`);
        out.flags[name] = value;
      } else out.flags[name] = true;
    } else if (!out.verb) out.verb = a;
    else out.positional.push(a);
  }
  return out;
}
