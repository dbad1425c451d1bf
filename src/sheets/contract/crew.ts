/** Crew, séances and payroll tables (issues: planning + intermittent crew). Fixed contract. */
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
export const RATE_UNITS = ["jour", "heure", "forfait", "plan", "minute"] as const;

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
    input("Email", "text", { width: 24 }),
    input("N° Congés Spectacles", "text", { width: 14 }),
  ],
};

export const SEANCES: TableSpec = {
  name: "Seances",
  sheet: "Seances",
  key: ["Date", "Production", "Tâche", "Ressource", "Arrivée", "Départ"],
  columns: [
    input("Date", "date", { required: true, width: 11 }),
    input("Production", "text", { required: true, width: 10 }),
    input("Tâche", "text", { width: 8, note: "ID de la tâche du planning" }),
    input("Ressource", "text", { required: true, width: 18 }),
    input("Arrivée", "time", { width: 8 }),
    input("Départ", "time", { width: 8 }),
    input("Pause (min)", "integer", { width: 8 }),
    input("Commentaire", "text", { width: 24 }),
    computed("Heures", "number", { width: 8 }),
    computed("Heures de nuit", "number", { width: 8 }),
    computed("Dimanche/férié", "text", { width: 14 }),
    alertColumn(),
  ],
};

export const GRILLES: TableSpec = {
  name: "Grilles",
  sheet: "Grilles",
  columns: [
    list("Convention", CONVENTIONS, { required: true, width: 11 }),
    input("Fonction", "text", { required: true, width: 30 }),
    input("Minimum semaine 35 h", "money", { width: 14 }),
    input("Minimum semaine 39 h", "money", { width: 14 }),
    input("Minimum jour", "money", { width: 12 }),
    input("Date d'effet", "date", { required: true, width: 11 }),
    input("Source", "text", { width: 50 }),
  ],
};

export const TAUX: TableSpec = {
  name: "Taux",
  sheet: "Taux",
  idColumn: "Code",
  columns: [
    input("Code", "text", { required: true, width: 16 }),
    input("Libellé", "text", { width: 36 }),
    input("Assiette", "text", { width: 20 }),
    input("Salarié (%)", "number", { numFmt: "0.000", width: 10 }),
    input("Employeur (%)", "number", { numFmt: "0.000", width: 10 }),
    input("Du", "date", { required: true, width: 11 }),
    input("Au", "date", { width: 11 }),
    input("Source", "text", { width: 50 }),
  ],
};

/** Written whole by "Préparer la paie" for a chosen month: every column is computed. */
export const PAIE: TableSpec = {
  name: "Paie",
  sheet: "Paie",
  columns: [
    computed("Période", "text", { width: 9 }),
    computed("Production", "text", { width: 10 }),
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
    computed("Minimum conventionnel", "money", { width: 12 }),
    alertColumn(),
  ],
};

export const CREW_TABLES = [EQUIPE, SEANCES, GRILLES, TAUX];
