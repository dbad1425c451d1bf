/**
 * Rows of the `Parametres` table shipped with the templates: every payroll parameter that is not a
 * contribution rate or a wage minimum (ceilings, SMIC, overtime bands, premiums, night window, maximum
 * hours, rest, RGDU, the employer's settings…), each dated and with its public source. The user
 * updates them in the workbook; the engine reads them back (src/core/crew/configRows.ts). « à vérifier »
 * in `Source` marks what no official text confirmed; the engine repeats it in its messages.
 *
 * `Convention` blank = every agreement (the legal floor); a row for one agreement wins over it.
 * `Au` blank = still in force. Bands are written with ordinal hours: "36-43:25 ; 44+:50" means the
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
function facilityRule(row: Omit<ParameterRow, "Convention" | "Du" | "Au">, du2717 = "2008-02-21"): ParameterRow[] {
  return [
    { ...row, Convention: PRESTATAIRES, Du: du2717, Au: null },
    { ...row, Convention: IDCC_3252, Du: "2025-04-01", Au: null, Source: `${IN_3252}. ${row.Source}` },
  ];
}

export const PAYROLL_PARAMETERS: ParameterRow[] = [
  // --- Social-security ceiling and SMIC ---
  { Code: "PMSS", Libellé: "Plafond mensuel de la sécurité sociale", Valeur: 3925, Unité: "€/mois", Du: "2025-01-01", Au: "2025-12-31", Source: `Urssaf, plafonds de la sécurité sociale, ${URSSAF_PSS} [officiel]` },
  { Code: "PMSS", Libellé: "Plafond mensuel de la sécurité sociale", Valeur: 4005, Unité: "€/mois", Du: "2026-01-01", Au: null, Source: `Urssaf, plafonds de la sécurité sociale, ${URSSAF_PSS} [officiel]` },
  { Code: "PSS_JOUR", Libellé: "Plafond journalier (PMSS × 12 / 218, arrondi)", Valeur: 216, Unité: "€/jour", Du: "2025-01-01", Au: "2025-12-31", Source: `Code de la sécurité sociale art. D242-17 ; ${URSSAF_PSS} [officiel]` },
  { Code: "PSS_JOUR", Libellé: "Plafond journalier (PMSS × 12 / 218, arrondi)", Valeur: 220, Unité: "€/jour", Du: "2026-01-01", Au: null, Source: `Code de la sécurité sociale art. D242-17 ; ${URSSAF_PSS} [officiel]` },
  { Code: "PSS_HEURE", Libellé: "Plafond horaire (PMSS × 12 / 1607, arrondi)", Valeur: 29, Unité: "€/heure", Du: "2025-01-01", Au: "2025-12-31", Source: `Code de la sécurité sociale art. D242-19 ; ${URSSAF_PSS} [officiel]` },
  { Code: "PSS_HEURE", Libellé: "Plafond horaire (PMSS × 12 / 1607, arrondi)", Valeur: 30, Unité: "€/heure", Du: "2026-01-01", Au: null, Source: `Code de la sécurité sociale art. D242-19 ; ${URSSAF_PSS} [officiel]` },
  { Code: "SMIC_HORAIRE", Libellé: "SMIC horaire brut (métropole)", Valeur: 11.88, Unité: "€/heure", Du: "2024-11-01", Au: "2025-12-31", Source: "Décret n° 2024-951 du 23/10/2024 portant relèvement du SMIC, https://www.legifrance.gouv.fr/loda/id/JORFTEXT000050392683/ [officiel]" },
  { Code: "SMIC_HORAIRE", Libellé: "SMIC horaire brut (métropole)", Valeur: 12.02, Unité: "€/heure", Du: "2026-01-01", Au: "2026-05-31", Source: `${SMIC_2026} [officiel]` },
  { Code: "SMIC_HORAIRE", Libellé: "SMIC horaire brut (métropole)", Valeur: 12.31, Unité: "€/heure", Du: "2026-06-01", Au: null, Source: `${SMIC_JUIN_2026} [officiel]` },
  { Code: "SMIC_HORAIRE_MAYOTTE", Libellé: "SMIC horaire brut (Mayotte)", Valeur: 9.33, Unité: "€/heure", Du: "2026-01-01", Au: "2026-05-31", Source: `${SMIC_2026} [officiel]` },
  { Code: "SMIC_HORAIRE_MAYOTTE", Libellé: "SMIC horaire brut (Mayotte)", Valeur: 9.56, Unité: "€/heure", Du: "2026-06-01", Au: null, Source: `${SMIC_JUIN_2026} [officiel]` },
  { Code: "SMIC_MENSUEL", Libellé: "SMIC mensuel brut, 151,67 h (information)", Valeur: 1801.8, Unité: "€/mois", Du: "2024-11-01", Au: "2025-12-31", Source: "Décret n° 2024-951 du 23/10/2024, https://www.legifrance.gouv.fr/loda/id/JORFTEXT000050392683/ [officiel]" },
  { Code: "SMIC_MENSUEL", Libellé: "SMIC mensuel brut, 151,67 h (information)", Valeur: 1823.03, Unité: "€/mois", Du: "2026-01-01", Au: "2026-05-31", Source: `${SMIC_2026} [officiel]` },
  { Code: "SMIC_MENSUEL", Libellé: "SMIC mensuel brut, 151,67 h (information)", Valeur: 1867.02, Unité: "€/mois", Du: "2026-06-01", Au: null, Source: `${SMIC_JUIN_2026} [officiel]` },

  // --- Working time and overtime ---
  { Code: "DUREE_LEGALE_SEMAINE", Libellé: "Durée légale hebdomadaire (seuil des heures supplémentaires)", Valeur: 35, Unité: "h", Du: "2000-01-01", Au: null, Source: `${CT("L3121-27")} [officiel]` },
  { Code: "HS_BANDES", Libellé: "Heures supplémentaires : tranches de majoration (règle légale par défaut)", Valeur: "36-43:25 ; 44+:50", Unité: "heure:%", Du: "2000-01-01", Au: null, Source: `${CT("L3121-36")} [officiel]` },
  { Code: "HS_BANDES", Libellé: "Heures supplémentaires CDDU (les 4 premières à +25 % au lieu de +10 %)", Convention: CCNPA, Valeur: "36-43:25 ; 44+:50", Unité: "heure:%", Du: "2018-02-15", Au: null, Source: `CCNPA art. VI.8 ; ${KALI_CCNPA}` },
  { Code: "HS_BANDES", Libellé: "Heures supplémentaires techniciens (titre II, art. 34 à 38)", Convention: CINEMA, Valeur: "36-43:25 ; 44-48:50 ; 49+:75", Unité: "heure:%", Du: "2013-10-01", Au: null, Source: `${CINEMA_TEXT}, titre II art. 34-38 ; résumé https://www.aoassocies.com/conventions-salaires/ [secondaire, à vérifier]` },
  ...facilityRule({ Code: "HS_BANDES", Libellé: "Heures supplémentaires, semaine civile quel que soit le contrat : 36e à 43e heure +25 %, à partir de la 44e +50 %", Valeur: "36-43:25 ; 44+:50", Unité: "heure:%", Source: `${CCN_2717("5.7.1", "KALIARTI000019906665")} [officiel]` }),
  { Code: "HS_ARRONDI_MINUTES", Libellé: "Temps hebdomadaire arrondi à la demi-heure supérieure pour les heures supplémentaires", Convention: CCNPA, Valeur: 30, Unité: "min", Du: "2018-02-15", Au: null, Source: `CCNPA art. VI.8.1 ; ${KALI_CCNPA}` },
  ...facilityRule({ Code: "HS_ARRONDI_MINUTES", Libellé: "Temps hebdomadaire effectif arrondi à la demi-heure supérieure pour les heures supplémentaires", Valeur: 30, Unité: "min", Source: `${CCN_2717("5.7.1", "KALIARTI000019906665")} [officiel]` }),
  { Code: "DEPASSEMENT_JOUR_BANDES", Libellé: "Contrats de moins de 5 jours : majoration des heures au-delà de la 8e dans la journée", Convention: CCNPA, Valeur: "9-11:25 ; 12+:50", Unité: "heure:%", Du: "2018-02-15", Au: null, Source: `CCNPA art. VI.8.4 ; ${KALI_CCNPA}` },
  ...facilityRule({
    Code: "DEPASSEMENT_JOUR_BANDES",
    Libellé: "CDDU de moins de 5 jours dans la semaine civile : 9e-10e heure +10 %, 11e-12e +25 %, au-delà de la 12e +75 % (spectacle enregistré)",
    Valeur: "9-10:10 ; 11-12:25 ; 13+:75",
    Unité: "heure:%",
    Source: `${CCN_2717("5.7.1", "KALIARTI000019906665")} renvoie à l'accord audiovisuel ; tranches déduites de l'exemple annexé à la CCN, https://legal.tricoteuses.fr/articles/KALIARTI000019955317 [à vérifier : règle générale non lue, seul l'exemple l'a été]`,
  }),
  { Code: "CONTRAT_COURT_JOURS", Libellé: "Contrat « à la journée » : jusqu'à ce nombre de jours (salaire jour = semaine ÷ 4,5)", Convention: CCNPA, Valeur: 4, Unité: "jours", Du: "2000-01-01", Au: null, Source: `${USPA} [secondaire]` },
  ...facilityRule({
    Code: "CONTRAT_COURT_JOURS",
    Libellé: "CDDU de moins de 5 jours dans la semaine civile : dépassements journaliers au lieu des heures supplémentaires hebdomadaires (pas de règle ÷ 4,5)",
    Valeur: 4,
    Unité: "jours",
    Source: `${CCN_2717("5.7.1", "KALIARTI000019906665")} (exception des CDDU de moins de 5 jours, renvoi à l'accord audiovisuel non lu) [à vérifier]`,
  }),
  { Code: "DIVISEUR_JOUR", Libellé: "Diviseur du minimum hebdomadaire pour un contrat de 4 jours ou moins", Convention: CCNPA, Valeur: 4.5, Unité: "", Du: "2000-01-01", Au: null, Source: `${USPA} ; l'erreur courante est ÷ 5, https://legavox.fr/blog/sabryna/respecter-baremes-salaires-pour-intermittents-189.htm [secondaire]` },
  { Code: "JOUR_BASE_HEURES", Libellé: "Heures couvertes par un salaire à la journée (unité « jour »)", Valeur: 7, Unité: "h", Du: "2000-01-01", Au: null, Source: "Choix Cap PAD : journée de 7 h, base de la colonne « Minimum jour » des grilles audiovisuelles [à vérifier selon le contrat]" },
  { Code: "JOUR_BASE_HEURES", Libellé: "Heures couvertes par un salaire à la journée (unité « jour »)", Convention: CCNPA, Valeur: 7, Unité: "h", Du: "2000-01-01", Au: null, Source: `Grille CDDU de la CCNPA : « jour 7 h » = semaine 35 h ÷ 4,5 ; ${USPA} [secondaire]` },
  ...facilityRule({ Code: "JOUR_BASE_HEURES", Libellé: "Heures couvertes par un salaire à la journée : la grille donne un salaire journalier « base 8 heures »", Valeur: 8, Unité: "h", Source: "IDCC 2717, grille des CDD d'usage de l'accord audiovisuel (avenant n° 13 du 14/10/2016), https://www.legifrance.gouv.fr/conv_coll/id/KALITEXT000034032552 [officiel ; journée garantie de 8 h à vérifier]" }),
  { Code: "EQUIVALENCE_5J", Libellé: "Équivalence tournage (annexe II), semaine de 5 jours : présence:payées", Convention: CINEMA, Valeur: "46:43", Unité: "h:h", Du: "2013-10-01", Au: null, Source: `${CINEMA_TEXT}, annexe II ; https://www.aoassocies.com/conventions-salaires/ [secondaire]` },
  { Code: "EQUIVALENCE_6J", Libellé: "Équivalence tournage (annexe II), semaine de 6 jours : présence:payées", Convention: CINEMA, Valeur: "56:52", Unité: "h:h", Du: "2013-10-01", Au: null, Source: `${CINEMA_TEXT}, annexe II ; https://www.aoassocies.com/conventions-salaires/ [secondaire ; 5 ou 6 jours : à vérifier]` },

  // --- Night, Sunday, public holidays ---
  { Code: "NUIT_PLAGE", Libellé: "Plage des heures de nuit (règle légale par défaut)", Valeur: "21:00-06:00", Unité: "hh:mm", Du: "2000-01-01", Au: null, Source: `${CT("L3122-2")} [officiel]` },
  { Code: "NUIT_PLAGE", Libellé: "Plage des heures de nuit (CCNPA, règle générale)", Convention: CCNPA, Valeur: "00:00-07:00", Unité: "hh:mm", Du: "2018-02-15", Au: null, Source: `CCNPA art. VI.10 ; ${KALI_CCNPA}` },
  { Code: "NUIT_PLAGE", Libellé: "Plage des heures de nuit (CCNPA, fiction et documentaire)", Convention: CCNPA, Genre: "Fiction TV, Série, Documentaire", Valeur: "20:00-06:00 du 21/12 au 20/03 ; 22:00-07:00 sinon", Unité: "hh:mm", Du: "2018-02-15", Au: null, Source: `CCNPA art. VI.10 ; ${KALI_CCNPA}` },
  ...facilityRule({ Code: "NUIT_PLAGE", Libellé: "Travail de nuit occasionnel : de minuit à 6 h", Valeur: "00:00-06:00", Unité: "hh:mm", Source: `${CCN_2717("5.11.1")} (version de 2009, en vigueur non étendue) [officiel]` }),
  { Code: "MAJ_NUIT", Libellé: "Majoration des heures de nuit (aucune par défaut : à paramétrer selon la convention)", Valeur: 0, Unité: "%", Du: "2000-01-01", Au: null, Source: `Pas de majoration légale générale ; ${CINEMA_TEXT} art. 40 : taux non relevé [à vérifier]` },
  { Code: "MAJ_NUIT", Libellé: "Majoration des heures de nuit", Convention: CCNPA, Valeur: 25, Unité: "%", Du: "2018-02-15", Au: null, Source: `CCNPA art. VI.10 (+50 % pour les métiers du décor et de la lumière listés) ; ${KALI_CCNPA}` },
  ...facilityRule({ Code: "MAJ_NUIT", Libellé: "Majoration des heures de nuit (cumulable avec les autres majorations)", Valeur: 25, Unité: "%", Source: `${CCN_2717("5.11.1")} [officiel]` }),
  { Code: "MAJ_DIMANCHE", Libellé: "Majoration des heures du dimanche (aucune par défaut)", Valeur: 0, Unité: "%", Du: "2000-01-01", Au: null, Source: "Pas de majoration légale générale [à vérifier selon la convention]" },
  { Code: "MAJ_DIMANCHE", Libellé: "Majoration des heures du dimanche", Convention: CCNPA, Valeur: 50, Unité: "%", Du: "2018-02-15", Au: null, Source: `CCNPA art. VI.9 ; ${KALI_CCNPA}` },
  { Code: "MAJ_DIMANCHE", Libellé: "Majoration des heures du dimanche (avec repos compensateur)", Convention: CINEMA, Valeur: 100, Unité: "%", Du: "2013-10-01", Au: null, Source: `${CINEMA_TEXT}, titre II art. 41 ; https://www.aoassocies.com/conventions-salaires/ [secondaire, à vérifier]` },
  ...facilityRule({ Code: "MAJ_DIMANCHE", Libellé: "Majoration des heures du dimanche", Valeur: 0, Unité: "%", Source: `Taux ${AV_ACCORD}` }),
  { Code: "MAJ_FERIE_1ER_MAI", Libellé: "1er mai travaillé : majoration", Valeur: 100, Unité: "%", Du: "2000-01-01", Au: null, Source: `${CT("L3133-6")} (salaire doublé) [officiel]` },
  { Code: "MAJ_FERIE_1ER_MAI", Libellé: "1er mai travaillé : majoration (payé 300 %)", Convention: CCNPA, Valeur: 200, Unité: "%", Du: "2018-12-28", Au: null, Source: `CCNPA art. VII.2.3 ; ${KALI_CCNPA}` },
  { Code: "MAJ_FERIE_MAJEUR", Libellé: "1er janvier, 14 juillet, 15 août, 1er et 11 novembre, 25 décembre, abolition de l'esclavage travaillés", Valeur: 0, Unité: "%", Du: "2000-01-01", Au: null, Source: "Pas de majoration légale générale [à vérifier selon la convention]" },
  { Code: "MAJ_FERIE_MAJEUR", Libellé: "1er janvier, 14 juillet, 15 août, 1er et 11 novembre, 25 décembre, abolition de l'esclavage travaillés (payé 200 %)", Convention: CCNPA, Valeur: 100, Unité: "%", Du: "2018-12-28", Au: null, Source: `CCNPA art. VII.2.3 ; ${KALI_CCNPA}` },
  ...facilityRule({ Code: "MAJ_FERIE_MAJEUR", Libellé: "Jours fériés travaillés (1er janvier, 14 juillet, 15 août, 1er et 11 novembre, 25 décembre)", Valeur: 0, Unité: "%", Source: `Taux ${AV_ACCORD} ; le 1er mai suit le minimum légal (doublé)` }),
  { Code: "MAJ_FERIE_AUTRE", Libellé: "Autres jours fériés travaillés (lundi de Pâques, 8 mai, Ascension…)", Valeur: 0, Unité: "%", Du: "2000-01-01", Au: null, Source: "Pas de majoration légale générale [à vérifier selon la convention]" },
  { Code: "MAJ_FERIE_AUTRE", Libellé: "Lundi de Pâques, 8 mai, Ascension travaillés (payé 150 %)", Convention: CCNPA, Valeur: 50, Unité: "%", Du: "2018-12-28", Au: null, Source: `CCNPA art. VII.2.3 ; ${KALI_CCNPA}` },
  ...facilityRule({ Code: "MAJ_FERIE_AUTRE", Libellé: "Autres jours fériés travaillés (lundi de Pâques, 8 mai, Ascension)", Valeur: 0, Unité: "%", Source: `Taux ${AV_ACCORD}` }),
  { Code: "MAJ_FERIE_PENTECOTE", Libellé: "Lundi de Pentecôte travaillé (journée de solidarité)", Valeur: 0, Unité: "%", Du: "2000-01-01", Au: null, Source: `CCNPA art. VII.2.4 : journée de solidarité de la branche, sans majoration ; ${KALI_CCNPA}` },
  { Code: "FERIE_CHOME_HEURES", Libellé: "Jour férié chômé payé dans un CDDU (lundi-vendredi) : heures payées, sans majoration, hors heures supplémentaires", Convention: CCNPA, Valeur: 7, Unité: "h", Du: "2018-03-01", Au: null, Source: `CCNPA art. VII.2.2 (KALIARTI000037045880, avenant du 20/12/2017 étendu le 28/12/2018) ; ${KALI_CCNPA}` },
  { Code: "FERIE_CHOME_JOURS_MIN", Libellé: "Jour férié chômé payé si le CDDU compte plus de ce nombre de jours de travail effectif", Convention: CCNPA, Valeur: 10, Unité: "jours", Du: "2018-03-01", Au: null, Source: `CCNPA art. VII.2.2 ; ${KALI_CCNPA} [jours prévus ou réels : à vérifier ; Cap PAD compte les jours des séances du contrat]` },
  ...facilityRule({
    Code: "FERIE_CHOME_HEURES",
    Libellé: "Jour férié chômé dans un CDDU : aucune règle de paiement trouvée",
    Valeur: 0,
    Unité: "h",
    Source: `Aucune règle de la branche trouvée (CCN 2717 art. 6.3 renvoie à l'accord audiovisuel) ; ${CT("L3133-3")} exclut les « salariés intermittents » [à vérifier]`,
  }),

  // --- Maximum hours and rest ---
  { Code: "MAX_HEURES_JOUR", Libellé: "Durée quotidienne maximale de travail effectif", Valeur: 10, Unité: "h", Du: "2000-01-01", Au: null, Source: `${CT("L3121-18")} [officiel]` },
  { Code: "MAX_HEURES_JOUR", Libellé: "Durée quotidienne maximale de travail effectif", Convention: CCNPA, Valeur: 12, Unité: "h", Du: "2009-01-01", Au: null, Source: "CCNPA art. VI.3 (version 2009-2017, réécrit en 2017), https://www.legifrance.gouv.fr/affichIDCCArticle.do?cidTexte=KALITEXT000018828046&idArticle=KALIARTI000020563154 [officiel ; texte actuel à vérifier]" },
  { Code: "MAX_HEURES_JOUR", Libellé: "Durée quotidienne maximale de travail effectif", Convention: CINEMA, Valeur: 10, Unité: "h", Du: "2013-10-01", Au: null, Source: `${CINEMA_TEXT}, titre IV (permanents : 10 h, 12 h en surcroît temporaire), http://www.la-convention-collective.fr/convention-collective-production-cinematographique-c3097/titre-iv-salaries-permanents-t33860077/durees-maximales-travail-repos-a33860125/ [à vérifier pour les techniciens du titre II]` },
  ...facilityRule({ Code: "MAX_HEURES_JOUR", Libellé: "Durée quotidienne maximale de travail effectif", Valeur: 10, Unité: "h", Source: `${CCN_2717("5.1", "KALIARTI000019906657")} [officiel]` }),
  ...facilityRule({
    Code: "MAX_HEURES_JOUR_EXCEPTION",
    Libellé: "Durée quotidienne maximale par exception (personnels de l'art. 5.5, sécurité ou service qui ne peut être interrompu ni passé) : au-delà du maximum ordinaire, une alerte à justifier",
    Valeur: 12,
    Unité: "h",
    Source: `${CCN_2717("5.1", "KALIARTI000019906657")} ; liste des personnels de l'art. 5.5 non contrôlée par Cap PAD [officiel]`,
  }),
  { Code: "MAX_HEURES_SEMAINE", Libellé: "Durée hebdomadaire maximale", Valeur: 48, Unité: "h", Du: "2000-01-01", Au: null, Source: `${CT("L3121-20")} [officiel]` },
  { Code: "REPOS_QUOTIDIEN_HEURES", Libellé: "Repos quotidien minimal", Valeur: 11, Unité: "h", Du: "2000-01-01", Au: null, Source: `${CT("L3131-1")} [officiel]` },
  { Code: "REPOS_REDUIT_HEURES", Libellé: "Repos quotidien réduit toléré", Valeur: 11, Unité: "h", Du: "2000-01-01", Au: null, Source: `Pas de réduction sans accord ; ${CT("L3131-2")} [officiel]` },
  { Code: "REPOS_REDUIT_HEURES", Libellé: "Repos quotidien réduit toléré", Convention: CCNPA, Valeur: 9, Unité: "h", Du: "2009-01-01", Au: null, Source: `CCNPA art. VI.3 ; ${KALI_CCNPA}` },
  ...facilityRule({ Code: "REPOS_REDUIT_HEURES", Libellé: "Repos quotidien réduit toléré (personnels de l'art. 5.5, heures manquantes récupérées)", Valeur: 9, Unité: "h", Source: `${CCN_2717("5.1", "KALIARTI000019906657")} [officiel]` }),
  { Code: "REPOS_REDUIT_PAR_SEMAINE", Libellé: "Nombre de repos réduits tolérés par semaine civile", Valeur: 0, Unité: "fois", Du: "2000-01-01", Au: null, Source: `Pas de réduction sans accord ; ${CT("L3131-2")} [officiel]` },
  { Code: "REPOS_REDUIT_PAR_SEMAINE", Libellé: "Nombre de repos réduits tolérés par semaine civile", Convention: CCNPA, Valeur: 2, Unité: "fois", Du: "2009-01-01", Au: null, Source: `CCNPA art. VI.3 ; ${KALI_CCNPA}` },
  ...facilityRule({ Code: "REPOS_REDUIT_PAR_SEMAINE", Libellé: "Nombre de repos réduits tolérés par semaine civile", Valeur: 2, Unité: "fois", Source: `${CCN_2717("5.1", "KALIARTI000019906657")} [officiel]` }),

  // --- Congés Spectacles: optional cap of the base in conventional minima ---
  { Code: "CS_PLAFOND_MINIMUMS", Libellé: "Congés Spectacles : assiette plafonnée à ce nombre de fois le minimum conventionnel des mêmes heures", Convention: CCNPA, Valeur: 3, Unité: "minimums", Du: "2018-02-15", Au: null, Source: `CCNPA art. VII.1.2 ; ${KALI_CCNPA}` },
  ...facilityRule({ Code: "CS_PLAFOND_MINIMUMS", Libellé: "Congés Spectacles : indemnité plafonnée à 2 fois le minimum conventionnel journalier de la fonction", Valeur: 2, Unité: "minimums", Source: `${CCN_2717("6.2")} [officiel]` }),

  // --- The employer's agreement ---
  { Code: "CONVENTION_PRESTATAIRES", Libellé: "Convention des prestataires techniques en vigueur (CDDU des techniciens d'un prestataire)", Valeur: "IDCC 2717", Unité: "", Du: "2008-02-21", Au: "2025-03-31", Source: "CCN des entreprises techniques au service de la création et de l'événement du 21/02/2008, étendue par arrêté du 21/10/2008 (JORF du 01/11/2008), https://www.legifrance.gouv.fr/conv_coll/id/KALICONT000019906603 [officiel]" },
  {
    Code: "CONVENTION_PRESTATAIRES",
    Libellé: "Convention des prestataires techniques en vigueur (CDDU des techniciens d'un prestataire)",
    Valeur: "IDCC 3252",
    Unité: "",
    Du: "2025-04-01",
    Au: null,
    Source: "CCN des entreprises au service de la création et de l'événement du 27/06/2024 (IDCC 3252), étendue par arrêté du 13/03/2025 (JORF du 18/03/2025), remplace l'IDCC 2717 ; entrée en vigueur au 01/04/2025 selon https://presse.tripalio.fr/comment-la-ccn-fusionnee-de-levenementiel-rectifie-son-entree-en-scene-apres-son-extension-partielle et https://www.yzico.fr/nouvelle-convention-collective-evenementielle-ce-quil-faut-retenir/ [à vérifier : date lue dans deux sources secondaires]",
  },

  // --- Contributions: parameters that are not rates ---
  { Code: "CDDU_COURT_MOIS", Libellé: "Durée initiale maximale d'un CDDU « court » (majoration chômage de 0,5 pt)", Valeur: 3, Unité: "mois", Du: "2020-01-01", Au: null, Source: "Décret n° 2019-797, règlement d'assurance chômage art. 50-1 ; https://www.unedic.org/indemnisation/fiches-thematiques/majoration-des-contributions-generales [officiel]" },
  { Code: "CSG_ABATTEMENT", Libellé: "Abattement pour frais professionnels sur l'assiette CSG-CRDS", Valeur: 1.75, Unité: "%", Du: "2018-01-01", Au: null, Source: "Code de la sécurité sociale art. L136-1-1 ; modele-social « CSG-CRDS . assiette de base » [officiel]" },
  { Code: "CSG_ABATTEMENT_LIMITE_PSS", Libellé: "Abattement CSG limité à ce nombre de plafonds", Valeur: 4, Unité: "PSS", Du: "2018-01-01", Au: null, Source: "Code de la sécurité sociale art. L136-1-1 [officiel]" },
  { Code: "CSG_INCLUT_PATRONAL", Libellé: "Cotisations patronales ajoutées à l'assiette CSG-CRDS (prévoyance, santé)", Valeur: "PREVOYANCE_INTERMITTENTS, PREVOYANCE_CADRES, SANTE_FONDS_COLLECTIF", Unité: "codes", Du: "2018-01-01", Au: null, Source: "Code de la sécurité sociale art. L136-1-1 ; modele-social (assiette CSG = assiette abattue + prévoyances employeur) [officiel]" },
  { Code: "FORFAIT_SOCIAL_ASSIETTE", Libellé: "Cotisations patronales de prévoyance et de santé soumises au forfait social (taux FORFAIT_SOCIAL de la table Taux)", Valeur: "PREVOYANCE_INTERMITTENTS, PREVOYANCE_CADRES, SANTE_FONDS_COLLECTIF", Unité: "codes", Du: "2012-01-01", Au: null, Source: "Code de la sécurité sociale art. L137-15 et L137-16 ; Urssaf, https://www.urssaf.fr/accueil/employeur/cotisations/liste-cotisations/forfait-social.html [officiel]" },
  { Code: "RGDU_TMIN", Libellé: "Réduction générale dégressive unique : Tmin", Valeur: 0.02, Unité: "", Du: "2026-01-01", Au: null, Source: `${CSS_D241_7} ; ${BOSS_RGDU} [officiel]` },
  { Code: "RGDU_TDELTA_MOINS_50", Libellé: "RGDU : Tdelta, moins de 50 salariés", Valeur: 0.3781, Unité: "", Du: "2026-01-01", Au: null, Source: `Décret n° 2025-1446 du 31/12/2025 ; ${CSS_D241_7} [officiel]` },
  { Code: "RGDU_TDELTA_50_ET_PLUS", Libellé: "RGDU : Tdelta, 50 salariés et plus", Valeur: 0.3821, Unité: "", Du: "2026-01-01", Au: null, Source: `Décret n° 2025-1446 du 31/12/2025 ; ${CSS_D241_7} [officiel]` },
  { Code: "RGDU_PUISSANCE", Libellé: "RGDU : exposant", Valeur: 1.75, Unité: "", Du: "2026-01-01", Au: null, Source: `${CSS_D241_7} [officiel]` },
  { Code: "RGDU_SEUIL_SMIC", Libellé: "RGDU : nulle à partir de ce nombre de SMIC", Valeur: 3, Unité: "SMIC", Du: "2026-01-01", Au: null, Source: `${CSS_D241_7} [officiel]` },
  { Code: "RGDU_MAJORATION_CAISSE_CONGES", Libellé: "RGDU : coefficient × 100/90 pour les employeurs affiliés à une caisse de congés (Congés Spectacles)", Valeur: 100 / 90, Unité: "", Du: "2026-01-01", Au: null, Source: `${BOSS_RGDU} (employeurs dont les congés sont payés par une caisse) [officiel]` },
  {
    Code: "RGDU_SMIC_HORAIRE",
    Libellé: "RGDU : SMIC horaire retenu toute l'année (celui du 1er janvier, malgré la revalorisation du 1er juin 2026)",
    Valeur: 12.02,
    Unité: "€/heure",
    Du: "2026-01-01",
    Au: "2026-12-31",
    Source: "BOSS, actualité de juin 2026 « Revalorisation du SMIC » : le SMIC en vigueur au 1er janvier 2026 est conservé pour l'éligibilité à la RGDU et le calcul de son coefficient sur l'ensemble de l'année, https://boss.gouv.fr/portail/accueil/actualites-boss-et-rescrits/actualites-boss/2026/juin/revalorisation-du-smic-a-compter.html [officiel]",
  },
  { Code: "RGDU_SMIC_HORAIRE_MAYOTTE", Libellé: "RGDU : SMIC horaire de Mayotte retenu toute l'année (celui du 1er janvier)", Valeur: 9.33, Unité: "€/heure", Du: "2026-01-01", Au: "2026-12-31", Source: "BOSS, actualité de juin 2026 « Revalorisation du SMIC », https://boss.gouv.fr/portail/accueil/actualites-boss-et-rescrits/actualites-boss/2026/juin/revalorisation-du-smic-a-compter.html [officiel]" },
  { Code: "SEUIL_VERSEMENT_MOBILITE", Libellé: "Versement mobilité dû à partir de cet effectif", Valeur: 11, Unité: "salariés", Du: "2000-01-01", Au: null, Source: "Code général des collectivités territoriales art. L2333-64 ; Urssaf, https://www.urssaf.fr/accueil/employeur/cotisations/liste-cotisations/versement-mobilite.html [officiel]" },

  // --- The employer's settings: to adapt to the payroll provider and the company ---
  { Code: "PLAFOND_METHODE", Libellé: "Proratisation du plafond des contrats courts : jours calendaires, jours travaillés ou BOSS avril 2025", Valeur: "jours calendaires", Unité: "", Du: "2000-01-01", Au: null, Source: "Choix de l'employeur : reprendre la méthode du prestataire de paie (Code de la sécurité sociale art. R242-2 ; les éditeurs divergent, https://www.dvlog.net/Plafond-des-intermittents-quelques-doutes-subsistent-_a258.html) [à vérifier auprès du prestataire]" },
  { Code: "EFFECTIF", Libellé: "Effectif de l'employeur (50 et plus : FNAL 0,50 %, Tdelta RGDU ; 11 et plus : forfait social, versement mobilité)", Valeur: 12, Unité: "salariés", Du: "2000-01-01", Au: null, Source: "Choix de l'employeur : effectif moyen annuel (Code de la sécurité sociale art. L130-1) [à vérifier]" },
  { Code: "SEUIL_EFFECTIF", Libellé: "Seuil d'effectif des taux « 50 salariés et plus » (FNAL 0,50 %, Tdelta RGDU)", Valeur: 50, Unité: "salariés", Du: "2000-01-01", Au: null, Source: `Code de la sécurité sociale art. L834-1 (FNAL) ; ${CSS_D241_7} (Tdelta) [officiel]` },

  // --- Cap PAD's own choices, documented ---
  { Code: "CONTRAT_PROPOSE_ECART_JOURS", Libellé: "« Proposer les contrats » : un nouveau contrat quand une personne ne travaille pas sur une production pendant plus de ce nombre de jours", Valeur: 7, Unité: "jours", Du: "2000-01-01", Au: null, Source: "Choix Cap PAD : une semaine civile sans séance sépare deux engagements" },
  { Code: "TOLERANCE_DIVISE_PAR_5", Libellé: "Écart toléré (%) pour reconnaître un salaire jour = minimum hebdomadaire ÷ 5", Valeur: 1, Unité: "%", Du: "2000-01-01", Au: null, Source: "Choix Cap PAD (contrôle PAIE_JOUR_DIVISE_PAR_5)" },
  { Code: "TOLERANCE_BULLETIN_POURCENT", Libellé: "« Vérifier un bulletin » : écart toléré en % de l'estimation", Valeur: 2, Unité: "%", Du: "2000-01-01", Au: null, Source: "Choix Cap PAD : l'estimation omet des lignes propres à l'employeur (AT/MP réel…)" },
  { Code: "TOLERANCE_BULLETIN_EUROS", Libellé: "« Vérifier un bulletin » : écart toléré minimal en euros", Valeur: 5, Unité: "€", Du: "2000-01-01", Au: null, Source: "Choix Cap PAD" },
];
