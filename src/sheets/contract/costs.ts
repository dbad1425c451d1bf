/** Rate card, budget, purchases, company, clients, invoice draft and register (costs and invoices). */
import type { TableSpec } from "../spec";
import { computed, input, list } from "./columns";
import { RATE_UNITS } from "./crew";

/** The statuses a register typed by hand may hold (read back: « payée » typed without payment is kept). */
export const INVOICE_STATUSES = ["émise", "payée", "annulée par avoir"] as const;
/** `Clients[Calcul du délai]` (core: `PAYMENT_TERM_MODE_LABEL`). */
export const PAYMENT_TERM_MODES = ["date de facture", "fin de mois", "fin de mois puis jours"] as const;

export const TARIFS: TableSpec = {
  name: "Tarifs",
  sheet: "Tarifs",
  idColumn: "Code",
  key: ["Code"],
  columns: [
    input("Code", "text", { required: true, width: 15 }),
    input("Libellé", "text", { width: 52 }),
    list("Unité", RATE_UNITS, { width: 9 }),
    input("Prix HT", "money", { width: 11 }),
    input("TVA (%)", "number", { numFmt: "0.0", width: 8 }),
    input("Poste", "text", { width: 10, note: "Code du poste du devis CNC" }),
    // Sunday, night and holiday work billed on a line of its own (Facturer une période); blank = none.
    input("Majoration dimanche", "percent", { width: 12, note: "Ajoutée au prix des jours (ou heures) travaillés un dimanche ; vide = aucune" }),
    input("Majoration nuit", "percent", { width: 11, note: "Ajoutée au prix des heures de nuit (au prorata d'une journée de 8 h pour un tarif à la journée) ; vide = aucune" }),
    input("Majoration férié", "percent", { width: 11, note: "Ajoutée au prix des jours (ou heures) travaillés un jour férié ; vide = aucune" }),
  ],
};

export const BUDGET: TableSpec = {
  name: "Budget",
  sheet: "Budget",
  key: ["Production", "Poste"],
  // "Figer le devis" adds the postes the plan proposes that have no line yet.
  appendableBy: ["quoteFreeze"],
  columns: [
    input("Production", "text", { required: true, width: 12 }),
    input("Poste", "text", { required: true, width: 9 }),
    input("Libellé", "text", { width: 34 }),
    // The accepted quote: typed, or filled by "Figer le devis" where blank (never replaced).
    input("Devis HT", "money", { width: 12, writableBy: ["quoteFreeze"], note: "Devis accepté par le client ; vide : « Figer le devis » y reporte le devis proposé" }),
    input("Surcoûts techniques acceptés", "money", {
      width: 14,
      optional: true,
      writableBy: ["quoteFreeze"],
      note: "Surcoûts techniques (rushes, livrables) acceptés par le client, en plus du devis HT : comptés au devis et au reste à faire",
    }),
    computed("Devis proposé", "money", { width: 13, note: "Le devis que le planning propose aujourd'hui pour ce poste (« Devis depuis le planning »)" }),
    computed("Engagé", "money", { width: 12 }),
    computed("Réalisé", "money", { width: 12 }),
    computed("Reste à faire", "money", { width: 12 }),
    computed("Prévision finale", "money", { width: 16 }),
    computed("Écart", "money", { width: 12 }),
    computed("Écart (%)", "percent", { numFmt: "0.0%", width: 10 }),
    input("Commentaire", "text", { width: 30, wrap: true }),
  ],
};

/**
 * The supplier invoice log. Every column is typed (the supplier's invoice is what it is): a blank `TVA`
 * or `TTC` is derived from the rate by the reader, never written back. The columns added to the first
 * version (Date, Production, Fournisseur, Poste, Montant HT, Référence) are optional so that an older log
 * reads without alerts; its `Référence` column is read as the supplier's invoice number.
 */
export const ACHATS: TableSpec = {
  name: "Achats",
  sheet: "Achats",
  // 13 columns on one landscape A4 page at 8 pt or more (LibreOffice): widths sum to 155 characters.
  columns: [
    input("Date", "date", { required: true, width: 11 }),
    input("Fournisseur", "text", { width: 18, wrap: true }),
    input("N° facture fournisseur", "text", { width: 14, optional: true }),
    input("Production", "text", { required: true, width: 11 }),
    input("Poste", "text", { width: 9 }),
    input("Libellé", "text", { width: 20, optional: true, wrap: true }),
    input("Montant HT", "money", { width: 11 }),
    input("TVA (%)", "number", { numFmt: "0.0", width: 8, optional: true }),
    input("TVA", "money", { width: 11, optional: true, note: "Celle de la facture du fournisseur ; vide : calculée au taux" }),
    input("TTC", "money", { width: 11, optional: true, note: "Celui de la facture du fournisseur ; vide : HT + TVA" }),
    input("Échéance", "date", { width: 11, optional: true }),
    input("Payé le", "date", { width: 11, optional: true, note: "Payée en une fois ce jour-là ; les paiements partiels vont dans la table Paiements" }),
    input("Mode de paiement", "text", { width: 10, optional: true }),
  ],
};

/** The user's company, one field per row (a form kept as a table so it reads like the others). */
export const SOCIETE: TableSpec = {
  name: "Societe",
  sheet: "Societe",
  idColumn: "Champ",
  key: ["Champ"],
  columns: [input("Champ", "text", { required: true, width: 34 }), input("Valeur", "text", { width: 48 })],
};

export const CLIENTS: TableSpec = {
  name: "Clients",
  sheet: "Clients",
  idColumn: "Nom",
  key: ["Nom"],
  columns: [
    input("Nom", "text", { required: true, width: 24 }),
    input("SIREN", "text", { width: 11 }),
    input("SIRET", "text", { width: 15 }),
    input("TVA intracom", "text", { width: 15 }),
    input("Adresse", "text", { width: 28 }),
    input("Code postal", "text", { width: 11 }),
    input("Ville", "text", { width: 16 }),
    input("Pays", "text", { width: 6 }),
    input("Adresse de routage", "text", { width: 20, note: "Adresse de l'annuaire de la facturation électronique" }),
    input("Délai de paiement (j)", "integer", { width: 20, note: "Vide : 30 jours après la fin de la prestation (délai légal)" }),
    list("Calcul du délai", PAYMENT_TERM_MODES, {
      width: 20,
      note: "date de facture (60 j au plus) ; fin de mois : date + N jours puis fin du mois ; fin de mois puis jours : fin du mois puis N jours (45 j au plus). Vide = date de facture",
    }),
  ],
};

/** Header of the invoice draft on the `Facture` sheet: one field per row. */
export const ENTETE_FACTURE: TableSpec = {
  name: "EnteteFacture",
  sheet: "Facture",
  idColumn: "Champ",
  key: ["Champ"],
  // "Facturer une période" fills the period (and the production) when they are blank, nothing else.
  columns: [input("Champ", "text", { required: true, width: 26 }), input("Valeur", "text", { width: 34, writableBy: ["invoicePeriod"] })],
};

export const LIGNES_FACTURE: TableSpec = {
  name: "LignesFacture",
  sheet: "Facture",
  appendableBy: ["invoicePeriod"],
  columns: [
    input("Production", "text", { width: 12 }),
    input("Code", "text", { width: 10 }),
    input("Libellé", "text", { width: 34, wrap: true }),
    input("Quantité", "number", { numFmt: "0.00", width: 9 }),
    list("Unité", RATE_UNITS, { width: 8 }),
    input("Prix HT", "money", { width: 11 }),
    input("TVA (%)", "number", { numFmt: "0.0", width: 7 }),
    computed("Montant HT", "money", { width: 12 }),
  ],
};

/** The register of issued invoices: append-only; its `Statut` is computed (the credit note sets « annulée par avoir »). */
export const FACTURES: TableSpec = {
  name: "Factures",
  sheet: "Factures",
  idColumn: "Numéro",
  key: ["Numéro"],
  appendableBy: ["invoiceIssue", "creditNote"],
  columns: [
    input("Numéro", "text", { width: 16 }),
    input("Date", "date", { width: 11 }),
    input("Client", "text", { width: 22 }),
    input("Production", "text", { width: 12 }),
    input("HT", "money", { width: 12 }),
    input("TVA", "money", { width: 11 }),
    input("TTC", "money", { width: 12 }),
    input("Échéance", "date", { width: 11 }),
    // Derived from the register and the payments (core/accounts/invoiceStatus), written by the check;
    // the avoir writes its original's « annulée par avoir » at once.
    computed("Statut", "text", { width: 18, note: "Calculé d'après les Paiements : émise, partiellement payée, payée, en retard (le lendemain de l'échéance), annulée par avoir" }),
    input("Avoir de", "text", { width: 16 }),
  ],
};

/**
 * What each issued invoice and credit note was, as issued (JSON of the engine's document, split into
 * parts under Excel's 32,767 characters per cell): the e-invoice and the credit note are made from it,
 * never from the draft, which moves on. Hidden sheet; appended by the commands that issue.
 */
export const ARCHIVE_FACTURES: TableSpec = {
  name: "ArchiveFactures",
  sheet: "Archive factures",
  idColumn: "Numéro",
  key: ["Numéro", "Partie"],
  appendableBy: ["invoiceIssue", "creditNote"],
  columns: [
    input("Numéro", "text", { width: 16 }),
    input("Partie", "integer", { width: 7 }),
    input("Empreinte", "text", { width: 18, note: "Empreinte du brouillon émis : le même brouillon n'est pas émis deux fois" }),
    input("Données", "text", { width: 80 }),
  ],
};

/** Field labels of `Societe` (the `Champ` column): the contract users see and the parser reads. */
export const SOCIETE_FIELDS = {
  name: "Dénomination",
  legalForm: "Forme juridique",
  shareCapital: "Capital social (€)",
  line1: "Adresse du siège",
  line2: "Complément d'adresse",
  postalCode: "Code postal",
  city: "Ville",
  country: "Pays",
  siren: "SIREN",
  siret: "SIRET",
  registration: "RCS (ville du greffe et numéro)",
  vatNumber: "N° TVA intracommunautaire",
  iban: "IBAN",
  bic: "BIC",
  email: "Email",
  phone: "Téléphone",
  latePaymentTerms: "Pénalités de retard",
  earlyPaymentDiscount: "Escompte",
  vatOnDebits: "Option TVA sur les débits",
  vatFranchise: "Franchise en base de TVA",
  seriesPrefix: "Préfixe des factures",
  routingAddress: "Adresse de routage",
  // The payroll's employer (the crew's collective agreement): a production company or a technical facility.
  employerAgreement: "Convention de l'employeur",
} as const;

/** Field labels of the invoice draft's header (`EnteteFacture[Champ]`). */
export const ENTETE_FIELDS = {
  client: "Client",
  issueDate: "Date de facture",
  periodStart: "Début de période",
  periodEnd: "Fin de période",
  deliveryDate: "Date de livraison",
  purchaseOrder: "Bon de commande",
  object: "Objet",
  production: "Production",
  nature: "Nature des opérations",
  deliveryAddress: "Adresse de livraison",
  deliveredAtClientAddress: "Livraison à l'adresse du client",
  periodic: "Facture périodique",
} as const;

export const OPERATION_NATURE_VALUES = ["services", "biens", "mixte"] as const;

export const COSTS_TABLES = [TARIFS, BUDGET, ACHATS, SOCIETE, CLIENTS, ENTETE_FACTURE, LIGNES_FACTURE, FACTURES, ARCHIVE_FACTURES];

/**
 * The quote sheet's detail (`Devis`, an owned report): one line per production × poste × rate, with
 * the previous quote's quantity and amount beside, so that a re-run after re-planning shows what
 * changed. Read back by the next "Devis depuis le planning" (the previous quote lives here).
 */
// Written whole by the quote; declared as plain columns because it is read back (a row whose columns
// are all computed reads as blank).
export const DEVIS: TableSpec = {
  name: "Devis",
  sheet: "Devis",
  columns: [
    input("Production", "text", { width: 12 }),
    input("Poste", "text", { width: 7 }),
    input("Désignation", "text", { width: 46 }),
    input("Code", "text", { width: 12 }),
    input("Unité", "text", { width: 8 }),
    input("Qté précédente", "number", { numFmt: "0.##", width: 10 }),
    input("Quantité", "number", { numFmt: "0.##", width: 9 }),
    input("Prix HT", "money", { width: 11 }),
    input("Montant précédent", "money", { width: 13 }),
    input("Montant HT", "money", { width: 13 }),
    input("Écart", "money", { width: 12 }),
    input("Évolution", "text", { width: 10 }),
    input("Tâches", "text", { width: 16 }),
  ],
};

/** The quote sheet's recap per production × poste (not read back: rebuilt from `Devis`). */
export const DEVIS_POSTES: TableSpec = {
  name: "DevisPostes",
  sheet: "Devis",
  columns: [
    computed("Production", "text", { width: 12 }),
    computed("Poste", "text", { width: 7 }),
    computed("Libellé", "text", { width: 46 }),
    computed("Montant précédent", "money", { width: 13 }),
    computed("Montant HT", "money", { width: 13 }),
    computed("Écart", "money", { width: 12 }),
    computed("Évolution", "text", { width: 10 }),
  ],
};

/** Owned report tables of costs and invoices that commands read back. */
export const COSTS_REPORT_TABLES = [DEVIS];
