/**
 * The demo's company and clients (`cappad new --demo`), following src/demo/story.ts: the facility
 * "Studio Cap Nord" invoices the two producers, "Les Films du Fleuve" (FLEUVE) and "Nord Sud
 * Documentaires" (GLACIER). Identifiers are made up but carry valid check keys (SIREN, SIRET, VAT).
 * The draft on the `Facture` sheet is FLEUVE's November work, complete: "Émettre la facture" issues it.
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
