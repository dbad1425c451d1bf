/**
 * Rows of the `Parametres` table shipped with the templates: every payroll parameter that is not a
 * contribution rate or a wage minimum (ceilings, SMIC, overtime bands, premiums, night window, maximum
 * hours, rest, RGDU…), each dated and sourced from reference/payroll.md. The user updates them in the
 * workbook; the engine reads them back (src/core/crew/config.ts). "à vérifier" in `Source` marks what
 * the reference calls UNVERIFIED; the engine repeats it in its messages.
 *
 * `Convention` blank = every agreement (the legal floor, §1.6); a row for one agreement wins over it.
 * `Au` blank = still in force. Bands are written with ordinal hours: "36-43:25 ; 44+:50" means the
 * 36th to the 43rd hour at +25 %, from the 44th at +50 %.
 */

import type { ParameterRow } from "../../core/crew/config";

const CCNPA = "IDCC 2642";
const CINEMA = "IDCC 3097";
const PRESTATAIRES = "IDCC 2717";

const KALI_CCNPA =
  "CCNPA, texte consolidé KALI (avenants du 21/06/2017 et du 20/12/2017), référence §8.3.4 [officiel ; vérifier les avenants 2024-2025]";

export const PAYROLL_PARAMETERS: ParameterRow[] = [
  // --- Social-security ceiling and SMIC (§0, §8.7) ---
  { Code: "PMSS", Libellé: "Plafond mensuel de la sécurité sociale", Valeur: 3925, Unité: "€/mois", Du: "2025-01-01", Au: "2025-12-31", Source: "modele-social « plafond sécurité sociale », référence §0 [officiel]" },
  { Code: "PMSS", Libellé: "Plafond mensuel de la sécurité sociale", Valeur: 4005, Unité: "€/mois", Du: "2026-01-01", Au: null, Source: "modele-social « plafond sécurité sociale », référence §0 [officiel]" },
  { Code: "PSS_JOUR", Libellé: "Plafond journalier (PMSS × 12 / 218, arrondi)", Valeur: 216, Unité: "€/jour", Du: "2025-01-01", Au: "2025-12-31", Source: "CSS D242-17 ; modele-social, référence §0 [officiel]" },
  { Code: "PSS_JOUR", Libellé: "Plafond journalier (PMSS × 12 / 218, arrondi)", Valeur: 220, Unité: "€/jour", Du: "2026-01-01", Au: null, Source: "CSS D242-17 ; modele-social, référence §0 [officiel]" },
  { Code: "PSS_HEURE", Libellé: "Plafond horaire (PMSS × 12 / 1607, arrondi)", Valeur: 29, Unité: "€/heure", Du: "2025-01-01", Au: "2025-12-31", Source: "CSS D242-19 ; modele-social, référence §0 [officiel]" },
  { Code: "PSS_HEURE", Libellé: "Plafond horaire (PMSS × 12 / 1607, arrondi)", Valeur: 30, Unité: "€/heure", Du: "2026-01-01", Au: null, Source: "CSS D242-19 ; modele-social, référence §0 [officiel]" },
  { Code: "SMIC_HORAIRE", Libellé: "SMIC horaire brut (métropole)", Valeur: 11.88, Unité: "€/heure", Du: "2024-11-01", Au: "2025-12-31", Source: "Référence §0 [officiel]" },
  { Code: "SMIC_HORAIRE", Libellé: "SMIC horaire brut (métropole)", Valeur: 12.02, Unité: "€/heure", Du: "2026-01-01", Au: "2026-05-31", Source: "Décret 2025-1228 du 17/12/2025 (JORFTEXT000053042520), référence §8.7 [officiel]" },
  { Code: "SMIC_HORAIRE", Libellé: "SMIC horaire brut (métropole)", Valeur: 12.31, Unité: "€/heure", Du: "2026-06-01", Au: null, Source: "Revalorisation automatique du 1er juin 2026 (+2,41 %), avis Urssaf et service-public, référence §8.7 [officiel]" },
  { Code: "SMIC_HORAIRE_MAYOTTE", Libellé: "SMIC horaire brut (Mayotte)", Valeur: 9.33, Unité: "€/heure", Du: "2026-01-01", Au: "2026-05-31", Source: "Référence §8.7 [secondaire]" },
  { Code: "SMIC_HORAIRE_MAYOTTE", Libellé: "SMIC horaire brut (Mayotte)", Valeur: 9.56, Unité: "€/heure", Du: "2026-06-01", Au: null, Source: "Référence §8.7 [officiel]" },
  { Code: "SMIC_MENSUEL", Libellé: "SMIC mensuel brut, 151,67 h (information)", Valeur: 1801.8, Unité: "€/mois", Du: "2024-11-01", Au: "2025-12-31", Source: "Référence §0 [officiel]" },
  { Code: "SMIC_MENSUEL", Libellé: "SMIC mensuel brut, 151,67 h (information)", Valeur: 1823.03, Unité: "€/mois", Du: "2026-01-01", Au: "2026-05-31", Source: "Décret 2025-1228, référence §8.7 [officiel]" },
  { Code: "SMIC_MENSUEL", Libellé: "SMIC mensuel brut, 151,67 h (information)", Valeur: 1867.02, Unité: "€/mois", Du: "2026-06-01", Au: null, Source: "Référence §8.7 [officiel]" },

  // --- Working time and overtime (§1.2, §1.3, §1.5, §1.6, §8.3.4) ---
  { Code: "DUREE_LEGALE_SEMAINE", Libellé: "Durée légale hebdomadaire (seuil des heures supplémentaires)", Valeur: 35, Unité: "h", Du: "2000-01-01", Au: null, Source: "Code du travail L3121-27, référence §1.2 [officiel]" },
  { Code: "HS_BANDES", Libellé: "Heures supplémentaires : tranches de majoration (règle légale par défaut)", Valeur: "36-43:25 ; 44+:50", Unité: "heure:%", Du: "2000-01-01", Au: null, Source: "Code du travail L3121-36, référence §1.6 [officiel]" },
  { Code: "HS_BANDES", Libellé: "Heures supplémentaires CDDU (les 4 premières à +25 % au lieu de +10 %)", Convention: CCNPA, Valeur: "36-43:25 ; 44+:50", Unité: "heure:%", Du: "2018-02-15", Au: null, Source: `CCNPA art. VI.8 ; ${KALI_CCNPA}` },
  { Code: "HS_BANDES", Libellé: "Heures supplémentaires techniciens (titre II, art. 34 à 38)", Convention: CINEMA, Valeur: "36-43:25 ; 44-48:50 ; 49+:75", Unité: "heure:%", Du: "2013-10-01", Au: null, Source: "CCN production cinématographique, titre II art. 34-38, référence §1.3 [secondaire, à vérifier]" },
  { Code: "HS_ARRONDI_MINUTES", Libellé: "Temps hebdomadaire arrondi à la demi-heure supérieure pour les heures supplémentaires", Convention: CCNPA, Valeur: 30, Unité: "min", Du: "2018-02-15", Au: null, Source: `CCNPA art. VI.8 ; ${KALI_CCNPA}` },
  { Code: "HS_ARRONDI_MINUTES", Libellé: "Temps hebdomadaire arrondi à la demi-heure supérieure pour les heures supplémentaires", Convention: PRESTATAIRES, Valeur: 30, Unité: "min", Du: "2008-02-21", Au: null, Source: "IDCC 2717 art. 5.7.1 (KALIARTI000019906665), référence §1.5 [officiel, historique, à vérifier]" },
  { Code: "DEPASSEMENT_JOUR_BANDES", Libellé: "Contrats de moins de 5 jours : majoration des heures au-delà de la 8e dans la journée", Convention: CCNPA, Valeur: "9-11:25 ; 12+:50", Unité: "heure:%", Du: "2018-02-15", Au: null, Source: `CCNPA art. VI.8.4 ; ${KALI_CCNPA}` },
  { Code: "CONTRAT_COURT_JOURS", Libellé: "Contrat « à la journée » : jusqu'à ce nombre de jours (salaire jour = semaine ÷ 4,5)", Convention: CCNPA, Valeur: 4, Unité: "jours", Du: "2000-01-01", Au: null, Source: "Mémento USPA (olivierschmitt.com) ; Monteurs associés, référence §1.2 [secondaire]" },
  { Code: "DIVISEUR_JOUR", Libellé: "Diviseur du minimum hebdomadaire pour un contrat de 4 jours ou moins", Convention: CCNPA, Valeur: 4.5, Unité: "", Du: "2000-01-01", Au: null, Source: "Mémento USPA ; Monteurs associés ; l'erreur courante est ÷ 5 (legavox), référence §1.2 et §6 TC3 [secondaire]" },
  { Code: "JOUR_BASE_HEURES", Libellé: "Heures couvertes par un salaire à la journée (unité « jour »)", Valeur: 7, Unité: "h", Du: "2000-01-01", Au: null, Source: "Hypothèse Cap PAD : journée de 7 h, base de la colonne « Minimum jour » des grilles [à vérifier selon le contrat]" },
  { Code: "JOUR_BASE_HEURES", Libellé: "Heures couvertes par un salaire à la journée (unité « jour »)", Convention: CCNPA, Valeur: 7, Unité: "h", Du: "2000-01-01", Au: null, Source: "Grille CDDU : « jour 7 h » = semaine 35 h ÷ 4,5, référence §1.2 [secondaire]" },
  { Code: "JOUR_BASE_HEURES", Libellé: "Heures couvertes par un salaire à la journée (unité « jour »)", Convention: PRESTATAIRES, Valeur: 8, Unité: "h", Du: "2008-02-21", Au: null, Source: "Grille audiovisuelle IDCC 2717 : taux journalier sur une base de 8 h, référence §1.5 [officiel, historique]" },
  { Code: "EQUIVALENCE_5J", Libellé: "Équivalence tournage (annexe II), semaine de 5 jours : présence:payées", Convention: CINEMA, Valeur: "46:43", Unité: "h:h", Du: "2013-10-01", Au: null, Source: "CCN cinéma annexe II (aoassocies.com), référence §1.3 et §6 TC2 [secondaire]" },
  { Code: "EQUIVALENCE_6J", Libellé: "Équivalence tournage (annexe II), semaine de 6 jours : présence:payées", Convention: CINEMA, Valeur: "56:52", Unité: "h:h", Du: "2013-10-01", Au: null, Source: "CCN cinéma annexe II (aoassocies.com), référence §1.3 [secondaire ; 5 ou 6 jours : à vérifier]" },

  // --- Night, Sunday, public holidays (§8.3.4, §1.3) ---
  { Code: "NUIT_PLAGE", Libellé: "Plage des heures de nuit (règle légale par défaut)", Valeur: "21:00-06:00", Unité: "hh:mm", Du: "2000-01-01", Au: null, Source: "Code du travail L3122-2, référence §1 (issue : 21 h-6 h sauf accord) [officiel]" },
  { Code: "NUIT_PLAGE", Libellé: "Plage des heures de nuit (CCNPA, règle générale)", Convention: CCNPA, Valeur: "00:00-07:00", Unité: "hh:mm", Du: "2018-02-15", Au: null, Source: `CCNPA art. VI.10 ; ${KALI_CCNPA}` },
  { Code: "NUIT_PLAGE", Libellé: "Plage des heures de nuit (CCNPA, fiction et documentaire)", Convention: CCNPA, Genre: "Fiction TV, Série, Documentaire", Valeur: "20:00-06:00 du 21/12 au 20/03 ; 22:00-07:00 sinon", Unité: "hh:mm", Du: "2018-02-15", Au: null, Source: `CCNPA art. VI.10 ; ${KALI_CCNPA}` },
  { Code: "MAJ_NUIT", Libellé: "Majoration des heures de nuit (aucune par défaut : à paramétrer selon la convention)", Valeur: 0, Unité: "%", Du: "2000-01-01", Au: null, Source: "Pas de majoration légale générale ; cinéma art. 40 : taux non relevé, référence §1.3 [à vérifier]" },
  { Code: "MAJ_NUIT", Libellé: "Majoration des heures de nuit", Convention: CCNPA, Valeur: 25, Unité: "%", Du: "2018-02-15", Au: null, Source: `CCNPA art. VI.10 (+50 % pour les métiers du décor et de la lumière listés) ; ${KALI_CCNPA}` },
  { Code: "MAJ_DIMANCHE", Libellé: "Majoration des heures du dimanche (aucune par défaut)", Valeur: 0, Unité: "%", Du: "2000-01-01", Au: null, Source: "Pas de majoration légale générale [à vérifier selon la convention]" },
  { Code: "MAJ_DIMANCHE", Libellé: "Majoration des heures du dimanche", Convention: CCNPA, Valeur: 50, Unité: "%", Du: "2018-02-15", Au: null, Source: `CCNPA art. VI.9 ; ${KALI_CCNPA}` },
  { Code: "MAJ_DIMANCHE", Libellé: "Majoration des heures du dimanche (avec repos compensateur)", Convention: CINEMA, Valeur: 100, Unité: "%", Du: "2013-10-01", Au: null, Source: "CCN cinéma titre II art. 41, référence §1.3 [secondaire, à vérifier]" },
  { Code: "MAJ_FERIE_1ER_MAI", Libellé: "1er mai travaillé : majoration", Valeur: 100, Unité: "%", Du: "2000-01-01", Au: null, Source: "Code du travail L3133-6 (salaire doublé) [officiel]" },
  { Code: "MAJ_FERIE_1ER_MAI", Libellé: "1er mai travaillé : majoration (payé 300 %)", Convention: CCNPA, Valeur: 200, Unité: "%", Du: "2018-12-28", Au: null, Source: `CCNPA art. VII.2.3 ; ${KALI_CCNPA}` },
  { Code: "MAJ_FERIE_MAJEUR", Libellé: "1er janvier, 14 juillet, 15 août, 1er et 11 novembre, 25 décembre, abolition de l'esclavage travaillés", Valeur: 0, Unité: "%", Du: "2000-01-01", Au: null, Source: "Pas de majoration légale générale [à vérifier selon la convention]" },
  { Code: "MAJ_FERIE_MAJEUR", Libellé: "1er janvier, 14 juillet, 15 août, 1er et 11 novembre, 25 décembre, abolition de l'esclavage travaillés (payé 200 %)", Convention: CCNPA, Valeur: 100, Unité: "%", Du: "2018-12-28", Au: null, Source: `CCNPA art. VII.2.3 ; ${KALI_CCNPA}` },
  { Code: "MAJ_FERIE_AUTRE", Libellé: "Autres jours fériés travaillés (lundi de Pâques, 8 mai, Ascension…)", Valeur: 0, Unité: "%", Du: "2000-01-01", Au: null, Source: "Pas de majoration légale générale [à vérifier selon la convention]" },
  { Code: "MAJ_FERIE_AUTRE", Libellé: "Lundi de Pâques, 8 mai, Ascension travaillés (payé 150 %)", Convention: CCNPA, Valeur: 50, Unité: "%", Du: "2018-12-28", Au: null, Source: `CCNPA art. VII.2.3 ; ${KALI_CCNPA}` },
  { Code: "MAJ_FERIE_PENTECOTE", Libellé: "Lundi de Pentecôte travaillé (journée de solidarité)", Valeur: 0, Unité: "%", Du: "2000-01-01", Au: null, Source: "CCNPA art. VII.2.3 : journée de solidarité de la branche, sans majoration, référence §8.3.4 [officiel]" },

  // --- Maximum hours and rest (§1.2, §1.3, §1.6) ---
  { Code: "MAX_HEURES_JOUR", Libellé: "Durée quotidienne maximale de travail effectif", Valeur: 10, Unité: "h", Du: "2000-01-01", Au: null, Source: "Code du travail L3121-18, référence §1.6 [officiel]" },
  { Code: "MAX_HEURES_JOUR", Libellé: "Durée quotidienne maximale de travail effectif", Convention: CCNPA, Valeur: 12, Unité: "h", Du: "2009-01-01", Au: null, Source: "CCNPA art. VI.3 (version 2009-2017, réécrit en 2017), référence §1.2 [officiel ; texte actuel à vérifier]" },
  { Code: "MAX_HEURES_JOUR", Libellé: "Durée quotidienne maximale de travail effectif", Convention: CINEMA, Valeur: 10, Unité: "h", Du: "2013-10-01", Au: null, Source: "CCN cinéma titre IV (permanents : 10 h, 12 h en surcroît temporaire), référence §1.3 [à vérifier pour les techniciens du titre II]" },
  { Code: "MAX_HEURES_SEMAINE", Libellé: "Durée hebdomadaire maximale", Valeur: 48, Unité: "h", Du: "2000-01-01", Au: null, Source: "Code du travail L3121-20, référence §1.6 [officiel]" },
  { Code: "REPOS_QUOTIDIEN_HEURES", Libellé: "Repos quotidien minimal", Valeur: 11, Unité: "h", Du: "2000-01-01", Au: null, Source: "Code du travail L3131-1, référence §1.6 [officiel]" },
  { Code: "REPOS_REDUIT_HEURES", Libellé: "Repos quotidien réduit toléré", Valeur: 11, Unité: "h", Du: "2000-01-01", Au: null, Source: "Pas de réduction sans accord, référence §1.6 [officiel]" },
  { Code: "REPOS_REDUIT_HEURES", Libellé: "Repos quotidien réduit toléré", Convention: CCNPA, Valeur: 9, Unité: "h", Du: "2009-01-01", Au: null, Source: "CCNPA art. VI.3, référence §1.2 [officiel ; texte actuel à vérifier]" },
  { Code: "REPOS_REDUIT_PAR_SEMAINE", Libellé: "Nombre de repos réduits tolérés par semaine civile", Valeur: 0, Unité: "fois", Du: "2000-01-01", Au: null, Source: "Pas de réduction sans accord, référence §1.6 [officiel]" },
  { Code: "REPOS_REDUIT_PAR_SEMAINE", Libellé: "Nombre de repos réduits tolérés par semaine civile", Convention: CCNPA, Valeur: 2, Unité: "fois", Du: "2009-01-01", Au: null, Source: "CCNPA art. VI.3, référence §1.2 [officiel ; texte actuel à vérifier]" },

  // --- Contributions: parameters that are not rates (§2.1, §2.9, §8.2, §8.5) ---
  { Code: "CDDU_COURT_MOIS", Libellé: "Durée initiale maximale d'un CDDU « court » (majoration chômage de 0,5 pt)", Valeur: 3, Unité: "mois", Du: "2020-01-01", Au: null, Source: "Décret 2019-797, règlement d'assurance chômage art. 50-1, référence §8.2 [officiel]" },
  { Code: "CSG_ABATTEMENT", Libellé: "Abattement pour frais professionnels sur l'assiette CSG-CRDS", Valeur: 1.75, Unité: "%", Du: "2018-01-01", Au: null, Source: "CSS L136-1-1 ; modele-social « CSG-CRDS . assiette de base », référence §0 [officiel]" },
  { Code: "CSG_ABATTEMENT_LIMITE_PSS", Libellé: "Abattement CSG limité à ce nombre de plafonds", Valeur: 4, Unité: "PSS", Du: "2018-01-01", Au: null, Source: "CSS L136-1-1 ; modele-social [officiel]" },
  { Code: "CSG_INCLUT_PATRONAL", Libellé: "Cotisations patronales ajoutées à l'assiette CSG-CRDS (prévoyance, santé)", Valeur: "PREVOYANCE_INTERMITTENTS, PREVOYANCE_CADRES, SANTE_FONDS_COLLECTIF", Unité: "codes", Du: "2018-01-01", Au: null, Source: "CSS L136-1-1 ; modele-social (assiette CSG = assiette abattue + prévoyances employeur) [officiel]" },
  { Code: "RGDU_TMIN", Libellé: "Réduction générale dégressive unique : Tmin", Valeur: 0.02, Unité: "", Du: "2026-01-01", Au: null, Source: "CSS D241-7 ; BOSS ; modele-social, référence §8.5 [officiel]" },
  { Code: "RGDU_TDELTA_MOINS_50", Libellé: "RGDU : Tdelta, moins de 50 salariés", Valeur: 0.3781, Unité: "", Du: "2026-01-01", Au: null, Source: "CSS D241-7 ; modele-social, référence §8.5 [officiel]" },
  { Code: "RGDU_TDELTA_50_ET_PLUS", Libellé: "RGDU : Tdelta, 50 salariés et plus", Valeur: 0.3821, Unité: "", Du: "2026-01-01", Au: null, Source: "CSS D241-7 ; modele-social, référence §8.5 [officiel]" },
  { Code: "RGDU_PUISSANCE", Libellé: "RGDU : exposant", Valeur: 1.75, Unité: "", Du: "2026-01-01", Au: null, Source: "CSS D241-7 ; modele-social, référence §8.5 [officiel]" },
  { Code: "RGDU_SEUIL_SMIC", Libellé: "RGDU : nulle à partir de ce nombre de SMIC", Valeur: 3, Unité: "SMIC", Du: "2026-01-01", Au: null, Source: "CSS D241-7 ; modele-social, référence §8.5 [officiel]" },
  { Code: "RGDU_MAJORATION_CAISSE_CONGES", Libellé: "RGDU : coefficient × 100/90 pour les employeurs affiliés à une caisse de congés (Congés Spectacles)", Valeur: 100 / 90, Unité: "", Du: "2026-01-01", Au: null, Source: "BOSS allègements généraux, employeurs affiliés à une caisse de congés payés ; modele-social « coefficient de majoration », référence §8.5 [officiel]" },

  // --- The employer's settings (§2.7, §2.9): to adapt to the payroll provider and the company ---
  { Code: "PLAFOND_METHODE", Libellé: "Proratisation du plafond des contrats courts : jours calendaires, jours travaillés ou BOSS avril 2025", Valeur: "jours calendaires", Unité: "", Du: "2000-01-01", Au: null, Source: "Choix de l'employeur : reprendre la méthode du prestataire de paie, référence §2.7 [à vérifier auprès du prestataire]" },
  { Code: "EFFECTIF", Libellé: "Effectif de l'employeur (50 et plus : FNAL 0,50 %, Tdelta RGDU 50 et plus)", Valeur: 12, Unité: "salariés", Du: "2000-01-01", Au: null, Source: "Choix de l'employeur : effectif moyen annuel, référence §2.9 et §8.5 [à vérifier]" },
  { Code: "SEUIL_EFFECTIF", Libellé: "Seuil d'effectif des taux « 50 salariés et plus » (FNAL 0,50 %, Tdelta RGDU)", Valeur: 50, Unité: "salariés", Du: "2000-01-01", Au: null, Source: "Référence §2.9 (FNAL 0,10 % sous 50 salariés, 0,50 % au-delà) et §8.5 ; CSS L834-1 [à vérifier]" },

  // --- Engine tolerances (Cap PAD's own choices, documented) ---
  { Code: "TOLERANCE_DIVISE_PAR_5", Libellé: "Écart toléré (%) pour reconnaître un salaire jour = minimum hebdomadaire ÷ 5", Valeur: 1, Unité: "%", Du: "2000-01-01", Au: null, Source: "Choix Cap PAD (contrôle PAIE_JOUR_DIVISE_PAR_5), référence §6 TC3" },
  { Code: "TOLERANCE_BULLETIN_POURCENT", Libellé: "« Vérifier un bulletin » : écart toléré en % de l'estimation", Valeur: 2, Unité: "%", Du: "2000-01-01", Au: null, Source: "Choix Cap PAD : l'estimation omet des lignes propres à l'employeur (AT/MP réel, versement mobilité…)" },
  { Code: "TOLERANCE_BULLETIN_EUROS", Libellé: "« Vérifier un bulletin » : écart toléré minimal en euros", Valeur: 5, Unité: "€", Du: "2000-01-01", Au: null, Source: "Choix Cap PAD" },
];
