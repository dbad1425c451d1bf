/**
 * The demo's budget and supplier invoices (`cappad new --demo`), following src/demo/story.ts. The budget
 * is what each producer accepted from the facility, by poste of the CNC devis (the 2.1 and 8.x postes
 * are Cap PAD examples):
 * - for the postes the plan prices, the quote the plan proposed when the baseline was frozen ("Figer le
 *   devis" on the baseline plan): FLEUVE 2.1 = Hugo 12 j × 380 + Léa 20 j × 850 + Chloé 5 j × 950 +
 *   Nadia 8 j × 780 + Marc 3 j × 950 = 4 560 + 17 000 + 4 750 + 6 240 + 2 850 = 35 400 ; 8.2 = 20 j ×
 *   180 = 3 600 ; 8.6 = 2 j × 650 = 1 300 ; 8.7 = 3 j × 900 = 2 700. GLACIER (no change since its
 *   baseline): 2.1 = 57 120, 8.2 = 6 300, 8.7 = 4 500. The plan now proposes 5 more days of Léa and of
 *   the room on FLEUVE (F03 at 25 days): 39 650 and 4 500, the difference said on the two lines and
 *   priced as the slip cost (5 × 1 030 = 5 150 €), the amendment to negotiate;
 * - for what the plan does not price, the amounts typed from the producer's order: lab work, media and
 *   archives the facility buys and re-invoices (8.1, 8.8, 1.1);
 * - GLACIER's producer accepted the technical surcharges of its deliverables (5.1 mix and M&E on 8.7,
 *   UHD upscale on 8.8: 3 150 + 1 800 + 1 350 = 6 300 €); FLEUVE's (488,40 €) are still to negotiate.
 * The technicians are quoted all-in at their day rate (no separate 4.1 line): their employer charges
 * stay on 2.1 in the cost report, like for like. The day rates (`Equipe[Tarif HT]`) cover the employer
 * cost of a day (gross × about 1,65 for an intermittent cadre, more with overtime: Léa's November days
 * on FLEUVE cost about 720 €) and the facility's margin, so both productions forecast a margin (FLEUVE
 * about 18 % before its amendment, GLACIER about 20 %); a rate below the cost shows as a negative
 * margin in Synthese and the cost report.
 */
import { fromIso, type DayNumber } from "../core/dates/civil";
import type { OutValue } from "../workbook/values";

const d = (iso: string): { day: DayNumber } => ({ day: fromIso(iso) as DayNumber });

const line = (production: string, poste: string, libelle: string, devis: number | null, commentaire?: string, surcouts?: number): Record<string, OutValue> => ({
  Production: production,
  Poste: poste,
  Libellé: libelle,
  "Devis HT": devis,
  "Surcoûts techniques acceptés": surcouts ?? null,
  Commentaire: commentaire ?? null,
});

const FROZEN = "Devis figé à la référence";
const RESOLD = "Achats refacturés (le planning ne les chiffre pas)";

export const DEMO_BUDGET_ROWS: Record<string, OutValue>[] = [
  line("FLEUVE", "2.1", "Personnel de postproduction (mise à disposition)", 35400, `${FROZEN} ; montage image allongé de 5 jours (Léa Martin) : avenant à négocier`),
  line("FLEUVE", "8.1", "Laboratoire et traitement numérique", 2500, RESOLD),
  line("FLEUVE", "8.2", "Montage image (salle)", 3600, "Montage image allongé de 5 jours (retours chaîne) : salle prolongée"),
  line("FLEUVE", "8.6", "Montage son, bruitage", 1300, FROZEN),
  line("FLEUVE", "8.7", "Mixage et auditorium", 2700, "Auditorium réservé 3 jours, sans marge"),
  line("FLEUVE", "8.8", "Masters et éléments de livraison", 1200, RESOLD),
  line("GLACIER", "1.1", "Droits d'archives", 4000, RESOLD),
  line("GLACIER", "2.1", "Personnel de postproduction (mise à disposition)", 57120, FROZEN),
  line("GLACIER", "8.1", "Laboratoire et traitement numérique", 1800, RESOLD),
  line("GLACIER", "8.2", "Montage image (salle)", 6300, FROZEN),
  line("GLACIER", "8.7", "Mixage et auditorium", 4500, "Mixage 5.1 et version M&E acceptés par le producteur", 4950),
  line("GLACIER", "8.8", "Masters et éléments de livraison", null, "Upscaling UHD accepté par le producteur", 1350),
];

export const DEMO_PURCHASE_ROWS: Record<string, OutValue>[] = [
  { Date: d("2026-11-06"), Fournisseur: "Labo Numérique du Nord", "N° facture fournisseur": "LNN-2026-0412", Production: "FLEUVE", Poste: "8.1", Libellé: "Conformation et DCP de travail", "Montant HT": 1850, "TVA (%)": 20, TVA: 370, TTC: 2220, Échéance: d("2026-12-06"), "Payé le": d("2026-11-25"), "Mode de paiement": "virement" },
  { Date: d("2026-11-20"), Fournisseur: "Média Stock", "N° facture fournisseur": "MS-88213", Production: "FLEUVE", Poste: "8.8", Libellé: "Disques et LTO de livraison", "Montant HT": 420, "TVA (%)": 20, TVA: 84, TTC: 504, Échéance: d("2026-11-20"), "Mode de paiement": "virement" },
  { Date: d("2026-11-13"), Fournisseur: "Labo Numérique du Nord", "N° facture fournisseur": "LNN-2026-0431", Production: "GLACIER", Poste: "8.1", Libellé: "Scan et étalonnage des archives", "Montant HT": 1240, "TVA (%)": 20, TVA: 248, TTC: 1488, Échéance: d("2026-12-13"), "Mode de paiement": "virement" },
  { Date: d("2026-11-02"), Fournisseur: "Nord Stockage", "N° facture fournisseur": "NS-2611-027", Production: "GLACIER", Poste: "8.1", Libellé: "Stockage serveur des rushes (novembre)", "Montant HT": 380, "TVA (%)": 20, TVA: 76, TTC: 456, Échéance: d("2026-12-02"), "Mode de paiement": "virement" },
  { Date: d("2026-11-24"), Fournisseur: "Archives Polaires", "N° facture fournisseur": "AP-2026-117", Production: "GLACIER", Poste: "1.1", Libellé: "Droits d'archives (extraits)", "Montant HT": 3200, "TVA (%)": 20, TVA: 640, TTC: 3840, Échéance: d("2027-01-23"), "Mode de paiement": "virement" },
];

/**
 * Receipts and payments (today 27/11/2026). From the clients (src/demo/invoicing.ts, DEMO_ISSUED_DRAFTS):
 * FA-2026-0002 (FLEUVE, 5 760 € TTC, due 22/11) half paid, the rest overdue; FA-2026-0001 (GLACIER,
 * 3 600 € TTC) paid in full. To the suppliers: LNN-2026-0412 paid with its « Payé le »; LNN-2026-0431
 * paid in part; MS-88213 was due on receipt and is overdue; NS-2611-027 is due on 02/12, this week.
 */
export const DEMO_PAYMENT_ROWS: Record<string, OutValue>[] = [
  { Date: d("2026-11-13"), Sens: "reçu", Facture: "FA-2026-0002", Montant: 2880, Mode: "virement", Référence: "FILMS DU FLEUVE FA-2026-0002 PARTIEL" },
  { Date: d("2026-11-20"), Sens: "reçu", Facture: "FA-2026-0001", Montant: 3600, Mode: "virement", Référence: "NORD SUD DOC FA-2026-0001" },
  { Date: d("2026-11-26"), Sens: "payé", Facture: "LNN-2026-0431", Montant: 744, Mode: "virement", Référence: "Labo Numérique du Nord" },
];
