/**
 * Default rate card (`Tarifs` table) of a small post-production facility, inserted with the template.
 * Rows in the engine's fields (core/costs/rateCard.ts); the template maps them to the table's columns.
 *
 * EXAMPLES ONLY: the prices are plausible orders of magnitude of Paris-area facility rate cards
 * (public price lists of rental houses and auditoriums, 2024–2026), not a quotation; every company
 * types its own. Rates are HT (before VAT). VAT: 20 % for technical services (rooms,
 * grading, mixing, subtitling, deliverables, staff provision: BOFiP "industries techniques du
 * cinéma", https://bofip.impots.gouv.fr/node/1068); 10 % for assignments of authors' rights
 * (CGI art. 279 g). Postes: see `budgetCodes.ts` (the `8.x` codes are examples, not CNC numbers).
 */

import type { RateCardRow } from "../../core/costs/rateCard";

export const DEFAULT_RATE_CARD: readonly RateCardRow[] = [
  { code: "MONT-SALLE", label: "Salle de montage image (Avid / Premiere), sans monteur", unit: "jour", priceEuros: 250, vatPercent: 20, budgetCode: "8.2" },
  { code: "MONT-SALLE-H", label: "Salle de montage image, à l'heure", unit: "heure", priceEuros: 40, vatPercent: 20, budgetCode: "8.2" },
  { code: "CONFO", label: "Conformation en ligne", unit: "jour", priceEuros: 650, vatPercent: 20, budgetCode: "8.1" },
  { code: "ETAL", label: "Salle d'étalonnage (DaVinci Resolve) avec étalonneur", unit: "jour", priceEuros: 1200, vatPercent: 20, budgetCode: "8.3" },
  { code: "VFX-PLAN", label: "Effets visuels, plan simple (effacement, incrustation)", unit: "plan", priceEuros: 180, vatPercent: 20, budgetCode: "8.4" },
  { code: "TITRES", label: "Titrage et génériques début et fin", unit: "forfait", priceEuros: 900, vatPercent: 20, budgetCode: "8.5" },
  { code: "ST-SME", label: "Sous-titrage sourds et malentendants", unit: "minute", priceEuros: 9, vatPercent: 20, budgetCode: "8.5" },
  { code: "ST-EN", label: "Sous-titrage anglais (traduction et repérage)", unit: "minute", priceEuros: 14, vatPercent: 20, budgetCode: "8.5" },
  { code: "MONT-SON", label: "Salle de montage son", unit: "jour", priceEuros: 280, vatPercent: 20, budgetCode: "8.6" },
  { code: "BRUITAGE", label: "Auditorium de bruitage avec bruiteur", unit: "jour", priceEuros: 1100, vatPercent: 20, budgetCode: "8.6" },
  { code: "POSTSYNC", label: "Auditorium de post-synchronisation", unit: "heure", priceEuros: 140, vatPercent: 20, budgetCode: "8.6" },
  { code: "MIXAGE", label: "Auditorium de mixage 5.1 avec mixeur", unit: "jour", priceEuros: 1400, vatPercent: 20, budgetCode: "8.7" },
  { code: "PAD", label: "Fabrication du PAD et contrôle qualité technique", unit: "forfait", priceEuros: 1500, vatPercent: 20, budgetCode: "8.8" },
  { code: "DCP", label: "Fabrication DCP (version originale)", unit: "forfait", priceEuros: 1200, vatPercent: 20, budgetCode: "8.8" },
  { code: "QC", label: "Contrôle qualité technique complémentaire", unit: "heure", priceEuros: 95, vatPercent: 20, budgetCode: "8.8" },
  { code: "MONTEUR", label: "Chef monteur image (mise à disposition)", unit: "jour", priceEuros: 480, vatPercent: 20, budgetCode: "2.1" },
  { code: "ASS-MONT", label: "Assistant monteur (mise à disposition)", unit: "jour", priceEuros: 290, vatPercent: 20, budgetCode: "2.1" },
  { code: "MONTEUR-SON", label: "Monteur son (mise à disposition)", unit: "jour", priceEuros: 450, vatPercent: 20, budgetCode: "2.1" },
  { code: "DROITS-MUS", label: "Cession de droits d'auteur, musique originale", unit: "forfait", priceEuros: 2500, vatPercent: 10, budgetCode: "1.1" },
  // Technical surcharges priced by the rushes and deliverables checks
  // (src/data/technical/technicalCosts.ts). Examples as above: orders of magnitude of lab and
  // auditorium price lists, not quotations; each facility types its own.
  { code: "CONV-CADENCE", label: "Conversion de cadence du programme (ex. 23,976 → 25 ips)", unit: "minute", priceEuros: 12, vatPercent: 20, budgetCode: "8.8" },
  { code: "CONV-RUSHES", label: "Transcodage et conversion de cadence des rushes", unit: "heure", priceEuros: 60, vatPercent: 20, budgetCode: "8.1" },
  { code: "UPSCALE-UHD", label: "Upscaling HD → UHD du programme", unit: "minute", priceEuros: 15, vatPercent: 20, budgetCode: "8.8" },
  { code: "MIX-51", label: "Mixage 5.1 complémentaire (projet prévu en stéréo)", unit: "minute", priceEuros: 35, vatPercent: 20, budgetCode: "8.7" },
  { code: "VERSION-ME", label: "Version internationale (M&E : musique et effets)", unit: "minute", priceEuros: 20, vatPercent: 20, budgetCode: "8.7" },
  { code: "AUDIODESC", label: "Audiodescription (texte, enregistrement, mixage)", unit: "minute", priceEuros: 32, vatPercent: 20, budgetCode: "8.5" },
  { code: "CORR-LOUDNESS", label: "Correction loudness / true peak et nouveau PAD", unit: "forfait", priceEuros: 450, vatPercent: 20, budgetCode: "8.7" },
];
