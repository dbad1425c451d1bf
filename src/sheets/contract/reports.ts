/** Tables on the add-in's own report sheets (rewritten whole by commands). */
import type { TableSpec } from "../spec";
import { computed } from "./columns";

export const ALERTES: TableSpec = {
  name: "Alertes",
  sheet: "Alertes",
  columns: [
    // 144 characters across: one A4 landscape page at 8 pt or more, the message wrapped beside its cell.
    computed("Gravité", "text", { width: 14 }),
    computed("Code", "text", { width: 25 }),
    computed("Feuille", "text", { width: 12, wrap: true }),
    computed("Ligne", "integer", { width: 7 }),
    computed("ID", "text", { width: 14, wrap: true }),
    computed("Cellule", "text", { width: 14 }),
    computed("Production", "text", { width: 12 }),
    computed("Message", "text", { width: 46, wrap: true }),
  ],
};

/** How many cells of a group the groups table names (the first with a link, the others as text). */
export const ALERT_GROUP_CELLS = 5;

/**
 * The groups at the top of a long `Alertes` sheet, column for column as wide as the list under them
 * (the two tables share the sheet's columns: 144 characters across, one A4 landscape page).
 */
export const ALERTES_GROUPES: TableSpec = {
  name: "AlertesGroupes",
  sheet: "Alertes",
  columns: [
    computed("Gravité", "text", { width: 14 }),
    computed("Code", "text", { width: 25 }),
    computed("Feuille", "text", { width: 12, wrap: true }),
    computed("Nombre", "integer", { width: 8, numFmt: "#,##0" }),
    computed("Première cellule", "text", { width: 14 }),
    computed("Autres cellules", "text", { width: 14, wrap: true }),
    computed("Productions", "text", { width: 12, wrap: true }),
    computed("Message (premier de la liste)", "text", { width: 46, wrap: true }),
  ],
};
