/**
 * The demo's company and clients (`cappad new --demo`), following src/demo/story.ts: the facility
 * "Studio Cap Nord" invoices the two producers, "Les Films du Fleuve" (FLEUVE) and "Nord Sud
 * Documentaires" (GLACIER). Identifiers are made up but carry valid check keys (SIREN, SIRET, VAT).
 * The draft on the `Facture` sheet is FLEUVE's November work, complete: "Émettre la facture" issues it
 * as FA-2026-0003, after the two October invoices the demo has issued already (DEMO_ISSUED_DRAFTS below).
 */
import { fromIso, type DayNumber } from "../core/dates/civil";
import type { ENTETE_FIELDS, SOCIETE_FIELDS } from "../sheets/contract/costs";
import type { OutValue } from "../workbook/values";
import { DEMO_PRODUCTIONS } from "./story";

const d = (iso: string): { day: DayNumber } => ({ day: fromIso(iso) as DayNumber });

export const DEMO_COMPANY: Partial<Record<keyof typeof SOCIETE_FIELDS, OutValue>> = {
  name: "Studio Cap Nord",
  legalForm: "SAS",
  shareCapital: 20000,
  line1: "14 rue des Monteurs",
  postalCode: "59000",
  city: "Lille",
  country: "FR",
  siren: "912345675",
  siret: "91234567500017",
  registration: "RCS Lille Métropole 912 345 675",
  vatNumber: "FR65912345675",
  iban: "FR7630006000011234567890189",
  bic: "AGRIFRPP",
  email: "facturation@studiocapnord.fr",
  phone: "03 20 00 00 00",
  vatOnDebits: "non",
  vatFranchise: "non",
  seriesPrefix: "FA-2026-",
  routingAddress: "912345675",
  // A technical facility: its crew is paid under the facility agreement (IDCC 3252 since 1 April 2025).
  employerAgreement: "IDCC 3252",
};

export const DEMO_CLIENTS: Record<string, OutValue>[] = [
  {
    Nom: DEMO_PRODUCTIONS.FLEUVE.client,
    SIREN: "813579240",
    SIRET: "81357924000017",
    "TVA intracom": "FR64813579240",
    Adresse: "8 quai de la Loire",
    "Code postal": "75019",
    Ville: "Paris",
    Pays: "FR",
    "Adresse de routage": "813579240",
    "Délai de paiement (j)": 30,
  },
  {
    Nom: DEMO_PRODUCTIONS.GLACIER.client,
    SIREN: "792468134",
    SIRET: "79246813400012",
    "TVA intracom": "FR83792468134",
    Adresse: "21 rue Nationale",
    "Code postal": "59800",
    Ville: "Lille",
    Pays: "FR",
    "Adresse de routage": "792468134_COMPTA",
    // "45 jours fin de mois": 45 days after the invoice date, then the end of that month.
    "Délai de paiement (j)": 45,
    "Calcul du délai": "fin de mois",
  },
];

export const DEMO_INVOICE_HEADER: Partial<Record<keyof typeof ENTETE_FIELDS, OutValue>> = {
  client: DEMO_PRODUCTIONS.FLEUVE.client,
  issueDate: d("2026-11-27"),
  periodStart: d("2026-11-02"),
  periodEnd: d("2026-11-27"),
  purchaseOrder: "BC-FLV-2026-014",
  object: `Postproduction « ${DEMO_PRODUCTIONS.FLEUVE.title} » : travaux de novembre 2026`,
  production: DEMO_PRODUCTIONS.FLEUVE.code,
  nature: "services",
  // The month's séances on one invoice: a periodic invoice (due within 45 days of its date).
  periodic: "oui",
};

/**
 * FLEUVE's days worked from 2 to 27 November (src/demo séances, rooms and people at their own rate in
 * `Equipe`): what "Facturer une période" writes for FLEUVE and 2026-11 (a test keeps them equal).
 * Hugo Bernard worked FLEUVE on 02, 03, 05 and 06/11: five séances (two on 03/11), four days, as his
 * attendance sheet says.
 */
export const DEMO_INVOICE_LINES: Record<string, OutValue>[] = [
  { Production: "FLEUVE", Code: "", Libellé: "Assistant monteur — Hugo Bernard", Quantité: 4, Unité: "jour", "Prix HT": 380, "TVA (%)": 20 },
  { Production: "FLEUVE", Code: "", Libellé: "Chef monteuse — Léa Martin", Quantité: 14, Unité: "jour", "Prix HT": 850, "TVA (%)": 20 },
  { Production: "FLEUVE", Code: "", Libellé: "Salle de montage Avid — Salle montage 2", Quantité: 14, Unité: "jour", "Prix HT": 180, "TVA (%)": 20 },
];

/** An invoice of the demo issued before « today » by « Émettre la facture », from its draft. */
export interface DemoIssuedDraft {
  /** The number the register gives it (the payments in `Paiements` name it). */
  number: string;
  header: Partial<Record<keyof typeof ENTETE_FIELDS, OutValue>>;
  lines: Record<string, OutValue>[];
}

/**
 * The facility's October invoices, each ordered apart from the post-production quote (its own
 * purchase order), before the November work of the `Facture` draft (which is issued next, as FA-2026-0003):
 *  - GLACIER: a backup station lent to the Greenland shoot (7 September – 2 October) and the workflow
 *    set up for it; issued 09/10, « 45 jours fin de mois » → due 30/11; paid in full on 20/11;
 *  - FLEUVE: the dailies of the shoot (backup, sync, viewing copies, 5–23 October) by the facility's
 *    lab; issued 23/10, 30 days → due 22/11; half paid on 13/11, the rest overdue on 27/11
 *    (« en retard », what `cappad relance` and the pane's « À encaisser » list show).
 * Neither is in the séance log (it starts in November with the post-production) nor in the budget's
 * accepted quote: they add to each production's « Facturé » and « Marge », not to its forecast.
 */
export const DEMO_ISSUED_DRAFTS: DemoIssuedDraft[] = [
  {
    number: "FA-2026-0001",
    header: {
      client: DEMO_PRODUCTIONS.GLACIER.client,
      issueDate: d("2026-10-09"),
      periodStart: d("2026-09-07"),
      periodEnd: d("2026-10-02"),
      purchaseOrder: "BC-NSD-2026-031",
      object: `« ${DEMO_PRODUCTIONS.GLACIER.title} » : station de sauvegarde du tournage au Groenland`,
      production: DEMO_PRODUCTIONS.GLACIER.code,
      nature: "services",
    },
    lines: [
      { Production: "GLACIER", Code: "", Libellé: "Station de sauvegarde de tournage (location)", Quantité: 20, Unité: "jour", "Prix HT": 120, "TVA (%)": 20 },
      { Production: "GLACIER", Code: "", Libellé: "Préparation du flux de travail (LUT, contrôle des copies)", Quantité: 1, Unité: "forfait", "Prix HT": 600, "TVA (%)": 20 },
    ],
  },
  {
    number: "FA-2026-0002",
    header: {
      client: DEMO_PRODUCTIONS.FLEUVE.client,
      issueDate: d("2026-10-23"),
      periodStart: d("2026-10-05"),
      periodEnd: d("2026-10-23"),
      purchaseOrder: "BC-FLV-2026-009",
      object: `« ${DEMO_PRODUCTIONS.FLEUVE.title} » : rushes quotidiens du tournage`,
      production: DEMO_PRODUCTIONS.FLEUVE.code,
      nature: "services",
    },
    lines: [{ Production: "FLEUVE", Code: "", Libellé: "Rushes quotidiens : sauvegarde, synchronisation, copies de visionnage", Quantité: 15, Unité: "jour", "Prix HT": 320, "TVA (%)": 20 }],
  },
];
