/**
 * Cap PAD's custom worksheet functions, namespace PAD (`=PAD.TC.ADDITION(...)`).
 *
 * Each function is a thin wrapper: read the arguments (args.ts, French #VALUE! messages), call
 * src/core, return a plain value. No Office call here. The JSDoc blocks are the contract twice over:
 * custom-functions-metadata turns them into functions.json (what Excel's autocomplete shows, in
 * French), and the id after `@customfunction` is what saved formulas bind to, so an id never changes
 * once released (test/functions/metadata.test.ts holds them).
 *
 * Parameter names are the French words users see in Excel's tooltip, hence `tc_entree` rather than
 * camelCase. Parameter types are limited to what the metadata generator accepts (number, string,
 * boolean, any, any[][]); `any` is used where a cell may hold a text or a number.
 *
 * Dates are Excel serial numbers in the workbook's date system (1900 unless the host said 1904, see
 * dateSystem.ts) or dates typed as text.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { holidayName } from "../core/calendar";
import {
  addFrames,
  clipDuration,
  convertFrames,
  formatFeetFrames,
  formatTimecode,
  framesToSeconds,
  isTimecodeError,
  parseTimecodeValue,
  storageGigabytes,
  subtractFrames,
  type TimecodeError,
} from "../core/timecode";
import { seanceSpan, workedMinutes } from "../core/crew/hours";
import { withinTolerance } from "../core/technical/tolerance";
import { fail, guard, guardAsync, isBlank, outputRate, readCalendar, readDay, readFrames, readGauge, readNumber, readRate, readTimeOfDay, serialOf, shown } from "./args";
import { dayRateEuros, employerCostEuros } from "./payroll";

/** The frame count of a core result, or #VALUE! with the reason (a sum beyond 10^15 frames, an out before an in). */
function framesOrFail(result: number | TimecodeError, functionName: string): number {
  return isTimecodeError(result) ? fail(`${functionName} : ${result.message}.`) : result;
}

// --- Timecode ---------------------------------------------------------------------------------

/**
 * Nombre d'images d'un timecode (HH:MM:SS:II, heures au-delà de 23 et durées négatives acceptées).
 * @customfunction TC.IMAGES
 * @param tc Timecode en texte « HH:MM:SS:II » (« ; » avant les images pour le drop-frame) ou nombre d'images.
 * @param [ips] Cadence en images par seconde : 23,976 ; 24 ; 25 (par défaut) ; 29,97 ; 30 ; 48 ; 50 ; 59,94 ; 60 ; « 29,97DF » ou « 59,94DF » pour le drop-frame.
 * @returns Nombre d'images (entier, négatif pour une durée négative).
 */
export function tcImages(tc: any, ips?: any): number {
  return guard("PAD.TC.IMAGES", () => readFrames(tc, readRate(ips), "tc"));
}

/**
 * Timecode HH:MM:SS:II d'un nombre d'images.
 * @customfunction TC.DEPUIS.IMAGES
 * @param images Nombre entier d'images (négatif pour une durée négative).
 * @param [ips] Cadence (25 par défaut) ; « 29,97DF » ou « 59,94DF » pour un timecode drop-frame.
 * @returns Timecode en texte, heures au-delà de 23 si besoin.
 */
export function tcDepuisImages(images: any, ips?: any): string {
  return guard("PAD.TC.DEPUIS.IMAGES", () => {
    const rate = readRate(ips);
    const count = readNumber(images, "images", { integer: true });
    return formatTimecode(readFrames(count, rate, "images"), rate);
  });
}

/**
 * Somme de deux timecodes, sans retour à zéro après 24 heures.
 * @customfunction TC.ADDITION
 * @param tc1 Premier timecode (texte HH:MM:SS:II ou nombre d'images).
 * @param tc2 Second timecode (texte HH:MM:SS:II ou nombre d'images).
 * @param [ips] Cadence (25 par défaut).
 * @returns Timecode total.
 */
export function tcAddition(tc1: any, tc2: any, ips?: any): string {
  return guard("PAD.TC.ADDITION", () => {
    const rate = readRate(ips);
    const sum = addFrames(readFrames(tc1, rate, "tc1"), readFrames(tc2, rate, "tc2"));
    return formatTimecode(framesOrFail(sum, "PAD.TC.ADDITION"), outputRate(rate, tc1, tc2));
  });
}

/**
 * Différence de deux timecodes (tc1 − tc2), négative si tc2 est plus grand.
 * @customfunction TC.SOUSTRACTION
 * @param tc1 Timecode dont on retranche (texte HH:MM:SS:II ou nombre d'images).
 * @param tc2 Timecode retranché (texte HH:MM:SS:II ou nombre d'images).
 * @param [ips] Cadence (25 par défaut).
 * @returns Timecode de la différence, précédé de « - » s'il est négatif.
 */
export function tcSoustraction(tc1: any, tc2: any, ips?: any): string {
  return guard("PAD.TC.SOUSTRACTION", () => {
    const rate = readRate(ips);
    const difference = subtractFrames(readFrames(tc1, rate, "tc1"), readFrames(tc2, rate, "tc2"));
    return formatTimecode(framesOrFail(difference, "PAD.TC.SOUSTRACTION"), outputRate(rate, tc1, tc2));
  });
}

/**
 * Total d'une plage de timecodes (cellules vides ignorées), au-delà de 24 heures.
 * @customfunction TC.SOMME
 * @param plage Plage de timecodes (textes HH:MM:SS:II ou nombres d'images).
 * @param [ips] Cadence (25 par défaut).
 * @returns Timecode total.
 */
export function tcSomme(plage: any[][], ips?: any): string {
  return guard("PAD.TC.SOMME", () => {
    const rate = readRate(ips);
    let total = 0;
    const texts: unknown[] = [];
    // One call for the whole range (matrix), not one per cell: a rushes log sums thousands of rows.
    const rows: unknown[][] = Array.isArray(plage) ? plage : [[plage]];
    for (let r = 0; r < rows.length; r++) {
      const row = Array.isArray(rows[r]) ? rows[r] : [rows[r]];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (isBlank(cell)) continue;
        total = framesOrFail(addFrames(total, readFrames(cell, rate, `plage (ligne ${r + 1}, colonne ${c + 1})`)), "PAD.TC.SOMME");
        if (typeof cell === "string") texts.push(cell);
      }
    }
    return formatTimecode(total, outputRate(rate, ...texts));
  });
}

/**
 * Durée d'un plan de son point d'entrée à son point de sortie (sortie exclue).
 * @customfunction TC.DUREE
 * @param tc_entree Timecode d'entrée (texte HH:MM:SS:II ou nombre d'images).
 * @param tc_sortie Timecode de sortie, exclu (un plan qui passe minuit s'écrit 24:00:10:00).
 * @param [ips] Cadence (25 par défaut).
 * @returns Durée en timecode.
 */
export function tcDuree(tc_entree: any, tc_sortie: any, ips?: any): string {
  return guard("PAD.TC.DUREE", () => {
    const rate = readRate(ips);
    const duration = clipDuration(readFrames(tc_entree, rate, "tc_entree"), readFrames(tc_sortie, rate, "tc_sortie"));
    return formatTimecode(framesOrFail(duration, "PAD.TC.DUREE"), outputRate(rate, tc_entree, tc_sortie));
  });
}

/**
 * Durée réelle en secondes d'un timecode (en 29,97, une image dure 1001/30000 s).
 * @customfunction TC.SECONDES
 * @param tc Timecode (texte HH:MM:SS:II ou nombre d'images).
 * @param [ips] Cadence (25 par défaut).
 * @returns Secondes réelles (décimales).
 */
export function tcSecondes(tc: any, ips?: any): number {
  return guard("PAD.TC.SECONDES", () => {
    const rate = readRate(ips);
    return framesToSeconds(readFrames(tc, rate, "tc"), rate);
  });
}

/**
 * Convertit un timecode d'une cadence à une autre en gardant la durée réelle, à l'image près.
 * @customfunction TC.CONVERTIR
 * @param tc Timecode à la cadence source (texte HH:MM:SS:II ou nombre d'images).
 * @param ips_source Cadence d'origine (ex. 25).
 * @param ips_cible Cadence voulue (ex. 23,976 ; « 29,97DF » pour un résultat drop-frame).
 * @returns Timecode à la cadence cible.
 */
export function tcConvertir(tc: any, ips_source: any, ips_cible: any): string {
  return guard("PAD.TC.CONVERTIR", () => {
    if (isBlank(ips_source)) fail("PAD.TC.CONVERTIR : ips_source manquante.");
    if (isBlank(ips_cible)) fail("PAD.TC.CONVERTIR : ips_cible manquante.");
    const source = readRate(ips_source, "ips_source");
    const target = readRate(ips_cible, "ips_cible");
    return formatTimecode(convertFrames(readFrames(tc, source, "tc"), source, target), target);
  });
}

/**
 * Métrage pieds+images d'un timecode (35 mm : 16 images par pied ; 16 mm : 40).
 * @customfunction TC.PIEDS
 * @param tc Timecode (texte HH:MM:SS:II ou nombre d'images).
 * @param [ips] Cadence (25 par défaut).
 * @param [pellicule] 35 (par défaut) ou 16.
 * @returns Pieds et images, par exemple « 123+04 ».
 */
export function tcPieds(tc: any, ips?: any, pellicule?: any): string {
  return guard("PAD.TC.PIEDS", () => {
    const gauge = readGauge(pellicule);
    return formatFeetFrames(readFrames(tc, readRate(ips), "tc"), gauge);
  });
}

/**
 * VRAI si le timecode existe à cette cadence (ex. 00:01:00;00 n'existe pas en 29,97 drop-frame).
 * @customfunction TC.VALIDE
 * @param tc Timecode à vérifier (texte HH:MM:SS:II ou nombre d'images).
 * @param [ips] Cadence (25 par défaut).
 * @returns VRAI ou FAUX.
 */
export function tcValide(tc: any, ips?: any): boolean {
  return guard("PAD.TC.VALIDE", () => {
    const rate = readRate(ips);
    return !isTimecodeError(parseTimecodeValue(tc, rate));
  });
}

// --- French working days --------------------------------------------------------------------

function calendarRangeError(functionName: string): never {
  return fail(`${functionName} : les dates doivent rester entre 1900 et 9999.`);
}

/**
 * Nombre de jours ouvrés entre deux dates incluses, du lundi au vendredi hors jours fériés français de la zone (comme NB.JOURS.OUVRES).
 * @customfunction JOURS.OUVRES
 * @param debut Date de début (date Excel ou texte JJ/MM/AAAA).
 * @param fin Date de fin, incluse ; négatif si elle précède le début.
 * @param [zone] Zone des jours fériés : Métropole (par défaut), Alsace-Moselle (57, 67, 68), 971, 972, 973, 974, 976…
 * @returns Nombre de jours ouvrés.
 */
export function joursOuvres(debut: any, fin: any, zone?: any): number {
  return guard("PAD.JOURS.OUVRES", () => {
    const start = readDay(debut, "debut");
    const end = readDay(fin, "fin");
    const calendar = readCalendar(zone);
    try {
      return calendar.networkdays(start, end);
    } catch {
      return calendarRangeError("PAD.JOURS.OUVRES");
    }
  });
}

/**
 * Date située un nombre de jours ouvrés avant ou après une date, jours fériés français de la zone exclus (comme SERIE.JOUR.OUVRE).
 * @customfunction FIN.OUVREE
 * @param debut Date de départ (date Excel ou texte JJ/MM/AAAA), non comptée.
 * @param jours Nombre de jours ouvrés à ajouter (négatif pour reculer).
 * @param [zone] Zone des jours fériés : Métropole (par défaut), Alsace-Moselle, 971, 972, 973, 974, 976…
 * @returns Date (numéro de série Excel : appliquez un format de date à la cellule).
 */
export function finOuvree(debut: any, jours: any, zone?: any): number {
  return guard("PAD.FIN.OUVREE", () => {
    const start = readDay(debut, "debut");
    const days = readNumber(jours, "jours");
    const calendar = readCalendar(zone);
    let end: number;
    try {
      end = calendar.workday(start, days);
    } catch {
      return calendarRangeError("PAD.FIN.OUVREE");
    }
    return serialOf(end, "PAD.FIN.OUVREE");
  });
}

/**
 * Nom du jour férié à cette date dans la zone, ou texte vide si ce n'est pas un jour férié.
 * @customfunction FERIE
 * @param date Date à examiner (date Excel ou texte JJ/MM/AAAA).
 * @param [zone] Zone : Métropole (par défaut), Alsace-Moselle (57, 67, 68), 971, 972, 973, 974, 976…
 * @returns Nom du jour férié, ou vide.
 */
export function ferie(date: any, zone?: any): string {
  return guard("PAD.FERIE", () => {
    const day = readDay(date, "date");
    return holidayName(readCalendar(zone).zone, day) ?? "";
  });
}

// --- Hours and pay --------------------------------------------------------------------------

/**
 * Heures travaillées en décimal entre une arrivée et un départ, y compris après minuit.
 * @customfunction HEURES
 * @param arrivee Heure d'arrivée (heure Excel ou texte « 09:30 », « 9h30 »).
 * @param depart Heure de départ ; si elle précède l'arrivée, c'est le lendemain.
 * @param [pause_min] Pause non travaillée, en minutes (0 par défaut).
 * @returns Heures travaillées (ex. 8,5 pour 8 h 30).
 */
export function heures(arrivee: any, depart: any, pause_min?: any): number {
  return guard("PAD.HEURES", () => {
    const start = readTimeOfDay(arrivee, "arrivee");
    const end = readTimeOfDay(depart, "depart");
    const pause = readNumber(pause_min, "pause_min", { min: 0, defaultValue: 0 });
    const span = seanceSpan(start, end, pause);
    if (pause > span.end - span.start) fail(`PAD.HEURES : la pause (${shown(pause)} min) dépasse le temps de présence.`);
    return workedMinutes(span) / 60;
  });
}

/**
 * Salaire d'une journée à partir du minimum hebdomadaire : contrat de 4 jours ou moins = minimum ÷ 4,5 (convention de la production audiovisuelle), sinon ÷ 5.
 * @customfunction SALAIRE.JOUR
 * @param minimum_semaine Minimum hebdomadaire brut de la grille, en euros (ex. 1138,62).
 * @param [jours_contrat] Nombre de jours du contrat (1 par défaut : journée isolée).
 * @returns Salaire brut d'une journée, en euros arrondis au centime.
 */
export function salaireJour(minimum_semaine: any, jours_contrat?: any): Promise<number> {
  return guardAsync("PAD.SALAIRE.JOUR", () => {
    const weekly = readNumber(minimum_semaine, "minimum_semaine", { min: 0 });
    const days = readNumber(jours_contrat, "jours_contrat", { min: 1, integer: true, defaultValue: 1 });
    return dayRateEuros(weekly, days);
  });
}

/**
 * Coût employeur estimé d'un salaire brut d'intermittent technicien : brut + cotisations patronales aux taux datés de Cap PAD (brut compté comme un mois complet) ; une estimation, pas un bulletin.
 * @customfunction COUT.EMPLOYEUR
 * @param brut Salaire brut en euros.
 * @param [statut] « non-cadre » (par défaut) ou « cadre ».
 * @param [date] Date de la paie, pour choisir les taux en vigueur (aujourd'hui par défaut).
 * @returns Coût employeur total en euros (brut + cotisations patronales).
 */
export function coutEmployeur(brut: any, statut?: any, date?: any): Promise<number> {
  return guardAsync("PAD.COUT.EMPLOYEUR", () => {
    const gross = readNumber(brut, "brut", { min: 0 });
    const day = isBlank(date) ? undefined : readDay(date, "date");
    return employerCostEuros(gross, statut, day);
  });
}

// --- Rushes and deliverables ----------------------------------------------------------------

/**
 * Volume de stockage en gigaoctets d'une durée à un débit donné (secondes réelles × Mb/s ÷ 8 ÷ 1000).
 * @customfunction VOLUME.GO
 * @param duree_tc Durée (timecode HH:MM:SS:II ou nombre d'images).
 * @param debit_mbps Débit du codec en mégabits par seconde (ex. 50 pour du XDCAM HD422).
 * @param [ips] Cadence (25 par défaut).
 * @returns Volume en Go (1 Go = 1000 Mo).
 */
export function volumeGo(duree_tc: any, debit_mbps: any, ips?: any): number {
  return guard("PAD.VOLUME.GO", () => {
    const rate = readRate(ips);
    const duration = readFrames(duree_tc, rate, "duree_tc");
    if (duration < 0) fail(`PAD.VOLUME.GO : duree_tc « ${shown(duree_tc)} » est négative.`);
    return storageGigabytes(duration, rate, readNumber(debit_mbps, "debit_mbps", { min: 0 }));
  });
}

/**
 * VRAI si une mesure est dans la tolérance autour de la cible (|mesure − cible| ≤ tolérance), par exemple un loudness de −23 LUFS ± 1.
 * @customfunction DANS.TOLERANCE
 * @param mesure Valeur mesurée (ex. −22,6).
 * @param cible Valeur visée (ex. −23).
 * @param tolerance Écart admis de part et d'autre, positif (ex. 1).
 * @returns VRAI ou FAUX.
 */
export function dansTolerance(mesure: any, cible: any, tolerance: any): boolean {
  return guard("PAD.DANS.TOLERANCE", () => {
    const measured = readNumber(mesure, "mesure");
    const target = readNumber(cible, "cible");
    const margin = readNumber(tolerance, "tolerance", { min: 0 });
    return withinTolerance(measured, target, margin);
  });
}
