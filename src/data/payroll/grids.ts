/**
 * Rows of the `Grilles` table shipped with the templates: the conventional minima of
 * reference/payroll.md §1 and §8, each with its effective date and source. The engine uses, for a
 * function and a day, the most recent line whose `Date d'effet` is on or before that day
 * (src/core/crew/minimums.ts). "à vérifier" in `Source` marks what the reference calls UNVERIFIED:
 * **import the real grids from the avenants before relying on a check** (§8.8, open points 3 and 4).
 *
 * Columns: amounts in euros; `Minimum jour` is the short-contract day of the grid (7 h basis in the
 * audiovisual agreement = 35 h week ÷ 4,5; 8 h basis at the technical providers). `Niveau` and
 * `Minimum heure` are optional extra columns.
 *
 * Left out on purpose: the rows of the third-party 2024 parse that the reference says were mangled
 * (étalonneur, mixeur, monteur, infographiste, truquiste as weekly amounts, §1.2); their
 * band-factor estimates of §8.3.3 are shipped instead, marked "estimation budgétaire".
 */

import type { GridRow } from "../../core/crew/config";

const CCNPA = "IDCC 2642";
const CINEMA = "IDCC 3097";
const ANIMATION = "IDCC 2412";
const PRESTATAIRES = "IDCC 2717";

const G2012 =
  "Grille CDDU au 1er juillet 2012, arrêté d'extension du 22/10/2012, référence §8.3.2 [officiel, historique : ne plus payer à ce niveau]";
const G2024 =
  "Grille USPA 2024 (1er février ou 1er juillet 2024) d'après un relevé tiers, référence §1.2 et §8.3.3 [à vérifier : importer la grille officielle par genre, §8.8]";
const E2024 =
  "Estimation budgétaire (grille 2012 × facteur de tranche 2024), jamais pour un bulletin, référence §8.3.3 [à vérifier]";

function row(
  convention: string,
  fonction: string,
  niveau: string,
  w35: number | null,
  w39: number | null,
  jour: number | null,
  effet: string,
  source: string,
  heure: number | null = null,
): GridRow {
  return {
    Convention: convention,
    Fonction: fonction,
    Niveau: niveau,
    "Minimum semaine 35 h": w35,
    "Minimum semaine 39 h": w39,
    "Minimum jour": jour,
    "Minimum heure": heure,
    "Date d'effet": effet,
    Source: source,
  };
}

export const WAGE_GRIDS: GridRow[] = [
  // --- Production audiovisuelle, IDCC 2642: official 2012 grid (§8.3.2) ---
  row(CCNPA, "Directeur de post-production", "II", 1167.98, 1334.84, 259.55, "2012-07-01", G2012),
  row(CCNPA, "Mixeur (post-production)", "II", 1245.65, 1423.6, 276.81, "2012-07-01", G2012),
  row(CCNPA, "Chef monteur spécialisé", "IIIA", 1153.49, 1318.28, 256.33, "2012-07-01", G2012),
  row(CCNPA, "Chef monteur", "IIIA", 1011.64, 1156.16, 224.81, "2012-07-01", G2012),
  row(CCNPA, "Chargé de post-production", "IIIA", 933.98, 1067.4, 207.55, "2012-07-01", G2012),
  row(CCNPA, "Superviseur d'effets spéciaux", "IIIA", 933.98, 1067.4, 207.55, "2012-07-01", G2012),
  row(CCNPA, "Vidéographiste", "IIIA", 933.98, 1067.4, 207.55, "2012-07-01", G2012),
  row(CCNPA, "Truquiste", "IIIA", 870.81, 995.21, 193.51, "2012-07-01", G2012),
  row(CCNPA, "Mixeur (conditions du direct)", "IIIA", 933.98, 1067.4, 207.55, "2012-07-01", G2012),
  row(CCNPA, "Bruiteur", "IIIA", 933.98, 1067.4, 207.55, "2012-07-01", G2012),
  row(CCNPA, "Étalonneur", "IIIB", 857.47, 979.97, 190.55, "2012-07-01", G2012),
  row(CCNPA, "Conformateur", "IIIB", 857.47, 979.97, 190.55, "2012-07-01", G2012),
  row(CCNPA, "Opérateur d'effets en temps réel", "IIIB", 793.69, 907.08, 176.38, "2012-07-01", G2012),
  row(CCNPA, "Assistant monteur spécialisé", "IV", 802.06, 916.64, 178.23, "2012-07-01", G2012),
  row(CCNPA, "Assistant monteur", "IV", 634.75, 725.42, 141.05, "2012-07-01", G2012),
  row(CCNPA, "Assistant de post-production", "IV", 556.31, 635.78, 123.62, "2012-07-01", G2012),
  row(CCNPA, "Assistant monteur adjoint", "VI", 397.37, 454.14, 88.3, "2012-07-01", G2012),

  // --- IDCC 2642: 2024 level from the third-party parse (§1.2, dated by §8.3.3) ---
  row(CCNPA, "Chef monteur", "IIIA", 1138.62, 1301.28, 253.03, "2024-07-01", G2024),
  row(CCNPA, "Chef monteur spécialisé", "IIIA", 1261.13, 1441.29, 280.25, "2024-07-01", G2024),
  row(CCNPA, "Assistant monteur", "IV", 730.03, 834.32, 162.23, "2024-07-01", G2024),
  row(CCNPA, "Assistant monteur spécialisé", "IV", 922.46, 1054.24, 204.99, "2024-07-01", G2024),
  row(CCNPA, "Chargé de post-production", "IIIA", 1074.18, 1227.64, 238.71, "2024-07-01", G2024),
  row(CCNPA, "Assistant de post-production", "IV", 639.82, 731.22, 142.18, "2024-07-01", G2024),
  row(CCNPA, "Bruiteur", "IIIA", 1074.18, 1227.64, 238.71, "2024-07-01", G2024),
  row(CCNPA, "Chef OPS / ingénieur du son", "IIIA", 1224.91, 1399.89, 272.2, "2024-07-01", G2024),
  // Budget-only estimates for the rows the parse mangled (§8.3.3).
  row(CCNPA, "Étalonneur", "IIIB", 986.19, 1127.07, 219.15, "2024-07-01", E2024),
  row(CCNPA, "Truquiste", "IIIA", 1001.53, 1144.61, 222.56, "2024-07-01", E2024),
  row(CCNPA, "Mixeur (post-production)", "II", 1361.89, 1556.45, 302.64, "2024-07-01", E2024),
  row(CCNPA, "Mixeur (conditions du direct)", "IIIA", 1074.18, 1227.64, 238.71, "2024-07-01", E2024 + " ; = bruiteur"),

  // --- Production cinématographique, IDCC 3097: 39 h weekly minima (§1.3, §8.4) ---
  row(CINEMA, "Chef monteur", "", null, 1763.6, null, "2019-07-01", "Monteurs associés, grille post-production du 1er juillet 2019, référence §1.3 [secondaire]"),
  row(CINEMA, "1er assistant monteur", "", null, 1062.8, null, "2019-07-01", "Monteurs associés, grille du 1er juillet 2019, référence §1.3 [secondaire]"),
  row(CINEMA, "2e assistant monteur", "", null, 508.69, null, "2019-07-01", "Monteurs associés, grille du 1er juillet 2019, référence §1.3 [secondaire]"),
  row(CINEMA, "Chef monteur son", "", null, 1589.41, null, "2019-07-01", "Monteurs associés, grille du 1er juillet 2019, référence §1.3 [secondaire]"),
  row(CINEMA, "Assistant monteur son", "", null, 1062.8, null, "2019-07-01", "Monteurs associés, grille du 1er juillet 2019, référence §1.3 [secondaire]"),
  row(CINEMA, "1er assistant monteur", "", null, 1121.74, null, "2024-10-12", "Accord du 23/01/2024 (+23 €), étendu par arrêté publié le 11/10/2024 ; grilles SNTPCT au 1er juillet 2024 ; inchangé en 2025, référence §8.4 [secondaire ; 2026 à vérifier]"),
  row(CINEMA, "Chef monteur", "", null, 1833.05, null, "2024-10-12", "Dérivé de 1 763,60 € (2019) par les mêmes hausses, référence §8.4 [à vérifier]"),
  row(CINEMA, "Chef monteur son", "", null, 1656.25, null, "2024-10-12", "Dérivé de 1 589,41 € (2019), référence §8.4 [à vérifier]"),
  row(CINEMA, "Assistant monteur son", "", null, 1121.74, null, "2024-10-12", "Même base 2019 que le 1er assistant monteur, référence §8.4 [à vérifier]"),
  row(CINEMA, "2e assistant monteur", "", null, 559.32, null, "2024-10-12", "Dérivé de 508,69 € (2019), référence §8.4 [à vérifier]"),

  // --- Films d'animation, IDCC 2412: format only (§1.4) ---
  row(ANIMATION, "Monteur d'animation", "IIIA", null, null, 120, "2004-07-06", "Ancien avenant (dossierfamilial.com), illustre le format seulement, référence §1.4 [à vérifier : importer la grille CDDU AnimFrance du 1er mai 2023]"),
  row(ANIMATION, "Chef monteur d'animation", "II", null, null, 180, "2004-07-06", "Ancien avenant (dossierfamilial.com), illustre le format seulement, référence §1.4 [à vérifier : importer la grille CDDU AnimFrance du 1er mai 2023]"),

  // --- Prestataires techniques, IDCC 2717: hourly and 8 h daily rates (§1.5, §6 TC4) ---
  row(PRESTATAIRES, "Truquiste AV", "", null, null, 224.05, "2008-02-21", "Accord spécifique audiovisuel du 21/02/2008 (KALIARTI000019152460), référence §1.5 [officiel, historique, à vérifier : accord remplacé]", 28.01),
  row(PRESTATAIRES, "Infographiste AV", "", null, null, 149.23, "2008-02-21", "Accord spécifique audiovisuel du 21/02/2008 (KALIARTI000019152460), référence §1.5 [officiel, historique, à vérifier : accord remplacé]", 18.65),
];
