/**
 * French VAT rates with their validity dates and legal basis (sources below). Dates are ISO civil
 * days, inclusive; `null` = open (no end yet) or not recorded (the rate has applied for decades and
 * the exact starting day does not matter to invoices issued by the add-in).
 *
 * Sources:
 * - CGI art. 278 (normal rate), 279 (10 %), 278-0 bis (5.5 %), 281 quater to 281 nonies (2.1 %):
 *   https://www.legifrance.gouv.fr/codes/id/LEGITEXT000006069577
 * - Loi n° 2012-1510 du 29 décembre 2012 de finances rectificative pour 2012, art. 68: 19.6 % → 20 %
 *   and 7 % → 10 % on 1 January 2014.
 * - BOFiP, cinéma: technical industries at the normal rate (https://bofip.impots.gouv.fr/node/1068);
 *   authors' rights and rights on cinematographic works at 10 % (CGI art. 279 g), cinema admissions
 *   at 5.5 % (CGI art. 278-0 bis G/H): BOI-TVA-LIQ-30-20-40-20200923.
 * - FNFE-MPE BR-FR schematrons v1.2.0, Nov 2025, https://github.com/fnfempe/France_RFE, rules
 *   BR-FR-15/16 (accepted categories and rates).
 */

/** EN 16931 VAT category codes (UNCL 5305 subset used by EN 16931) accepted by the French CTC rules. */
export type VatCategoryCode = "S" | "Z" | "E" | "AE" | "K" | "G" | "O";

export interface VatRateData {
  ratePercent: number;
  category: VatCategoryCode;
  label: string;
  validFrom: string | null;
  validTo: string | null;
  legalBasis: string;
  usedFor: string;
}

export const VAT_RATES: readonly VatRateData[] = [
  {
    ratePercent: 20,
    category: "S",
    label: "Taux normal",
    validFrom: "2014-01-01",
    validTo: null,
    legalBasis: "CGI art. 278 ; LFR 2012 (loi n° 2012-1510) art. 68",
    usedFor: "Prestations techniques de postproduction, salles, mise à disposition de personnel, refacturation de frais",
  },
  {
    ratePercent: 19.6,
    category: "S",
    label: "Ancien taux normal",
    validFrom: "2000-04-01",
    validTo: "2013-12-31",
    legalBasis: "CGI art. 278 (rédaction antérieure au 1er janvier 2014)",
    usedFor: "Historique",
  },
  {
    ratePercent: 10,
    category: "S",
    label: "Taux intermédiaire",
    validFrom: "2014-01-01",
    validTo: null,
    legalBasis: "CGI art. 279 g",
    usedFor: "Cessions de droits d'auteur (musique originale, scénario) et de droits sur les œuvres cinématographiques",
  },
  {
    ratePercent: 7,
    category: "S",
    label: "Ancien taux intermédiaire",
    validFrom: "2012-01-01",
    validTo: "2013-12-31",
    legalBasis: "CGI art. 279 (rédaction 2012–2013)",
    usedFor: "Historique",
  },
  {
    ratePercent: 5.5,
    category: "S",
    label: "Taux réduit",
    validFrom: null,
    validTo: null,
    legalBasis: "CGI art. 278-0 bis G et H",
    usedFor: "Entrées en salle de cinéma ; droits cédés pour une exploitation en salle ou en festival",
  },
  {
    ratePercent: 2.1,
    category: "S",
    label: "Taux particulier",
    validFrom: null,
    validTo: null,
    legalBasis: "CGI art. 281 quater à 281 nonies",
    usedFor: "Presse, médicaments remboursables (hors postproduction ; listé pour que la table soit complète)",
  },
];

/**
 * Zero-VAT lines: no rate, a category and the reason printed on the invoice (EN 16931 BR-E-10,
 * BR-AE-10…: the exemption reason is required for these categories).
 */
export interface ZeroVatCaseData {
  key: "debours" | "autoliquidation" | "intracom" | "export" | "franchise" | "horsUE";
  category: VatCategoryCode;
  label: string;
  reason: string;
  legalBasis: string;
}

export const ZERO_VAT_CASES: readonly ZeroVatCaseData[] = [
  {
    key: "debours",
    // True débours are outside the VAT base. EN 16931's category O ("not subject") may not be mixed
    // with other categories on one invoice (BR-O-11), so they are declared E with the CGI article as
    // the reason (CGI art. 267-II-2°: shown separately, no VAT). To confirm with the chosen PA.
    category: "E",
    label: "Débours",
    reason: "Débours refacturés à l'euro près, hors base de TVA (art. 267-II-2° du CGI)",
    legalBasis: "CGI art. 267-II-2°",
  },
  {
    key: "autoliquidation",
    category: "AE",
    label: "Autoliquidation",
    reason: "Autoliquidation",
    legalBasis: "CGI art. 283-2 ; directive 2006/112/CE art. 196",
  },
  {
    key: "intracom",
    category: "K",
    label: "Livraison intracommunautaire",
    reason: "Exonération de TVA, art. 262 ter I du CGI",
    legalBasis: "CGI art. 262 ter I",
  },
  {
    key: "export",
    category: "G",
    label: "Exportation",
    reason: "Exonération de TVA, art. 262 I du CGI",
    legalBasis: "CGI art. 262 I",
  },
  {
    key: "franchise",
    category: "E",
    label: "Franchise en base",
    reason: "TVA non applicable, art. 293 B du CGI",
    legalBasis: "CGI art. 293 B",
  },
  {
    key: "horsUE",
    // Services to a business outside the EU: place of supply abroad (CGI art. 259-1). Category O may
    // not be mixed with other categories on one invoice (EN 16931 BR-O-11).
    category: "O",
    label: "Prestation hors UE",
    reason: "TVA non applicable, art. 259-1 du CGI",
    legalBasis: "CGI art. 259-1",
  },
];

/** EU member states (ISO 3166-1 alpha-2; Greece is EL in VAT numbers but GR here), 2026. */
export const EU_MEMBER_STATES: readonly string[] = [
  "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU",
  "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];
