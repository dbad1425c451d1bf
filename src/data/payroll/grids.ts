/**
 * Rows of the `Grilles` table shipped with the templates: the conventional minima of the
 * post-production agreements, each with its effective date and public source. The engine uses, for a
 * function and a day, the most recent line whose `effective` date is on or before that day
 * (src/core/crew/minimums.ts). « à vérifier » in `source` marks a value no official text confirmed:
 * **import the real grids from the avenants before relying on a check**.
 *
 * Fields: amounts in euros; `daily` is the short-contract day of the grid (7 h basis in the
 * audiovisual production agreement = 35 h week ÷ 4,5; 8 h basis at the technical facilities).
 * `level` and `hourly` are optional. The technical facilities' grid (IDCC 2717,
 * then IDCC 3252) is in facilityGrids.ts.
 *
 * Left out on purpose: the rows of the third-party 2024 parse that were mangled there (étalonneur,
 * mixeur, monteur, infographiste, truquiste given as weekly amounts); band-factor estimates are
 * shipped instead, marked "estimation budgétaire".
 */

import type { GridRow } from "../../core/crew/configRows";
import { FACILITY_WAGE_GRIDS } from "./facilityGrids";

const CCNPA = "IDCC 2642";
const CINEMA = "IDCC 3097";
const ANIMATION = "IDCC 2412";
const PRESTATAIRES = "IDCC 2717";

const KALI_CCNPA = "https://www.legifrance.gouv.fr/conv_coll/id/KALICONT000018828041";
const G2012 = `CCN de la production audiovisuelle (IDCC 2642), grille CDDU au 1er juillet 2012 étendue par arrêté du 22/10/2012, ${KALI_CCNPA} [officiel, historique : ne plus payer à ce niveau]`;
const G2024 = `Grille USPA 2024 (1er février ou 1er juillet 2024) d'après un relevé tiers publié dans du code public ; hausses des avenants n° 17 et 19, ${KALI_CCNPA} [à vérifier : importer la grille officielle par genre des avenants 2024-2026]`;
const E2024 =
  "Estimation budgétaire Cap PAD : grille 2012 × facteur de la tranche de salaire 2024, jamais pour un bulletin [à vérifier : importer la grille officielle]";
const MA_2019 =
  "Les Monteurs associés, grille post-production de la production cinématographique au 1er juillet 2019, https://monteursassocies.com/actualites/convention-collective-du-cinema-une-nouvelle-grille-de-salaires-pour-la-post-production [secondaire]";
const CINEMA_2024 =
  "CCN de la production cinématographique, accord du 23/01/2024 (+23 € sur chaque minimum 39 h) étendu par arrêté publié le 11/10/2024 ; grilles SNTPCT au 1er juillet 2024, http://sntpct.fr/index.php?ref=21&type=cine&menu=Declarations+annuelles+de+ressources ; pas de hausse des techniciens en 2025, https://sntpct.fr/2025/04/18/salaires-minima-garantis-applicables-au-1er-mai-2025";
const ANIM =
  "Ancien avenant de la CCN de l'animation (https://www.dossierfamilial.com/convention-collective-nationale-de-la-production-de-films-d-animation-du-6-juillet-2004/dispositions-particulieres-relatives-aux-salaries-sous-contrat-duree-determinee-dit-d-usage-en-charge-du-montage), illustre le format seulement [à vérifier : importer la grille CDDU AnimFrance du 1er mai 2023, https://www.animfrance.fr/convention-collective-nationale-et-minima]";
const AV_2008 =
  "IDCC 2717, accord spécifique audiovisuel du 21/02/2008, grille (KALIARTI000019152460), https://legal.tricoteuses.fr/articles/KALIARTI000019152460 [officiel, historique : remplacée par l'avenant n° 13 du 14/10/2016]";

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
    agreement: convention,
    role: fonction,
    level: niveau,
    weekly35: w35,
    weekly39: w39,
    daily: jour,
    hourly: heure,
    effective: effet,
    source: source,
  };
}

export const WAGE_GRIDS: GridRow[] = [
  // --- Production audiovisuelle, IDCC 2642: official 2012 grid ---
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

  // --- IDCC 2642: 2024 level from a third-party parse (dated by its band factors against 2012) ---
  row(CCNPA, "Chef monteur", "IIIA", 1138.62, 1301.28, 253.03, "2024-07-01", G2024),
  row(CCNPA, "Chef monteur spécialisé", "IIIA", 1261.13, 1441.29, 280.25, "2024-07-01", G2024),
  row(CCNPA, "Assistant monteur", "IV", 730.03, 834.32, 162.23, "2024-07-01", G2024),
  row(CCNPA, "Assistant monteur spécialisé", "IV", 922.46, 1054.24, 204.99, "2024-07-01", G2024),
  row(CCNPA, "Chargé de post-production", "IIIA", 1074.18, 1227.64, 238.71, "2024-07-01", G2024),
  row(CCNPA, "Assistant de post-production", "IV", 639.82, 731.22, 142.18, "2024-07-01", G2024),
  row(CCNPA, "Bruiteur", "IIIA", 1074.18, 1227.64, 238.71, "2024-07-01", G2024),
  row(CCNPA, "Chef OPS / ingénieur du son", "IIIA", 1224.91, 1399.89, 272.2, "2024-07-01", G2024),
  // Budget-only estimates for the rows the parse mangled.
  row(CCNPA, "Étalonneur", "IIIB", 986.19, 1127.07, 219.15, "2024-07-01", E2024),
  row(CCNPA, "Truquiste", "IIIA", 1001.53, 1144.61, 222.56, "2024-07-01", E2024),
  row(CCNPA, "Mixeur (post-production)", "II", 1361.89, 1556.45, 302.64, "2024-07-01", E2024),
  row(CCNPA, "Mixeur (conditions du direct)", "IIIA", 1074.18, 1227.64, 238.71, "2024-07-01", E2024 + " ; = bruiteur"),

  // --- Production cinématographique, IDCC 3097: 39 h weekly minima ---
  row(CINEMA, "Chef monteur", "", null, 1763.6, null, "2019-07-01", MA_2019),
  row(CINEMA, "1er assistant monteur", "", null, 1062.8, null, "2019-07-01", MA_2019),
  row(CINEMA, "2e assistant monteur", "", null, 508.69, null, "2019-07-01", MA_2019),
  row(CINEMA, "Chef monteur son", "", null, 1589.41, null, "2019-07-01", MA_2019),
  row(CINEMA, "Assistant monteur son", "", null, 1062.8, null, "2019-07-01", MA_2019),
  row(CINEMA, "1er assistant monteur", "", null, 1121.74, null, "2024-10-12", `${CINEMA_2024} [secondaire ; 2026 à vérifier]`),
  row(CINEMA, "Chef monteur", "", null, 1833.05, null, "2024-10-12", `Dérivé par Cap PAD de 1 763,60 € (2019) par les mêmes hausses ; ${CINEMA_2024} [à vérifier]`),
  row(CINEMA, "Chef monteur son", "", null, 1656.25, null, "2024-10-12", `Dérivé par Cap PAD de 1 589,41 € (2019) ; ${CINEMA_2024} [à vérifier]`),
  row(CINEMA, "Assistant monteur son", "", null, 1121.74, null, "2024-10-12", `Même base 2019 que le 1er assistant monteur ; ${CINEMA_2024} [à vérifier]`),
  row(CINEMA, "2e assistant monteur", "", null, 559.32, null, "2024-10-12", `Dérivé par Cap PAD de 508,69 € (2019) ; ${CINEMA_2024} [à vérifier]`),

  // --- Films d'animation, IDCC 2412: format only ---
  row(ANIMATION, "Monteur d'animation", "IIIA", null, null, 120, "2004-07-06", ANIM),
  row(ANIMATION, "Chef monteur d'animation", "II", null, null, 180, "2004-07-06", ANIM),

  // --- Prestataires techniques, IDCC 2717: the 2008 grid (historical; later grids in facilityGrids.ts) ---
  row(PRESTATAIRES, "Truquiste AV", "", null, null, 224.05, "2008-02-21", AV_2008, 28.01),
  row(PRESTATAIRES, "Infographiste AV", "", null, null, 149.23, "2008-02-21", AV_2008, 18.65),
  ...FACILITY_WAGE_GRIDS,
];
