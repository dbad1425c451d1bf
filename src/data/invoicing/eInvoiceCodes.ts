/**
 * Code lists of the French e-invoicing reform and of EN 16931 that the invoice engine writes and
 * checks. Sources:
 * - FNFE-MPE BR-FR schematrons v1.2.0, Nov 2025, https://github.com/fnfempe/France_RFE (copy in
 *   facturx-engine/facturx-engine, `docs/2025_12_04_FNFE_SCHEMATRONS_FR_CTC_V1.2.0/`), later versions
 *   listed in phax/phive-rules;
 * - BR-FR-21 scheme 0225: https://github.com/pagero/puf-billing/pull/171 ;
 * - EN 16931-1:2017 and its code lists (UNTDID 1001, 2005, 2475, 4461, 5305; UN/ECE Rec 20; ISO 6523
 *   ICD 0002 = SIREN, 0009 = SIRET).
 */
import type { VatCategoryCode } from "./vatRates";

/** EN 16931 specification identifier (BT-24) of the core profile. */
export const EN16931_CUSTOMIZATION_ID = "urn:cen.eu:en16931:2017";

/** Identifier schemes (ISO 6523 ICD and the French directory scheme). */
export const SCHEME_SIREN = "0002";
export const SCHEME_SIRET = "0009";
/** French e-invoicing directory ("annuaire") address scheme, BT-49/BT-34 (BR-FR-21). */
export const SCHEME_FR_ROUTING = "0225";

/**
 * Seller tax registration identifier (BT-32): the scheme of CII's `SpecifiedTaxRegistration/ID`
 * (UNTDID 1153 "FC", fiscal number) and the tax scheme of UBL's `PartyTaxScheme`, which EN 16931
 * only requires to be other than "VAT" for BT-32. A seller under the franchise en base (CGI art.
 * 293 B) without a VAT number gives its SIREN there: EN 16931 BR-E-02 wants BT-31, BT-32 or BT-63 on
 * an invoice with exempt lines. To confirm with the chosen PA (the French rules do not say it).
 */
export const SELLER_TAX_REGISTRATION_SCHEME = "FC";

/**
 * BT-23 "cadre de facturation" (business process, FNFE schematrons above): letter = nature of the
 * operations (B goods, S services, M mixed), digit = case. Post-production is normally S1.
 */
export const BILLING_FRAMEWORKS: Readonly<Record<string, string>> = {
  B1: "Dépôt d'une facture de livraison de biens",
  S1: "Dépôt d'une facture de prestation de services",
  M1: "Dépôt d'une facture mixte (biens et services)",
  B2: "Facture de biens déjà payée",
  S2: "Facture de services déjà payée",
  M2: "Facture mixte déjà payée",
  B4: "Facture définitive de biens après acompte",
  S4: "Facture définitive de services après acompte",
  M4: "Facture mixte définitive après acompte",
  S5: "Cadre S5 (voir les spécifications externes de la réforme)",
  S6: "Cadre S6 (voir les spécifications externes de la réforme)",
  B7: "Cadre B7 (voir les spécifications externes de la réforme)",
  S7: "Cadre S7 (voir les spécifications externes de la réforme)",
};

/** The simple deposit case (digit 1) for each nature of operations: the new mention, encoded. */
export const BILLING_FRAMEWORK_BY_NATURE = { biens: "B1", services: "S1", mixte: "M1" } as const;

/** Invoice type codes (BT-3, UNTDID 1001) Cap PAD issues, among those BR-FR-04 accepts. */
export const FRENCH_INVOICE_TYPE_CODES: Readonly<Record<string, string>> = {
  "380": "Facture",
  "381": "Avoir",
  "384": "Facture rectificative",
  "386": "Facture d'acompte",
  "389": "Autofacture",
};

/** VAT categories (BT-118) and rates (BT-119) accepted by BR-FR-15/16 (FNFE schematrons above). */
export const FRENCH_VAT_CATEGORIES: readonly VatCategoryCode[] = ["S", "E", "AE", "K", "G", "O", "Z"];
export const FRENCH_VAT_RATES_PERCENT: readonly number[] = [20, 10, 5.5, 2.1, 0];

/** Subject codes (UNTDID 4451) of the three payment notes expected once each (BR-FR-05, BT-22). */
export const PAYMENT_NOTE_SUBJECTS = {
  PMT: "Indemnité forfaitaire pour frais de recouvrement",
  PMD: "Pénalités de retard",
  AAB: "Escompte pour paiement anticipé (ou son absence)",
} as const;

/** Note giving the kind of buyer; `B2B` makes the buyer SIREN mandatory (BR-FR-11, BT-47). */
export const BUYER_TYPE_NOTE_SUBJECT = "BAR";

/**
 * VAT point date code (BT-8) for the VAT-on-debits option: VAT becomes due when the invoice is issued.
 * UBL uses UNTDID 2005 (3 = invoice document issue date), CII uses UNTDID 2475 (5 = date of invoice).
 * No public text we found says which code the French platforms expect: confirm with the chosen PA.
 */
export const VAT_ON_DEBITS_POINT_CODE = { ubl: "3", cii: "5" } as const;

/** Payment means (BT-81, UNTDID 4461): SEPA credit transfer. */
export const PAYMENT_MEANS_SEPA_TRANSFER = "58";

/**
 * UN/ECE Recommendation 20 unit codes (BT-130) of the rate card units. Rec 20 has no half-day: a
 * `demi-journée` line is counted in units ("C62", one), its label and the printed unit say which.
 */
export const UNIT_CODES: Readonly<Record<string, string>> = {
  jour: "DAY",
  "demi-journée": "C62",
  heure: "HUR",
  forfait: "LS",
  plan: "C62",
  minute: "MIN",
};
/** Unit code for a unit the table does not know: "one" (piece). */
export const DEFAULT_UNIT_CODE = "C62";

/** Invoice number rules (BR-FR-01/02, FNFE schematrons above): at most 35 characters of this set. */
export const INVOICE_NUMBER_MAX_LENGTH = 35;
export const INVOICE_NUMBER_ALLOWED = /^[A-Za-z0-9+\-_/]+$/;
/** Digits of the continuous counter in a number (`FA-2026-0001`); more digits appear when needed. */
export const INVOICE_NUMBER_DIGITS = 4;

/**
 * Decimals allowed in the file: amounts 2, quantities up to 4 (BR-FR-DEC-01/02, FNFE schematrons
 * above).
 */
export const MAX_QUANTITY_DECIMALS = 4;
