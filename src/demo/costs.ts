/**
 * The demo's budget and supplier invoices (`cappad new --demo`), following src/demo/story.ts: the
 * post-production budget of FLEUVE and GLACIER by CNC poste (the 2.1, 4.1 and 8.x postes are Cap PAD
 * examples), and a few invoices received from labs and suppliers. The figures are set so that the
 * demo's cost report shows one poste over budget (FLEUVE's picture edit, the slip of F03), one within
 * 5 % of its devis, and the rest inside.
 */
import { fromIso, type DayNumber } from "../core/dates/civil";
import type { OutValue } from "../sheets/values";

const d = (iso: string): { day: DayNumber } => ({ day: fromIso(iso) as DayNumber });

const line = (production: string, poste: string, libelle: string, devis: number, commentaire?: string): Record<string, OutValue> => ({
  Production: production,
  Poste: poste,
  Libellé: libelle,
  "Devis HT": devis,
  Commentaire: commentaire ?? null,
});

export const DEMO_BUDGET_ROWS: Record<string, OutValue>[] = [
  line("FLEUVE", "2.1", "Personnel de postproduction (salaires)", 19000),
  line("FLEUVE", "4.1", "Charges sociales du personnel", 12000),
  line("FLEUVE", "8.1", "Laboratoire et traitement numérique", 2500),
  line("FLEUVE", "8.2", "Montage image (salle)", 3600, "Montage image allongé de 5 jours (retours chaîne) : salle prolongée"),
  line("FLEUVE", "8.6", "Montage son, bruitage", 1500),
  line("FLEUVE", "8.7", "Mixage et auditorium", 2800, "Auditorium réservé 3 jours, sans marge"),
  line("FLEUVE", "8.8", "Masters et éléments de livraison", 1200),
  line("GLACIER", "1.1", "Droits d'archives", 4000),
  line("GLACIER", "2.1", "Personnel de postproduction (salaires)", 27000),
  line("GLACIER", "4.1", "Charges sociales du personnel", 17500),
  line("GLACIER", "8.1", "Laboratoire et traitement numérique", 1800),
  line("GLACIER", "8.2", "Montage image (salle)", 7200),
  line("GLACIER", "8.7", "Mixage et auditorium", 5000),
];

export const DEMO_PURCHASE_ROWS: Record<string, OutValue>[] = [
  { Date: d("2026-11-06"), Production: "FLEUVE", Fournisseur: "Labo Numérique du Nord", Poste: "8.1", "Montant HT": 1850, Référence: "LNN-2026-0412" },
  { Date: d("2026-11-20"), Production: "FLEUVE", Fournisseur: "Média Stock", Poste: "8.8", "Montant HT": 420, Référence: "MS-88213" },
  { Date: d("2026-11-13"), Production: "GLACIER", Fournisseur: "Labo Numérique du Nord", Poste: "8.1", "Montant HT": 1240, Référence: "LNN-2026-0431" },
  { Date: d("2026-11-24"), Production: "GLACIER", Fournisseur: "Archives Polaires", Poste: "1.1", "Montant HT": 3200, Référence: "AP-2026-117" },
];
