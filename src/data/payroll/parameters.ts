/**
 * Rows of the `Parametres` table shipped with the templates: every payroll parameter that is not a
 * contribution rate or a wage minimum (ceilings, SMIC, overtime bands, premiums, night window, maximum
 * hours, rest, RGDU, the employer's settings…), each dated and with its public source. The user
 * updates them in the workbook; the engine reads them back (src/core/crew/configRows.ts). « à vérifier »
 * in `source` marks what no official text confirmed; the engine repeats it in its messages.
 *
 * `agreement` blank = every agreement (the legal floor); a row for one agreement wins over it.
 * `to` blank = still in force. Bands are written with ordinal hours: "36-43:25 ; 44+:50" means the
 * 36th to the 43rd hour at +25 %, from the 44th at +50 %.
 */

import type { ParameterRow } from "../../core/crew/configRows";

const CCNPA = "IDCC 2642";
const CINEMA = "IDCC 3097";
const PRESTATAIRES = "IDCC 2717";
const IDCC_3252 = "IDCC 3252";

const CT = (article: string) => `Code du travail ${article.toUpperCase()}, https://code.travail.gouv.fr/code-du-travail/${article.toLowerCase()}`;
const URSSAF_PSS = "https://www.urssaf.fr/accueil/outils-documentation/taux-baremes/plafonds-securite-sociale.html";
const SMIC_2026 = "Décret n° 2025-1228 du 17/12/2025, https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053042520";
const SMIC_JUIN_2026 =
  "Revalorisation automatique du 1er juin 2026 (+2,41 %), avis Urssaf https://www.urssaf.fr/accueil/actualites/augmentation-smic.html et service-public https://www.service-public.gouv.fr/particuliers/actualites/A18916";
const KALI_CCNPA =
  "CCN de la production audiovisuelle (IDCC 2642), texte consolidé (avenants du 21/06/2017 étendu le 15/02/2018 et du 20/12/2017 étendu le 28/12/2018), https://www.legifrance.gouv.fr/conv_coll/id/KALICONT000018828041 [officiel ; vérifier les avenants 2024-2025]";
const CINEMA_TEXT = "CCN de la production cinématographique (IDCC 3097), https://www.legifrance.gouv.fr/conv_coll/id/KALICONT000028059838";
const USPA =
  "Mémento USPA, https://www.olivierschmitt.com/tournage/convention-uspa/ ; Les Monteurs associés, http://archives.monteursassocies.com/2012/10/01/le-statut-de-monteur-2/";
/** The 2717 text (Titre V, working time) as consolidated on Légifrance. */
const CCN_2717 = (article: string, kali?: string) =>
  `CCN des entreprises techniques au service de la création et de l'événement (IDCC 2717) art. ${article}, ${kali ? `https://legal.tricoteuses.fr/articles/${kali} (Légifrance, KALICONT000019906603)` : "https://www.legifrance.gouv.fr/conv_coll/id/KALICONT000019906603"}`;
const IN_3252 =
  "Règle de la CCN IDCC 2717 reprise pour IDCC 3252 (CCN du 27/06/2024, étendue par arrêté du 13/03/2025, en vigueur le 01/04/2025) [à vérifier : texte de l'IDCC 3252 non lu, importer ses annexes depuis Légifrance]";
const AV_ACCORD =
  "fixé par l'accord audiovisuel de la branche (CCN 2717 art. 5.8 et 6.3), texte non lu : 0 % par défaut [à vérifier]";
const BOSS_RGDU = "BOSS, allègements généraux, https://boss.gouv.fr/portail/accueil/exonerations/allegements-generaux.html";
const CSS_D241_7 = "Code de la sécurité sociale art. D241-7, https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000048852497";

/** A rule of the facility agreement, as a 2717 row and the same rule carried to 3252 (à vérifier). */
function facilityRule(row: Omit<ParameterRow, "agreement" | "from" | "to">, du2717 = "2008-02-21"): ParameterRow[] {
  return [
    { ...row, agreement: PRESTATAIRES, from: du2717, to: null },
    { ...row, agreement: IDCC_3252, from: "2025-04-01", to: null, source: `${IN_3252}. ${row.source}` },
  ];
}

export const PAYROLL_PARAMETERS: ParameterRow[] = [
  // --- Social-security ceiling and SMIC ---
  { code: "PMSS", label: "Plafond mensuel de la sécurité sociale", value: 3925, unit: "€/mois", from: "2025-01-01", to: "2025-12-31", source: `Urssaf, plafonds de la sécurité sociale, ${URSSAF_PSS} [officiel]` },
  { code: "PMSS", label: "Plafond mensuel de la sécurité sociale", value: 4005, unit: "€/mois", from: "2026-01-01", to: null, source: `Urssaf, plafonds de la sécurité sociale, ${URSSAF_PSS} [officiel]` },
  { code: "PSS_JOUR", label: "Plafond journalier (PMSS × 12 / 218, arrondi)", value: 216, unit: "€/jour", from: "2025-01-01", to: "2025-12-31", source: `Code de la sécurité sociale art. D242-17 ; ${URSSAF_PSS} [officiel]` },
  { code: "PSS_JOUR", label: "Plafond journalier (PMSS × 12 / 218, arrondi)", value: 220, unit: "€/jour", from: "2026-01-01", to: null, source: `Code de la sécurité sociale art. D242-17 ; ${URSSAF_PSS} [officiel]` },
  { code: "PSS_HEURE", label: "Plafond horaire (PMSS × 12 / 1607, arrondi)", value: 29, unit: "€/heure", from: "2025-01-01", to: "2025-12-31", source: `Code de la sécurité sociale art. D242-19 ; ${URSSAF_PSS} [officiel]` },
  { code: "PSS_HEURE", label: "Plafond horaire (PMSS × 12 / 1607, arrondi)", value: 30, unit: "€/heure", from: "2026-01-01", to: null, source: `Code de la sécurité sociale art. D242-19 ; ${URSSAF_PSS} [officiel]` },
  { code: "SMIC_HORAIRE", label: "SMIC horaire brut (métropole)", value: 11.88, unit: "€/heure", from: "2024-11-01", to: "2025-12-31", source: "Décret n° 2024-951 du 23/10/2024 portant relèvement du SMIC, https://www.legifrance.gouv.fr/loda/id/JORFTEXT000050392683/ [officiel]" },
  { code: "SMIC_HORAIRE", label: "SMIC horaire brut (métropole)", value: 12.02, unit: "€/heure", from: "2026-01-01", to: "2026-05-31", source: `${SMIC_2026} [officiel]` },
  { code: "SMIC_HORAIRE", label: "SMIC horaire brut (métropole)", value: 12.31, unit: "€/heure", from: "2026-06-01", to: null, source: `${SMIC_JUIN_2026} [officiel]` },
  { code: "SMIC_HORAIRE_MAYOTTE", label: "SMIC horaire brut (Mayotte)", value: 9.33, unit: "€/heure", from: "2026-01-01", to: "2026-05-31", source: `${SMIC_2026} [officiel]` },
  { code: "SMIC_HORAIRE_MAYOTTE", label: "SMIC horaire brut (Mayotte)", value: 9.56, unit: "€/heure", from: "2026-06-01", to: null, source: `${SMIC_JUIN_2026} [officiel]` },
  { code: "SMIC_MENSUEL", label: "SMIC mensuel brut, 151,67 h (information)", value: 1801.8, unit: "€/mois", from: "2024-11-01", to: "2025-12-31", source: "Décret n° 2024-951 du 23/10/2024, https://www.legifrance.gouv.fr/loda/id/JORFTEXT000050392683/ [officiel]" },
  { code: "SMIC_MENSUEL", label: "SMIC mensuel brut, 151,67 h (information)", value: 1823.03, unit: "€/mois", from: "2026-01-01", to: "2026-05-31", source: `${SMIC_2026} [officiel]` },
  { code: "SMIC_MENSUEL", label: "SMIC mensuel brut, 151,67 h (information)", value: 1867.02, unit: "€/mois", from: "2026-06-01", to: null, source: `${SMIC_JUIN_2026} [officiel]` },

  // --- Working time and overtime ---
  { code: "DUREE_LEGALE_SEMAINE", label: "Durée légale hebdomadaire (seuil des heures supplémentaires)", value: 35, unit: "h", from: "2000-01-01", to: null, source: `${CT("L3121-27")} [officiel]` },
  { code: "HS_BANDES", label: "Heures supplémentaires : tranches de majoration (règle légale par défaut)", value: "36-43:25 ; 44+:50", unit: "heure:%", from: "2000-01-01", to: null, source: `${CT("L3121-36")} [officiel]` },
  { code: "HS_BANDES", label: "Heures supplémentaires CDDU (les 4 premières à +25 % au lieu de +10 %)", agreement: CCNPA, value: "36-43:25 ; 44+:50", unit: "heure:%", from: "2018-02-15", to: null, source: `CCNPA art. VI.8 ; ${KALI_CCNPA}` },
  { code: "HS_BANDES", label: "Heures supplémentaires techniciens (titre II, art. 34 à 38)", agreement: CINEMA, value: "36-43:25 ; 44-48:50 ; 49+:75", unit: "heure:%", from: "2013-10-01", to: null, source: `${CINEMA_TEXT}, titre II art. 34-38 ; résumé https://www.aoassocies.com/conventions-salaires/ [secondaire, à vérifier]` },
  ...facilityRule({ code: "HS_BANDES", label: "Heures supplémentaires, semaine civile quel que soit le contrat : 36e à 43e heure +25 %, à partir de la 44e +50 %", value: "36-43:25 ; 44+:50", unit: "heure:%", source: `${CCN_2717("5.7.1", "KALIARTI000019906665")} [officiel]` }),
  { code: "HS_ARRONDI_MINUTES", label: "Temps hebdomadaire arrondi à la demi-heure supérieure pour les heures supplémentaires", agreement: CCNPA, value: 30, unit: "min", from: "2018-02-15", to: null, source: `CCNPA art. VI.8.1 ; ${KALI_CCNPA}` },
  ...facilityRule({ code: "HS_ARRONDI_MINUTES", label: "Temps hebdomadaire effectif arrondi à la demi-heure supérieure pour les heures supplémentaires", value: 30, unit: "min", source: `${CCN_2717("5.7.1", "KALIARTI000019906665")} [officiel]` }),
  { code: "DEPASSEMENT_JOUR_BANDES", label: "Contrats de moins de 5 jours : majoration des heures au-delà de la 8e dans la journée", agreement: CCNPA, value: "9-11:25 ; 12+:50", unit: "heure:%", from: "2018-02-15", to: null, source: `CCNPA art. VI.8.4 ; ${KALI_CCNPA}` },
  ...facilityRule({
    code: "DEPASSEMENT_JOUR_BANDES",
    label: "CDDU de moins de 5 jours dans la semaine civile : 9e-10e heure +10 %, 11e-12e +25 %, au-delà de la 12e +75 % (spectacle enregistré)",
    value: "9-10:10 ; 11-12:25 ; 13+:75",
    unit: "heure:%",
    source: `${CCN_2717("5.7.1", "KALIARTI000019906665")} renvoie à l'accord audiovisuel ; tranches déduites de l'exemple annexé à la CCN, https://legal.tricoteuses.fr/articles/KALIARTI000019955317 [à vérifier : règle générale non lue, seul l'exemple l'a été]`,
  }),
  { code: "CONTRAT_COURT_JOURS", label: "Contrat « à la journée » : jusqu'à ce nombre de jours (salaire jour = semaine ÷ 4,5)", agreement: CCNPA, value: 4, unit: "jours", from: "2000-01-01", to: null, source: `${USPA} [secondaire]` },
  ...facilityRule({
    code: "CONTRAT_COURT_JOURS",
    label: "CDDU de moins de 5 jours dans la semaine civile : dépassements journaliers au lieu des heures supplémentaires hebdomadaires (pas de règle ÷ 4,5)",
    value: 4,
    unit: "jours",
    source: `${CCN_2717("5.7.1", "KALIARTI000019906665")} (exception des CDDU de moins de 5 jours, renvoi à l'accord audiovisuel non lu) [à vérifier]`,
  }),
  { code: "DIVISEUR_JOUR", label: "Diviseur du minimum hebdomadaire pour un contrat de 4 jours ou moins", agreement: CCNPA, value: 4.5, unit: "", from: "2000-01-01", to: null, source: `${USPA} ; l'erreur courante est ÷ 5, https://legavox.fr/blog/sabryna/respecter-baremes-salaires-pour-intermittents-189.htm [secondaire]` },
  { code: "JOUR_BASE_HEURES", label: "Heures couvertes par un salaire à la journée (unité « jour »)", value: 7, unit: "h", from: "2000-01-01", to: null, source: "Choix Cap PAD : journée de 7 h, base de la colonne « Minimum jour » des grilles audiovisuelles [à vérifier selon le contrat]" },
  { code: "JOUR_BASE_HEURES", label: "Heures couvertes par un salaire à la journée (unité « jour »)", agreement: CCNPA, value: 7, unit: "h", from: "2000-01-01", to: null, source: `Grille CDDU de la CCNPA : « jour 7 h » = semaine 35 h ÷ 4,5 ; ${USPA} [secondaire]` },
  ...facilityRule({ code: "JOUR_BASE_HEURES", label: "Heures couvertes par un salaire à la journée : la grille donne un salaire journalier « base 8 heures »", value: 8, unit: "h", source: "IDCC 2717, grille des CDD d'usage de l'accord audiovisuel (avenant n° 13 du 14/10/2016), https://www.legifrance.gouv.fr/conv_coll/id/KALITEXT000034032552 [officiel ; journée garantie de 8 h à vérifier]" }),
  { code: "EQUIVALENCE_5J", label: "Équivalence tournage (annexe II), semaine de 5 jours : présence:payées", agreement: CINEMA, value: "46:43", unit: "h:h", from: "2013-10-01", to: null, source: `${CINEMA_TEXT}, annexe II ; https://www.aoassocies.com/conventions-salaires/ [secondaire]` },
  { code: "EQUIVALENCE_6J", label: "Équivalence tournage (annexe II), semaine de 6 jours : présence:payées", agreement: CINEMA, value: "56:52", unit: "h:h", from: "2013-10-01", to: null, source: `${CINEMA_TEXT}, annexe II ; https://www.aoassocies.com/conventions-salaires/ [secondaire ; 5 ou 6 jours : à vérifier]` },

  // --- Night, Sunday, public holidays ---
  { code: "NUIT_PLAGE", label: "Plage des heures de nuit (règle légale par défaut)", value: "21:00-06:00", unit: "hh:mm", from: "2000-01-01", to: null, source: `${CT("L3122-2")} [officiel]` },
  { code: "NUIT_PLAGE", label: "Plage des heures de nuit (CCNPA, règle générale)", agreement: CCNPA, value: "00:00-07:00", unit: "hh:mm", from: "2018-02-15", to: null, source: `CCNPA art. VI.10 ; ${KALI_CCNPA}` },
  { code: "NUIT_PLAGE", label: "Plage des heures de nuit (CCNPA, fiction et documentaire)", agreement: CCNPA, genre: "Fiction TV, Série, Documentaire", value: "20:00-06:00 du 21/12 au 20/03 ; 22:00-07:00 sinon", unit: "hh:mm", from: "2018-02-15", to: null, source: `CCNPA art. VI.10 ; ${KALI_CCNPA}` },
  ...facilityRule({ code: "NUIT_PLAGE", label: "Travail de nuit occasionnel : de minuit à 6 h", value: "00:00-06:00", unit: "hh:mm", source: `${CCN_2717("5.11.1")} (version de 2009, en vigueur non étendue) [officiel]` }),
  { code: "MAJ_NUIT", label: "Majoration des heures de nuit (aucune par défaut : à paramétrer selon la convention)", value: 0, unit: "%", from: "2000-01-01", to: null, source: `Pas de majoration légale générale ; ${CINEMA_TEXT} art. 40 : taux non relevé [à vérifier]` },
  { code: "MAJ_NUIT", label: "Majoration des heures de nuit", agreement: CCNPA, value: 25, unit: "%", from: "2018-02-15", to: null, source: `CCNPA art. VI.10 (+50 % pour les métiers du décor et de la lumière listés) ; ${KALI_CCNPA}` },
  ...facilityRule({ code: "MAJ_NUIT", label: "Majoration des heures de nuit (cumulable avec les autres majorations)", value: 25, unit: "%", source: `${CCN_2717("5.11.1")} [officiel]` }),
  { code: "MAJ_DIMANCHE", label: "Majoration des heures du dimanche (aucune par défaut)", value: 0, unit: "%", from: "2000-01-01", to: null, source: "Pas de majoration légale générale [à vérifier selon la convention]" },
  { code: "MAJ_DIMANCHE", label: "Majoration des heures du dimanche", agreement: CCNPA, value: 50, unit: "%", from: "2018-02-15", to: null, source: `CCNPA art. VI.9 ; ${KALI_CCNPA}` },
  { code: "MAJ_DIMANCHE", label: "Majoration des heures du dimanche (avec repos compensateur)", agreement: CINEMA, value: 100, unit: "%", from: "2013-10-01", to: null, source: `${CINEMA_TEXT}, titre II art. 41 ; https://www.aoassocies.com/conventions-salaires/ [secondaire, à vérifier]` },
  ...facilityRule({ code: "MAJ_DIMANCHE", label: "Majoration des heures du dimanche", value: 0, unit: "%", source: `Taux ${AV_ACCORD}` }),
  { code: "MAJ_FERIE_1ER_MAI", label: "1er mai travaillé : majoration", value: 100, unit: "%", from: "2000-01-01", to: null, source: `${CT("L3133-6")} (salaire doublé) [officiel]` },
  { code: "MAJ_FERIE_1ER_MAI", label: "1er mai travaillé : majoration (payé 300 %)", agreement: CCNPA, value: 200, unit: "%", from: "2018-12-28", to: null, source: `CCNPA art. VII.2.3 ; ${KALI_CCNPA}` },
  { code: "MAJ_FERIE_MAJEUR", label: "1er janvier, 14 juillet, 15 août, 1er et 11 novembre, 25 décembre, abolition de l'esclavage travaillés", value: 0, unit: "%", from: "2000-01-01", to: null, source: "Pas de majoration légale générale [à vérifier selon la convention]" },
  { code: "MAJ_FERIE_MAJEUR", label: "1er janvier, 14 juillet, 15 août, 1er et 11 novembre, 25 décembre, abolition de l'esclavage travaillés (payé 200 %)", agreement: CCNPA, value: 100, unit: "%", from: "2018-12-28", to: null, source: `CCNPA art. VII.2.3 ; ${KALI_CCNPA}` },
  ...facilityRule({ code: "MAJ_FERIE_MAJEUR", label: "Jours fériés travaillés (1er janvier, 14 juillet, 15 août, 1er et 11 novembre, 25 décembre)", value: 0, unit: "%", source: `Taux ${AV_ACCORD} ; le 1er mai suit le minimum légal (doublé)` }),
  { code: "MAJ_FERIE_AUTRE", label: "Autres jours fériés travaillés (lundi de Pâques, 8 mai, Ascension…)", value: 0, unit: "%", from: "2000-01-01", to: null, source: "Pas de majoration légale générale [à vérifier selon la convention]" },
  { code: "MAJ_FERIE_AUTRE", label: "Lundi de Pâques, 8 mai, Ascension travaillés (payé 150 %)", agreement: CCNPA, value: 50, unit: "%", from: "2018-12-28", to: null, source: `CCNPA art. VII.2.3 ; ${KALI_CCNPA}` },
  ...facilityRule({ code: "MAJ_FERIE_AUTRE", label: "Autres jours fériés travaillés (lundi de Pâques, 8 mai, Ascension)", value: 0, unit: "%", source: `Taux ${AV_ACCORD}` }),
  { code: "MAJ_FERIE_PENTECOTE", label: "Lundi de Pentecôte travaillé (journée de solidarité)", value: 0, unit: "%", from: "2000-01-01", to: null, source: `CCNPA art. VII.2.4 : journée de solidarité de la branche, sans majoration ; ${KALI_CCNPA}` },
  { code: "FERIE_CHOME_HEURES", label: "Jour férié chômé payé dans un CDDU (lundi-vendredi) : heures payées, sans majoration, hors heures supplémentaires", agreement: CCNPA, value: 7, unit: "h", from: "2018-03-01", to: null, source: `CCNPA art. VII.2.2 (KALIARTI000037045880, avenant du 20/12/2017 étendu le 28/12/2018) ; ${KALI_CCNPA}` },
  { code: "FERIE_CHOME_JOURS_MIN", label: "Jour férié chômé payé si le CDDU compte plus de ce nombre de jours de travail effectif", agreement: CCNPA, value: 10, unit: "jours", from: "2018-03-01", to: null, source: `CCNPA art. VII.2.2 ; ${KALI_CCNPA} [jours prévus ou réels : à vérifier ; Cap PAD compte les jours des séances du contrat]` },
  ...facilityRule({
    code: "FERIE_CHOME_HEURES",
    label: "Jour férié chômé dans un CDDU : aucune règle de paiement trouvée",
    value: 0,
    unit: "h",
    source: `Aucune règle de la branche trouvée (CCN 2717 art. 6.3 renvoie à l'accord audiovisuel) ; ${CT("L3133-3")} exclut les « salariés intermittents » [à vérifier]`,
  }),

  // --- Maximum hours and rest ---
  { code: "MAX_HEURES_JOUR", label: "Durée quotidienne maximale de travail effectif", value: 10, unit: "h", from: "2000-01-01", to: null, source: `${CT("L3121-18")} [officiel]` },
  { code: "MAX_HEURES_JOUR", label: "Durée quotidienne maximale de travail effectif", agreement: CCNPA, value: 12, unit: "h", from: "2009-01-01", to: null, source: "CCNPA art. VI.3 (version 2009-2017, réécrit en 2017), https://www.legifrance.gouv.fr/affichIDCCArticle.do?cidTexte=KALITEXT000018828046&idArticle=KALIARTI000020563154 [officiel ; texte actuel à vérifier]" },
  { code: "MAX_HEURES_JOUR", label: "Durée quotidienne maximale de travail effectif", agreement: CINEMA, value: 10, unit: "h", from: "2013-10-01", to: null, source: `${CINEMA_TEXT}, titre IV (permanents : 10 h, 12 h en surcroît temporaire), http://www.la-convention-collective.fr/convention-collective-production-cinematographique-c3097/titre-iv-salaries-permanents-t33860077/durees-maximales-travail-repos-a33860125/ [à vérifier pour les techniciens du titre II]` },
  ...facilityRule({ code: "MAX_HEURES_JOUR", label: "Durée quotidienne maximale de travail effectif", value: 10, unit: "h", source: `${CCN_2717("5.1", "KALIARTI000019906657")} [officiel]` }),
  ...facilityRule({
    code: "MAX_HEURES_JOUR_EXCEPTION",
    label: "Durée quotidienne maximale par exception (personnels de l'art. 5.5, sécurité ou service qui ne peut être interrompu ni passé) : au-delà du maximum ordinaire, une alerte à justifier",
    value: 12,
    unit: "h",
    source: `${CCN_2717("5.1", "KALIARTI000019906657")} ; liste des personnels de l'art. 5.5 non contrôlée par Cap PAD [officiel]`,
  }),
  { code: "MAX_HEURES_SEMAINE", label: "Durée hebdomadaire maximale", value: 48, unit: "h", from: "2000-01-01", to: null, source: `${CT("L3121-20")} [officiel]` },
  { code: "REPOS_QUOTIDIEN_HEURES", label: "Repos quotidien minimal", value: 11, unit: "h", from: "2000-01-01", to: null, source: `${CT("L3131-1")} [officiel]` },
  { code: "REPOS_REDUIT_HEURES", label: "Repos quotidien réduit toléré", value: 11, unit: "h", from: "2000-01-01", to: null, source: `Pas de réduction sans accord ; ${CT("L3131-2")} [officiel]` },
  { code: "REPOS_REDUIT_HEURES", label: "Repos quotidien réduit toléré", agreement: CCNPA, value: 9, unit: "h", from: "2009-01-01", to: null, source: `CCNPA art. VI.3 ; ${KALI_CCNPA}` },
  ...facilityRule({ code: "REPOS_REDUIT_HEURES", label: "Repos quotidien réduit toléré (personnels de l'art. 5.5, heures manquantes récupérées)", value: 9, unit: "h", source: `${CCN_2717("5.1", "KALIARTI000019906657")} [officiel]` }),
  { code: "REPOS_REDUIT_PAR_SEMAINE", label: "Nombre de repos réduits tolérés par semaine civile", value: 0, unit: "fois", from: "2000-01-01", to: null, source: `Pas de réduction sans accord ; ${CT("L3131-2")} [officiel]` },
  { code: "REPOS_REDUIT_PAR_SEMAINE", label: "Nombre de repos réduits tolérés par semaine civile", agreement: CCNPA, value: 2, unit: "fois", from: "2009-01-01", to: null, source: `CCNPA art. VI.3 ; ${KALI_CCNPA}` },
  ...facilityRule({ code: "REPOS_REDUIT_PAR_SEMAINE", label: "Nombre de repos réduits tolérés par semaine civile", value: 2, unit: "fois", source: `${CCN_2717("5.1", "KALIARTI000019906657")} [officiel]` }),

  // --- Congés Spectacles: optional cap of the base in conventional minima ---
  { code: "CS_PLAFOND_MINIMUMS", label: "Congés Spectacles : assiette plafonnée à ce nombre de fois le minimum conventionnel des mêmes heures", agreement: CCNPA, value: 3, unit: "minimums", from: "2018-02-15", to: null, source: `CCNPA art. VII.1.2 ; ${KALI_CCNPA}` },
  ...facilityRule({ code: "CS_PLAFOND_MINIMUMS", label: "Congés Spectacles : indemnité plafonnée à 2 fois le minimum conventionnel journalier de la fonction", value: 2, unit: "minimums", source: `${CCN_2717("6.2")} [officiel]` }),

  // --- The employer's agreement ---
  { code: "CONVENTION_PRESTATAIRES", label: "Convention des prestataires techniques en vigueur (CDDU des techniciens d'un prestataire)", value: "IDCC 2717", unit: "", from: "2008-02-21", to: "2025-03-31", source: "CCN des entreprises techniques au service de la création et de l'événement du 21/02/2008, étendue par arrêté du 21/10/2008 (JORF du 01/11/2008), https://www.legifrance.gouv.fr/conv_coll/id/KALICONT000019906603 [officiel]" },
  {
    code: "CONVENTION_PRESTATAIRES",
    label: "Convention des prestataires techniques en vigueur (CDDU des techniciens d'un prestataire)",
    value: "IDCC 3252",
    unit: "",
    from: "2025-04-01",
    to: null,
    source: "CCN des entreprises au service de la création et de l'événement du 27/06/2024 (IDCC 3252), étendue par arrêté du 13/03/2025 (JORF du 18/03/2025), remplace l'IDCC 2717 ; entrée en vigueur au 01/04/2025 selon https://presse.tripalio.fr/comment-la-ccn-fusionnee-de-levenementiel-rectifie-son-entree-en-scene-apres-son-extension-partielle et https://www.yzico.fr/nouvelle-convention-collective-evenementielle-ce-quil-faut-retenir/ [à vérifier : date lue dans deux sources secondaires]",
  },

  // --- Contributions: parameters that are not rates ---
  { code: "CDDU_COURT_MOIS", label: "Durée initiale maximale d'un CDDU « court » (majoration chômage de 0,5 pt)", value: 3, unit: "mois", from: "2020-01-01", to: null, source: "Décret n° 2019-797, règlement d'assurance chômage art. 50-1 ; https://www.unedic.org/indemnisation/fiches-thematiques/majoration-des-contributions-generales [officiel]" },
  { code: "CSG_ABATTEMENT", label: "Abattement pour frais professionnels sur l'assiette CSG-CRDS", value: 1.75, unit: "%", from: "2018-01-01", to: null, source: "Code de la sécurité sociale art. L136-1-1 ; modele-social « CSG-CRDS . assiette de base » [officiel]" },
  { code: "CSG_ABATTEMENT_LIMITE_PSS", label: "Abattement CSG limité à ce nombre de plafonds", value: 4, unit: "PSS", from: "2018-01-01", to: null, source: "Code de la sécurité sociale art. L136-1-1 [officiel]" },
  { code: "CSG_INCLUT_PATRONAL", label: "Cotisations patronales ajoutées à l'assiette CSG-CRDS (prévoyance, santé)", value: "PREVOYANCE_INTERMITTENTS, PREVOYANCE_CADRES, SANTE_FONDS_COLLECTIF", unit: "codes", from: "2018-01-01", to: null, source: "Code de la sécurité sociale art. L136-1-1 ; modele-social (assiette CSG = assiette abattue + prévoyances employeur) [officiel]" },
  { code: "FORFAIT_SOCIAL_ASSIETTE", label: "Cotisations patronales de prévoyance et de santé soumises au forfait social (taux FORFAIT_SOCIAL de la table Taux)", value: "PREVOYANCE_INTERMITTENTS, PREVOYANCE_CADRES, SANTE_FONDS_COLLECTIF", unit: "codes", from: "2012-01-01", to: null, source: "Code de la sécurité sociale art. L137-15 et L137-16 ; Urssaf, https://www.urssaf.fr/accueil/employeur/cotisations/liste-cotisations/forfait-social.html [officiel]" },
  { code: "RGDU_TMIN", label: "Réduction générale dégressive unique : Tmin", value: 0.02, unit: "", from: "2026-01-01", to: null, source: `${CSS_D241_7} ; ${BOSS_RGDU} [officiel]` },
  { code: "RGDU_TDELTA_MOINS_50", label: "RGDU : Tdelta, moins de 50 salariés", value: 0.3781, unit: "", from: "2026-01-01", to: null, source: `Décret n° 2025-1446 du 31/12/2025 ; ${CSS_D241_7} [officiel]` },
  { code: "RGDU_TDELTA_50_ET_PLUS", label: "RGDU : Tdelta, 50 salariés et plus", value: 0.3821, unit: "", from: "2026-01-01", to: null, source: `Décret n° 2025-1446 du 31/12/2025 ; ${CSS_D241_7} [officiel]` },
  { code: "RGDU_PUISSANCE", label: "RGDU : exposant", value: 1.75, unit: "", from: "2026-01-01", to: null, source: `${CSS_D241_7} [officiel]` },
  { code: "RGDU_SEUIL_SMIC", label: "RGDU : nulle à partir de ce nombre de SMIC", value: 3, unit: "SMIC", from: "2026-01-01", to: null, source: `${CSS_D241_7} [officiel]` },
  { code: "RGDU_MAJORATION_CAISSE_CONGES", label: "RGDU : coefficient × 100/90 pour les employeurs affiliés à une caisse de congés (Congés Spectacles)", value: 100 / 90, unit: "", from: "2026-01-01", to: null, source: `${BOSS_RGDU} (employeurs dont les congés sont payés par une caisse) [officiel]` },
  {
    code: "RGDU_SMIC_HORAIRE",
    label: "RGDU : SMIC horaire retenu toute l'année (celui du 1er janvier, malgré la revalorisation du 1er juin 2026)",
    value: 12.02,
    unit: "€/heure",
    from: "2026-01-01",
    to: "2026-12-31",
    source: "BOSS, actualité de juin 2026 « Revalorisation du SMIC » : le SMIC en vigueur au 1er janvier 2026 est conservé pour l'éligibilité à la RGDU et le calcul de son coefficient sur l'ensemble de l'année, https://boss.gouv.fr/portail/accueil/actualites-boss-et-rescrits/actualites-boss/2026/juin/revalorisation-du-smic-a-compter.html [officiel]",
  },
  { code: "RGDU_SMIC_HORAIRE_MAYOTTE", label: "RGDU : SMIC horaire de Mayotte retenu toute l'année (celui du 1er janvier)", value: 9.33, unit: "€/heure", from: "2026-01-01", to: "2026-12-31", source: "BOSS, actualité de juin 2026 « Revalorisation du SMIC », https://boss.gouv.fr/portail/accueil/actualites-boss-et-rescrits/actualites-boss/2026/juin/revalorisation-du-smic-a-compter.html [officiel]" },
  { code: "SEUIL_VERSEMENT_MOBILITE", label: "Versement mobilité dû à partir de cet effectif", value: 11, unit: "salariés", from: "2000-01-01", to: null, source: "Code général des collectivités territoriales art. L2333-64 ; Urssaf, https://www.urssaf.fr/accueil/employeur/cotisations/liste-cotisations/versement-mobilite.html [officiel]" },

  // --- The employer's settings: to adapt to the payroll provider and the company ---
  { code: "PLAFOND_METHODE", label: "Proratisation du plafond des contrats courts : jours calendaires, jours travaillés ou BOSS avril 2025", value: "jours calendaires", unit: "", from: "2000-01-01", to: null, source: "Choix de l'employeur : reprendre la méthode du prestataire de paie (Code de la sécurité sociale art. R242-2 ; les éditeurs divergent, https://www.dvlog.net/Plafond-des-intermittents-quelques-doutes-subsistent-_a258.html) [à vérifier auprès du prestataire]" },
  { code: "EFFECTIF", label: "Effectif de l'employeur (50 et plus : FNAL 0,50 %, Tdelta RGDU ; 11 et plus : forfait social, versement mobilité)", value: 12, unit: "salariés", from: "2000-01-01", to: null, source: "Choix de l'employeur : effectif moyen annuel (Code de la sécurité sociale art. L130-1) [à vérifier]" },
  { code: "SEUIL_EFFECTIF", label: "Seuil d'effectif des taux « 50 salariés et plus » (FNAL 0,50 %, Tdelta RGDU)", value: 50, unit: "salariés", from: "2000-01-01", to: null, source: `Code de la sécurité sociale art. L834-1 (FNAL) ; ${CSS_D241_7} (Tdelta) [officiel]` },

  // --- Cap PAD's own choices, documented ---
  { code: "CONTRAT_PROPOSE_ECART_JOURS", label: "« Proposer les contrats » : un nouveau contrat quand une personne ne travaille pas sur une production pendant plus de ce nombre de jours", value: 7, unit: "jours", from: "2000-01-01", to: null, source: "Choix Cap PAD : une semaine civile sans séance sépare deux engagements" },
  { code: "TOLERANCE_DIVISE_PAR_5", label: "Écart toléré (%) pour reconnaître un salaire jour = minimum hebdomadaire ÷ 5", value: 1, unit: "%", from: "2000-01-01", to: null, source: "Choix Cap PAD (contrôle PAIE_JOUR_DIVISE_PAR_5)" },
  { code: "TOLERANCE_BULLETIN_POURCENT", label: "« Vérifier un bulletin » : écart toléré en % de l'estimation", value: 2, unit: "%", from: "2000-01-01", to: null, source: "Choix Cap PAD : l'estimation omet des lignes propres à l'employeur (AT/MP réel…)" },
  { code: "TOLERANCE_BULLETIN_EUROS", label: "« Vérifier un bulletin » : écart toléré minimal en euros", value: 5, unit: "€", from: "2000-01-01", to: null, source: "Choix Cap PAD" },
];
