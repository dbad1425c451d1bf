/** `cappad --help` and `cappad <verbe> --help`, generated from the verbs' declarations (verbs.ts). */
import { COMMON_OPTIONS, VERBS, type OptionSpec, type Verb } from "./verbs";

/** `--mois AAAA-MM`, `-o sortie.xlsx`, `--json`. */
function flag(o: OptionSpec): string {
  return `${o.name.length > 1 ? "--" : "-"}${o.name}${o.value ? ` ${o.value}` : ""}`;
}

/** `cappad paie <fichier.xlsx> --mois AAAA-MM [--csv chemin.csv] [-o sortie.xlsx] [--json] [--today AAAA-MM-JJ]`. */
export function usageLine(verb: Verb): string {
  const options = [...verb.options, ...commonOptionsOf(verb).filter((o) => o.name !== "help")];
  return [`cappad ${verb.name} <fichier.xlsx>`, ...options.map((o) => (o.required ? flag(o) : `[${flag(o)}]`))].join(" ");
}

/** For a verb whose `-o` is the file it makes (the FEC), not the workbook. */
const FILE_OUTPUT: OptionSpec = { name: "o", kind: "path", value: "fichier.txt", help: "écrit le fichier produit sous ce nom (par défaut : son nom légal, à côté du classeur) ; le classeur est mis à jour sur place" };

function commonOptionsOf(verb: Verb): readonly OptionSpec[] {
  return verb.outputIsFile ? COMMON_OPTIONS.map((o) => (o.name === "o" ? FILE_OUTPUT : o)) : COMMON_OPTIONS;
}

function optionLines(options: readonly OptionSpec[]): string[] {
  const width = Math.max(...options.map((o) => flag(o).length + (o.name === "help" ? 4 : 0)));
  return options.map((o) => {
    const shown = o.name === "help" ? "-h, --help" : flag(o);
    return `  ${shown.padEnd(width + 2)} ${o.help}${o.required ? " (obligatoire)" : ""}`;
  });
}

const EXIT_CODES = "Codes de sortie : 0 exécuté (alertes comprises), 1 fichier inutilisable ou impossible à écrire, 2 arguments invalides.";

export function helpText(): string {
  return [
    "cappad — Cap PAD sur des classeurs .xlsx (planning, équipe, paie, coûts, factures de post-production)",
    "",
    "Utilisation :",
    ...VERBS.flatMap((v) => [`  ${usageLine(v)}`, `      ${v.help}`]),
    "",
    "Options de toutes les commandes :",
    ...optionLines(COMMON_OPTIONS),
    "",
    "Dates : AAAA-MM-JJ ou JJ/MM/AAAA ; mois : AAAA-MM ou MM/AAAA.",
    "cappad <commande> --help : la commande et toutes ses options.",
    EXIT_CODES,
  ].join("\n");
}

export function verbHelp(verb: Verb): string {
  return [
    `Utilisation : ${usageLine(verb)}`,
    "",
    verb.help,
    "",
    ...(verb.options.length ? ["Options :", ...optionLines(verb.options), ""] : []),
    "Options de toutes les commandes :",
    ...optionLines(commonOptionsOf(verb)),
    "",
    "Dates : AAAA-MM-JJ ou JJ/MM/AAAA ; mois : AAAA-MM ou MM/AAAA.",
    EXIT_CODES,
  ].join("\n");
}
