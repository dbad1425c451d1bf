/**
 * Rows of the `Taux` table shipped with the templates: every contribution of an intermittent
 * technician (CDDU, annexe 8 of unemployment insurance), with its base, employee and employer rates in
 * %, validity dates and public source. The engine picks, for each worked day, the row in force that day
 * (src/core/crew/contributions.ts). « à vérifier » in `source` marks what no official text confirmed.
 *
 * `condition` (optional): cadre, non-cadre, effectif < 50, effectif ≥ 50, effectif ≥ N,
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
  { code: "MALADIE", label: "Assurance maladie, maternité, invalidité, décès", base: "brut", employeePercent: 0, employerPercent: 13, from: "2025-01-01", to: "2025-12-31", source: `${MS} évalué au 01/06/2025 (taux plein) ; le taux réduit 2025 (7 %) et la réduction générale 2025 ne sont pas modélisés [à vérifier]` },
  { code: "MALADIE", label: "Assurance maladie, maternité, invalidité, décès", base: "brut", employeePercent: 0, employerPercent: 13, from: "2026-01-01", to: null, source: `${MS} au 01/03/2026 ; taux réduits supprimés en 2026 (RGDU) [officiel]` },
  { code: "VIEILLESSE_PLAFONNEE", label: "Assurance vieillesse plafonnée", base: "tranche 1", employeePercent: 6.9, employerPercent: 8.55, from: "2025-01-01", to: null, source: `${MS} [officiel]` },
  { code: "VIEILLESSE_DEPLAFONNEE", label: "Assurance vieillesse déplafonnée", base: "brut", employeePercent: 0.4, employerPercent: 2.02, from: "2025-01-01", to: "2025-12-31", source: `${MS} au 01/06/2025 [officiel]` },
  { code: "VIEILLESSE_DEPLAFONNEE", label: "Assurance vieillesse déplafonnée", base: "brut", employeePercent: 0.4, employerPercent: 2.11, from: "2026-01-01", to: null, source: `${MS} au 01/03/2026 [officiel]` },
  { code: "ALLOCATIONS_FAMILIALES", label: "Allocations familiales", base: "brut", employeePercent: 0, employerPercent: 5.25, from: "2025-01-01", to: "2025-12-31", source: `${MS} au 01/06/2025 (taux plein) ; le taux réduit 2025 (3,45 %) n'est pas modélisé [à vérifier]` },
  { code: "ALLOCATIONS_FAMILIALES", label: "Allocations familiales", base: "brut", employeePercent: 0, employerPercent: 5.25, from: "2026-01-01", to: null, source: `${MS} au 01/03/2026 [officiel]` },
  { code: "FNAL", label: "FNAL (moins de 50 salariés)", base: "tranche 1", employeePercent: 0, employerPercent: 0.1, from: "2025-01-01", to: null, source: `${MS} ; Code de la sécurité sociale art. L834-1 [officiel]`, condition: "effectif < 50" },
  { code: "FNAL", label: "FNAL (50 salariés et plus)", base: "brut", employeePercent: 0, employerPercent: 0.5, from: "2025-01-01", to: null, source: `${MS} ; Code de la sécurité sociale art. L834-1 [officiel]`, condition: "effectif ≥ 50" },
  { code: "CSA", label: "Contribution solidarité autonomie", base: "brut", employeePercent: 0, employerPercent: 0.3, from: "2025-01-01", to: null, source: `${MS} [officiel]` },
  { code: "ATMP", label: "Accidents du travail (taux moyen par défaut : saisir le taux notifié)", base: "brut", employeePercent: 0, employerPercent: 2.12, from: "2025-01-01", to: "2025-12-31", source: `${MS} au 01/06/2025, taux moyen [à vérifier : taux de l'établissement]` },
  { code: "ATMP", label: "Accidents du travail (taux moyen par défaut : saisir le taux notifié)", base: "brut", employeePercent: 0, employerPercent: 2.08, from: "2026-01-01", to: null, source: `${MS} au 01/03/2026, taux moyen [à vérifier : taux de l'établissement]` },
  { code: "DIALOGUE_SOCIAL", label: "Contribution au dialogue social", base: "brut", employeePercent: 0, employerPercent: 0.016, from: "2025-01-01", to: null, source: `${MS} [officiel]` },
  { code: "TAXE_APPRENTISSAGE", label: "Taxe d'apprentissage (0,59 % + solde 0,09 %)", base: "brut", employeePercent: 0, employerPercent: 0.68, from: "2025-01-01", to: null, source: `${MS} (taux général) ; circuit AFDAS/Urssaf pour les intermittents [à vérifier]` },

  // --- CSG / CRDS ---
  { code: "CSG_DEDUCTIBLE", label: "CSG déductible", base: "assiette CSG", employeePercent: 6.8, employerPercent: 0, from: "2018-01-01", to: null, source: `${CSS_CSG} : sur 98,25 % du brut + prévoyance patronale [officiel]` },
  { code: "CSG_NON_DEDUCTIBLE", label: "CSG non déductible", base: "assiette CSG", employeePercent: 2.4, employerPercent: 0, from: "2018-01-01", to: null, source: `${CSS_CSG} [officiel]` },
  { code: "CRDS", label: "CRDS", base: "assiette CSG", employeePercent: 0.5, employerPercent: 0, from: "2018-01-01", to: null, source: "Ordonnance n° 96-50 du 24/01/1996 art. 14 ; Code de la sécurité sociale art. L136-1-1 [officiel]" },

  // --- Unemployment, annexe 8: collected by France Travail for intermittents ---
  { code: "CHOMAGE", label: "Assurance chômage, contribution générale", base: "brut plafonné à 4 PSS", employeePercent: 0, employerPercent: 4.05, from: "2025-01-01", to: "2025-04-30", source: "Règlement d'assurance chômage, taux 4,05 % jusqu'au 30/04/2025 [officiel]" },
  { code: "CHOMAGE", label: "Assurance chômage, contribution générale", base: "brut plafonné à 4 PSS", employeePercent: 0, employerPercent: 4, from: "2025-05-01", to: null, source: `${CHOMAGE_2025} [officiel]` },
  { code: "CHOMAGE_MAJORATION_CDDU", label: "Majoration chômage des CDDU de 3 mois ou moins (+0,5 pt)", base: "brut plafonné à 4 PSS", employeePercent: 0, employerPercent: 0.5, from: "2020-01-01", to: null, source: SURCHARGE, condition: "CDDU ≤ 3 mois" },
  { code: "CHOMAGE_ANNEXE_8", label: "Contribution spécifique annexes 8 et 10", base: "brut plafonné à 4 PSS", employeePercent: 2.4, employerPercent: 5, from: "2018-10-01", to: null, source: `${ANNEXE_8} [officiel]` },
  { code: "AGS", label: "AGS (garantie des salaires)", base: "brut plafonné à 4 PSS", employeePercent: 0, employerPercent: 0.25, from: "2024-07-01", to: null, source: `${MS} [officiel]` },

  // --- Supplementary pension, Audiens: T1 split 50/50 for every intermittent technician; T2 50/50 for non-cadres only ---
  { code: "RETRAITE_COMPLEMENTAIRE_T1", label: "Retraite complémentaire AGIRC-ARRCO tranche 1 (intermittents techniciens et cadres : 50/50)", base: "tranche 1", employeePercent: 3.93, employerPercent: 3.94, from: "2019-01-01", to: null, source: `${AUDIENS_2019} ; ${MS} « intermittents du spectacle . retraite complémentaire techniciens et cadre » [secondaire]` },
  { code: "RETRAITE_COMPLEMENTAIRE_T2", label: "Retraite complémentaire AGIRC-ARRCO tranche 2 (intermittents techniciens non cadres : 50/50)", base: "tranche 2", employeePercent: 10.79, employerPercent: 10.8, from: "2019-01-01", to: null, source: `${AUDIENS_2019} ; ${MS} « intermittents du spectacle . technicien . non cadre » [secondaire]`, condition: "non-cadre" },
  {
    code: "RETRAITE_COMPLEMENTAIRE_T2",
    label: "Retraite complémentaire AGIRC-ARRCO tranche 2 (cadres, intermittents compris : répartition générale 60/40)",
    base: "tranche 2",
    employeePercent: 8.64,
    employerPercent: 12.95,
    from: "2019-01-01",
    to: null,
    source: `${AGIRC} ; le partage 50/50 de la tranche 2 ne vise que les techniciens non cadres (${AUDIENS_2019} ; ${MS} : la règle « techniciens et cadre » ne remplace que la tranche 1) [secondaire]`,
    condition: "cadre",
  },
  { code: "CEG_T1", label: "Contribution d'équilibre général tranche 1", base: "tranche 1", employeePercent: 0.86, employerPercent: 1.29, from: "2019-01-01", to: null, source: `${AGIRC} [officiel]` },
  { code: "CEG_T2", label: "Contribution d'équilibre général tranche 2", base: "tranche 2", employeePercent: 1.08, employerPercent: 1.62, from: "2019-01-01", to: null, source: `${AGIRC} [officiel]` },
  { code: "CET", label: "Contribution d'équilibre technique (brut > plafond)", base: "tranches 1 et 2 si brut > plafond", employeePercent: 0.14, employerPercent: 0.21, from: "2019-01-01", to: null, source: `${AGIRC} [officiel]` },
  { code: "APEC", label: "APEC (cadres), sur le brut jusqu'à 4 plafonds", base: "brut plafonné à 4 PSS", employeePercent: 0.024, employerPercent: 0.036, from: "2019-01-01", to: null, source: `${AGIRC} ; ${MS} « salarié . cotisations . APEC » [officiel]`, condition: "cadre" },

  // --- Prévoyance and health, Audiens ---
  { code: "PREVOYANCE_INTERMITTENTS", label: "Prévoyance intermittents non-cadres (décès, invalidité)", base: "tranche 1", employeePercent: 0.12, employerPercent: 0.34, from: "2021-09-06", to: null, source: `${PREVOYANCE} [secondaire ; date d'effet à vérifier]`, condition: "non-cadre" },
  { code: "PREVOYANCE_CADRES", label: "Prévoyance intermittents cadres (minimum légal cadres 1,50 % T1)", base: "tranche 1", employeePercent: 0.12, employerPercent: 1.5, from: "2021-09-06", to: null, source: `${PREVOYANCE} (1,00 % T1 = 0,88 + 0,12) et minimum cadres 1,50 % T1 de l'ANI du 17/11/2017 [secondaire, à vérifier : cumul ou non]`, condition: "cadre" },
  { code: "SANTE_FONDS_COLLECTIF", label: "Fonds collectif du spectacle pour la santé (non-cadres)", base: "tranche 1", employeePercent: 0, employerPercent: 0.7, from: "2021-04-01", to: "2025-06-30", source: "Accord santé des intermittents du spectacle, taux du 01/04/2021 (résumé tiers) [secondaire]", condition: "non-cadre" },
  { code: "SANTE_FONDS_COLLECTIF", label: "Fonds collectif du spectacle pour la santé (non-cadres)", base: "tranche 1", employeePercent: 0, employerPercent: 0.77, from: "2025-07-01", to: null, source: `${SANTE_2025} ; taux patronal non publié, 0,77 % d'une fiche tierce de 2026 [à vérifier]`, condition: "non-cadre" },
  { code: "SANTE_FONDS_COLLECTIF", label: "Fonds collectif du spectacle pour la santé (cadres)", base: "tranche 1", employeePercent: 0, employerPercent: 0.74, from: "2021-04-01", to: null, source: `Accord santé des intermittents du spectacle, taux du 01/04/2021 (résumé tiers) [secondaire ; révision de juillet 2025 à vérifier, ${SANTE_2025}]`, condition: "cadre" },
  {
    code: "FORFAIT_SOCIAL",
    label: "Forfait social sur la prévoyance et la santé patronales (11 salariés et plus)",
    base: "prévoyance patronale",
    employeePercent: 0,
    employerPercent: 8,
    from: "2020-01-01",
    to: null,
    source: "Code de la sécurité sociale art. L137-15 et L137-16 (taux de 8 %, seuil de 11 salariés depuis le 01/01/2020) ; Urssaf, https://www.urssaf.fr/accueil/employeur/cotisations/liste-cotisations/forfait-social.html [officiel]",
    condition: "effectif ≥ 11",
  },

  // --- Employer-only contributions of the spectacle ---
  { code: "CONGES_SPECTACLES", label: "Congés Spectacles (Audiens), année de congés 2023-2024", base: "brut", employeePercent: 0, employerPercent: 15.5, from: "2023-04-01", to: "2024-03-31", source: `${AUDIENS_CS} [officiel]` },
  { code: "CONGES_SPECTACLES", label: "Congés Spectacles (Audiens), années 2024-2025 et 2025-2026", base: "brut", employeePercent: 0, employerPercent: 15.5, from: "2024-04-01", to: "2026-03-31", source: `Aucun avis de changement trouvé, continuité de ${AUDIENS_CS} [secondaire, à vérifier : avis annuel de la caisse]` },
  { code: "CONGES_SPECTACLES", label: "Congés Spectacles (Audiens), année de congés 2026-2027", base: "brut", employeePercent: 0, employerPercent: 15.5, from: "2026-04-01", to: "2027-03-31", source: "Fiche de coût tierce du 30/06/2026 (« inchangé jusqu'au 31/03/2027 ») [secondaire, à vérifier : avis annuel de la caisse]" },
  { code: "AFDAS", label: "Formation professionnelle des intermittents (AFDAS), hors forfait annuel par entreprise", base: "brut", employeePercent: 0, employerPercent: 2.1, from: "2005-01-01", to: null, source: `${AFDAS} [secondaire]` },
  { code: "SANTE_TRAVAIL", label: "Santé au travail des intermittents (Thalie Santé, ex-CMB), hors TVA", base: "brut", employeePercent: 0, employerPercent: 0.38, from: "2023-01-01", to: "2025-12-31", source: "Tableau tiers 2023 (0,38 % + TVA) ; 0,32 % en 2012, https://www.professionspectacle-lemag.com/droit-de-reponse-du-sist-cmb/ [à vérifier]" },
  { code: "SANTE_TRAVAIL", label: "Santé au travail des intermittents (Thalie Santé, ex-CMB), hors TVA", base: "brut", employeePercent: 0, employerPercent: 0.35, from: "2026-01-01", to: null, source: "Fiche de coût tierce 2026 (« collectée par la DSN depuis le 1er janvier 2026 ») [à vérifier]" },
];
