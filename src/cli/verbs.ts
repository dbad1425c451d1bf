/**
 * The verbs of `cappad`. Each maps its flags to a command's options; features add theirs here
 * (`paie`, `facture`, `baseline`). `check` and `new` are the foundation's.
 */
import { checkCommand } from "../commands/check";
import type { Command, CommandOptions } from "../commands/types";

export interface Verb {
  name: string;
  /** One French line for `cappad --help`. */
  usage: string;
  help: string;
  command: Command;
  /** Flags accepted besides -o, --json, --today, --help. */
  flags: string[];
  options(flags: Record<string, string | true>): CommandOptions;
  /** `-o` names a folder for the files the command produces (facture) rather than an output workbook. */
  outputIsFolder?: boolean;
}

export const VERBS: Verb[] = [
  {
    name: "check",
    usage: "cappad check <fichier.xlsx> [-o sortie.xlsx] [--json] [--today AAAA-MM-JJ]",
    help: "Vérifie et recalcule tout le classeur : dates, chemin critique, alertes, paie, coûts. Écrit les colonnes calculées et la feuille Alertes.",
    command: checkCommand,
    flags: [],
    options: () => ({}),
  },
];

export function findVerb(name: string): Verb | undefined {
  return VERBS.find((v) => v.name === name);
}
