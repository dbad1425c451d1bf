/** Crew, séances and payroll tables (planning and intermittent crew). Fixed contract. */
import type { TableSpec } from "../spec";
import { alertColumn, computed, input, list } from "./columns";
import { CONVENTIONS, RESOURCE_TYPES } from "./planning";

export const CREW_STATUSES = [
  "Intermittent technicien",
  "Intermittent technicien cadre",
  "Artiste",
  "Permanent",
  "Prestataire",
] as const;
export const SALARY_UNITS = ["heure", "jour", "semaine 35 h", "semaine 39 h"] as const;
export const RATE_UNITS = ["jour", "demi-journée", "heure", "forfait", "plan", "minute"] as const;

export const EQUIPE: TableSpec = {
  name: "Equipe",
  sheet: "Equipe",
  idColumn: "Nom",
  key: ["Nom"],
  columns: [
    input("Nom", "text", { required: true, width: 20 }),
    list("Type", RESOURCE_TYPES, { width: 11 }),
    input("Fonction", "text", { width: 24 }),
    list("Statut", CREW_STATUSES, { width: 24 }),
    list("Convention", CONVENTIONS, { width: 11 }),
    input("Salaire", "money", { width: 11 }),
    list("Unité salaire", SALARY_UNITS, { width: 13 }),
    input("Tarif HT", "money", { width: 11 }),
    list("Unité tarif", RATE_UNITS, { width: 10 }),
    // Costs and invoices: a rate-card line instead of the own rate, and the budget poste.
    input("Code tarif", "text", { optional: true, width: 11, note: "Code de la table Tarifs ; prioritaire sur Tarif HT et Unité tarif" }),
    input("Poste", "text", { optional: true, width: 8, note: "Poste du devis CNC où va son coût (sinon celui du tarif ; personnes : 2.1, charges en 4.1)" }),
    input("Email", "text", { width: 24 }),
    input("N° Congés Spectacles", "text", { width: 14 }),
  ],
};

export const SEANCES: TableSpec = {
  name: "Seances",
  sheet: "Seances",
  key: ["Date", "Production", "Tâche", "Ressource", "Arrivée", "Départ"],
  columns: [
    input("Date", "date", { required: true, width: 12 }),
    input("Production", "text", { required: true, width: 11 }),
    input("Tâche", "text", { width: 8, note: "ID de la tâche du planning" }),
    input("Ressource", "text", { required: true, width: 18 }),
    input("Arrivée", "time", { width: 8 }),
    input("Départ", "time", { width: 8 }),
    input("Pause (min)", "integer", { width: 8 }),
    input("Commentaire", "text", { width: 30, wrap: true }),
    computed("Heures", "number", { width: 8 }),
    computed("Heures de nuit", "number", { width: 9 }),
    computed("Dimanche/férié", "text", { width: 21 }),
    alertColumn(),
  ],
};

export const GRILLES: TableSpec = {
  name: "Grilles",
  sheet: "Grilles",
  columns: [
    list("Convention", CONVENTIONS, { required: true, width: 11 }),
    input("Fonction", "text", { required: true, width: 30, note: "Intitulé de la grille (le féminin est reconnu : monteuse = monteur)" }),
    input("Niveau", "text", { optional: true, width: 7 }),
    input("Minimum semaine 35 h", "money", { width: 14 }),
    input("Minimum semaine 39 h", "money", { width: 14 }),
    input("Minimum jour", "money", { width: 12, note: "Journée des contrats courts (convention audiovisuelle : base 7 h = semaine 35 h ÷ 4,5)" }),
    input("Minimum heure", "money", { optional: true, width: 11, note: "Pour les grilles horaires (prestataires techniques)" }),
    input("Date d'effet", "date", { required: true, width: 11 }),
    input("Source", "text", { width: 70 }),
  ],
};

export const TAUX: TableSpec = {
  name: "Taux",
  sheet: "Taux",
  idColumn: "Code",
  columns: [
    input("Code", "text", { required: true, width: 26 }),
    input("Libellé", "text", { width: 36 }),
    input("Assiette", "text", { width: 20 }),
    input("Salarié (%)", "number", { numFmt: "0.000", width: 10 }),
    input("Employeur (%)", "number", { numFmt: "0.000", width: 10 }),
    input("Du", "date", { required: true, width: 11 }),
    input("Au", "date", { width: 11 }),
    input("Condition", "text", { optional: true, width: 14, note: "Vide = toujours ; sinon : cadre, non-cadre, effectif < 50, effectif ≥ 50, CDDU ≤ 3 mois, CDDU > 3 mois" }),
    input("Source", "text", { width: 60 }),
  ],
};

/** Dated payroll parameters (ceilings, SMIC, overtime bands, premiums, maximum hours, tolerances…). */
export const PARAMETRES: TableSpec = {
  name: "Parametres",
  sheet: "Parametres",
  idColumn: "Code",
  columns: [
    input("Code", "text", { required: true, width: 28 }),
    input("Libellé", "text", { width: 44 }),
    list("Convention", CONVENTIONS, { width: 11, note: "Vide = toutes les conventions ; une ligne propre à une convention l'emporte" }),
    input("Genre", "text", { width: 16, note: "Vide = tous les genres ; sinon genres séparés par des virgules" }),
    input("Valeur", "text", { required: true, width: 18 }),
    input("Unité", "text", { width: 9 }),
    input("Du", "date", { required: true, width: 11 }),
    input("Au", "date", { width: 11 }),
    input("Source", "text", { width: 60 }),
  ],
};

/**
 * The CDDU contracts as signed: one row per contract (a person, one production or several separated by
 * `;`, its dates, and its function, status and pay when they differ from `Equipe`). Typed by the user;
 * "Proposer les contrats" fills it from the séances only while it is empty.
 */
export const CONTRATS: TableSpec = {
  name: "Contrats",
  sheet: "Contrats",
  key: ["Nom", "Production", "Début"],
  appendableBy: ["proposeContracts"],
  columns: [
    input("Nom", "text", { required: true, width: 20 }),
    input("Production", "text", { required: true, width: 16, note: "Code de la table Productions ; plusieurs séparés par ;" }),
    input("Début", "date", { required: true, width: 12 }),
    input("Fin", "date", { required: true, width: 12, note: "Fin initiale du contrat (hors renouvellement)" }),
    input("Fonction", "text", { width: 24, note: "Intitulé de la grille de la convention ; vide = celui de la table Equipe" }),
    list("Statut", CREW_STATUSES, { width: 24, note: "Vide = celui de la table Equipe" }),
    input("Salaire", "money", { width: 12, note: "Vide = celui de la table Equipe" }),
    list("Unité salaire", SALARY_UNITS, { width: 14 }),
    input("Numéro d'objet", "text", { width: 16, note: "France Travail spectacle ; vide = celui de la production" }),
    alertColumn(),
  ],
};

/** "Vérifier un bulletin": the provider's figures for a person and a month, against the estimate. */
export const BULLETINS: TableSpec = {
  name: "Bulletins",
  sheet: "Bulletins",
  key: ["Période", "Nom", "Production"],
  columns: [
    input("Période", "text", { required: true, width: 9, note: "Mois du bulletin : AAAA-MM" }),
    input("Nom", "text", { required: true, width: 20 }),
    input("Production", "text", { width: 11, note: "Vide = toutes les productions de la personne ce mois-là" }),
    input("Brut", "money", { required: true, width: 11 }),
    input("Net", "money", { width: 11, note: "Net avant impôt du bulletin" }),
    input("Coût employeur", "money", { width: 12 }),
    computed("Brut estimé", "money", { width: 11 }),
    computed("Écart brut", "money", { width: 11 }),
    computed("Écart net", "money", { width: 11 }),
    computed("Écart coût", "money", { width: 11 }),
    alertColumn(),
  ],
};

/** Written whole by "Préparer la paie" for a chosen month: every column is computed. */
export const PAIE: TableSpec = {
  name: "Paie",
  sheet: "Paie",
  columns: [
    computed("Période", "text", { width: 9 }),
    computed("Production", "text", { width: 11 }),
    computed("Nom", "text", { width: 20 }),
    computed("Fonction", "text", { width: 22 }),
    computed("Jours", "integer", { width: 6 }),
    computed("Heures", "number", { width: 8 }),
    computed("HS 25 %", "number", { width: 8 }),
    computed("HS 50 %", "number", { width: 8 }),
    computed("Heures majorées", "number", { width: 9 }),
    computed("Brut", "money", { width: 11 }),
    computed("Cotisations salariales", "money", { width: 12 }),
    computed("Net estimé", "money", { width: 11 }),
    computed("Cotisations patronales", "money", { width: 12 }),
    computed("Congés Spectacles", "money", { width: 11 }),
    computed("Coût employeur", "money", { width: 12 }),
    computed("Minimum conventionnel", "money", { width: 14 }),
    alertColumn(),
  ],
};

export const CREW_TABLES = [EQUIPE, SEANCES, CONTRATS, GRILLES, TAUX, PARAMETRES, BULLETINS];
