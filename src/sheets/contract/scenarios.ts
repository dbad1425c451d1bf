/** The what-if scenarios table: each row is one change of one scenario to the plan. Names and headers are a fixed contract. */
import type { TableSpec } from "../spec";
import { input, list } from "./columns";

/** `Changement`, as the coordinator writes it, in the order of the list. */
export const CHANGE_LABELS = {
  duration: "Durée (j)",
  addResource: "Ajouter ressource",
  removeResource: "Retirer ressource",
  workingDays: "Jours ouvrés",
  notBefore: "Pas avant",
  removeTask: "Supprimer tâche",
  padTarget: "PAD contractuel",
  closure: "Fermeture",
} as const;

export const SCENARIOS: TableSpec = {
  name: "Scenarios",
  sheet: "Scenarios",
  columns: [
    input("Scénario", "text", { required: true, width: 22, wrap: true }),
    input("Production", "text", { required: true, width: 12 }),
    input("Tâche", "text", { width: 10, note: "ID de la tâche ; vide pour toute la production (Jours ouvrés, PAD contractuel, Fermeture)" }),
    list("Changement", Object.values(CHANGE_LABELS), { required: true, width: 18 }),
    input("Valeur", "text", { width: 16, note: "Durée (j) : jours ouvrés ; Ajouter/Retirer ressource : un nom d'Equipe ; Jours ouvrés : lun-sam… ; Pas avant, PAD contractuel : la date (ou dans Du)" }),
    input("Du", "date", { width: 12 }),
    input("Au", "date", { width: 12 }),
    input("Commentaire", "text", { width: 34, wrap: true }),
  ],
};
