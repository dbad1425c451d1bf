/**
 * `Grilles` rows of the technical facilities (prestataires techniques): the CDDU grid of the audiovisual
 * sector of IDCC 2717, post-production and sound jobs, and the rows of IDCC 3252, which replaced it on
 * 1 April 2025.
 *
 * - Avenant n° 13 of 14 October 2016 (titre II of the audiovisual accord of 21 February 2008, "grille
 *   de salaires minima pour les salariés sous CDD d'usage"): an hourly rate and a daily salary on an
 *   8-hour basis per job, as printed (the daily amount is not always 8 × the hourly one: directeur de
 *   postproduction 26,81 €/h and 227,14 € a day; both are kept, never rebuilt from each other). In force,
 *   not extended: binding on the members of the signatory employer bodies.
 * - The general rises of all minima that followed, each applied to the amounts in force and rounded to
 *   the cent (chained): +0,5 % on 1 March 2017 ("tous régimes d'emplois confondus", accord of 20 March
 *   2017, extended); +0,9 % on 1 March 2018 (avenant n° 14) and +1,6 % on 1 March 2019 (avenant n° 16),
 *   whose texts print only the permanent staff's grid: whether they raised the CDDU grid is not known,
 *   so those rows say « à vérifier ».
 * - IDCC 3252 (CCN of 27 June 2024, extended by the arrêté of 13 March 2025, in force 1 April 2025): its
 *   annex for the technical services of cinema, audiovisual and multimedia could not be read; the rows
 *   carry the last 2717 amounts, « à vérifier » until the annex is imported from Légifrance.
 * - Usual titles that the grid does not have ("Mixeur", "Monteur son", "Chef monteur"…): rows of IDCC
 *   3252 with the amounts of the grid job people are usually hired as, « à vérifier » (the assimilation
 *   is usage, not the text). Animation and visual-effects jobs are paid on the animation grid
 *   (IDCC 2412), as the grid itself notes.
 */

import type { GridRow } from "../../core/crew/configRows";
import { roundCents } from "../../core/money";

const IDCC_2717 = "IDCC 2717";
const IDCC_3252 = "IDCC 3252";

/** [job as the grid writes it, hourly €, daily € (8 h basis)] as printed in avenant n° 13 (2016). */
const AVENANT_13: [string, number, number][] = [
  ["Assistant monteur AV", 13.61, 108.93],
  ["Monteur AV", 20.43, 163.44],
  ["Chef monteur AV", 28.39, 227.14],
  ["Monteur truquiste AV", 31.79, 254.4],
  ["Monteur synchro", 27.25, 218.03],
  ["Assistant étalonneur", 13.61, 108.93],
  ["Étalonneur", 28.37, 226.97],
  ["Chef opérateur-étalonneur", 30.28, 242.22],
  ["Bruiteur de complément", 17.98, 143.8],
  ["Assistant de postproduction", 15.33, 122.68],
  ["Chargé de postproduction", 23.84, 190.69],
  ["Directeur de postproduction", 26.81, 227.14],
  ["Infographiste AV", 20.43, 163.44],
  ["Truquiste AV", 30.68, 245.46],
  ["Assistant son", 14.77, 118.13],
  ["Opérateur du son", 21.53, 172.29],
  ["Chef opérateur du son", 27.25, 218.03],
  ["Ingénieur du son", 31.79, 254.4],
  ["Créateur d'effets sonores", 16.31, 130.48],
  ["Détecteur", 15.2, 121.63],
  ["Sous-titreur SME", 17.02, 136.18],
  ["Audio-descripteur", 14.38, 115.06],
];

const KALI_2717 = "https://www.legifrance.gouv.fr/conv_coll/id/KALICONT000019906603";

interface Step {
  /** Effective date of the amounts. */
  effet: string;
  /** Rise over the previous step, per mille (5 = +0,5 %); 0 for the printed grid. */
  perMille: number;
  source: string;
}

const STEPS: Step[] = [
  {
    effet: "2016-10-14",
    perMille: 0,
    source:
      "IDCC 2717, avenant n° 13 du 14/10/2016 à l'accord audiovisuel du 21/02/2008 (grille des salaires minima des CDD d'usage), en vigueur non étendu, montants imprimés, https://www.legifrance.gouv.fr/conv_coll/id/KALITEXT000034032552 [à vérifier : date de signature prise pour date d'effet]",
  },
  {
    effet: "2017-03-01",
    perMille: 5,
    source:
      "IDCC 2717, accord du 20/03/2017 : +0,5 % de tous les minima « tous régimes d'emplois confondus » au 01/03/2017, étendu par arrêté du 21/07/2017 (JORF du 01/08/2017), https://www.legifrance.gouv.fr/conv_coll/id/KALITEXT000035176395 ; montants de l'avenant n° 13 × 1,005 arrondis au centime par Cap PAD",
  },
  {
    effet: "2018-03-01",
    perMille: 9,
    source: `IDCC 2717, avenant n° 14 du 14/03/2018 : +0,9 % au 01/03/2018, étendu par arrêté du 21/12/2018 (JORF du 27/12/2018), ${KALI_2717} ; montants 2017 × 1,009 arrondis au centime [à vérifier : le texte n'imprime que la grille des permanents, hausse de la grille CDDU non confirmée]`,
  },
  {
    effet: "2019-03-01",
    perMille: 16,
    source:
      "IDCC 2717, avenant n° 16 du 08/03/2019 (salaires minima au 1er mars 2019, +1,6 %), non étendu, https://www.legifrance.gouv.fr/conv_coll/id/KALITEXT000038649766 ; montants 2018 × 1,016 arrondis au centime [à vérifier : le texte n'imprime que la grille des permanents, hausse de la grille CDDU non confirmée]",
  },
];

const SOURCE_3252 =
  "IDCC 3252, CCN des entreprises au service de la création et de l'événement du 27/06/2024, étendue par arrêté du 13/03/2025 (JORF du 18/03/2025), en vigueur le 01/04/2025 : montants de la grille IDCC 2717 au 01/03/2019 repris [à vérifier : annexe « prestation de services techniques cinéma, audiovisuel et multimédia » non lue ; l'importer depuis Légifrance, IDCC 3252]";

/** Usual titles without a grid line → the grid job people are hired as (usage, not the text). */
const USUAL_TITLES: [string, string][] = [
  ["Chef monteur", "Chef monteur AV"],
  ["Monteur", "Monteur AV"],
  ["Assistant monteur", "Assistant monteur AV"],
  ["Monteur son", "Monteur AV"],
  ["Mixeur", "Ingénieur du son"],
];

const row = (convention: string, fonction: string, hourlyCents: number, dailyCents: number, effet: string, source: string): GridRow => ({
  agreement: convention,
  role: fonction,
  level: "",
  weekly35: null,
  weekly39: null,
  daily: dailyCents / 100,
  hourly: hourlyCents / 100,
  effective: effet,
  source: source,
});

/** The amounts of each job at each step: each rise applies to the amounts in force, rounded to the cent. */
function facilityRows(): GridRow[] {
  const rows: GridRow[] = [];
  const last = new Map<string, [number, number]>();
  for (const [job, hourly, daily] of AVENANT_13) {
    let h = roundCents(hourly * 100);
    let dd = roundCents(daily * 100);
    for (const step of STEPS) {
      h = roundCents((h * (1000 + step.perMille)) / 1000);
      dd = roundCents((dd * (1000 + step.perMille)) / 1000);
      rows.push(row(IDCC_2717, job, h, dd, step.effet, step.source));
    }
    last.set(job, [h, dd]);
  }
  for (const [job] of AVENANT_13) {
    const [h, dd] = last.get(job)!;
    rows.push(row(IDCC_3252, job, h, dd, "2025-04-01", SOURCE_3252));
  }
  for (const [title, job] of USUAL_TITLES) {
    const [h, dd] = last.get(job)!;
    rows.push(
      row(IDCC_3252, title, h, dd, "2025-04-01", `Intitulé usuel absent de la grille : montants de la ligne « ${job} » [à vérifier : assimilation d'usage, pas du texte ; choisir la fonction de la grille dans Contrats]. ${SOURCE_3252}`),
    );
  }
  return rows;
}

export const FACILITY_WAGE_GRIDS: GridRow[] = facilityRows();
