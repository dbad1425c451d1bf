/**
 * Every custom function called as a plain function, the way Excel calls it (raw cell values, `null`
 * for an omitted argument), with the CustomFunctions shim of test/setup. Errors must be #VALUE! with a
 * French message, never a JavaScript error text.
 */
import fc from "fast-check";
import { WorkingCalendar, holidayName } from "../../src/core/calendar";
import { dayFromYmd, serialFromDay } from "../../src/core/dates/civil";
import * as functions from "../../src/functions/functions";
import { setWorkbookDateSystem } from "../../src/functions/dateSystem";
import {
  coutEmployeur,
  dansTolerance,
  ferie,
  finOuvree,
  heures,
  joursOuvres,
  salaireJour,
  tcAddition,
  tcConvertir,
  tcDepuisImages,
  tcDuree,
  tcImages,
  tcPieds,
  tcSecondes,
  tcSomme,
  tcSoustraction,
  tcValide,
  volumeGo,
} from "../../src/functions/functions";

interface ThrownCustomError {
  code: string;
  message: string;
}

/** The error a call throws (sync or async), or a failed expectation if it returns. */
async function errorOf(call: () => unknown): Promise<ThrownCustomError> {
  let error: unknown;
  try {
    await call();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(CustomFunctions.Error);
  return error as ThrownCustomError;
}

async function expectValueError(call: () => unknown, messagePart: string | RegExp): Promise<void> {
  const error = await errorOf(call);
  expect(error.code).toBe("#VALUE!");
  expect(error.message).toMatch(messagePart);
}

const serial = (y: number, m: number, d: number): number => serialFromDay(dayFromYmd(y, m, d)) as number;

describe("PAD.TC.* timecode functions", () => {
  it("TC.IMAGES counts frames, 25 fps by default, drop-frame from the separator or the rate", () => {
    expect(tcImages("01:00:00:00")).toBe(90000);
    expect(tcImages("01:00:00:00", null)).toBe(90000);
    expect(tcImages("01:00:00:00", 24)).toBe(86400);
    expect(tcImages("01:00:00;00", 29.97)).toBe(107892);
    expect(tcImages("01:00:00:00", "29,97 DF")).toBe(107892);
    expect(tcImages("01:00:00:00", 29.97)).toBe(108000);
    expect(tcImages("-00:00:10:00")).toBe(-250);
    expect(tcImages(250)).toBe(250);
  });

  it("TC.DEPUIS.IMAGES writes the timecode, beyond 24 h and negative", () => {
    expect(tcDepuisImages(17982, "29.97DF")).toBe("00:10:00;00");
    expect(tcDepuisImages(-250)).toBe("-00:00:10:00");
    expect(tcDepuisImages(30 * 3600 * 25)).toBe("30:00:00:00");
    expect(tcDepuisImages("1800", "59.94DF")).toBe("00:00:30;00");
  });

  it("TC.ADDITION does not wrap at 24 h and keeps drop-frame labels", () => {
    expect(tcAddition("20:00:00:00", "05:00:00:00")).toBe("25:00:00:00");
    expect(tcAddition("00:00:59;29", 1, 29.97)).toBe("00:01:00;02");
    expect(tcAddition("00:00:59:29", 1, 29.97)).toBe("00:01:00:00");
    expect(tcAddition("23:59:59:23", 1, 23.976)).toBe("24:00:00:00");
  });

  it("TC.SOUSTRACTION may be negative", () => {
    expect(tcSoustraction("00:00:10:00", "00:00:20:00")).toBe("-00:00:10:00");
    expect(tcSoustraction("00:52:40:00", "00:52:00:00")).toBe("00:00:40:00");
  });

  it("TC.SOMME totals a range in one call, blanks ignored, past 24 h", () => {
    const range = [["10:00:00:00"], [null], [""], ["20:00:00:00"], [250]];
    expect(tcSomme(range)).toBe("30:00:10:00");
    // the example of docs/fonctions.md: A2:A4 = 10:00:00:00, empty, 20:30:00:12
    expect(tcSomme([["10:00:00:00"], [null], ["20:30:00:12"]])).toBe("30:30:00:12");
    expect(tcSomme([["00:00:59;29", "00:00:00;01"]], 29.97)).toBe("00:01:00;02");
    expect(tcSomme([[null, ""]])).toBe("00:00:00:00");
  });

  it("TC.SOMME names the cell it cannot read", async () => {
    await expectValueError(() => tcSomme([["10:00:00:00"], ["10:00:00:99"]]), /ligne 2, colonne 1.*10:00:00:99.*images vont de 00 à 24/);
  });

  it("TC.DUREE counts the out point as exclusive and refuses an out point before the in point", async () => {
    expect(tcDuree("10:00:00:00", "10:00:01:00")).toBe("00:00:01:00");
    expect(tcDuree("23:50:00:00", "24:10:00:00")).toBe("00:20:00:00");
    await expectValueError(() => tcDuree("10:00:01:00", "10:00:00:00"), /sortie précède l'entrée/);
  });

  it("TC.SECONDES gives real seconds", () => {
    expect(tcSecondes("01:00:00:00")).toBe(3600);
    expect(tcSecondes("00:01:00;02", 29.97)).toBeCloseTo(60.06, 10);
    expect(tcSecondes("01:00:00:00", 29.97)).toBeCloseTo(3603.6, 9);
  });

  it("TC.CONVERTIR keeps the real duration to the nearest frame", async () => {
    expect(tcConvertir("01:00:00:00", 25, 23.976)).toBe("00:59:56:10");
    expect(tcConvertir("01:00:00:00", 25, "29.97DF")).toBe("01:00:00;00");
    expect(tcConvertir("00:59:56:10", 23.976, 25)).toBe("01:00:00:00");
    await expectValueError(() => tcConvertir("01:00:00:00", null, 25), /ips_source manquante/);
    await expectValueError(() => tcConvertir("01:00:00:00", 25, "23.976DF"), /ips_cible.*drop-frame n'existe pas en 23,976/);
  });

  it("TC.PIEDS counts feet and frames", async () => {
    expect(tcPieds("00:00:04:04", 24)).toBe("6+04");
    expect(tcPieds("00:00:04:04", 24, 16)).toBe("2+20");
    expect(tcPieds("01:00:00:00", 24, "35 mm")).toBe("5400+00");
    await expectValueError(() => tcPieds("01:00:00:00", 24, 70), /pellicule « 70 »/);
  });

  it("TC.VALIDE says whether a label exists", async () => {
    expect(tcValide("00:01:00;00", 29.97)).toBe(false);
    expect(tcValide("00:01:00;02", 29.97)).toBe(true);
    expect(tcValide("00:01:00:00", "29.97DF")).toBe(false);
    expect(tcValide("10:00:00:24")).toBe(true);
    expect(tcValide("10:00:00:25")).toBe(false);
    expect(tcValide("10:00:00:00", 23.976)).toBe(true);
    expect(tcValide("10:00:00;00", 23.976)).toBe(false);
    expect(tcValide("")).toBe(false);
    expect(tcValide(null)).toBe(false);
    expect(tcValide(1.5)).toBe(false);
    expect(tcValide(100)).toBe(true);
    await expectValueError(() => tcValide("10:00:00:00", 24.5), /ips « 24,5 » refusé : cadence inconnue/);
  });

  it("explains wrong timecodes and rates in French", async () => {
    await expectValueError(() => tcImages("10:00:00"), /tc « 10:00:00 » refusé : format attendu HH:MM:SS:II/);
    await expectValueError(() => tcImages("00:01:00;00", 29.97), /images 00 à 01 de chaque minute non multiple de 10 n'existent pas/);
    await expectValueError(() => tcImages("10:00:00;00"), /n'existe qu'en 29,97 et 59,94 ips, pas en 25 ips/);
    await expectValueError(() => tcImages(0.5), /nombre d'images doit être entier/);
    await expectValueError(() => tcImages(null), /tc : timecode vide/);
    await expectValueError(() => tcAddition("10:00:00:00", "", 25), /tc2 : timecode vide/);
    await expectValueError(() => tcImages("10:00:00:00", "23.976DF"), /drop-frame n'existe pas en 23,976/);
    await expectValueError(() => tcDepuisImages(2.5), /images « 2,5 » : nombre entier attendu/);
  });
});

describe("PAD.JOURS.OUVRES, PAD.FIN.OUVREE, PAD.FERIE", () => {
  it("count French working days like NB.JOURS.OUVRES with the holidays built in", () => {
    // November 2026: 21 weekdays, 11 November (Wednesday) is a holiday.
    expect(joursOuvres(serial(2026, 11, 1), serial(2026, 11, 30))).toBe(20);
    expect(joursOuvres("01/11/2026", "30/11/2026", "Métropole")).toBe(20);
    expect(joursOuvres(serial(2026, 11, 30), serial(2026, 11, 1))).toBe(-20);
    // Alsace-Moselle: 26 December 2025 (a Friday) is a holiday there, not in Paris.
    expect(joursOuvres("22/12/2025", "26/12/2025")).toBe(4);
    expect(joursOuvres("22/12/2025", "26/12/2025", "57")).toBe(3);
  });

  it("give the same days as the planning engine's WorkingCalendar", () => {
    const zones = ["Métropole", "Alsace-Moselle", "971", "974"];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: dayFromYmd(2020, 1, 1), max: dayFromYmd(2032, 12, 31) }),
        fc.integer({ min: -400, max: 400 }),
        (zone, start, offset) => {
          const engine = new WorkingCalendar({ zone });
          const s = serialFromDay(start) as number;
          expect(joursOuvres(s, s + offset, zone)).toBe(engine.networkdays(start, start + offset));
          expect(finOuvree(s, offset, zone)).toBe(serialFromDay(engine.workday(start, offset)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("FIN.OUVREE works like SERIE.JOUR.OUVRE and returns an Excel serial", () => {
    // Friday 8 May 2026 is a holiday: 5 working days after Monday 4 May 2026 is Tuesday 12 May.
    expect(finOuvree(serial(2026, 5, 4), 5)).toBe(serial(2026, 5, 12));
    expect(finOuvree(serial(2026, 5, 4), 0)).toBe(serial(2026, 5, 4));
    expect(finOuvree(serial(2026, 5, 12), -5)).toBe(serial(2026, 5, 4));
    expect(serial(2026, 1, 1)).toBe(46023); // the serial Excel shows for 01/01/2026
  });

  it("FERIE names the holiday of the zone, or gives an empty text", () => {
    expect(ferie(serial(2026, 12, 25))).toBe("Noël");
    expect(ferie(serial(2026, 12, 25))).toBe(holidayName("Métropole", dayFromYmd(2026, 12, 25)));
    expect(ferie(serial(2026, 12, 24))).toBe("");
    // Good Friday 2026 is 3 April: a holiday in Alsace-Moselle and in the Antilles only.
    expect(ferie("03/04/2026", "Alsace-Moselle")).toBe("Vendredi saint");
    expect(ferie("03/04/2026", "972")).toBe("Vendredi saint");
    expect(ferie("03/04/2026")).toBe("");
    expect(ferie(serial(2026, 12, 20), "974")).toBe(holidayName("974", dayFromYmd(2026, 12, 20)));
    expect(ferie(serial(2026, 12, 20), "974")).not.toBe("");
  });

  it("read 1904-system serials once the host says so", () => {
    setWorkbookDateSystem(true);
    try {
      const christmas1904 = serialFromDay(dayFromYmd(2026, 12, 25), true) as number;
      expect(christmas1904).toBe(serial(2026, 12, 25) - 1462);
      expect(ferie(christmas1904)).toBe("Noël");
      expect(finOuvree(serialFromDay(dayFromYmd(2026, 5, 4), true), 5)).toBe(serialFromDay(dayFromYmd(2026, 5, 12), true));
    } finally {
      setWorkbookDateSystem(false);
    }
  });

  it("refuse unknown zones, non-dates and dates outside Excel's range", async () => {
    await expectValueError(() => ferie(serial(2026, 12, 25), "Bretagne"), /zone « Bretagne » inconnue/);
    await expectValueError(() => joursOuvres("31/02/2026", "01/03/2026"), /debut « 31\/02\/2026 » : date attendue/);
    await expectValueError(() => joursOuvres(-5, 10), /debut « -5 » : ce nombre n'est pas une date Excel/);
    await expectValueError(() => joursOuvres(null, 10), /debut : date manquante/);
    await expectValueError(() => finOuvree(serial(9999, 12, 30), 10), /plage des dates|1900 et 9999/);
    await expectValueError(() => finOuvree(serial(2026, 1, 5), "beaucoup"), /jours « beaucoup » : nombre attendu/);
  });
});

describe("PAD.HEURES", () => {
  it("gives decimal hours from Excel times or text, across midnight, minus the break", () => {
    expect(heures(0.375, 0.75, 60)).toBe(8);
    expect(heures("9h30", "18h", 30)).toBe(8);
    expect(heures("22:00", "06:00")).toBe(8);
    expect(heures("09:00", "17:20")).toBeCloseTo(8 + 1 / 3, 12);
    // a full date-time keeps only its time of day
    expect(heures(46023.375, 46023.75)).toBe(9);
  });

  it("reads a departure equal to the arrival as the next day, like the séance log", () => {
    expect(heures("09:00", "09:00")).toBe(24);
  });

  it("refuses unreadable times and a break longer than the presence", async () => {
    await expectValueError(() => heures("25:00", "06:00"), /arrivee « 25:00 » : heure attendue/);
    await expectValueError(() => heures("09:00", null), /depart : heure manquante/);
    await expectValueError(() => heures("09:00", "10:00", 90), /pause \(90 min\) dépasse le temps de présence/);
    await expectValueError(() => heures("09:00", "10:00", -5), /pause_min « -5 » : doit être supérieur ou égal à 0/);
  });
});

describe("PAD.SALAIRE.JOUR and PAD.COUT.EMPLOYEUR", () => {
  it("divides the weekly minimum by 4.5 for a contract of 4 days or less (CCNPA grid: 1 138,62 -> 253,03)", async () => {
    await expect(salaireJour(1138.62)).resolves.toBe(253.03);
    await expect(salaireJour(1138.62, 4)).resolves.toBe(253.03);
    await expect(salaireJour("730,03", 1)).resolves.toBe(162.23);
  });

  it("divides by 5 from 5 days on", async () => {
    await expect(salaireJour(1138.62, 5)).resolves.toBe(227.72);
    await expect(salaireJour(1000, 10)).resolves.toBe(200);
  });

  it("refuses a missing minimum or a contract of no day", async () => {
    await expectValueError(() => salaireJour(null), /minimum_semaine : valeur manquante/);
    await expectValueError(() => salaireJour(1000, 0), /jours_contrat « 0 » : doit être supérieur ou égal à 1/);
    await expectValueError(() => salaireJour(1000, 2.5), /jours_contrat « 2,5 » : nombre entier attendu/);
  });

  it("wraps the payroll engine's employer-cost estimate over the shipped dated rates", async () => {
    const [{ payrollConfigFromRows }, { estimateEmployerCost }, { WAGE_GRIDS }, { CONTRIBUTION_RATES }, { PAYROLL_PARAMETERS }] = await Promise.all([
      import("../../src/core/crew/configRows"),
      import("../../src/core/crew/employerCost"),
      import("../../src/data/payroll/grids"),
      import("../../src/data/payroll/rates"),
      import("../../src/data/payroll/parameters"),
    ]);
    const config = payrollConfigFromRows(WAGE_GRIDS, CONTRIBUTION_RATES, PAYROLL_PARAMETERS).config;
    const engine = (gross: number, status: "Intermittent technicien" | "Intermittent technicien cadre", day: number): number => {
      const estimate = estimateEmployerCost(gross * 100, status, day, config);
      if ("error" in estimate) throw new Error(estimate.error);
      return estimate.employerCostCents / 100;
    };
    const march2026 = dayFromYmd(2026, 3, 2);
    const nonCadre = await coutEmployeur(1000, "non-cadre", serial(2026, 3, 2));
    expect(nonCadre).toBe(engine(1000, "Intermittent technicien", march2026));
    expect(await coutEmployeur(1000, null, "02/03/2026")).toBe(nonCadre);
    expect(await coutEmployeur(1000, "Cadre", serial(2026, 3, 2))).toBe(engine(1000, "Intermittent technicien cadre", march2026));
    expect(await coutEmployeur(1000, "cadre", serial(2026, 3, 2))).not.toBe(nonCadre);
    // employer contributions of an intermittent technician: well above half the gross (worked case TC7: "≈ 65 %")
    expect(nonCadre / 1000).toBeGreaterThan(1.5);
    expect(nonCadre / 1000).toBeLessThan(1.8);
    // without a date: the rates in force today
    const now = new Date();
    expect(await coutEmployeur(1000)).toBe(engine(1000, "Intermittent technicien", dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate())));
  });

  it("refuses a negative gross, an unknown status and a date without rates", async () => {
    await expectValueError(() => coutEmployeur(-10), /brut « -10 » : doit être supérieur ou égal à 0/);
    await expectValueError(() => coutEmployeur(1000, "artiste"), /statut « artiste » inconnu/);
    await expectValueError(() => coutEmployeur(1000, null, serial(2009, 6, 1)), /PAD.COUT.EMPLOYEUR : .*absent|aucun taux/);
  });
});

describe("PAD.VOLUME.GO and PAD.DANS.TOLERANCE", () => {
  it("sizes storage from real seconds and a bitrate in Mb/s", async () => {
    expect(volumeGo("01:00:00:00", 50)).toBe(22.5);
    expect(volumeGo("01:00:00:00", 50, 29.97)).toBeCloseTo((3603.6 * 50) / 8 / 1000, 12);
    expect(volumeGo(90000, "50")).toBe(22.5);
    await expectValueError(() => volumeGo("-01:00:00:00", 50), /négative/);
    await expectValueError(() => volumeGo("01:00:00:00", -1), /debit_mbps « -1 »/);
  });

  it("checks a measure against a target and a tolerance", async () => {
    expect(dansTolerance(-22.6, -23, 1)).toBe(true);
    expect(dansTolerance(-24, -23, 1)).toBe(true);
    expect(dansTolerance(-24.1, -23, 1)).toBe(false);
    expect(dansTolerance(0.4, 0.1, 0.3)).toBe(true);
    expect(dansTolerance("52,4", 52, "0,4")).toBe(true);
    await expectValueError(() => dansTolerance(1, 1, -1), /tolerance « -1 »/);
  });
});

describe("no JavaScript error text ever reaches a cell", () => {
  it("turns an unexpected JavaScript error into a French #VALUE!", async () => {
    const hostile = {
      toString(): string {
        throw new TypeError("boom");
      },
    };
    const error = await errorOf(() => ferie(serial(2026, 12, 25), hostile));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("PAD.FERIE : calcul impossible avec ces arguments (erreur interne de Cap PAD).");
  });

  const synchronous = Object.entries(functions).filter(([name]) => !["salaireJour", "coutEmployeur"].includes(name)) as [
    string,
    (...args: unknown[]) => unknown,
  ][];

  it("every function either answers or throws a French #VALUE!, whatever the cells hold", () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.constant(""),
      fc.boolean(),
      fc.double(),
      fc.integer({ min: -1e7, max: 1e7 }),
      fc.string(),
      fc.constantFrom("10:00:00:00", "00:01:00;00", "29.97DF", "57", "9h30", "01/05/2026", "-1"),
    );
    fc.assert(
      fc.property(fc.constantFrom(...synchronous), fc.array(fc.oneof(cell, fc.array(fc.array(cell))), { maxLength: 3 }), ([, fn], args) => {
        try {
          fn(...args);
        } catch (error) {
          expect(error).toBeInstanceOf(CustomFunctions.Error);
          const { code, message } = error as ThrownCustomError;
          expect(code).toBe("#VALUE!");
          expect(message).not.toMatch(/TypeError|RangeError|undefined|is not a function|Cannot read|erreur interne/);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
