/**
 * Default rate card (`Tarifs` table) of a small post-production facility, inserted with the template.
 * Keys are the French column headers of the `Tarifs` table, exactly, so that the rows can be written
 * as they are.
 *
 * EXAMPLES ONLY: the prices are plausible orders of magnitude of Paris-area facility rate cards
 * (public price lists of rental houses and auditoriums, 2024–2026), not a quotation; every company
 * types its own. Rates are HT (before VAT). VAT: 20 % for technical services (rooms,
 * grading, mixing, subtitling, deliverables, staff provision: BOFiP "industries techniques du
 * cinéma", https://bofip.impots.gouv.fr/node/1068); 10 % for assignments of authors' rights
 * (CGI art. 279 g). Postes: see `budgetCodes.ts` (the `8.x` codes are examples, not CNC numbers).
 */

export const RATE_CARD_HEADERS = ["Code", "Libellé", "Unité", "Prix HT", "TVA (%)", "Poste", "Majoration dimanche", "Majoration nuit", "Majoration férié"] as const;

export type RateCardRow = {
  Code: string;
  Libellé: string;
  Unité: "jour" | "demi-journée" | "heure" | "forfait" | "plan" | "minute";
  /** Euros HT, as typed in the sheet. */
  "Prix HT": number;
  "TVA (%)": number;
  Poste: string;
  /**
   * Surcharges billed for work on a Sunday, at night, on a public holiday, as a percentage cell holds
   * them (25 % = 0.25); absent or blank = none (the default: a facility says its own in its rate card).
   */
  "Majoration dimanche"?: number | null;
  "Majoration nuit"?: number | null;
  "Majoration férié"?: number | null;
};

export const DEFAULT_RATE_CARD: readonly RateCardRow[] = [
  { Code: "MONT-SALLE", Libellé: "Salle de montage image (Avid / Premiere), sans monteur", Unité: "jour", "Prix HT": 250, "TVA (%)": 20, Poste: "8.2" },
  { Code: "MONT-SALLE-H", Libellé: "Salle de montage image, à l'heure", Unité: "heure", "Prix HT": 40, "TVA (%)": 20, Poste: "8.2" },
  { Code: "CONFO", Libellé: "Conformation en ligne", Unité: "jour", "Prix HT": 650, "TVA (%)": 20, Poste: "8.1" },
  { Code: "ETAL", Libellé: "Salle d'étalonnage (DaVinci Resolve) avec étalonneur", Unité: "jour", "Prix HT": 1200, "TVA (%)": 20, Poste: "8.3" },
  { Code: "VFX-PLAN", Libellé: "Effets visuels, plan simple (effacement, incrustation)", Unité: "plan", "Prix HT": 180, "TVA (%)": 20, Poste: "8.4" },
  { Code: "TITRES", Libellé: "Titrage et génériques début et fin", Unité: "forfait", "Prix HT": 900, "TVA (%)": 20, Poste: "8.5" },
  { Code: "ST-SME", Libellé: "Sous-titrage sourds et malentendants", Unité: "minute", "Prix HT": 9, "TVA (%)": 20, Poste: "8.5" },
  { Code: "ST-EN", Libellé: "Sous-titrage anglais (traduction et repérage)", Unité: "minute", "Prix HT": 14, "TVA (%)": 20, Poste: "8.5" },
  { Code: "MONT-SON", Libellé: "Salle de montage son", Unité: "jour", "Prix HT": 280, "TVA (%)": 20, Poste: "8.6" },
  { Code: "BRUITAGE", Libellé: "Auditorium de bruitage avec bruiteur", Unité: "jour", "Prix HT": 1100, "TVA (%)": 20, Poste: "8.6" },
  { Code: "POSTSYNC", Libellé: "Auditorium de post-synchronisation", Unité: "heure", "Prix HT": 140, "TVA (%)": 20, Poste: "8.6" },
  { Code: "MIXAGE", Libellé: "Auditorium de mixage 5.1 avec mixeur", Unité: "jour", "Prix HT": 1400, "TVA (%)": 20, Poste: "8.7" },
  { Code: "PAD", Libellé: "Fabrication du PAD et contrôle qualité technique", Unité: "forfait", "Prix HT": 1500, "TVA (%)": 20, Poste: "8.8" },
  { Code: "DCP", Libellé: "Fabrication DCP (version originale)", Unité: "forfait", "Prix HT": 1200, "TVA (%)": 20, Poste: "8.8" },
  { Code: "QC", Libellé: "Contrôle qualité technique complémentaire", Unité: "heure", "Prix HT": 95, "TVA (%)": 20, Poste: "8.8" },
  { Code: "MONTEUR", Libellé: "Chef monteur image (mise à disposition)", Unité: "jour", "Prix HT": 480, "TVA (%)": 20, Poste: "2.1" },
  { Code: "ASS-MONT", Libellé: "Assistant monteur (mise à disposition)", Unité: "jour", "Prix HT": 290, "TVA (%)": 20, Poste: "2.1" },
  { Code: "MONTEUR-SON", Libellé: "Monteur son (mise à disposition)", Unité: "jour", "Prix HT": 450, "TVA (%)": 20, Poste: "2.1" },
  { Code: "DROITS-MUS", Libellé: "Cession de droits d'auteur, musique originale", Unité: "forfait", "Prix HT": 2500, "TVA (%)": 10, Poste: "1.1" },
  // Technical surcharges priced by the rushes and deliverables checks
  // (src/data/technical/technicalCosts.ts). Examples as above: orders of magnitude of lab and
  // auditorium price lists, not quotations; each facility types its own.
  { Code: "CONV-CADENCE", Libellé: "Conversion de cadence du programme (ex. 23,976 → 25 ips)", Unité: "minute", "Prix HT": 12, "TVA (%)": 20, Poste: "8.8" },
  { Code: "CONV-RUSHES", Libellé: "Transcodage et conversion de cadence des rushes", Unité: "heure", "Prix HT": 60, "TVA (%)": 20, Poste: "8.1" },
  { Code: "UPSCALE-UHD", Libellé: "Upscaling HD → UHD du programme", Unité: "minute", "Prix HT": 15, "TVA (%)": 20, Poste: "8.8" },
  { Code: "MIX-51", Libellé: "Mixage 5.1 complémentaire (projet prévu en stéréo)", Unité: "minute", "Prix HT": 35, "TVA (%)": 20, Poste: "8.7" },
  { Code: "VERSION-ME", Libellé: "Version internationale (M&E : musique et effets)", Unité: "minute", "Prix HT": 20, "TVA (%)": 20, Poste: "8.7" },
  { Code: "AUDIODESC", Libellé: "Audiodescription (texte, enregistrement, mixage)", Unité: "minute", "Prix HT": 32, "TVA (%)": 20, Poste: "8.5" },
  { Code: "CORR-LOUDNESS", Libellé: "Correction loudness / true peak et nouveau PAD", Unité: "forfait", "Prix HT": 450, "TVA (%)": 20, Poste: "8.7" },
];
