/**
 * A month of payroll: 60 intermittent technicians × 22 working days of March 2026 on 5 productions
 * (1 320 séances, several productions per person and per week, a few long days, night séances, a
 * Saturday). Goal of issue 5: under 1 s.
 *
 * 1. The engine alone (hours, labour-law checks, contracts, weekly overtime, minima, dated
 *    contributions, `Paie` lines, pay items and their CSV) on the séances already read;
 * 2. « Préparer la paie » on the workbook holding those séances, through the file host: open, read,
 *    compute, the three owned sheets written, saved.
 * Baseline for both, measured in the same run: the time to READ the same rows through the file host
 * (open the .xlsx, take its snapshot), the work any command on that workbook starts with.
 * Warm-up first, then alternated runs, medians.
 */
import { computePayroll, Booking, CrewMember, PayrollProduction } from "../../src/core/crew";
import { payItems, payItemsCsv } from "../../src/sheets/reports/payroll/payItems";
import { payrollCommand } from "../../src/commands/crew/payroll";
import { fromIso, isoWeekday, type DayNumber } from "../../src/core/dates/civil";
import { defaultPayrollConfig } from "../../src/data/payroll";
import { readSnapshot } from "../../src/hosts/file/read";
import { runOnBytes } from "../../src/hosts/file/runner";
import { newWorkbook, openWorkbook, saveWorkbook } from "../../src/hosts/xlsx/workbook";
import { renderSheet } from "../../src/hosts/xlsx/render";
import { equipeSheet } from "../../src/sheets/templates/crew";
import { grillesSheet, parametresSheet, seancesSheet, tauxSheet } from "../../src/sheets/templates/payroll";
import { productionsSheet } from "../../src/sheets/templates/planning";
import type { OutValue } from "../../src/workbook/values";
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
const FIRST = fromIso("2026-03-01") as DayNumber;

/** Deterministic month of séances, as the engine takes them. */
function bookings(): Booking[] {
  let seed = 7;
  const rnd = (k: number) => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return Math.floor((seed / 4294967296) * k);
  };
  const out: Booking[] = [];
  for (let p = 0; p < PEOPLE; p++) {
    let worked = 0;
    for (let day = FIRST; worked < 22; day++) {
      const wd = isoWeekday(day);
      if (wd === 7 || (wd === 6 && rnd(10) > 0)) continue; // a Saturday now and then
      worked++;
      const production = PRODUCTIONS[(p + Math.floor(worked / 5) + (rnd(6) === 0 ? 1 : 0)) % PRODUCTIONS.length].code;
      const start = rnd(8) === 0 ? 14 * 60 : 9 * 60 + 30 * rnd(3); // some evening séances
      const length = 7 * 60 + 30 * rnd(7); // 7 h to 10 h
      out.push({ day, production, task: `T${1 + rnd(40)}`, resource: `Technicien ${p + 1}`, start, end: (start + length + 60) % 1440, breakMinutes: 60, place: { sheet: "Seances", row: out.length + 2 } });
    }
  }
  return out;
}

function crew(): CrewMember[] {
  return Array.from({ length: PEOPLE }, (_, i) => {
    const [role, euros, unit] = ROLES[i % ROLES.length];
    return { name: `Technicien ${i + 1}`, type: "Personne" as const, role, status: i % 10 === 0 ? ("Intermittent technicien cadre" as const) : ("Intermittent technicien" as const), salaryCents: euros * 100, salaryUnit: unit };
  });
}

/** The same month as a workbook: Productions, Equipe, Seances and the reference tables, through the templates. */
async function workbookBytes(list: Booking[], people: CrewMember[]): Promise<Uint8Array> {
  const wb = await newWorkbook();
  const productions: Record<string, OutValue>[] = PRODUCTIONS.map((p) => ({ Code: p.code, Genre: p.genre ?? null, Convention: p.agreement ?? null, Zone: p.zone ?? null }));
  const equipe: Record<string, OutValue>[] = people.map((m) => ({ Nom: m.name, Type: "Personne", Fonction: m.role, Statut: m.status, Salaire: (m.salaryCents ?? 0) / 100, "Unité salaire": m.salaryUnit ?? null }));
  const seances: Record<string, OutValue>[] = list.map((b) => ({ Date: { day: b.day }, Production: b.production, Tâche: b.task ?? null, Ressource: b.resource, Arrivée: b.start! / 1440, Départ: b.end! / 1440, "Pause (min)": b.breakMinutes ?? null }));
  for (const sheet of [productionsSheet(productions), equipeSheet(equipe), seancesSheet(seances), grillesSheet(), tauxSheet(), parametresSheet()]) await renderSheet(wb, sheet);
  return saveWorkbook(wb);
}

function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  return work().then((value) => ({ ms: Number(process.hrtime.bigint() - start) / 1e6, value }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<BenchResult[]> {
  const list = bookings();
  const people = crew();
  const config = defaultPayrollConfig().config;
  if (list.length !== PEOPLE * 22) throw new Error(`bench: ${list.length} séances au lieu de ${PEOPLE * 22}`);
  const bytes = await workbookBytes(list, people);

  const engine = async () => {
    const result = computePayroll({ bookings: list, crew: people, productions: PRODUCTIONS, config }, "2026-03");
    return result.lines.length + payItemsCsv(payItems(result)).length;
  };
  // The baseline: the file host reading the rows (open + snapshot), nothing computed.
  const read = async () => Object.values(readSnapshot(await openWorkbook(bytes)).tables).reduce((n, t) => n + t.rows.length, 0);
  const command = async () => (await runOnBytes(bytes, payrollCommand, { today: FIRST + 40, options: { month: "2026-03" } })).report;

  const report = await command();
  const lines = (report.sections.payroll as unknown[]).length;
  const fiches = Number(/(\d+) fiche\(s\)/.exec(report.summary.join(" "))?.[1] ?? 0);
  if ((await read()) < list.length) throw new Error("bench : les séances n'ont pas été lues");
  await engine();
  const ours: number[] = [];
  const full: number[] = [];
  const base: number[] = [];
  for (let round = 0; round < 5; round++) {
    ours.push((await timed(engine)).ms);
    base.push((await timed(read)).ms);
    full.push((await timed(command)).ms);
  }
  const baselineName = `lecture des mêmes lignes par l'hôte fichier (ouverture du .xlsx et instantané, ${list.length} séances)`;
  return [
    {
      name: `Paie, moteur : un mois, ${PEOPLE} personnes × 22 jours sur 5 productions (${list.length} séances → ${lines} lignes Paie, éléments variables, CSV)`,
      ms: Math.round(median(ours) * 10) / 10,
      baselineName,
      baselineMs: Math.round(median(base) * 10) / 10,
      goal: "< 1 s",
    },
    {
      name: `« Préparer la paie » sur ce classeur : lecture, calcul, ${fiches} fiches de présence, Paie, éléments variables, enregistrement`,
      ms: Math.round(median(full)),
      baselineName,
      baselineMs: Math.round(median(base) * 10) / 10,
      // Most of it is exceljs writing and saving the owned sheets (some 20 000 formatted rows).
      goal: "< 5 s",
    },
  ];
}
