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
