/**
 * Budget codes ("postes") of the CNC detailed budget (devis), 2018 version: nine chapters, postes
 * numbered 11…94 (first digit = chapter), then overheads and contingency below the line.
 *
 * Sources:
 * - CNC "devis détaillé cinéma" 2018 (`CNC-devis-cinema-2018-5-chiffres.pdf`), chapter list as a
 *   budgeting project transcribed it; no public address of the CNC file was found, so check the
 *   chapters against the CNC's current devis before relying on them;
 * - CNC study "Les coûts de production des films en 2012" (mars 2013), chapter names:
 *   http://docplayer.fr/12534756-Les-etudes-du-cnc-mars-2013-les-couts-de-production-des-films-en-2012.html
 * - CST rewrite of the devis for digital post-production: https://test.mediakwest.com/refonte-du-devis-cinema/
 *
 * `verified: true` marks a poste whose number and title appear in those sources. The sub-postes of
 * chapter 8 (post-production) and the post-production staff and rights lines were NOT confirmed at the
 * time of writing (no public CNC list of them was found): they are Cap PAD examples, numbered `8.1`,
 * `2.1`… so that nobody mistakes them for official CNC numbers. Replace them with the postes of the
 * current CNC xls (or the producer's own devis) in the `Budget` and `Tarifs` tables: the engine only
 * needs the first digit to find the chapter.
 */

export interface CncChapterData {
  chapter: number;
  label: string;
  /** Range of the postes of the chapter, as printed in the devis. */
  postes: string;
}

export interface CncPosteData {
  code: string;
  label: string;
  verified: boolean;
  note?: string;
}

export const CNC_DEVIS_VERSION = "Devis détaillé CNC cinéma, version 2018";

export const CNC_CHAPTERS: readonly CncChapterData[] = [
  { chapter: 1, label: "Droits artistiques", postes: "11–19" },
  { chapter: 2, label: "Personnel", postes: "21–29" },
  { chapter: 3, label: "Équipe artistique", postes: "31–39" },
  { chapter: 4, label: "Charges sociales et fiscales", postes: "41–47" },
  { chapter: 5, label: "Décors, costumes, maquillage, coiffure", postes: "51–59" },
  { chapter: 6, label: "Transports, défraiements, régie", postes: "61–69" },
  { chapter: 7, label: "Moyens techniques", postes: "71–76" },
  { chapter: 8, label: "Postproduction image et son", postes: "81–89" },
  { chapter: 9, label: "Assurances et divers", postes: "91–94" },
];

/**
 * Lines below the total of the nine chapters (CNC devis 2018, sources above), as percentages in the
 * devis.
 */
export const BELOW_THE_LINE: readonly CncPosteData[] = [
  { code: "FG", label: "Frais généraux", verified: true },
  { code: "IMP", label: "Imprévus", verified: true },
];

export const CNC_POSTES: readonly CncPosteData[] = [
  { code: "11", label: "Sujet", verified: true },
  { code: "19", label: "Agents littéraires et conseils", verified: true },
  { code: "21", label: "Producteurs", verified: true },
  { code: "31", label: "Rôles principaux", verified: true },
  { code: "39", label: "Agents artistiques", verified: true },
  { code: "47", label: "Impôts et taxes imputés au film", verified: true },
  { code: "51", label: "Studio", verified: true },
  { code: "52", label: "Décors naturels", verified: true },
  { code: "53", label: "Aménagements décors", verified: true },
  { code: "54", label: "Meubles et accessoires", verified: true },
  { code: "55", label: "Animaux", verified: true },
  { code: "56", label: "Moyens de transports", verified: true },
  { code: "57", label: "Effets spéciaux et cascades", verified: true },
  { code: "58", label: "Costumes", verified: true },
  { code: "59", label: "Maquillage et coiffure", verified: true },
  { code: "67", label: "Transitaire et douane", verified: true },
  { code: "68", label: "Bureaux et frais afférents", verified: true },
  { code: "69", label: "Régie et divers", verified: true },
  { code: "71", label: "Prise de vues", verified: true },
  { code: "76", label: "Pellicules et supports", verified: true },
  { code: "91", label: "Assurances", verified: true },
  { code: "92", label: "Publicité, promotion et divers", verified: true },
  { code: "93", label: "Frais juridiques, frais divers et certification des comptes", verified: true },
  { code: "94", label: "Frais financiers", verified: true },
  // Examples (not CNC numbers): the post-production lines a facility or a coordinator uses most.
  { code: "1.1", label: "Droits musicaux et archives", verified: false, note: "Chapitre 1 ; numéro à reprendre du devis CNC" },
  {
    code: "2.1",
    label: "Personnel de postproduction (monteurs, mixeurs, étalonneurs…)",
    verified: false,
    note: "Chapitre 2 ; numéro à reprendre du devis CNC",
  },
  {
    code: "4.1",
    label: "Charges sociales du personnel de postproduction",
    verified: false,
    note: "Chapitre 4 (postes 41–46) ; numéro à reprendre du devis CNC",
  },
  { code: "8.1", label: "Laboratoire et traitement numérique", verified: false },
  { code: "8.2", label: "Montage image", verified: false },
  { code: "8.3", label: "Étalonnage", verified: false },
  { code: "8.4", label: "Effets visuels", verified: false },
  { code: "8.5", label: "Titres, génériques et sous-titrage", verified: false },
  { code: "8.6", label: "Montage son, bruitage et post-synchronisation", verified: false },
  { code: "8.7", label: "Mixage et auditorium", verified: false },
  { code: "8.8", label: "Masters, DCP et éléments de livraison", verified: false },
];

/** Code under which the engines put an amount whose budget code is unknown, so that nothing is lost. */
export const UNASSIGNED_BUDGET_CODE = "NON AFFECTÉ";
export const UNASSIGNED_BUDGET_LABEL = "Non affecté (poste manquant)";
