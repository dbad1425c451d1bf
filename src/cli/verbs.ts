/**
 * The verbs of `cappad`, one declaration each: its command, what it does, every option it takes (with
 * its kind, so that dates are read the same way everywhere) and how the options become the command's.
 * The help (`cappad --help`, `cappad <verbe> --help`), the parsing and the checks are generated from
 * these declarations: a verb or an option added here is listed and checked without more code.
 *
 * One meaning per option for every verb: `-o` is always the output workbook (the source is then never
 * written), `--dossier` the folder for the e-invoices, `--today` and every date take AAAA-MM-JJ or
 * JJ/MM/AAAA, `--mois` AAAA-MM or MM/AAAA.
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
import { baselineCommand } from "../commands/planning/baseline";
import { newProductionCommand } from "../commands/planning/newProduction";
import { overrunCommand } from "../commands/planning/overrun";
import { scenariosCommand } from "../commands/planning/scenarios";
import { applyScenarioCommand } from "../commands/planning/applyScenario";
import { exportFecCommand } from "../commands/accounts/exportFec";
import { paymentCommand } from "../commands/accounts/payment";
import { remindersCommand } from "../commands/accounts/reminders";

export type OptionKind = "switch" | "text" | "date" | "month" | "number" | "path";

export interface OptionSpec {
  /** The flag without its dashes (`o` is written `-o`, the others `--mois`). */
  name: string;
  kind: OptionKind;
  /** What its value looks like in the help (`AAAA-MM`, `CODE`, `chemin.csv`). */
  value?: string;
  /** Allowed values (`ubl`, `cii`). */
  choices?: readonly string[];
  required?: boolean;
  /** One French line for the help. */
  help: string;
}

/** Options after parsing: dates as AAAA-MM-JJ, months as AAAA-MM, switches as true. */
export type Flags = Record<string, string | true>;

export interface Verb {
  name: string;
  /** What it does, in French, for the help. */
  help: string;
  /** `new` creates a workbook itself: no command to run on a file. */
  command?: Command;
  options: readonly OptionSpec[];
  /** The command's options from the parsed flags. */
  toOptions(flags: Flags): CommandOptions;
  /** It writes e-invoice files (into `--dossier`, by default beside the workbook written). */
  writesFiles?: boolean;
  /** `-o` names the file the command makes (not a workbook): the workbook is written in place. */
  outputIsFile?: boolean;
  /** It takes a number of a series that cannot be taken back (invoice, credit note). */
  issuesNumber?(flags: Flags): boolean;
}

/** Options every verb takes. */
export const COMMON_OPTIONS: readonly OptionSpec[] = [
  { name: "o", kind: "path", value: "sortie.xlsx", help: "écrit le classeur résultat dans ce fichier ; le classeur d'origine n'est alors jamais modifié" },
  { name: "json", kind: "switch", help: "écrit le rapport JSON complet sur la sortie standard (la progression reste sur la sortie d'erreur)" },
  { name: "today", kind: "date", value: "AAAA-MM-JJ", help: "fixe la date du jour (résultats reproductibles) ; JJ/MM/AAAA accepté" },
  { name: "help", kind: "switch", help: "affiche l'aide de la commande" },
];

const text = (f: Flags, k: string): string | undefined => (typeof f[k] === "string" ? (f[k] as string) : undefined);
/** `--format`, checked against its choices by the parser. */
const formatOf = (f: Flags): "ubl" | "cii" | undefined => text(f, "format") as "ubl" | "cii" | undefined;
const production: OptionSpec = { name: "production", kind: "text", value: "CODE", help: "une seule production (son code dans la table Productions)" };
const month = (required: boolean, help: string): OptionSpec => ({ name: "mois", kind: "month", value: "AAAA-MM", required, help });
const format = (help: string): OptionSpec => ({ name: "format", kind: "text", value: "ubl|cii", choices: ["ubl", "cii"], help });
const folder: OptionSpec = { name: "dossier", kind: "path", value: "dossier", help: "où écrire la facture électronique (par défaut : à côté du classeur écrit)" };

export const VERBS: Verb[] = [
  {
    name: "new",
    help: "Crée un classeur avec tous les modèles (avec --demo : rempli d'un exemple réaliste de deux productions).",
    options: [
      { name: "demo", kind: "switch", help: "remplit le classeur avec l'exemple" },
      { name: "force", kind: "switch", help: "remplace le fichier s'il existe" },
    ],
    toOptions: (f) => ({ template: "all", demo: f.demo === true }),
  },
  {
    name: "check",
    help: "Vérifie et recalcule tout le classeur : dates, chemin critique, alertes, paie, coûts. Écrit les colonnes calculées, la feuille Alertes et les feuilles de Cap PAD (Synthese, Planning à imprimer…).",
    command: checkCommand,
    options: [month(false, "la section « payroll » du rapport JSON pour ce mois seulement (par défaut : les mois des séances)")],
    toOptions: (f) => ({ month: text(f, "mois") }),
  },
  {
    name: "baseline",
    help: "Fige la référence : copie Début, Fin, Durée (j) et Ressources dans Début réf., Fin réf., Durée réf. (j) et Ressources réf. (une production ou toutes), puis revérifie tout le classeur. À faire après le rapport de dépassement, pas avant : il se mesure par rapport à la référence.",
    command: baselineCommand,
    options: [production],
    toOptions: (f) => ({ production: text(f, "production") }),
  },
  {
    name: "production",
    help: "Nouvelle production : ajoute la ligne Productions et la chaîne de tâches type du genre, calculée à rebours depuis le PAD (dit si les dates tiennent).",
    command: newProductionCommand,
    options: [
      { name: "code", kind: "text", value: "CODE", required: true, help: "code court et unique (ex. DOC3)" },
      { name: "genre", kind: "text", value: '"Fiction TV"', required: true, help: "Fiction TV, Série, Long métrage, Documentaire ou Animation" },
      { name: "pad", kind: "date", value: "AAAA-MM-JJ", required: true, help: "date du PAD contractuel" },
      { name: "titre", kind: "text", value: "TITRE", help: "titre du programme" },
      { name: "minutes", kind: "number", value: "52", help: "durée en minutes (par défaut selon le genre)" },
      { name: "zone", kind: "text", value: "ZONE", help: "Métropole, Alsace-Moselle ou 971 à 976 (jours fériés)" },
      { name: "client", kind: "text", value: "CLIENT", help: "client (diffuseur ou producteur)" },
      { name: "fin-tournage", kind: "date", value: "AAAA-MM-JJ", help: "fin de tournage : la chaîne part de là" },
    ],
    toOptions: (f) => ({ code: text(f, "code"), genre: text(f, "genre"), pad: text(f, "pad"), title: text(f, "titre"), minutes: text(f, "minutes"), zone: text(f, "zone"), client: text(f, "client"), shootEnd: text(f, "fin-tournage") }),
  },
  {
    name: "depassement",
    help: "Rapport de dépassement (feuille Depassement) : PAD de référence et PAD prévu, glissement, tâches critiques en cause, coût du glissement par ressource, surcoûts techniques et montants de la production, à imprimer pour le producteur.",
    command: overrunCommand,
    options: [production],
    toOptions: (f) => ({ production: text(f, "production") }),
  },
  {
    name: "scenarios",
    help: "Compare les scénarios de la table Scenarios au plan actuel, côte à côte par production : PAD prévu, glissement, écart au contrat, coût supplémentaire HT (le coût du glissement du rapport de dépassement, plus les majorations du dimanche), surcharges des personnes et des salles (plus de 48 h ou de 5 jours par semaine, toutes productions), chemin critique. N'écrit rien dans le classeur : la feuille « Proposition au producteur », à faire signer, s'écrit à la vérification (cappad check).",
    command: scenariosCommand,
    options: [production],
    toOptions: (f) => ({ production: text(f, "production") }),
  },
  {
    name: "appliquer-scenario",
    help: "Applique un scénario de la table Scenarios au planning : écrit ses changements dans Taches, Productions et Fermetures (la production choisie, ou toutes celles du scénario), garde chaque ancienne valeur dans la feuille « Historique des scénarios » et ne refige pas la référence. Un scénario déjà appliqué ne l'est pas une seconde fois. Lancez ensuite cappad check.",
    command: applyScenarioCommand,
    options: [{ name: "scenario", kind: "text", value: '"NOM"', required: true, help: "le nom du scénario, tel qu'écrit dans la colonne Scénario" }, production],
    toOptions: (f) => ({ scenario: text(f, "scenario"), production: text(f, "production") }),
  },
  {
    name: "paie",
    help: "Prépare la paie du mois (estimation) : feuilles Paie et Éléments variables de paie (chaque mois préparé y est gardé, le plus récent d'abord), Fiches de présence du mois, et le CSV des éléments variables pour le prestataire de paie.",
    command: payrollCommand,
    options: [month(true, "le mois de paie"), { name: "csv", kind: "path", value: "chemin.csv", help: "où écrire le CSV (par défaut : elements-variables-paie-AAAA-MM.csv à côté du classeur écrit)" }],
    toOptions: (f) => ({ month: text(f, "mois"), csv: text(f, "csv") }),
  },
  {
    name: "contrats",
    help: "Proposer les contrats : remplit la table Contrats vide à partir des séances (du mois, ou toutes), un CDDU par personne, production et période travaillée ; ne remplace jamais des contrats saisis.",
    command: proposeContractsCommand,
    options: [month(false, "les séances de ce mois seulement (par défaut : toutes)")],
    toOptions: (f) => ({ month: text(f, "mois") }),
  },
  {
    name: "bulletins",
    help: "Vérifie les bulletins saisis dans la table Bulletins (brut, net, coût employeur du prestataire) contre l'estimation : écarts et alertes au-delà de la tolérance.",
    command: payslipCheckCommand,
    options: [],
    toOptions: () => ({}),
  },
  {
    name: "devis",
    help: "Devis depuis le planning : tâches × ressources × durée au tarif, par poste et par production, dans la feuille Devis (comparé au devis précédent après un re-planning).",
    command: quoteCommand,
    options: [{ name: "technique", kind: "switch", help: "ajoute les surcoûts techniques des rushes et livrables (conversions, upscaling, mixage 5.1, M&E, sous-titres, loudness)" }],
    toOptions: (f) => ({ technical: f.technique === true }),
  },
  {
    name: "figer-devis",
    help: "Fige le devis accepté : reporte dans Budget (Devis HT vides, postes sans ligne) le devis que le planning propose, sans jamais remplacer un devis saisi.",
    command: quoteFreezeCommand,
    options: [production, { name: "technique", kind: "switch", help: "reporte aussi les surcoûts techniques acceptés par le client (colonne Surcoûts techniques acceptés)" }],
    toOptions: (f) => ({ production: text(f, "production"), technical: f.technique === true }),
  },
  {
    name: "couts",
    help: "Rapport de coûts : devis, engagé, réalisé, reste à faire, prévision finale et écart par poste, totaux par chapitre et par production (feuille Rapport de coûts, colonnes de Budget).",
    command: costReportCommand,
    options: [],
    toOptions: () => ({}),
  },
  {
    name: "facturer",
    help: "Remplit le brouillon de facture (LignesFacture) avec les jours travaillés du mois (un jour par personne et par date), au tarif et avec ses majorations, et complète l'en-tête (client, nature, facture périodique) ; refuse si le brouillon a déjà des lignes.",
    command: invoicePeriodCommand,
    options: [month(true, "le mois à facturer"), production],
    toOptions: (f) => ({ month: text(f, "mois"), production: text(f, "production") }),
  },
  {
    name: "facture",
    help: "Vérifie le brouillon de facture et dit ce qui manque ; avec --emettre, émet la facture (numéro suivant, registre, feuille protégée) et, avec --format, écrit sa facture électronique.",
    command: invoiceIssueCommand,
    options: [{ name: "emettre", kind: "switch", help: "émet la facture : un numéro pris ne se reprend pas" }, format("écrit aussi la facture électronique EN 16931 (UBL ou CII)"), folder],
    toOptions: (f) => ({ issue: f.emettre === true, format: formatOf(f) }),
    writesFiles: true,
    issuesNumber: (f) => f.emettre === true,
  },
  {
    name: "avoir",
    help: "Annule une facture émise par un avoir qui s'y réfère (numéro suivant de la série) ; la facture passe « annulée par avoir ».",
    command: creditNoteCommand,
    options: [{ name: "numero", kind: "text", value: "NUMÉRO", required: true, help: "numéro de la facture à annuler" }, format("écrit aussi l'avoir électronique EN 16931 (UBL ou CII)"), folder],
    toOptions: (f) => ({ number: text(f, "numero"), format: formatOf(f) }),
    writesFiles: true,
    issuesNumber: () => true,
  },
  {
    name: "efacture",
    help: "Écrit la facture électronique EN 16931 (UBL par défaut, ou CII) d'une facture émise (la dernière par défaut), vérifiée selon les règles françaises.",
    command: eInvoiceCommand,
    options: [{ name: "numero", kind: "text", value: "NUMÉRO", help: "numéro de la facture (par défaut : la dernière émise)" }, format("format (UBL par défaut)"), folder],
    toOptions: (f) => ({ number: text(f, "numero"), format: formatOf(f) ?? "ubl" }),
    writesFiles: true,
  },
  // Accounts: the accounting export (FEC and monthly VAT summary).
  {
    name: "export-comptable",
    help: "Export comptable : écrit le FEC (fichier des écritures comptables, article A47 A-1 du LPF) de la période — factures et avoirs, factures fournisseurs, paiements, équilibré au centime — et le récapitulatif mensuel de la TVA (feuille TVA, préparation de la CA3), avec la règle appliquée.",
    command: exportFecCommand,
    options: [
      { name: "du", kind: "date", value: "AAAA-MM-JJ", required: true, help: "premier jour de la période" },
      { name: "au", kind: "date", value: "AAAA-MM-JJ", required: true, help: "dernier jour de la période (la date du nom du fichier)" },
    ],
    toOptions: (f) => ({ from: text(f, "du"), to: text(f, "au"), output: text(f, "o") }),
    outputIsFile: true,
  },
  {
    name: "paiement",
    help: "Enregistre un paiement (table Paiements) : reçu sur une de nos factures ou payé sur une facture fournisseur (Achats) ; refuse une facture inconnue ou plus que le reste dû ; le même paiement deux fois n'est écrit qu'une fois.",
    command: paymentCommand,
    options: [
      { name: "facture", kind: "text", value: "NUMÉRO", required: true, help: "notre numéro de facture ou le n° de facture du fournisseur" },
      { name: "montant", kind: "text", value: "1200,00", required: true, help: "montant TTC payé (virgule décimale acceptée)" },
      { name: "date", kind: "date", value: "AAAA-MM-JJ", help: "date du paiement (par défaut : aujourd'hui)" },
      { name: "sens", kind: "text", value: "reçu|payé", choices: ["reçu", "payé"], help: "reçu d'un client ou payé à un fournisseur (par défaut : selon la facture trouvée)" },
      { name: "mode", kind: "text", value: "virement", help: "mode de paiement" },
    ],
    toOptions: (f) => ({ invoice: text(f, "facture"), amount: text(f, "montant"), date: text(f, "date"), direction: text(f, "sens"), mode: text(f, "mode") }),
  },
  {
    name: "relance",
    help: "Écrit la feuille Relances : une lettre à imprimer par facture en retard dont la relance est due (première relance, seconde relance, puis mise en demeure, selon le retard et les lettres déjà envoyées, 8 jours au moins entre deux), avec le reste dû, les pénalités (taux BCE du semestre + 10 points) et l'indemnité forfaitaire de 40 € ; chaque lettre est notée dans la feuille « Relances envoyées ».",
    command: remindersCommand,
    options: [],
    toOptions: () => ({}),
  },
];

export function findVerb(name: string): Verb | undefined {
  return VERBS.find((v) => v.name === name);
}

/** The verb that runs a command (messages name the verb to run next). */
export function verbOfCommand(command: string): Verb | undefined {
  return VERBS.find((v) => v.command?.name === command);
}
