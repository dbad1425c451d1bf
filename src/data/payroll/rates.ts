/**
 * Rows of the `Taux` table shipped with the templates: every contribution of reference/payroll.md §0
 * and §2 (and the general lines of §2.9) for an intermittent technician (CDDU, annexe 8), with its
 * base, employee and employer rates in %, validity dates and source. The engine picks, for each worked
 * day, the row in force that day (src/core/crew/contributions.ts). "à vérifier" in `Source` marks
 * what the reference calls UNVERIFIED.
 *
 * `Condition` (extra column): cadre, non-cadre, effectif < 50, effectif ≥ 50, CDDU ≤ 3 mois,
 * CDDU > 3 mois; blank = always.
 *
 * Not shipped (and why): the 2025 reduced health and family rates and the 2025 réduction générale
 * (the engine models the 2026 RGDU only, §8.5); the cadres' APEC contribution (not in the
 * reference); FNAS/FCAP (live performance only, §2.6); the AFDAS flat amount per company (§2.4).
 */

import type { RateRow } from "../../core/crew/config";

const MS = "modele-social 11.1.0";

export const CONTRIBUTION_RATES: RateRow[] = [
  // --- Social security (Urssaf), §2.9 ---
  { Code: "MALADIE", Libellé: "Assurance maladie, maternité, invalidité, décès", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 13, Du: "2025-01-01", Au: "2025-12-31", Source: `${MS} évalué au 01/06/2025 (taux plein) ; le taux réduit 2025 (7 %) et la réduction générale 2025 ne sont pas modélisés [à vérifier]` },
  { Code: "MALADIE", Libellé: "Assurance maladie, maternité, invalidité, décès", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 13, Du: "2026-01-01", Au: null, Source: `${MS} au 01/03/2026 ; taux réduits supprimés en 2026 (RGDU), référence §2.9 [officiel]` },
  { Code: "VIEILLESSE_PLAFONNEE", Libellé: "Assurance vieillesse plafonnée", Assiette: "tranche 1", "Salarié (%)": 6.9, "Employeur (%)": 8.55, Du: "2025-01-01", Au: null, Source: `${MS}, référence §2.9 [officiel]` },
  { Code: "VIEILLESSE_DEPLAFONNEE", Libellé: "Assurance vieillesse déplafonnée", Assiette: "brut", "Salarié (%)": 0.4, "Employeur (%)": 2.02, Du: "2025-01-01", Au: "2025-12-31", Source: `${MS} au 01/06/2025, référence §2.9 [officiel]` },
  { Code: "VIEILLESSE_DEPLAFONNEE", Libellé: "Assurance vieillesse déplafonnée", Assiette: "brut", "Salarié (%)": 0.4, "Employeur (%)": 2.11, Du: "2026-01-01", Au: null, Source: `${MS} au 01/03/2026, référence §2.9 [officiel]` },
  { Code: "ALLOCATIONS_FAMILIALES", Libellé: "Allocations familiales", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 5.25, Du: "2025-01-01", Au: "2025-12-31", Source: `${MS} au 01/06/2025 (taux plein) ; le taux réduit 2025 (3,45 %) n'est pas modélisé [à vérifier]` },
  { Code: "ALLOCATIONS_FAMILIALES", Libellé: "Allocations familiales", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 5.25, Du: "2026-01-01", Au: null, Source: `${MS} au 01/03/2026, référence §2.9 [officiel]` },
  { Code: "FNAL", Libellé: "FNAL (moins de 50 salariés)", Assiette: "tranche 1", "Salarié (%)": 0, "Employeur (%)": 0.1, Du: "2025-01-01", Au: null, Source: `${MS}, référence §2.9 [officiel]`, Condition: "effectif < 50" },
  { Code: "FNAL", Libellé: "FNAL (50 salariés et plus)", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 0.5, Du: "2025-01-01", Au: null, Source: `${MS}, référence §2.9 [officiel]`, Condition: "effectif ≥ 50" },
  { Code: "CSA", Libellé: "Contribution solidarité autonomie", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 0.3, Du: "2025-01-01", Au: null, Source: `${MS}, référence §2.9 [officiel]` },
  { Code: "ATMP", Libellé: "Accidents du travail (taux moyen par défaut : saisir le taux notifié)", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 2.12, Du: "2025-01-01", Au: "2025-12-31", Source: `${MS} au 01/06/2025, taux moyen [à vérifier : taux de l'établissement]` },
  { Code: "ATMP", Libellé: "Accidents du travail (taux moyen par défaut : saisir le taux notifié)", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 2.08, Du: "2026-01-01", Au: null, Source: `${MS} au 01/03/2026, taux moyen, référence §2.9 [à vérifier : taux de l'établissement]` },
  { Code: "DIALOGUE_SOCIAL", Libellé: "Contribution au dialogue social", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 0.016, Du: "2025-01-01", Au: null, Source: `${MS}, référence §2.9 [officiel]` },
  { Code: "VERSEMENT_MOBILITE", Libellé: "Versement mobilité (taux local, 11 salariés et plus : à saisir)", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 0, Du: "2025-01-01", Au: null, Source: "Taux local selon la commune de l'établissement, référence §2.9 [à vérifier]" },
  { Code: "TAXE_APPRENTISSAGE", Libellé: "Taxe d'apprentissage (0,59 % + solde 0,09 %)", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 0.68, Du: "2025-01-01", Au: null, Source: `${MS} (taux général) ; circuit AFDAS/Urssaf pour les intermittents, référence §2.4 [à vérifier]` },

  // --- CSG / CRDS (§0, §2.9) ---
  { Code: "CSG_DEDUCTIBLE", Libellé: "CSG déductible", Assiette: "assiette CSG", "Salarié (%)": 6.8, "Employeur (%)": 0, Du: "2018-01-01", Au: null, Source: "Sur 98,25 % du brut + prévoyance patronale, référence §0 [officiel]" },
  { Code: "CSG_NON_DEDUCTIBLE", Libellé: "CSG non déductible", Assiette: "assiette CSG", "Salarié (%)": 2.4, "Employeur (%)": 0, Du: "2018-01-01", Au: null, Source: "Référence §0 [officiel]" },
  { Code: "CRDS", Libellé: "CRDS", Assiette: "assiette CSG", "Salarié (%)": 0.5, "Employeur (%)": 0, Du: "2018-01-01", Au: null, Source: "Référence §0 [officiel]" },

  // --- Unemployment, annexe 8 (§2.1, §8.2): collected by France Travail for intermittents ---
  { Code: "CHOMAGE", Libellé: "Assurance chômage, contribution générale", Assiette: "brut plafonné à 4 PSS", "Salarié (%)": 0, "Employeur (%)": 4.05, Du: "2025-01-01", Au: "2025-04-30", Source: "Convention d'assurance chômage, référence §0 et §8.2 [officiel]" },
  { Code: "CHOMAGE", Libellé: "Assurance chômage, contribution générale", Assiette: "brut plafonné à 4 PSS", "Salarié (%)": 0, "Employeur (%)": 4, Du: "2025-05-01", Au: null, Source: "Convention du 15/11/2024, arrêté du 19/12/2024, circulaire Unédic 2025-05, référence §0 [officiel]" },
  { Code: "CHOMAGE_MAJORATION_CDDU", Libellé: "Majoration chômage des CDDU de 3 mois ou moins (+0,5 pt)", Assiette: "brut plafonné à 4 PSS", "Salarié (%)": 0, "Employeur (%)": 0.5, Du: "2020-01-01", Au: null, Source: "Décret 2019-797 ; maintenue après le 1er mai 2025 selon formulepaie.fr et une fiche de coût 2026, référence §8.2 [secondaire, à vérifier : circulaire Unédic 2025-05]", Condition: "CDDU ≤ 3 mois" },
  { Code: "CHOMAGE_ANNEXE_8", Libellé: "Contribution spécifique annexes 8 et 10", Assiette: "brut plafonné à 4 PSS", "Salarié (%)": 2.4, "Employeur (%)": 5, Du: "2018-10-01", Au: null, Source: "Circulaire Unédic 2018-04 ; EFL 2020, référence §0 et §2.1 [officiel]" },
  { Code: "AGS", Libellé: "AGS (garantie des salaires)", Assiette: "brut plafonné à 4 PSS", "Salarié (%)": 0, "Employeur (%)": 0.25, Du: "2024-07-01", Au: null, Source: `${MS}, référence §2.1 [officiel]` },

  // --- Supplementary pension, Audiens (§2.3): intermittent technicians split 50/50 ---
  { Code: "RETRAITE_COMPLEMENTAIRE_T1", Libellé: "Retraite complémentaire AGIRC-ARRCO tranche 1 (répartition intermittents 50/50)", Assiette: "tranche 1", "Salarié (%)": 3.93, "Employeur (%)": 3.94, Du: "2019-01-01", Au: null, Source: `${MS} « intermittents du spectacle . retraite complémentaire techniciens et cadre » (audiens.org), référence §2.3 [secondaire]` },
  { Code: "RETRAITE_COMPLEMENTAIRE_T2", Libellé: "Retraite complémentaire AGIRC-ARRCO tranche 2 (répartition intermittents 50/50)", Assiette: "tranche 2", "Salarié (%)": 10.79, "Employeur (%)": 10.8, Du: "2019-01-01", Au: null, Source: `${MS} (audiens.org), référence §2.3 [secondaire]` },
  { Code: "CEG_T1", Libellé: "Contribution d'équilibre général tranche 1", Assiette: "tranche 1", "Salarié (%)": 0.86, "Employeur (%)": 1.29, Du: "2019-01-01", Au: null, Source: "Taux généraux AGIRC-ARRCO, référence §2.3 [officiel]" },
  { Code: "CEG_T2", Libellé: "Contribution d'équilibre général tranche 2", Assiette: "tranche 2", "Salarié (%)": 1.08, "Employeur (%)": 1.62, Du: "2019-01-01", Au: null, Source: "Taux généraux AGIRC-ARRCO, référence §2.3 [officiel]" },
  { Code: "CET", Libellé: "Contribution d'équilibre technique (brut > plafond)", Assiette: "tranches 1 et 2 si brut > plafond", "Salarié (%)": 0.14, "Employeur (%)": 0.21, Du: "2019-01-01", Au: null, Source: "Taux généraux AGIRC-ARRCO, référence §2.3 [officiel]" },

  // --- Prévoyance and health, Audiens (§2.3, §8.6) ---
  { Code: "PREVOYANCE_INTERMITTENTS", Libellé: "Prévoyance intermittents non-cadres (décès, invalidité)", Assiette: "tranche 1", "Salarié (%)": 0.12, "Employeur (%)": 0.34, Du: "2021-09-06", Au: null, Source: "Accord interbranche du 20/12/2006, avenant n°7 du 06/09/2021, référence §8.6 [secondaire ; date d'effet à vérifier]", Condition: "non-cadre" },
  { Code: "PREVOYANCE_CADRES", Libellé: "Prévoyance intermittents cadres (minimum légal cadres 1,50 % T1)", Assiette: "tranche 1", "Salarié (%)": 0.12, "Employeur (%)": 1.5, Du: "2021-09-06", Au: null, Source: "Accord interbranche (1,00 % T1 = 0,88 + 0,12) et minimum cadres 1,50 % T1 (ANI du 17/11/2017), référence §8.6 [secondaire, à vérifier : cumul ou non]", Condition: "cadre" },
  { Code: "SANTE_FONDS_COLLECTIF", Libellé: "Fonds collectif du spectacle pour la santé (non-cadres)", Assiette: "tranche 1", "Salarié (%)": 0, "Employeur (%)": 0.7, Du: "2021-04-01", Au: "2025-06-30", Source: "Résumé de CCN, référence §2.3 et §8.6 [secondaire]", Condition: "non-cadre" },
  { Code: "SANTE_FONDS_COLLECTIF", Libellé: "Fonds collectif du spectacle pour la santé (non-cadres)", Assiette: "tranche 1", "Salarié (%)": 0, "Employeur (%)": 0.77, Du: "2025-07-01", Au: null, Source: "Avenant santé n°8 du 21/05/2025 ; taux patronal non publié, 0,77 % d'une fiche 2026, référence §8.6 [à vérifier]", Condition: "non-cadre" },
  { Code: "SANTE_FONDS_COLLECTIF", Libellé: "Fonds collectif du spectacle pour la santé (cadres)", Assiette: "tranche 1", "Salarié (%)": 0, "Employeur (%)": 0.74, Du: "2021-04-01", Au: null, Source: "Résumé de CCN, référence §2.3 et §8.6 [secondaire ; révision de juillet 2025 à vérifier]", Condition: "cadre" },

  // --- Employer-only contributions of the spectacle (§2.2, §2.4, §2.5, §8.1, §8.6) ---
  { Code: "CONGES_SPECTACLES", Libellé: "Congés Spectacles (Audiens), année de congés 2023-2024", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 15.5, Du: "2023-04-01", Au: "2024-03-31", Source: "Guide pratique Audiens (guidepratique-audiens.org), référence §8.1 [officiel]" },
  { Code: "CONGES_SPECTACLES", Libellé: "Congés Spectacles (Audiens), années 2024-2025 et 2025-2026", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 15.5, Du: "2024-04-01", Au: "2026-03-31", Source: "Aucun avis de changement trouvé, continuité, référence §8.1 [secondaire, à vérifier : avis annuel de la caisse]" },
  { Code: "CONGES_SPECTACLES", Libellé: "Congés Spectacles (Audiens), année de congés 2026-2027", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 15.5, Du: "2026-04-01", Au: "2027-03-31", Source: "Fiche de coût tierce du 30/06/2026 (« inchangé jusqu'au 31/03/2027 »), référence §8.1 [secondaire, à vérifier : avis annuel de la caisse]" },
  { Code: "AFDAS", Libellé: "Formation professionnelle des intermittents (AFDAS), hors forfait annuel par entreprise", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 2.1, Du: "2005-01-01", Au: null, Source: "Accords interbranches 2004 et 2014 (2 % légal + 0,10 % conventionnel), référence §2.4 [secondaire]" },
  { Code: "SANTE_TRAVAIL", Libellé: "Santé au travail des intermittents (Thalie Santé, ex-CMB), hors TVA", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 0.38, Du: "2023-01-01", Au: "2025-12-31", Source: "Tableau tiers 2023 (0,38 % + TVA), référence §8.6 [à vérifier]" },
  { Code: "SANTE_TRAVAIL", Libellé: "Santé au travail des intermittents (Thalie Santé, ex-CMB), hors TVA", Assiette: "brut", "Salarié (%)": 0, "Employeur (%)": 0.35, Du: "2026-01-01", Au: null, Source: "Fiche de coût tierce 2026 (« collectée par la DSN depuis le 1er janvier 2026 »), référence §8.6 [à vérifier]" },
];
