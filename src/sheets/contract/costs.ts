/** Rate card, budget, purchases, company, clients, invoice draft and register (issue: costs and invoices). */
import type { TableSpec } from "../spec";
import { computed, input, list } from "./columns";
import { RATE_UNITS } from "./crew";

export const INVOICE_STATUSES = ["émise", "payée", "annulée par avoir"] as const;

export const TARIFS: TableSpec = {
  name: "Tarifs",
  sheet: "Tarifs",
  idColumn: "Code",
  key: ["Code"],
  columns: [
    input("Code", "text", { required: true, width: 12 }),
    input("Libellé", "text", { width: 36 }),
    list("Unité", RATE_UNITS, { width: 9 }),
    input("Prix HT", "money", { width: 11 }),
    input("TVA (%)", "number", { numFmt: "0.0", width: 8 }),
    input("Poste", "text", { width: 10, note: "Code du poste du devis CNC" }),
  ],
};

export const BUDGET: TableSpec = {
  name: "Budget",
  sheet: "Budget",
  key: ["Production", "Poste"],
  columns: [
    input("Production", "text", { required: true, width: 10 }),
    input("Poste", "text", { required: true, width: 9 }),
    input("Libellé", "text", { width: 30 }),
    input("Devis HT", "money", { width: 12 }),
    computed("Engagé", "money", { width: 12 }),
    computed("Réalisé", "money", { width: 12 }),
    computed("Reste à faire", "money", { width: 12 }),
    computed("Prévision finale", "money", { width: 12 }),
    computed("Écart", "money", { width: 12 }),
    computed("Écart (%)", "percent", { numFmt: "0.0%", width: 9 }),
    input("Commentaire", "text", { width: 30 }),
  ],
};

export const ACHATS: TableSpec = {
  name: "Achats",
  sheet: "Achats",
  columns: [
    input("Date", "date", { required: true, width: 11 }),
    input("Production", "text", { required: true, width: 10 }),
    input("Fournisseur", "text", { width: 22 }),
    input("Poste", "text", { width: 9 }),
    input("Montant HT", "money", { width: 12 }),
    input("Référence", "text", { width: 16 }),
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
    input("Code postal", "text", { width: 9 }),
    input("Ville", "text", { width: 16 }),
    input("Pays", "text", { width: 6 }),
    input("Adresse de routage", "text", { width: 20, note: "Adresse de l'annuaire de la facturation électronique" }),
    input("Délai de paiement (j)", "integer", { width: 10 }),
  ],
};

/** Header of the invoice draft on the `Facture` sheet: one field per row. */
export const ENTETE_FACTURE: TableSpec = {
  name: "EnteteFacture",
  sheet: "Facture",
  idColumn: "Champ",
  key: ["Champ"],
  columns: [input("Champ", "text", { required: true, width: 26 }), input("Valeur", "text", { width: 34 })],
};

export const LIGNES_FACTURE: TableSpec = {
  name: "LignesFacture",
  sheet: "Facture",
  appendableBy: ["invoicePeriod"],
  columns: [
    input("Production", "text", { width: 10 }),
    input("Code", "text", { width: 10 }),
    input("Libellé", "text", { width: 34 }),
    input("Quantité", "number", { numFmt: "0.00", width: 9 }),
    list("Unité", RATE_UNITS, { width: 8 }),
    input("Prix HT", "money", { width: 11 }),
    input("TVA (%)", "number", { numFmt: "0.0", width: 7 }),
    computed("Montant HT", "money", { width: 12 }),
  ],
};

/** The register of issued invoices: append-only; only a credit note may change a row's status. */
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
    input("Production", "text", { width: 10 }),
    input("HT", "money", { width: 12 }),
    input("TVA", "money", { width: 11 }),
    input("TTC", "money", { width: 12 }),
    input("Échéance", "date", { width: 11 }),
    list("Statut", INVOICE_STATUSES, { width: 16, writableBy: ["creditNote"] }),
    input("Avoir de", "text", { width: 16 }),
  ],
};

export const COSTS_TABLES = [TARIFS, BUDGET, ACHATS, SOCIETE, CLIENTS, ENTETE_FACTURE, LIGNES_FACTURE, FACTURES];
