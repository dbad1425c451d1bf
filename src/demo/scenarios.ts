/**
 * The demo's what-if scenarios (`Scenarios`): three ways out of FLEUVE's slip (its picture edit F03 needs
 * 25 days instead of 20, the PAD is forecast 5 working days after the baseline), to put side by side
 * with `cappad scenarios` and price as the overrun report does:
 *  - « Deuxième monteur »: Hugo Bernard joins Léa Martin on F03; the work in person-days is kept, so the
 *    25 days become ⌈25 × 1 / 2⌉ = 13 (the room is not a person), 60 % done: 6 days left instead of 10;
 *  - « Samedis au mix »: the sound edit and the mix (F08 to F10) work Saturdays, 16/12 to 09/01;
 *  - « PAD décalé »: the producer moves the contractual PAD by two weeks and the mix takes 5 days
 *    instead of 3 (the auditorium paid longer).
 */
import { fromIso, type DayNumber } from "../core/dates/civil";
import type { OutValue } from "../workbook/values";

const d = (iso: string): { day: DayNumber } => ({ day: fromIso(iso) as DayNumber });

const row = (scenario: string, task: string | null, change: string, value: OutValue, from: OutValue, to: OutValue, comment: string): Record<string, OutValue> => ({
  Scénario: scenario,
  Production: "FLEUVE",
  Tâche: task,
  Changement: change,
  Valeur: value,
  Du: from,
  Au: to,
  Commentaire: comment,
});

export const DEMO_SCENARIO_ROWS: Record<string, OutValue>[] = [
  row("Deuxième monteur", "F03", "Ajouter ressource", "Hugo Bernard", null, null, "Hugo rejoint Léa sur le montage image pour finir plus tôt"),
  row("Samedis au mix", null, "Jours ouvrés", "lun-sam", d("2026-12-16"), d("2027-01-09"), "Montage son et mixage travaillent le samedi"),
  row("PAD décalé", null, "PAD contractuel", null, d("2027-02-05"), null, "La chaîne accepte deux semaines de plus"),
  row("PAD décalé", "F10", "Durée (j)", "5", null, null, "Mixage plus long : l'auditorium payé deux jours de plus"),
];

/** The coordinator's choice for FLEUVE, printed in the proposal to the producer (`Recommandations`). */
export const DEMO_RECOMMENDATION_ROWS: Record<string, OutValue>[] = [
  {
    Production: "FLEUVE",
    "Scénario recommandé": "Deuxième monteur",
    Motif: "Le PAD revient à un jour de la référence, sans dépense de plus que le plan actuel : Hugo Bernard est libre sur la période du montage image.",
  },
];
