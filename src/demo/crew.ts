/**
 * Demo crew shared by every demo table: two productions (a 52' TV fiction "FLEUVE" and a 90'
 * documentary "GLACIER") share the editor Léa Martin and the mixing room, which the demo plan books
 * on overlapping days on purpose (a conflict the check must catch). Studio Cap Nord is a technical
 * facility: the crew's agreement is the employer's (IDCC 3252, `Societe`), so `Convention` stays blank;
 * the functions are the usual titles, the contracts (src/demo/contracts.ts) give the grid's.
 */
import type { OutValue } from "../workbook/values";

export const DEMO_CREW: Record<string, OutValue>[] = [
  { Nom: "Léa Martin", Type: "Personne", Fonction: "Chef monteuse", Statut: "Intermittent technicien cadre", Salaire: 1850, "Unité salaire": "semaine 39 h", "Tarif HT": 850, "Unité tarif": "jour", Email: "lea.martin@example.fr", "N° Congés Spectacles": "CS-104522" },
  // Hugo's day rate covers an 8-hour day (the facility grid's daily basis): 146,01 € = 18,25 € an hour.
  { Nom: "Hugo Bernard", Type: "Personne", Fonction: "Assistant monteur", Statut: "Intermittent technicien", Salaire: 146.01, "Unité salaire": "jour", "Tarif HT": 380, "Unité tarif": "jour", Email: "hugo.bernard@example.fr", "N° Congés Spectacles": "CS-208871" },
  { Nom: "Nadia Haddad", Type: "Personne", Fonction: "Monteuse son", Statut: "Intermittent technicien cadre", Salaire: 1700, "Unité salaire": "semaine 39 h", "Tarif HT": 780, "Unité tarif": "jour", Email: "nadia.haddad@example.fr", "N° Congés Spectacles": "CS-330915" },
  { Nom: "Marc Lefèvre", Type: "Personne", Fonction: "Mixeur", Statut: "Intermittent technicien cadre", Salaire: 420, "Unité salaire": "jour", "Tarif HT": 950, "Unité tarif": "jour", Email: "marc.lefevre@example.fr", "N° Congés Spectacles": "CS-417730" },
  { Nom: "Chloé Dubois", Type: "Personne", Fonction: "Étalonneuse", Statut: "Intermittent technicien cadre", Salaire: 400, "Unité salaire": "jour", "Tarif HT": 950, "Unité tarif": "jour", Email: "chloe.dubois@example.fr", "N° Congés Spectacles": "CS-502284" },
  { Nom: "Auditorium A", Type: "Salle", Fonction: "Auditorium de mixage 5.1", "Tarif HT": 900, "Unité tarif": "jour", Poste: "8.7" },
  { Nom: "Salle montage 2", Type: "Salle", Fonction: "Salle de montage Avid", "Tarif HT": 180, "Unité tarif": "jour", Poste: "8.2" },
  { Nom: "Studio Bruitage", Type: "Prestataire", Fonction: "Bruitage", Statut: "Prestataire", "Tarif HT": 650, "Unité tarif": "jour", Poste: "8.6" },
];
