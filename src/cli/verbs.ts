/**
 * The verbs of `cappad`. Each maps its flags to a command's options; features add theirs here
 * (`paie`, `facture`, `baseline`). `check` and `new` are the foundation's.
 */
import { checkCommand } from "../commands/check";
import type { Command, CommandOptions } from "../commands/types";
import { payrollCommand } from "../commands/crew/payroll";
import { payslipCheckCommand } from "../commands/crew/payslipCheck";
import { proposeContractsCommand } from "../commands/crew/proposeContracts";
import { costReportCommand } from "../commands/costs/costReport";
import { quoteCommand } from "../commands/costs/quote";
import { quoteFreezeCommand } from "../commands/costs/quoteFreeze";
import { creditNoteCommand } from "../commands/invoicing/creditNote";
import { eInvoiceCommand } from "../commands/invoicing/eInvoice";
import { invoiceIssueCommand } from "../commands/invoicing/issue";
import { invoicePeriodCommand } from "../commands/invoicing/period";
import { fromIso, parseMonthKey } from "../core/dates/civil";
import { baselineCommand } from "../commands/planning/baseline";
import { newProductionCommand } from "../commands/planning/newProduction";
import { overrunCommand } from "../commands/planning/overrun";
import { UsageError } from "./args";

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
    usage: "cappad check <fichier.xlsx> [-o sortie.xlsx] [--json] [--today AAAA-MM-JJ] [--mois AAAA-MM]",
    help: "Vérifie et recalcule tout le classeur : dates, chemin critique, alertes, paie, coûts. Écrit les colonnes calculées et la feuille Alertes.",
    command: checkCommand,
    flags: ["mois"],
    // --mois AAAA-MM: the `payroll` JSON section for that month only (default: the months of the séances).
    options: (f) => ({ month: typeof f.mois === "string" ? f.mois : undefined }),
  },
  // Planning (issue 3).
  {
    name: "baseline",
    usage: "cappad baseline <fichier.xlsx> [--production CODE] [-o sortie.xlsx] [--json]",
    help: "Fige la référence : copie Début, Fin, Durée (j) et Ressources dans Début réf., Fin réf., Durée réf. (j) et Ressources réf. (une production ou toutes), puis revérifie tout le classeur.",
    command: baselineCommand,
    flags: ["production"],
    options: (f) => ({ production: typeof f.production === "string" ? f.production : undefined }),
  },
  {
    name: "production",
    usage: 'cappad production <fichier.xlsx> --code CODE --genre "Fiction TV" --pad AAAA-MM-JJ [--titre T] [--minutes 52] [--zone Z] [--client C] [--fin-tournage AAAA-MM-JJ]',
    help: "Nouvelle production : ajoute la ligne Productions et la chaîne de tâches type du genre, calculée à rebours depuis le PAD (dit si les dates tiennent).",
    command: newProductionCommand,
    flags: ["code", "genre", "pad", "titre", "minutes", "zone", "client", "fin-tournage"],
    options: (f) => {
      const text = (k: string): string | undefined => (typeof f[k] === "string" ? (f[k] as string) : undefined);
      for (const k of ["code", "genre", "pad"]) if (!text(k)) throw new UsageError(`--${k} est obligatoire (cappad production <fichier.xlsx> --code CODE --genre "Fiction TV" --pad AAAA-MM-JJ).`);
      if (!fromIso(text("pad") as string)) throw new UsageError("--pad attend une date AAAA-MM-JJ.");
      return { code: text("code"), genre: text("genre"), pad: text("pad"), title: text("titre"), minutes: text("minutes"), zone: text("zone"), client: text("client"), shootEnd: text("fin-tournage") };
    },
  },
  {
    name: "depassement",
    usage: "cappad depassement <fichier.xlsx> [--production CODE] [-o sortie.xlsx] [--json]",
    help: "Rapport de dépassement (feuille Depassement) : PAD de référence et PAD prévu, glissement, tâches critiques en cause, coût du glissement par ressource, surcoûts techniques et montants de la production, à imprimer pour le producteur.",
    command: overrunCommand,
    flags: ["production"],
    options: (f) => ({ production: typeof f.production === "string" ? f.production : undefined }),
  },
  {
    name: "paie",
    usage: "cappad paie <fichier.xlsx> --mois AAAA-MM [--csv chemin.csv] [-o sortie.xlsx] [--json]",
    help: "Prépare la paie du mois (estimation) : feuilles Paie, Fiches de présence et Éléments variables de paie, et le CSV des éléments variables pour le prestataire de paie.",
    command: payrollCommand,
    flags: ["mois", "csv"],
    options: (f) => ({ month: monthFlag(f.mois) }),
  },
  {
    name: "contrats",
    usage: "cappad contrats <fichier.xlsx> [--mois AAAA-MM] [-o sortie.xlsx] [--json] [--today AAAA-MM-JJ]",
    help: "Proposer les contrats : remplit la table Contrats vide à partir des séances (du mois, ou toutes), un CDDU par personne, production et période travaillée ; ne remplace jamais des contrats saisis.",
    command: proposeContractsCommand,
    flags: ["mois"],
    options: (f) => ({ month: f.mois === undefined ? undefined : monthFlag(f.mois) }),
  },
  {
    name: "bulletins",
    usage: "cappad bulletins <fichier.xlsx> [-o sortie.xlsx] [--json]",
    help: "Vérifie les bulletins saisis dans la table Bulletins (brut, net, coût employeur du prestataire) contre l'estimation : écarts et alertes au-delà de la tolérance.",
    command: payslipCheckCommand,
    flags: [],
    options: () => ({}),
  },
  // Costs and invoices (issue 6).
  {
    name: "devis",
    usage: "cappad devis <fichier.xlsx> [--technique] [-o sortie.xlsx] [--json]",
    help: "Devis depuis le planning : tâches × ressources × durée au tarif, par poste et par production, dans la feuille Devis (comparé au devis précédent après un re-planning). Avec --technique : plus les surcoûts techniques des rushes et livrables (conversions, upscaling, mixage 5.1, M&E, sous-titres, loudness).",
    command: quoteCommand,
    flags: ["technique"],
    options: (f) => ({ technical: f.technique === true }),
  },
  {
    name: "figer-devis",
    usage: "cappad figer-devis <fichier.xlsx> [--production CODE] [--technique] [-o sortie.xlsx] [--json]",
    help: "Fige le devis accepté : reporte dans Budget (Devis HT vides, postes sans ligne) le devis que le planning propose, sans jamais remplacer un devis saisi ; avec --technique, les surcoûts techniques acceptés par le client (colonne Surcoûts techniques acceptés).",
    command: quoteFreezeCommand,
    flags: ["production", "technique"],
    options: (f) => ({ production: typeof f.production === "string" ? f.production : undefined, technical: f.technique === true }),
  },
  {
    name: "couts",
    usage: "cappad couts <fichier.xlsx> [-o sortie.xlsx] [--json] [--today AAAA-MM-JJ]",
    help: "Rapport de coûts : devis, engagé, réalisé, reste à faire, prévision finale et écart par poste, totaux par chapitre et par production (feuille Rapport de coûts, colonnes de Budget).",
    command: costReportCommand,
    flags: [],
    options: () => ({}),
  },
  {
    name: "facturer",
    usage: "cappad facturer <fichier.xlsx> --mois AAAA-MM [--production CODE] [-o sortie.xlsx]",
    help: "Remplit le brouillon de facture (LignesFacture) avec les jours travaillés du mois (un jour par personne et par date), au tarif et avec ses majorations, et complète l'en-tête (client, nature, facture périodique) ; refuse si le brouillon a déjà des lignes.",
    command: invoicePeriodCommand,
    flags: ["mois", "production"],
    options: (f) => ({ month: monthFlag(f.mois), production: typeof f.production === "string" ? f.production : undefined }),
  },
  {
    name: "facture",
    usage: "cappad facture <fichier.xlsx> [--emettre] [--format ubl|cii] [-o dossier]",
    help: "Vérifie le brouillon de facture et dit ce qui manque ; avec --emettre, émet la facture (numéro suivant, registre, feuille protégée) et, avec --format, écrit sa facture électronique dans le dossier -o.",
    command: invoiceIssueCommand,
    flags: ["emettre", "format"],
    options: (f) => ({ issue: f.emettre === true, format: formatFlag(f.format) }),
    outputIsFolder: true,
  },
  {
    name: "avoir",
    usage: "cappad avoir <fichier.xlsx> --numero NUMÉRO [--format ubl|cii] [-o dossier] [--today AAAA-MM-JJ]",
    help: "Annule une facture émise par un avoir qui s'y réfère (numéro suivant de la série) ; la facture passe « annulée par avoir ».",
    command: creditNoteCommand,
    flags: ["numero", "format"],
    options: (f) => ({ number: typeof f.numero === "string" ? f.numero : undefined, format: formatFlag(f.format) }),
    outputIsFolder: true,
  },
  {
    name: "efacture",
    usage: "cappad efacture <fichier.xlsx> [--numero NUMÉRO] [--format ubl|cii] [-o dossier]",
    help: "Écrit la facture électronique EN 16931 (UBL par défaut, ou CII) d'une facture émise (la dernière par défaut), vérifiée selon les règles françaises.",
    command: eInvoiceCommand,
    flags: ["numero", "format"],
    options: (f) => ({ number: typeof f.numero === "string" ? f.numero : undefined, format: formatFlag(f.format) ?? "ubl" }),
    outputIsFolder: true,
  },
];

/** `--mois AAAA-MM`, required by `paie`. */
function monthFlag(value: string | true | undefined): string {
  if (typeof value !== "string" || !parseMonthKey(value)) throw new UsageError("--mois attend un mois AAAA-MM (par exemple --mois 2026-11).");
  return value;
}

/** `--format ubl|cii` of the invoicing verbs. */
function formatFlag(value: string | true | undefined): "ubl" | "cii" | undefined {
  if (value === undefined) return undefined;
  if (value === "ubl" || value === "cii") return value;
  throw new UsageError("--format attend ubl ou cii.");
}

export function findVerb(name: string): Verb | undefined {
  return VERBS.find((v) => v.name === name);
}
