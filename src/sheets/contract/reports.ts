/** Tables on the add-in's own report sheets (rewritten whole by commands). */
import type { TableSpec } from "../spec";
import { computed } from "./columns";

export const ALERTES: TableSpec = {
  name: "Alertes",
  sheet: "Alertes",
  columns: [
    computed("Gravité", "text", { width: 14 }),
    computed("Code", "text", { width: 26 }),
    computed("Feuille", "text", { width: 14 }),
    computed("Ligne", "integer", { width: 7 }),
    computed("ID", "text", { width: 10 }),
    computed("Cellule", "text", { width: 16 }),
    computed("Production", "text", { width: 11 }),
    computed("Message", "text", { width: 90 }),
  ],
};
