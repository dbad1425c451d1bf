/**
 * Rows of the `Taux` table shipped with the templates: every contribution of an intermittent
 * technician (CDDU, annexe 8 of unemployment insurance), with its base, employee and employer rates in
 * %, validity dates and public source. The engine picks, for each worked day, the row in force that day
 * (src/core/crew/contributions.ts). « à vérifier » in `Source` marks what no official text confirmed.
 *
 * `Condition` (extra column): cadre, non-cadre, effectif < 50, effectif ≥ 50, effectif ≥ N,
 * CDDU ≤ 3 mois, CDDU > 3 mois; blank = always.
 *
 * Not shipped (and why): the 2025 reduced health and family rates and the 2025 réduction générale
 * (the engine models the 2026 RGDU only); FNAS/FCAP (live performance only); the AFDAS flat amount per
 * company; the versement mobilité, whose rate depends on the employer's commune: it is a `Parametres`
 * row VERSEMENT_MOBILITE_<code postal> (a workbook whose `Taux` still has a VERSEMENT_MOBILITE row
 * keeps using that row).
 */

import type { RateRow } from "../../core/crew/configRows";

const MS = "modele-social 11.1.0 (règles de l'Urssaf, https://github.com/betagouv/mon-entreprise)";
const AUDIENS_2019 = "Audiens, la retraite complémentaire Agirc-Arrco au 1er janvier 2019, https://www.audiens.org/solutions/entreprises-la-retraite-complementaire-agirc-arcco-au-1er-janvier-2019.html";
const AGIRC = "Agirc-Arrco, calculer les cotisations, https://www.agirc-arrco.fr/mon-entreprise/calculer-et-declarer/calculer-les-cotisations-de-retraite-complementaire/";
const CSS_CSG = "Code de la sécurité sociale art. L136-1-1 et L136-8";
const CHOMAGE_2025 = "Convention d'assurance chômage du 15/11/2024 agréée par arrêté du 19/12/2024, circulaire Unédic 2025-05 (4,00 % au 01/05/2025)";
const ANNEXE_8 = "Circulaire Unédic 2018-04 ; https://efl.fr/actualite/intermittents-spectacle-contributions-chomage-2020_ffac94eb2-0d6b-4495-bc63-87a7683ba85e";
const SURCHARGE =
  "Décret n° 2019-797 (règlement d'assurance chômage art. 50-1), https://www.unedic.org/indemnisation/fiches-thematiques/majoration-des-contributions-generales ; maintenue après le 01/05/2025 selon https://formulepaie.fr/nouvelle-baisse-des-cotisations-chomage-ce-qui-change-pour-les-employeurs-depuis-le-1er-mai-2025 et une fiche de coût tierce de 2026 [secondaire, à vérifier : circulaire Unédic 2025-05]";
const PREVOYANCE = "Accord interbranche prévoyance des intermittents du spectacle du 20/12/2006, avenant n° 7 du 06/09/2021 (résumé tiers du texte)";
const SANTE_2025 = "Avenant santé n° 8 du 21/05/2025 (Fesac), https://presse.tripalio.fr/intermittents-du-spectacle-laccord-sante-evolue-sans-se-mettre-au-diapason-du-100-sante";
const AUDIENS_CS = "Guide pratique Audiens, Congés Spectacles, http://www.guidepratique-audiens.org/conges-spectacles.html";
const AFDAS =
  "Accords interbranches de 2004 (https://www.legifrance.gouv.fr/affichIDCCArticle.do?cidTexte=KALITEXT000005669578&idArticle=KALIARTI000005825228) et 2014 (2 % légal + 0,10 % conventionnel, https://fasap-fo.fr/accord-interbranche-relatif-aux-modalites-dacces-a-la-formation-professionnelle-tout-au-long-de-la-vie-pour-les-salaries-intermittents-du-spectacle/)";

export const CONTRIBUTION_RATES: RateRow[] = [
  // --- Social security (Urssaf) ---
  { Code: "MALADIE", Libellé: "Assurance maladie, maternité, invalidité, décès", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 13, Du: "2025-01-01", Au: "2025-12-31", Source: `${MS} évalué au 01/06/2025 (taux plein) ; le taux réduit 2025 (7 %) et la réduction générale 2025 ne sont pas modélisés [à vérifier]` },
  { Code: "MALADIE", Libellé: "Assurance maladie, maternité, invalidité, décès", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 13, Du: "2026-01-01", Au: null, Source: `${MS} au 01/03/2026 ; taux réduits supprimés en 2026 (RGDU) [officiel]` },
  { Code: "VIEILLESSE_PLAFONNEE", Libellé: "Assurance vieillesse plafonnée", Assiette: "tranche 1", "Salarié (%)": 6.9, "Employeur (%)": 8.55, Du: "2025-01-01", Au: null, Source: `${MS} [officiel]` },
  { Code: "VIEILLESSE_DEPLAFONNEE", Libellé: "Assurance vieillesse déplafonnée", Assiette: "brut", "Salarié (%)": 0.4, "Employeur (%)": 2.02, Du: "2025-01-01", Au: "2025-12-31", Source: `${MS} au 01/06/2025 [officiel]` },
  { Code: "VIEILLESSE_DEPLAFONNEE", Libellé: "Assurance vieillesse déplafonnée", Assiette: "brut", "Salarié (%)": 0.4, "Employeur (%)": 2.11, Du: "2026-01-01", Au: null, Source: `${MS} au 01/03/2026 [officiel]` },
  { Code: "ALLOCATIONS_FAMILIALES", Libellé: "Allocations familiales", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 5.25, Du: "2025-01-01", Au: "2025-12-31", Source: `${MS} au 01/06/2025 (taux plein) ; le taux réduit 2025 (3,45 %) n'est pas modélisé [à vérifier]` },
  { Code: "ALLOCATIONS_FAMILIALES", Libellé: "Allocations familiales", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 5.25, Du: "2026-01-01", Au: null, Source: `${MS} au 01/03/2026 [officiel]` },
  { Code: "FNAL", Libellé: "FNAL (moins de 50 salariés)", Assiette: "tranche 1", "Salarié (%)": 0, "Employeur (%)": 0.1, Du: "2025-01-01", Au: null, Source: `${MS} ; Code de la sécurité sociale art. L834-1 [officiel]`, Condition: "effectif < 50" },
  { Code: "FNAL", Libellé: "FNAL (50 salariés et plus)", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 0.5, Du: "2025-01-01", Au: null, Source: `${MS} ; Code de la sécurité sociale art. L834-1 [officiel]`, Condition: "effectif ≥ 50" },
  { Code: "CSA", Libellé: "Contribution solidarité autonomie", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 0.3, Du: "2025-01-01", Au: null, Source: `${MS} [officiel]` },
  { Code: "ATMP", Libellé: "Accidents du travail (taux moyen par défaut : saisir le taux notifié)", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 2.12, Du: "2025-01-01", Au: "2025-12-31", Source: `${MS} au 01/06/2025, taux moyen [à vérifier : taux de l'établissement]` },
  { Code: "ATMP", Libellé: "Accidents du travail (taux moyen par défaut : saisir le taux notifié)", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 2.08, Du: "2026-01-01", Au: null, Source: `${MS} au 01/03/2026, taux moyen [à vérifier : taux de l'établissement]` },
  { Code: "DIALOGUE_SOCIAL", Libellé: "Contribution au dialogue social", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 0.016, Du: "2025-01-01", Au: null, Source: `${MS} [officiel]` },
  { Code: "TAXE_APPRENTISSAGE", Libellé: "Taxe d'apprentissage (0,59 % + solde 0,09 %)", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 0.68, Du: "2025-01-01", Au: null, Source: `${MS} (taux général) ; circuit AFDAS/Urssaf pour les intermittents [à vérifier]` },

  // --- CSG / CRDS ---
  { Code: "CSG_DEDUCTIBLE", Libellé: "CSG déductible", Assiette: "assiette CSG", "Salarié (%)": 6.8, "Employeur (%)": 0, Du: "2018-01-01", Au: null, Source: `${CSS_CSG} : sur 98,25 % du brut + prévoyance patronale [officiel]` },
  { Code: "CSG_NON_DEDUCTIBLE", Libellé: "CSG non déductible", Assiette: "assiette CSG", "Salarié (%)": 2.4, "Employeur (%)": 0, Du: "2018-01-01", Au: null, Source: `${CSS_CSG} [officiel]` },
  { Code: "CRDS", Libellé: "CRDS", Assiette: "assiette CSG", "Salarié (%)": 0.5, "Employeur (%)": 0, Du: "2018-01-01", Au: null, Source: "Ordonnance n° 96-50 du 24/01/1996 art. 14 ; Code de la sécurité sociale art. L136-1-1 [officiel]" },

  // --- Unemployment, annexe 8: collected by France Travail for intermittents ---
  { Code: "CHOMAGE", Libellé: "Assurance chômage, contribution générale", Assiette: "brut plafonné à 4 PSS", "Salarié (%)": 0, "Employeur (%)": 4.05, Du: "2025-01-01", Au: "2025-04-30", Source: "Règlement d'assurance chômage, taux 4,05 % jusqu'au 30/04/2025 [officiel]" },
  { Code: "CHOMAGE", Libellé: "Assurance chômage, contribution générale", Assiette: "brut plafonné à 4 PSS", "Salarié (%)": 0, "Employeur (%)": 4, Du: "2025-05-01", Au: null, Source: `${CHOMAGE_2025} [officiel]` },
  { Code: "CHOMAGE_MAJORATION_CDDU", Libellé: "Majoration chômage des CDDU de 3 mois ou moins (+0,5 pt)", Assiette: "brut plafonné à 4 PSS", "Salarié (%)": 0, "Employeur (%)": 0.5, Du: "2020-01-01", Au: null, Source: SURCHARGE, Condition: "CDDU ≤ 3 mois" },
  { Code: "CHOMAGE_ANNEXE_8", Libellé: "Contribution spécifique annexes 8 et 10", Assiette: "brut plafonné à 4 PSS", "Salarié (%)": 2.4, "Employeur (%)": 5, Du: "2018-10-01", Au: null, Source: `${ANNEXE_8} [officiel]` },
  { Code: "AGS", Libellé: "AGS (garantie des salaires)", Assiette: "brut plafonné à 4 PSS", "Salarié (%)": 0, "Employeur (%)": 0.25, Du: "2024-07-01", Au: null, Source: `${MS} [officiel]` },

  // --- Supplementary pension, Audiens: T1 split 50/50 for every intermittent technician; T2 50/50 for non-cadres only ---
  { Code: "RETRAITE_COMPLEMENTAIRE_T1", Libellé: "Retraite complémentaire AGIRC-ARRCO tranche 1 (intermittents techniciens et cadres : 50/50)", Assiette: "tranche 1", "Salarié (%)": 3.93, "Employeur (%)": 3.94, Du: "2019-01-01", Au: null, Source: `${AUDIENS_2019} ; ${MS} « intermittents du spectacle . retraite complémentaire techniciens et cadre » [secondaire]` },
  { Code: "RETRAITE_COMPLEMENTAIRE_T2", Libellé: "Retraite complémentaire AGIRC-ARRCO tranche 2 (intermittents techniciens non cadres : 50/50)", Assiette: "tranche 2", "Salarié (%)": 10.79, "Employeur (%)": 10.8, Du: "2019-01-01", Au: null, Source: `${AUDIENS_2019} ; ${MS} « intermittents du spectacle . technicien . non cadre » [secondaire]`, Condition: "non-cadre" },
  {
    Code: "RETRAITE_COMPLEMENTAIRE_T2",
    Libellé: "Retraite complémentaire AGIRC-ARRCO tranche 2 (cadres, intermittents compris : répartition générale 60/40)",
    Assiette: "tranche 2",
    "Salarié (%)": 8.64,
    "Employeur (%)": 12.95,
    Du: "2019-01-01",
    Au: null,
    Source: `${AGIRC} ; le partage 50/50 de la tranche 2 ne vise que les techniciens non cadres (${AUDIENS_2019} ; ${MS} : la règle « techniciens et cadre » ne remplace que la tranche 1) [secondaire]`,
    Condition: "cadre",
  },
  { Code: "CEG_T1", Libellé: "Contribution d'équilibre général tranche 1", Assiette: "tranche 1", "Salarié (%)": 0.86, "Employeur (%)": 1.29, Du: "2019-01-01", Au: null, Source: `${AGIRC} [officiel]` },
  { Code: "CEG_T2", Libellé: "Contribution d'équilibre général tranche 2", Assiette: "tranche 2", "Salarié (%)": 1.08, "Employeur (%)": 1.62, Du: "2019-01-01", Au: null, Source: `${AGIRC} [officiel]` },
  { Code: "CET", Libellé: "Contribution d'équilibre technique (brut > plafond)", Assiette: "tranches 1 et 2 si brut > plafond", "Salarié (%)": 0.14, "Employeur (%)": 0.21, Du: "2019-01-01", Au: null, Source: `${AGIRC} [officiel]` },
  { Code: "APEC", Libellé: "APEC (cadres), sur le brut jusqu'à 4 plafonds", Assiette: "brut plafonné à 4 PSS", "Salarié (%)": 0.024, "Employeur (%)": 0.036, Du: "2019-01-01", Au: null, Source: `${AGIRC} ; ${MS} « salarié . cotisations . APEC » [officiel]`, Condition: "cadre" },

  // --- Prévoyance and health, Audiens ---
  { Code: "PREVOYANCE_INTERMITTENTS", Libellé: "Prévoyance intermittents non-cadres (décès, invalidité)", Assiette: "tranche 1", "Salarié (%)": 0.12, "Employeur (%)": 0.34, Du: "2021-09-06", Au: null, Source: `${PREVOYANCE} [secondaire ; date d'effet à vérifier]`, Condition: "non-cadre" },
  { Code: "PREVOYANCE_CADRES", Libellé: "Prévoyance intermittents cadres (minimum légal cadres 1,50 % T1)", Assiette: "tranche 1", "Salarié (%)": 0.12, "Employeur (%)": 1.5, Du: "2021-09-06", Au: null, Source: `${PREVOYANCE} (1,00 % T1 = 0,88 + 0,12) et minimum cadres 1,50 % T1 de l'ANI du 17/11/2017 [secondaire, à vérifier : cumul ou non]`, Condition: "cadre" },
  { Code: "SANTE_FONDS_COLLECTIF", Libellé: "Fonds collectif du spectacle pour la santé (non-cadres)", Assiette: "tranche 1", "Salarié (%)": 0, "Employeur (%)": 0.7, Du: "2021-04-01", Au: "2025-06-30", Source: "Accord santé des intermittents du spectacle, taux du 01/04/2021 (résumé tiers) [secondaire]", Condition: "non-cadre" },
  { Code: "SANTE_FONDS_COLLECTIF", Libellé: "Fonds collectif du spectacle pour la santé (non-cadres)", Assiette: "tranche 1", "Salarié (%)": 0, "Employeur (%)": 0.77, Du: "2025-07-01", Au: null, Source: `${SANTE_2025} ; taux patronal non publié, 0,77 % d'une fiche tierce de 2026 [à vérifier]`, Condition: "non-cadre" },
  { Code: "SANTE_FONDS_COLLECTIF", Libellé: "Fonds collectif du spectacle pour la santé (cadres)", Assiette: "tranche 1", "Salarié (%)": 0, "Employeur (%)": 0.74, Du: "2021-04-01", Au: null, Source: `Accord santé des intermittents du spectacle, taux du 01/04/2021 (résumé tiers) [secondaire ; révision de juillet 2025 à vérifier, ${SANTE_2025}]`, Condition: "cadre" },
  {
    Code: "FORFAIT_SOCIAL",
    Libellé: "Forfait social sur la prévoyance et la santé patronales (11 salariés et plus)",
    Assiette: "prévoyance patronale",
    "Salarié (%)": 0,
    "Employeur (%)": 8,
    Du: "2020-01-01",
    Au: null,
    Source: "Code de la sécurité sociale art. L137-15 et L137-16 (taux de 8 %, seuil de 11 salariés depuis le 01/01/2020) ; Urssaf, https://www.urssaf.fr/accueil/employeur/cotisations/liste-cotisations/forfait-social.html [officiel]",
    Condition: "effectif ≥ 11",
  },

  // --- Employer-only contributions of the spectacle ---
  { Code: "CONGES_SPECTACLES", Libellé: "Congés Spectacles (Audiens), année de congés 2023-2024", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 15.5, Du: "2023-04-01", Au: "2024-03-31", Source: `${AUDIENS_CS} [officiel]` },
  { Code: "CONGES_SPECTACLES", Libellé: "Congés Spectacles (Audiens), années 2024-2025 et 2025-2026", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 15.5, Du: "2024-04-01", Au: "2026-03-31", Source: `Aucun avis de changement trouvé, continuité de ${AUDIENS_CS} [secondaire, à vérifier : avis annuel de la caisse]` },
  { Code: "CONGES_SPECTACLES", Libellé: "Congés Spectacles (Audiens), année de congés 2026-2027", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 15.5, Du: "2026-04-01", Au: "2027-03-31", Source: "Fiche de coût tierce du 30/06/2026 (« inchangé jusqu'au 31/03/2027 ») [secondaire, à vérifier : avis annuel de la caisse]" },
  { Code: "AFDAS", Libellé: "Formation professionnelle des intermittents (AFDAS), hors forfait annuel par entreprise", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 2.1, Du: "2005-01-01", Au: null, Source: `${AFDAS} [secondaire]` },
  { Code: "SANTE_TRAVAIL", Libellé: "Santé au travail des intermittents (Thalie Santé, ex-CMB), hors TVA", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 0.38, Du: "2023-01-01", Au: "2025-12-31", Source: "Tableau tiers 2023 (0,38 % + TVA) ; 0,32 % en 2012, https://www.professionspectacle-lemag.com/droit-de-reponse-du-sist-cmb/ [à vérifier]" },
  { Code: "SANTE_TRAVAIL", Libellé: "Santé au travail des intermittents (Thalie Santé, ex-CMB), hors TVA", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 0.35, Du: "2026-01-01", Au: null, Source: "Fiche de coût tierce 2026 (« collectée par la DSN depuis le 1er janvier 2026 ») [à vérifier]" },
];
