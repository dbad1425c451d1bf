/**
 * Legal wordings printed on invoices, each with its legal basis and public sources. Texts are French
 * because they are printed as they are; the engine never builds them from pieces.
 */

export interface LegalText {
  text: string;
  legalBasis: string;
  sources: readonly string[];
}

/**
 * Fixed €40 indemnity for recovery costs, due by a professional client for each invoice paid late;
 * must be printed on B2B invoices (not to consumers); not subject to VAT.
 */
export const RECOVERY_INDEMNITY: LegalText = {
  text:
    "En cas de retard de paiement, une indemnité forfaitaire pour frais de recouvrement de 40 € est due " +
    "(art. L441-10 et D441-5 du Code de commerce).",
  legalBasis: "Code de commerce art. L441-10 II et D441-5",
  sources: [
    "https://www.assistant-juridique.fr/indemnite_forfaitaire.jsp",
    "https://www.afdcc.fr/indemnite-forfaitaire-de-40-e-pour-frais-de-recouvrement/",
    "https://www.direct-recouvrement.fr/ressources/fiches-pratiques/retards-de-paiement-les-precisions-de-la-dgccrf-sur-lindemnite-de-recouvrement",
  ],
};

/**
 * Default late-payment penalty wording (legal default rate: ECB main refinancing rate + 10 points;
 * a contractual rate may not be below 3 × the legal interest rate). Offered as the default value of
 * the `Societe` field; the company may state its own rate.
 */
export const DEFAULT_LATE_PAYMENT_PENALTY: LegalText = {
  text:
    "Pénalités de retard : taux d'intérêt appliqué par la Banque centrale européenne à son opération de " +
    "refinancement la plus récente, majoré de 10 points, exigibles dès le lendemain de l'échéance sans rappel " +
    "(art. L441-10 du Code de commerce).",
  legalBasis: "Code de commerce art. L441-10 II",
  sources: [
    "https://www.afcexpert.fr/post/d%C3%A9lais-de-paiement-combien-de-temps",
    "https://www.cocerto.fr/fiches-pratiques/facturation-paiement/delai-de-paiement-entre-professionnels/",
  ],
};

/** Early-payment discount: the conditions, or the statement that none applies, must be printed. */
export const DEFAULT_NO_EARLY_PAYMENT_DISCOUNT: LegalText = {
  text: "Pas d'escompte pour paiement anticipé.",
  legalBasis: "Code de commerce art. L441-9 ; CGI annexe II art. 242 nonies A",
  sources: ["https://www.gestimum.com/facturation-entre-assujettis-a-la-tva-quelles-sont-les-mentions-obligatoires/"],
};

/** New mention of the e-invoicing reform (décret 2022-1299), when the seller opted for VAT on debits. */
export const VAT_ON_DEBITS: LegalText = {
  text: "Option pour le paiement de la taxe d'après les débits",
  legalBasis: "CGI art. 242 nonies A (rédaction issue du décret n° 2022-1299)",
  sources: [
    "https://sofico-conseil.fr/actualites/non-classe/facturation-de-nouvelles-mentions-obligatoires-15-11-2022",
    "https://qualicomptes.fr/?p=2155",
  ],
};

/** Nature of the operations, the third new mention (goods only, services only, or both). */
export const OPERATION_NATURE_TEXT = {
  biens: "Nature des opérations : livraisons de biens",
  services: "Nature des opérations : prestations de services",
  mixte: "Nature des opérations : livraisons de biens et prestations de services",
} as const;

/**
 * Payment terms between professionals (Code de commerce art. L441-10 I, version in force since
 * 26 April 2019, ordonnance n° 2019-359 du 24 avril 2019,
 * https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038414392):
 * - nothing agreed: 30 days after the goods are received or the service is performed;
 * - agreed: at most 60 days from the invoice date, or, if expressly stipulated, 45 days "fin de mois";
 * - a periodic (recap) invoice, in the sense of CGI art. 289 I-3 (several services to one client in one
 *   calendar month, https://www.legifrance.gouv.fr/codes/id/LEGITEXT000006069577): at most 45 days
 *   from its date.
 * The two ways of counting "45 jours fin de mois" (45 days then end of month, or end of month then 45
 * days) are both in use; the client's row says which one was agreed.
 */
export const PAYMENT_TERM_LIMITS = {
  defaultDaysAfterService: 30,
  maxDaysFromInvoice: 60,
  maxDaysEndOfMonth: 45,
  maxDaysPeriodicInvoice: 45,
  validFrom: "2019-04-26",
  validTo: null,
  legalBasis: "Code de commerce art. L441-10 I ; CGI art. 289 I-3",
  sources: ["https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038414392", "https://www.legifrance.gouv.fr/codes/id/LEGITEXT000006069577"],
} as const;

/** e-invoicing note "BAR" (type of buyer) for a business client (FNFE BR-FR-11, see `eInvoiceCodes.ts`). */
export const B2B_NOTE = "B2B";
