/**
 * The pane's buttons. Each loads its command on first use (dynamic import), so the first paint carries
 * neither exceljs, nor the payroll rules, nor the e-invoice writer. Features add their actions here.
 */
import type { Command, CommandOptions } from "../commands/types";
import { GENRES } from "../sheets/contract/planning";
import { parseMonthKey, toIso } from "../core/dates/civil";

export type SectionId = "modeles" | "planning" | "paie" | "factures";

export const SECTIONS: { id: SectionId; label: string }[] = [
  { id: "modeles", label: "Modèles" },
  { id: "planning", label: "Planning" },
  { id: "paie", label: "Équipe et paie" },
  { id: "factures", label: "Coûts et factures" },
];

/** What the user chose in the pane (production, month…), passed to every action. */
export interface PaneChoices {
  production?: string;
  month?: string;
  /** An issued invoice number (picked from the register, for the e-invoice export). */
  invoice?: string;
  /** A template id of `src/sheets/templates` (the Modèles picker). */
  template?: string;
  /** Answers to the action's own `fields`, by field key (text as typed; dates `AAAA-MM-JJ`). */
  values?: Record<string, string>;
}

/** A small input the pane asks for before running an action (e.g. a new production's genre and PAD date). */
export interface PaneField {
  key: string;
  /** French label. */
  label: string;
  type: "text" | "date" | "number" | "select";
  /** For `select`: the values offered (value = label when no label is given). */
  choices?: readonly (string | { value: string; label: string })[];
  required?: boolean;
  /** Example or help shown under the field. */
  hint?: string;
  /** For `select`: the choices come from the workbook as the pane last read it (its scenario names). */
  choicesFromWorkbook?: "scenarios";
}

export interface PaneAction {
  id: string;
  section: SectionId;
  label: string;
  /** One French sentence under the button. */
  hint: string;
  load(): Promise<Command>;
  options?(choices: PaneChoices): CommandOptions;
  /** The action re-runs the check afterwards so computed columns and alerts stay in step. */
  thenCheck?: boolean;
  /** Choices the action cannot run without: the pane says which is missing instead of running. */
  needs?: ("production" | "month" | "invoice" | "template")[];
  /** Inputs asked in a small form under the button (their answers arrive in `choices.values`). */
  fields?: PaneField[];
  /** A French question asked before running an action that cannot be undone (issuing an invoice). */
  confirm?: string;
}

const loadTemplatesCommand = async (): Promise<Command> => (await import(/* webpackChunkName: "commands-templates" */ "../commands/templates")).insertTemplatesCommand;

export const ACTIONS: PaneAction[] = [
  {
    id: "template-all",
    section: "modeles",
    label: "Créer un classeur complet",
    hint: "Ajoute toutes les feuilles de Cap PAD sans toucher aux vôtres (un nom déjà pris reçoit un suffixe).",
    load: loadTemplatesCommand,
    options: () => ({ template: "all" }),
  },
  {
    id: "template-demo",
    section: "modeles",
    label: "Créer un classeur d'exemple",
    hint: "Toutes les feuilles, remplies de deux productions fictives (Le Fleuve, Glacier) pour essayer Cap PAD sans risque.",
    load: loadTemplatesCommand,
    options: () => ({ template: "all", demo: true }),
  },
  {
    id: "template-one",
    section: "modeles",
    label: "Insérer ce modèle",
    hint: "Ajoute seulement le modèle choisi ; une feuille du même nom n'est jamais remplacée (la nouvelle reçoit un suffixe).",
    needs: ["template"],
    load: loadTemplatesCommand,
    options: (c) => ({ template: c.template }),
  },
  {
    id: "check",
    section: "planning",
    label: "Vérifier et recalculer",
    hint: "Dates, chemin critique, paie, coûts : recalcule les colonnes grises et liste les alertes.",
    load: async () => (await import(/* webpackChunkName: "commands-check" */ "../commands/check")).checkCommand,
    options: (c) => ({ production: c.production }),
  },
  // Planning.
  {
    id: "new-production",
    section: "planning",
    label: "Nouvelle production",
    hint: "Ajoute la production et sa chaîne de tâches type (selon le genre), calculée à rebours depuis le PAD : vous voyez tout de suite si les dates tiennent.",
    fields: [
      { key: "code", label: "Code", type: "text", required: true, hint: "Court et unique, ex. FLEUVE" },
      { key: "title", label: "Titre", type: "text" },
      { key: "genre", label: "Genre", type: "select", choices: GENRES, required: true },
      { key: "pad", label: "PAD contractuel", type: "date", required: true },
      { key: "minutes", label: "Durée (min)", type: "number", hint: "52, 90… (par défaut selon le genre)" },
      { key: "shootEnd", label: "Fin de tournage", type: "date", hint: "Facultatif : la chaîne part de là" },
    ],
    load: async () => (await import(/* webpackChunkName: "commands-planning" */ "../commands/planning/newProduction")).newProductionCommand,
    options: (c) => ({ ...c.values }),
    thenCheck: true,
  },
  {
    id: "baseline",
    section: "planning",
    label: "Figer la référence",
    hint: "Copie les dates prévues, les durées et les ressources dans Début réf., Fin réf., Durée réf. (j) et Ressources réf. (la production choisie, ou toutes) : les glissements et leur coût se mesurent ensuite par rapport à elles.",
    confirm: "Figer la référence ? Les dates de référence actuelles seront remplacées par les dates prévues.",
    load: async () => (await import(/* webpackChunkName: "commands-planning" */ "../commands/planning/baseline")).baselineCommand,
    options: (c) => ({ production: c.production }),
  },
  {
    id: "apply-scenario",
    section: "planning",
    label: "Appliquer le scénario",
    hint: "Écrit dans le planning les changements du scénario choisi (table Scenarios), pour la production choisie ou toutes celles du scénario ; chaque ancienne valeur est gardée dans la feuille « Historique des scénarios ». La référence figée ne change pas.",
    // The names are those of the Scenarios table as the pane last read the workbook.
    fields: [{ key: "scenario", label: "Scénario", type: "select", choicesFromWorkbook: "scenarios", required: true, hint: "Un scénario de la table Scenarios (si la liste est vide ou ancienne, cliquez sur « Vérifier et recalculer »)" }],
    confirm: "Appliquer le scénario ? Les cases du planning qu'il change (durées, ressources, dates, PAD contractuel, jours ouvrés) prendront ses valeurs ; les anciennes sont gardées dans « Historique des scénarios ».",
    load: async () => (await import(/* webpackChunkName: "commands-planning" */ "../commands/planning/applyScenario")).applyScenarioCommand,
    options: (c) => ({ scenario: c.values?.scenario, production: c.production }),
    thenCheck: true,
  },
  {
    id: "overrun-report",
    section: "planning",
    label: "Rapport de dépassement",
    hint: "Pour le producteur : PAD de référence et PAD prévu, glissement, tâches en cause, coût du glissement par ressource et surcoûts techniques, sur une feuille à imprimer.",
    load: async () => (await import(/* webpackChunkName: "commands-planning" */ "../commands/planning/overrun")).overrunCommand,
    options: (c) => ({ production: c.production }),
  },
  {
    id: "payroll",
    section: "paie",
    label: "Préparer la paie",
    hint: "Pour le mois choisi : la paie estimée, les fiches de présence à signer, les éléments variables et leur fichier CSV pour le prestataire.",
    needs: ["month"],
    load: async () => (await import(/* webpackChunkName: "commands-payroll" */ "../commands/crew/payroll")).payrollCommand,
    options: (c) => ({ month: c.month }),
  },
  {
    id: "propose-contracts",
    section: "paie",
    label: "Proposer les contrats",
    hint: "Remplit la table Contrats, si elle est vide, à partir des séances (du mois choisi, ou toutes) : un CDDU par personne, production et période travaillée, à vérifier avant signature.",
    load: async () => (await import(/* webpackChunkName: "commands-payroll" */ "../commands/crew/proposeContracts")).proposeContractsCommand,
    options: (c) => ({ month: c.month }),
    thenCheck: true,
  },
  {
    id: "payslip-check",
    section: "paie",
    label: "Vérifier un bulletin",
    hint: "Compare les montants saisis dans la table Bulletins (brut, net, coût employeur du prestataire) à l'estimation et signale les écarts.",
    load: async () => (await import(/* webpackChunkName: "commands-payroll" */ "../commands/crew/payslipCheck")).payslipCheckCommand,
  },
  // Costs and invoices.
  {
    id: "quote",
    section: "factures",
    label: "Devis depuis le planning",
    hint: "Chiffre chaque production depuis ses tâches (ressources × durée au tarif), par poste ; relancé après un re-planning, montre les écarts.",
    load: async () => (await import(/* webpackChunkName: "commands-costs" */ "../commands/costs/quote")).quoteCommand,
  },
  // Rushes and deliverables: the same quote, plus the surcharges the checks priced.
  {
    id: "quote-technical",
    section: "factures",
    label: "Ajouter les surcoûts techniques au devis",
    hint: "Devis depuis le planning, plus les surcoûts des rushes et livrables (conversions, upscaling, mixage 5.1, M&E, sous-titres, loudness) listés dans « Bilan technique ».",
    load: async () => (await import(/* webpackChunkName: "commands-costs" */ "../commands/costs/quote")).quoteCommand,
    options: () => ({ technical: true }),
  },
  {
    id: "quote-freeze",
    section: "factures",
    label: "Figer le devis",
    hint: "Quand le client a accepté : reporte dans Budget le devis du planning là où Devis HT est vide (la production choisie, ou toutes), sans remplacer un devis saisi.",
    fields: [
      {
        key: "technical",
        label: "Surcoûts techniques",
        type: "select",
        choices: [
          { value: "non", label: "Sans (devis du planning seul)" },
          { value: "oui", label: "Acceptés par le client : les figer aussi" },
        ],
      },
    ],
    confirm: "Figer le devis ? Les postes sans devis reçoivent le devis proposé par le planning ; rien de ce que vous avez saisi n'est remplacé.",
    load: async () => (await import(/* webpackChunkName: "commands-costs" */ "../commands/costs/quoteFreeze")).quoteFreezeCommand,
    options: (c) => ({ production: c.production, technical: c.values?.technical === "oui" }),
    thenCheck: true,
  },
  {
    id: "cost-report",
    section: "factures",
    label: "Rapport de coûts",
    hint: "Devis, engagé, réalisé, reste à faire, prévision finale et écart par poste, totaux par chapitre et production : la feuille à envoyer au producteur.",
    load: async () => (await import(/* webpackChunkName: "commands-costs" */ "../commands/costs/costReport")).costReportCommand,
  },
  {
    id: "invoice-period",
    section: "factures",
    label: "Facturer une période",
    hint: "Remplit le brouillon de facture avec les jours travaillés du mois choisi (et de la production choisie), au tarif, majorations comprises.",
    needs: ["month"],
    load: async () => (await import(/* webpackChunkName: "commands-invoicing" */ "../commands/invoicing/period")).invoicePeriodCommand,
    options: (c) => ({ month: c.month, production: c.production }),
  },
  {
    id: "invoice-check",
    section: "factures",
    label: "Vérifier le brouillon de facture",
    hint: "Liste les mentions obligatoires qui manquent, sans rien émettre.",
    load: async () => (await import(/* webpackChunkName: "commands-invoicing" */ "../commands/invoicing/issue")).invoiceIssueCommand,
    options: () => ({ issue: false }),
  },
  {
    id: "invoice-issue",
    section: "factures",
    label: "Émettre la facture",
    hint: "Attribue le numéro suivant, inscrit la facture au registre et crée sa feuille protégée, prête à imprimer ; refuse s'il manque une mention obligatoire.",
    confirm: "Émettre la facture ? Son numéro est définitif : elle ne pourra plus être modifiée, seulement annulée par un avoir.",
    load: async () => (await import(/* webpackChunkName: "commands-invoicing" */ "../commands/invoicing/issue")).invoiceIssueCommand,
    options: () => ({ issue: true }),
    thenCheck: true,
  },
  {
    id: "credit-note",
    section: "factures",
    label: "Annuler une facture par un avoir",
    hint: "Émet un avoir qui annule la facture choisie (registre : « annulée par avoir »).",
    needs: ["invoice"],
    confirm: "Annuler cette facture par un avoir ? L'avoir reçoit le numéro suivant de la série.",
    load: async () => (await import(/* webpackChunkName: "commands-invoicing" */ "../commands/invoicing/creditNote")).creditNoteCommand,
    options: (c) => ({ number: c.invoice }),
    thenCheck: true,
  },
  {
    id: "payment",
    section: "factures",
    label: "Enregistrer un paiement",
    hint: "Ajoute une ligne à Paiements (reçu sur une de nos factures, ou payé sur une facture fournisseur) ; le statut du registre en découle.",
    fields: [
      { key: "facture", label: "Facture", type: "text", required: true, hint: "Notre numéro (FA-2026-0001) ou celui du fournisseur" },
      { key: "montant", label: "Montant TTC", type: "text", required: true, hint: "1200,00" },
      { key: "date", label: "Date", type: "date" },
    ],
    load: async () => (await import(/* webpackChunkName: "commands-accounts" */ "../commands/accounts/payment")).paymentCommand,
    options: (c) => ({ invoice: c.values?.facture, amount: c.values?.montant, date: c.values?.date || undefined }),
    thenCheck: true,
  },
  {
    id: "reminders",
    section: "factures",
    label: "Relancer les factures en retard",
    hint: "Une lettre à imprimer par facture en retard (première relance, seconde relance, puis mise en demeure), avec le reste dû, les pénalités et l'indemnité de 40 € ; chaque lettre est notée dans « Relances envoyées ».",
    load: async () => (await import(/* webpackChunkName: "commands-accounts" */ "../commands/accounts/reminders")).remindersCommand,
  },
  {
    id: "e-invoice",
    section: "factures",
    label: "Exporter la facture électronique (UBL/CII)",
    hint: "Le fichier EN 16931 de la facture choisie, vérifié selon les règles françaises, à déposer sur votre plateforme agréée.",
    needs: ["invoice"],
    fields: [{ key: "format", label: "Format", type: "select", choices: [{ value: "ubl", label: "UBL" }, { value: "cii", label: "CII" }] }],
    load: async () => (await import(/* webpackChunkName: "commands-invoicing" */ "../commands/invoicing/eInvoice")).eInvoiceCommand,
    options: (c) => ({ number: c.invoice, format: c.values?.format === "cii" ? "cii" : "ubl" }),
  },
  {
    id: "accounting-export",
    section: "factures",
    label: "Export comptable (FEC)",
    hint: "Le fichier des écritures comptables de la période (factures, avoirs, achats, paiements), équilibré au centime, à remettre au comptable, et la feuille TVA du mois (préparation de la CA3).",
    fields: [
      { key: "du", label: "Du", type: "date", hint: "Vide : le mois choisi en haut du volet" },
      { key: "au", label: "Au", type: "date", hint: "Le FEC porte cette date dans son nom (SIRENFECAAAAMMJJ.txt)" },
    ],
    load: async () => (await import(/* webpackChunkName: "commands-accounts" */ "../commands/accounts/exportFec")).exportFecCommand,
    options: fecPeriod,
  },
];

/**
 * The period of the accounting export: the two dates typed (one alone is refused by the command, which
 * names what is missing), else the month chosen at the top of the pane, first to last day.
 */
export function fecPeriod(c: PaneChoices): CommandOptions {
  const from = c.values?.du?.trim();
  const to = c.values?.au?.trim();
  if (from || to) return { from, to };
  const month = c.month ? parseMonthKey(c.month) : undefined;
  return month ? { from: toIso(month.first), to: toIso(month.last) } : {};
}

export function actionById(id: string): PaneAction | undefined {
  return ACTIONS.find((a) => a.id === id);
}
