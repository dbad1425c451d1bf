/**
 * A month of payroll: 60 intermittent technicians × 22 working days of March 2026 on 5 productions
 * (1 320 séances, several productions per person and per week, a few long days, night séances, a
 * Saturday), through the whole engine: hours, labour-law checks, contracts, weekly overtime, minima,
 * contributions with the dated rates, `Paie` lines, pay items and their CSV. Goal: under 1 s.
 *
 * Baseline, measured in the same run: reading the same séances from workbook-like rows (cells as
 * Excel serials, `Range.values` shape) into plain objects and summing their hours — the work the
 * workbook reading will do before the engine runs. Warm-up first, then alternated runs, medians.
 */
import { computePayroll, payItems, payItemsCsv, Booking, CrewMember, PayrollProduction } from "../../src/core/crew";
import { dayFromSerial, fromIso } from "../../src/core/dates/civil";
import { minutesFromDayFraction } from "../../src/core/dates/time";
import { defaultPayrollConfig } from "../../src/data/payroll";
import type { BenchResult } from "./types";

const PEOPLE = 60;
const PRODUCTIONS: PayrollProduction[] = [
  { code: "DOC1", agreement: "IDCC 2642", genre: "Documentaire", zone: "Métropole" },
  { code: "SERIE", agreement: "IDCC 2642", genre: "Série", zone: "Métropole" },
  { code: "JEU", agreement: "IDCC 2642", genre: "Flux", zone: "Métropole" },
  { code: "FILM", agreement: "IDCC 3097", genre: "Long métrage", zone: "Métropole" },
  { code: "ANIM", agreement: "IDCC 2642", genre: "Animation", zone: "Alsace-Moselle" },
];
const ROLES: [string, number, CrewMember["salaryUnit"]][] = [
  ["Chef monteur", 1300, "semaine 39 h"],
  ["Assistant monteur", 760, "semaine 35 h"],
  ["Chef monteur", 290, "jour"],
  ["Étalonneur", 1150, "semaine 35 h"],
  ["Bruiteur", 36, "heure"],
  ["Mixeur (post-production)", 1600, "semaine 39 h"],
];
const FIRST = fromIso("2026-03-01") as number;
const SERIAL_OFFSET = 25569; // Excel serial of 1970-01-01

interface Row {
  Date: number;
  Production: string;
  Tâche: string;
  Ressource: string;
  Arrivée: number;
  Départ: number;
  "Pause (min)": number;
  Commentaire: string;
}

/** Deterministic month: workbook-like rows (what a host reads). */
function rows(): Row[] {
  let seed = 7;
  const rnd = (k: number) => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return Math.floor((seed / 4294967296) * k);
  };
  const out: Row[] = [];
  for (let p = 0; p < PEOPLE; p++) {
    let worked = 0;
    for (let day = FIRST; worked < 22; day++) {
      const wd = ((day + 3) % 7) + 1;
      if (wd === 7 || (wd === 6 && rnd(10) > 0)) continue; // a Saturday now and then
      worked++;
      const production = PRODUCTIONS[(p + Math.floor(worked / 5) + (rnd(6) === 0 ? 1 : 0)) % PRODUCTIONS.length].code;
      const start = rnd(8) === 0 ? 14 * 60 : 9 * 60 + 30 * rnd(3); // some evening séances
      const length = 7 * 60 + 30 * rnd(7); // 7 h to 10 h
      out.push({
        Date: day + SERIAL_OFFSET,
        Production: production,
        Tâche: `T${1 + rnd(40)}`,
        Ressource: `Technicien ${p + 1}`,
        Arrivée: start / 1440,
        Départ: ((start + length + 60) % 1440) / 1440,
        "Pause (min)": 60,
        Commentaire: "",
      });
    }
  }
  return out;
}

/** The workbook reading: cells → Booking objects. */
function readBookings(table: readonly Row[]): Booking[] {
  return table.map((r, i) => ({
    day: dayFromSerial(r.Date) as number,
    production: r.Production,
    task: r.Tâche,
    resource: r.Ressource,
    start: minutesFromDayFraction(r.Arrivée),
    end: minutesFromDayFraction(r.Départ),
    breakMinutes: r["Pause (min)"],
    comment: r.Commentaire,
    place: { sheet: "Seances", row: i + 2 },
  }));
}

function crew(): CrewMember[] {
  return Array.from({ length: PEOPLE }, (_, i) => {
    const [role, euros, unit] = ROLES[i % ROLES.length];
    return { name: `Technicien ${i + 1}`, type: "Personne" as const, role, status: i % 10 === 0 ? ("Intermittent technicien cadre" as const) : ("Intermittent technicien" as const), salaryCents: euros * 100, salaryUnit: unit };
  });
}

function timed(work: () => number): { ms: number; check: number } {
  const start = process.hrtime.bigint();
  const check = work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, check };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<BenchResult[]> {
  const table = rows();
  const people = crew();
  const config = defaultPayrollConfig().config;
  const bookings = readBookings(table);
  if (bookings.length !== PEOPLE * 22) throw new Error(`bench: ${bookings.length} séances au lieu de ${PEOPLE * 22}`);

  const engine = () => {
    const result = computePayroll({ bookings, crew: people, productions: PRODUCTIONS, config }, "2026-03");
    const csv = payItemsCsv(payItems(result));
    return result.lines.length + csv.length;
  };
  const baseline = () => readBookings(table).reduce((s, b) => s + ((b.end ?? 0) - (b.start ?? 0)), 0);

  engine();
  baseline();
  const ours: number[] = [];
  const base: number[] = [];
  for (let round = 0; round < 5; round++) {
    ours.push(timed(engine).ms);
    base.push(timed(baseline).ms);
  }
  const lines = computePayroll({ bookings, crew: people, productions: PRODUCTIONS, config }, "2026-03").lines.length;
  return [
    {
      name: `Paie : un mois, ${PEOPLE} personnes × 22 jours sur 5 productions (${bookings.length} séances → ${lines} lignes Paie, éléments variables, CSV)`,
      ms: Math.round(median(ours) * 10) / 10,
      baselineName: "lecture des mêmes séances (cellules → objets)",
      baselineMs: Math.round(median(base) * 100) / 100,
      goal: "< 1 s",
    },
  ];
}
