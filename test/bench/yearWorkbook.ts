/**
 * A facility's whole year in one workbook, as a coordinator would have it: at scale 1, 20 productions ×
 * 250 tasks, a crew of 250 people (plus 10 rooms) logging about 20,000 séances — one 8 h séance per
 * person per working day they work, about 80 days each —, a CDDU per person and month worked, 600
 * supplier invoices, a budget per production. Every sheet comes from the templates (`src/sheets/
 * templates`, the ones `cappad new` writes), filled like the demo fills them, so the file has the
 * conditional formats, validations and print settings a real one has.
 *
 * The plan is consistent on purpose (the workbook a careful coordinator keeps, the case the issue
 * measures first): IDs unique across productions, each production four tracks (image, son,
 * étalonnage, finitions) of 62 tasks end to end over the 2026 working days, linked FS within a track
 * and DD across tracks, a start and a PAD milestone; each task done by one person of its track, who
 * logs one séance 09:00–18:00 (1 h pause) on each of its days, so nobody is on two tasks at once.
 * `scale` multiplies the productions, the crew, the tasks and the séances together (the linear-growth
 * figures).
 */
import { WorkingCalendar } from "../../src/core/calendar/workingCalendar";
import { fromIso, toMonthKey, type DayNumber } from "../../src/core/dates/civil";
import { DEMO_CLIENTS, DEMO_COMPANY } from "../../src/demo/invoicing";
import { DEMO_DELIVERABLE_ROWS, DEMO_PROJECT_SETTINGS } from "../../src/demo/technical";
import { saveWorkbook } from "../../src/hosts/xlsx/workbook";
import { TEMPLATES, type TemplateFilling } from "../../src/sheets/templates";
import type { OutValue } from "../../src/workbook/values";
import { workbookOf } from "../helpers/workbooks";

type Row = Record<string, OutValue>;

/** The year's first working day, the closure, and "today": the last working day before the closure. */
export const YEAR_FIRST = fromIso("2026-01-02") as DayNumber;
export const YEAR_TODAY = fromIso("2026-12-23") as DayNumber;
const CLOSURE = { from: fromIso("2026-12-24") as DayNumber, to: fromIso("2027-01-01") as DayNumber };

const PRODUCTIONS_PER_SCALE = 20;
const PEOPLE_PER_SCALE = 250;
const TRACK_TASKS = 62;
const TRACKS = [
  { stage: "Montage", name: "Montage image", fonction: "Chef monteur", statut: "Intermittent technicien cadre", salary: 1850, salaryUnit: "semaine 39 h", rate: 850, poste: "2.1" },
  { stage: "Son", name: "Montage son", fonction: "Monteur son", statut: "Intermittent technicien cadre", salary: 1700, salaryUnit: "semaine 39 h", rate: 780, poste: "2.1" },
  { stage: "Image", name: "Étalonnage", fonction: "Étalonneur", statut: "Intermittent technicien cadre", salary: 400, salaryUnit: "jour", rate: 950, poste: "2.1" },
  { stage: "Finitions", name: "Conformation", fonction: "Assistant monteur", statut: "Intermittent technicien", salary: 146.01, salaryUnit: "jour", rate: 380, poste: "2.1" },
] as const;
// No animation: its CDDU follow another agreement (IDCC 2412), whose grid has none of these jobs.
const GENRES = ["Fiction TV", "Série", "Documentaire", "Long métrage"];
const FIRST = ["Léa", "Hugo", "Nadia", "Marc", "Chloé", "Inès", "Paul", "Sarah", "Louis", "Emma", "Jules", "Alice", "Yanis", "Camille", "Hélène", "Théo", "Manon", "Karim", "Zoé", "Lucas", "Aïcha", "Noé", "Julie", "Bastien", "Clara", "Hamid", "Rose", "Victor", "Lina", "Tom", "Maëlle", "Samuel", "Eva", "Omar", "Nina", "Adrien", "Mila", "Félix", "Anna", "Malik"];
const LAST = ["Martin", "Bernard", "Haddad", "Lefèvre", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin"];
const POSTES: [string, string, number][] = [
  ["2.1", "Personnel de postproduction (mise à disposition)", 0],
  ["8.1", "Laboratoire et traitement numérique", 9_000],
  ["8.2", "Montage image (salle)", 36_000],
  ["8.6", "Montage son, bruitage", 12_000],
  ["8.7", "Mixage et auditorium", 15_000],
  ["8.8", "Masters et éléments de livraison", 6_000],
  ["1.1", "Droits d'archives", 8_000],
];
const SUPPLIERS = ["Labo Numérique du Nord", "Média Stock", "Archives Polaires", "Transperfect Sous-titrage", "Studio Bruitage"];
const PURCHASES_PER_PRODUCTION = 30;

const day = (d: DayNumber): OutValue => ({ day: d });
const two = (n: number): string => String(n).padStart(2, "0");
const three = (n: number): string => String(n).padStart(3, "0");

export interface YearFigures {
  productions: number;
  tasks: number;
  people: number;
  seances: number;
  contracts: number;
  purchases: number;
}

/** Deterministic pseudo-random integers in [0, n) (mulberry32), so every run builds the same workbook. */
function random(seed: number): (n: number) => number {
  return (n) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n) | 0;
  };
}

function personName(i: number): string {
  const base = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
  return i < FIRST.length * LAST.length ? base : `${base} ${Math.floor(i / (FIRST.length * LAST.length)) + 1}`;
}

/** Track durations (working days) that fill exactly the `available` working days of the year. */
function trackDurations(available: number): number[] {
  const pattern = [4, 4, 3, 5, 4];
  const out = Array.from({ length: TRACK_TASKS }, (_, j) => pattern[j % pattern.length]);
  out[TRACK_TASKS - 1] += available - out.reduce((a, b) => a + b, 0);
  if (out[TRACK_TASKS - 1] < 1) throw new Error("bench : année trop courte pour le planning");
  return out;
}

/** The rows of every input table, at `scale` (1 = the year). */
export function yearFilling(scale = 1): { filling: TemplateFilling; figures: YearFigures } {
  const rnd = random(2026);
  const calendar = new WorkingCalendar({ zone: "Métropole", closures: [CLOSURE] });
  const workingDays: DayNumber[] = [];
  for (let d = YEAR_FIRST; d <= YEAR_TODAY; d++) if (calendar.isWorkingDay(d)) workingDays.push(d);
  const durations = trackDurations(workingDays.length);
  const productionCount = PRODUCTIONS_PER_SCALE * scale;
  const peopleCount = PEOPLE_PER_SCALE * scale;

  // People: person i works for production i mod productionCount, on the track of its rank there.
  const crew: Row[] = [];
  const team: string[][][] = Array.from({ length: productionCount }, () => TRACKS.map(() => []));
  for (let i = 0; i < peopleCount; i++) {
    const p = i % productionCount;
    const rank = Math.floor(i / productionCount);
    const track = TRACKS[rank % TRACKS.length];
    const name = personName(i);
    team[p][rank % TRACKS.length].push(name);
    crew.push({ Nom: name, Type: "Personne", Fonction: track.fonction, Statut: track.statut, Salaire: track.salary, "Unité salaire": track.salaryUnit, "Tarif HT": track.rate, "Unité tarif": "jour", Email: `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@example.fr`, "N° Congés Spectacles": `CS-${100000 + i}` });
  }
  for (let r = 0; r < 10 * scale; r++) crew.push({ Nom: `Salle ${r + 1}`, Type: "Salle", Fonction: r % 2 ? "Auditorium de mixage" : "Salle de montage Avid", "Tarif HT": r % 2 ? 900 : 180, "Unité tarif": "jour", Poste: r % 2 ? "8.7" : "8.2" });

  const productions: Row[] = [];
  const tasks: Row[] = [];
  const seances: Row[] = [];
  const worked = new Map<string, { production: string; name: string; days: DayNumber[] }>();
  const budget: Row[] = [];
  const purchases: Row[] = [];
  const deliverables: Row[] = [];
  // The plan's proposal for the crew's poste: every working day of the four tracks at their day rates.
  const crewQuote = workingDays.length * TRACKS.reduce((sum, t) => sum + t.rate, 0);
  for (let p = 0; p < productionCount; p++) {
    const code = `P${two(p + 1)}`;
    const client = DEMO_CLIENTS[p % DEMO_CLIENTS.length].Nom as string;
    productions.push({
      Code: code,
      Titre: `Production ${p + 1}`,
      Genre: GENRES[p % GENRES.length],
      "Durée (min)": p % 3 ? 52 : 90,
      Client: client,
      Convention: null,
      Zone: "Métropole",
      "Jours ouvrés": "lun-ven",
      "PAD contractuel": day(fromIso("2027-01-15") as DayNumber),
      Diffusion: day(fromIso("2027-03-01") as DayNumber),
      "Numéro d'objet": `OBJ-2026-${three(p + 1)}`,
      ...(p % 2 ? DEMO_PROJECT_SETTINGS.GLACIER : DEMO_PROJECT_SETTINGS.FLEUVE),
    });
    // The demo production's deliverables (the broadcaster's), still to deliver.
    for (const row of DEMO_DELIVERABLE_ROWS.filter((r) => r.Production === (p % 2 ? "GLACIER" : "FLEUVE") && r.Statut !== "refusé"))
      deliverables.push({ ...row, Production: code, "Date due": row["Date due"] ? day(fromIso("2027-01-15") as DayNumber) : null });
    const id = (n: number): string => `${code}-${three(n)}`;
    const start = id(0);
    tasks.push(taskRow(start, code, "Rushes", "Début de la postproduction", null, 0, null, workingDays[0], workingDays[0]));
    const lastOfTrack: string[] = [];
    TRACKS.forEach((track, t) => {
      let at = 0;
      for (let j = 0; j < TRACK_TASKS; j++) {
        const n = 1 + t * TRACK_TASKS + j;
        const people = team[p][t];
        const who = people[j % people.length];
        const from = workingDays[at];
        const to = workingDays[at + durations[j] - 1];
        // Within a track, end to start; the tracks move together: every fifth task starts with the image track's.
        const preds = [j === 0 ? `${start}DD` : id(n - 1)];
        if (t > 0 && j % 5 === 0 && j > 0) preds.push(`${id(1 + j)}DD`);
        tasks.push(taskRow(id(n), code, track.stage, `${track.name} ${j + 1}`, who, durations[j], preds.join(";"), from, to));
        const log = worked.get(who) ?? { production: code, name: who, days: [] };
        for (let k = 0; k < durations[j]; k++) {
          const d = workingDays[at + k];
          log.days.push(d);
          seances.push({ Date: day(d), Production: code, Tâche: id(n), Ressource: who, Arrivée: 9 / 24, Départ: 18 / 24, "Pause (min)": 60, Commentaire: null });
        }
        worked.set(who, log);
        at += durations[j];
      }
      lastOfTrack.push(id((t + 1) * TRACK_TASKS));
    });
    tasks.push(taskRow(id(1 + TRACKS.length * TRACK_TASKS), code, "Livraison", "Livraison du PAD", null, 0, lastOfTrack.join(";"), YEAR_TODAY, YEAR_TODAY));
    for (const [poste, libelle, amount] of POSTES) budget.push({ Production: code, Poste: poste, Libellé: libelle, "Devis HT": poste === "2.1" ? crewQuote : amount * (p % 3 ? 1 : 1.5), "Surcoûts techniques acceptés": null, Commentaire: null });
    for (let k = 0; k < PURCHASES_PER_PRODUCTION; k++) {
      const poste = POSTES[1 + rnd(POSTES.length - 1)][0];
      purchases.push({ Date: day(workingDays[rnd(workingDays.length)]), Production: code, Fournisseur: SUPPLIERS[rnd(SUPPLIERS.length)], Poste: poste, "Montant HT": 100 + rnd(2000), Référence: `F-${code}-${three(k + 1)}` });
    }
  }
  seances.sort((a, b) => (a.Date as { day: number }).day - (b.Date as { day: number }).day);
  const contracts = monthlyContracts([...worked.values()], crew);
  const filling: TemplateFilling = {
    productions,
    tasks,
    closures: [{ Production: null, Du: day(CLOSURE.from), Au: day(CLOSURE.to), Motif: "Fermeture de Noël du studio" }],
    unavailabilities: [],
    crew,
    seances,
    contracts,
    payslips: [],
    budget,
    purchases,
    company: DEMO_COMPANY,
    clients: DEMO_CLIENTS,
    invoiceHeader: {},
    invoiceLines: [],
    rushes: [],
    deliverables,
  };
  return { filling, figures: { productions: productionCount, tasks: tasks.length, people: peopleCount, seances: seances.length, contracts: contracts.length, purchases: purchases.length } };
}

/** A plan row of a task done: its real dates typed as the séances say (a careful coordinator's plan, no alert). */
function taskRow(id: string, production: string, stage: string, name: string, who: string | null, duration: number, preds: string | null, from: DayNumber, to: DayNumber): Row {
  return {
    ID: id,
    Production: production,
    Étape: stage,
    Tâche: name,
    Ressources: who,
    "Durée (j)": duration,
    Prédécesseurs: preds,
    "Pas avant": preds === null && duration === 0 && stage === "Rushes" ? day(from) : null,
    Échéance: null,
    "Début réel": day(from),
    "Fin réelle": day(to),
    Avancement: 1,
    "Début réf.": day(from),
    "Fin réf.": day(to),
    "Durée réf. (j)": duration,
    "Ressources réf.": who,
  };
}

/** One CDDU per person and month worked, from the first to the last séance of that month (grid titles as the demo's). */
function monthlyContracts(logs: { production: string; name: string; days: DayNumber[] }[], crew: Row[]): Row[] {
  const byName = new Map(crew.map((c) => [c.Nom as string, c]));
  const gridTitle: Record<string, string> = { "Chef monteur": "Chef monteur AV", "Assistant monteur": "Assistant monteur AV" };
  const rows: Row[] = [];
  for (const log of logs) {
    const person = byName.get(log.name)!;
    const months = new Map<string, DayNumber[]>();
    for (const d of log.days) months.set(toMonthKey(d), [...(months.get(toMonthKey(d)) ?? []), d]);
    for (const days of months.values())
      rows.push({
        Nom: log.name,
        Production: log.production,
        Début: day(Math.min(...days)),
        Fin: day(Math.max(...days)),
        Fonction: gridTitle[person.Fonction as string] ?? null,
        Statut: person.Statut,
        Salaire: person.Salaire,
        "Unité salaire": person["Unité salaire"],
        "Numéro d'objet": null,
      });
  }
  return rows;
}

/** The year workbook as .xlsx bytes, every template sheet filled (what `cappad new` writes, at a year's size). */
export async function yearWorkbook(scale = 1, extra: Partial<TemplateFilling> = {}): Promise<{ bytes: Uint8Array; figures: YearFigures }> {
  const { filling: plain, figures } = yearFilling(scale);
  const filling = { ...plain, ...extra };
  const sheets = TEMPLATES.flatMap((t) => t.build({ filling, today: YEAR_TODAY }));
  return { bytes: await saveWorkbook(await workbookOf(...sheets)), figures };
}

/**
 * Five ways out for P03 (the comparison the producer is shown), one change kind each but the last,
 * which combines two: what `cappad scenarios` computes on the year, five extra runs of the plan.
 */
export function yearScenarios(): Row[] {
  const row = (name: string, task: string | null, change: string, value: string | number | null, from: DayNumber | null = null, to: DayNumber | null = null): Row => ({
    Scénario: name,
    Production: "P03",
    Tâche: task,
    Changement: change,
    Valeur: value,
    Du: from === null ? null : day(from),
    Au: to === null ? null : day(to),
    Commentaire: null,
  });
  return [
    row("Montage plus court", "P03-010", "Durée (j)", 2),
    row("Samedis", null, "Jours ouvrés", "lun-sam", fromIso("2026-06-01") as DayNumber, fromIso("2026-07-31") as DayNumber),
    row("Sans étalonnage", "P03-070", "Supprimer tâche", null),
    row("PAD décalé", null, "PAD contractuel", null, fromIso("2027-01-15") as DayNumber),
    row("Pas avant et fermeture", "P03-020", "Pas avant", null, fromIso("2026-03-02") as DayNumber),
    row("Pas avant et fermeture", null, "Fermeture", null, fromIso("2026-08-03") as DayNumber, fromIso("2026-08-14") as DayNumber),
  ];
}
