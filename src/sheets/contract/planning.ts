/** Planning tables (post-production planning). Names and headers are a fixed contract. */
import type { TableSpec } from "../spec";
import { alertColumn, computed, input, list } from "./columns";

export const GENRES = ["Fiction TV", "Série", "Long métrage", "Documentaire", "Animation"] as const;
export const CONVENTIONS = ["IDCC 2642", "IDCC 3097", "IDCC 2412", "IDCC 2717", "IDCC 3252"] as const;
export const RESOURCE_TYPES = ["Personne", "Salle", "Prestataire"] as const;

/**
 * « Appliquer le scénario » is the one command that writes cells the coordinator typed in the plan, on
 * their explicit command: only these columns (and new rows of Fermetures), only the rows its scenario
 * changes, each old value kept in the `Historique des scénarios` sheet.
 */
const APPLY_SCENARIO = ["applyScenario"] as const;

export const PRODUCTIONS: TableSpec = {
  name: "Productions",
  sheet: "Productions",
  idColumn: "Code",
  key: ["Code"],
  appendableBy: ["newProduction"],
  columns: [
    input("Code", "text", { required: true, width: 10 }),
    input("Titre", "text", { width: 28, wrap: true }),
    list("Genre", GENRES, { width: 14 }),
    input("Durée (min)", "number", { numFmt: "0", width: 10 }),
    input("Client", "text", { width: 20, wrap: true }),
    list("Convention", CONVENTIONS, { width: 12 }),
    input("Zone", "text", { width: 14, note: "Métropole, Alsace-Moselle, ou code d'un département d'outre-mer (971…976)" }),
    input("Jours ouvrés", "text", { width: 13, note: "Par défaut lun-ven", writableBy: APPLY_SCENARIO }),
    input("PAD contractuel", "date", { width: 16, writableBy: APPLY_SCENARIO }),
    input("Diffusion", "date", { width: 12 }),
    input("Numéro d'objet", "text", { width: 15 }),
    input("Budget HT", "money", { width: 14 }),
    input("Cadence projet", "text", { width: 10, note: "Images par seconde du projet (25 en France)" }),
    input("Résolution projet", "text", { width: 12 }),
    list("Mix", ["stéréo", "5.1"], { width: 8 }),
    input("Diffuseur", "text", { width: 14, note: "Clé de la table Specs" }),
    list("Ventes à l'étranger", ["oui", "non"], { width: 10, optional: true, note: "oui : le contrat prévoit des ventes à l'étranger (version internationale M&E attendue)" }),
    computed("PAD prévu", "date", { width: 12 }),
    computed("Écart PAD (j)", "integer", { width: 13 }),
    computed("Statut", "text", { width: 14 }),
    // For native formulas: the holiday range and the weekend code of this production's calendar
    // (=WORKDAY.INTL(start, n, [@[Code week-end]], INDIRECT([@[Plage fériés]]))).
    computed("Plage fériés", "text", { width: 13 }),
    computed("Code week-end", "text", { width: 14 }),
  ],
};

export const TACHES: TableSpec = {
  name: "Taches",
  sheet: "Planning",
  idColumn: "ID",
  key: ["ID", "Production"],
  appendableBy: ["newProduction"],
  columns: [
    // Wide enough for the IDs `cappad production` gives (« DOC3-01 », « FLEUVE2-12 »).
    input("ID", "text", { required: true, width: 11 }),
    input("Production", "text", { required: true, width: 12 }),
    input("Étape", "text", { width: 13, wrap: true }),
    input("Tâche", "text", { width: 28, wrap: true }),
    input("Ressources", "text", { width: 20, wrap: true, note: "Noms de la table Equipe, séparés par ;", writableBy: APPLY_SCENARIO }),
    input("Durée (j)", "number", { numFmt: "0.#", width: 10, note: "Jours ouvrés ; 0 = jalon", writableBy: APPLY_SCENARIO }),
    input("Prédécesseurs", "text", { width: 14, note: "ID, ID FD+2, ID DD-1, ID FF, ID DF ; séparés par ;" }),
    input("Pas avant", "date", { width: 11, writableBy: APPLY_SCENARIO }),
    input("Échéance", "date", { width: 11 }),
    input("Début réel", "date", { width: 12, note: "Vide : la date de la première séance de la tâche (Seances)" }),
    input("Fin réelle", "date", { width: 11, note: "Vide et Avancement à 100 % : la date de la dernière séance" }),
    input("Avancement", "percent", { width: 12, note: "Vide : estimé d'après les jours de séances de la tâche rapportés à sa durée (99 % au plus)" }),
    input("Début réf.", "date", { width: 12, writableBy: ["baseline"] }),
    input("Fin réf.", "date", { width: 11, writableBy: ["baseline"] }),
    // What the slip cost compares the plan with (kept by "Figer la référence" since they exist).
    input("Durée réf. (j)", "number", { numFmt: "0.#", width: 10, optional: true, writableBy: ["baseline"], note: "Durée figée avec la référence" }),
    input("Ressources réf.", "text", { width: 18, optional: true, writableBy: ["baseline"], note: "Ressources figées avec la référence" }),
    computed("Début", "date", { width: 11 }),
    computed("Fin", "date", { width: 11 }),
    computed("Marge (j)", "integer", { width: 10 }),
    computed("Critique", "text", { width: 9 }),
    computed("Écart (j)", "integer", { width: 10 }),
    computed("Statut", "text", { width: 12 }),
    alertColumn(),
  ],
};

export const FERMETURES: TableSpec = {
  name: "Fermetures",
  sheet: "Calendrier",
  appendableBy: APPLY_SCENARIO,
  columns: [
    input("Production", "text", { width: 12, note: "Vide = toutes les productions" }),
    input("Du", "date", { required: true, width: 11 }),
    input("Au", "date", { required: true, width: 11 }),
    input("Motif", "text", { width: 28, wrap: true }),
  ],
};

export const INDISPONIBILITES: TableSpec = {
  name: "Indisponibilites",
  sheet: "Calendrier",
  columns: [
    input("Ressource", "text", { required: true, width: 18 }),
    input("Du", "date", { required: true, width: 11 }),
    input("Au", "date", { required: true, width: 11 }),
    input("Motif", "text", { width: 28, wrap: true }),
  ],
};

export const PLANNING_TABLES = [PRODUCTIONS, TACHES, FERMETURES, INDISPONIBILITES];

/** The `Synthese` owned report: one row per production, rewritten by every check. */
export const SYNTHESE: TableSpec = {
  name: "Synthese",
  sheet: "Synthese",
  style: "TableStyleLight9",
  columns: [
    // 200 characters across with the money, headers on two lines: one A4 landscape page at 8 pt or more.
    computed("Production", "text", { width: 12 }),
    computed("Titre", "text", { width: 18, wrap: true }),
    computed("Prochain jalon", "text", { width: 22, wrap: true }),
    computed("Date du jalon", "date", { width: 11 }),
    computed("PAD contractuel", "date", { width: 13 }),
    computed("PAD référence", "date", { width: 11 }),
    computed("PAD prévu", "date", { width: 11 }),
    computed("Écart PAD (j)", "integer", { width: 8 }),
    computed("Glissement (j)", "integer", { width: 12, note: "Jours ouvrés entre le PAD de référence et le PAD prévu" }),
    computed("Tâches en retard", "integer", { width: 9 }),
    computed("Tâches critiques", "integer", { width: 11 }),
    computed("Statut", "text", { width: 14, wrap: true }),
    // The portfolio's money (the figures of MONEY_FIGURES of the same labels; the detail is in SyntheseMontants).
    computed("Devis accepté", "money", { width: 12 }),
    computed("Prévision finale", "money", { width: 12 }),
    computed("Facturé", "money", { width: 12 }),
    computed("Marge prévue", "money", { width: 12 }),
  ],
};

/**
 * The money of each production on the `Synthese` sheet, under the dates (one figure per column, all
 * HT): the same figures as the cost report, the overrun report, the pane and `check --json`.
 */
export const SYNTHESE_MONTANTS: TableSpec = {
  name: "SyntheseMontants",
  sheet: "Synthese",
  style: "TableStyleLight9",
  columns: [
    computed("Production", "text", { width: 11 }),
    computed("Devis accepté", "money", { width: 14 }),
    computed("Engagé", "money", { width: 13 }),
    computed("Réalisé", "money", { width: 13 }),
    computed("Reste à faire", "money", { width: 13 }),
    computed("Prévision finale", "money", { width: 16 }),
    computed("Coût du glissement", "money", { width: 16 }),
    computed("Surcoûts techniques", "money", { width: 16 }),
    computed("Facturé", "money", { width: 13 }),
    computed("Marge", "money", { width: 13 }),
    // Marge ÷ Facturé: RATE_FORMAT of the money figures; empty while nothing is invoiced.
    computed("Taux de marge", "percent", { width: 10, numFmt: "0.0 %" }),
    computed("Marge prévue", "money", { width: 14 }),
  ],
};

/** Owned report tables of the planning. */
export const PLANNING_REPORT_TABLES = [SYNTHESE, SYNTHESE_MONTANTS];
