/**
 * The `Relances envoyées` sheet, created by the first « Relancer les factures en retard » that writes a
 * letter: each later letter appends its row to the table (`RelancesEnvoyees`), nothing is rewritten.
 */
import { RELANCES_ENVOYEES } from "../contract/accounts";
import type { LogSheet } from "./logSheet";

export const REMINDER_LOG: LogSheet = {
  spec: RELANCES_ENVOYEES,
  title: "Relances envoyées",
  subtitle: "Une ligne par lettre de relance écrite par « Relancer les factures en retard », le jour où elle l'a été. La relance suivante d'une facture en tient compte ; les lignes ne sont jamais réécrites.",
};
