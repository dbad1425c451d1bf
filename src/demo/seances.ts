/**
 * The demo séance log (`Seances`) for November 2026, following src/demo/story.ts and the plan of
 * src/demo/planning.ts: Hugo Bernard receives and syncs the rushes of both productions (F01, F02,
 * G01, G02, 2–13 November), Léa Martin cuts FLEUVE (F03, from 5 November) then GLACIER as well (G03,
 * from 23 November), in Salle montage 2. Times are the ones a coordinator types from the bons de
 * séance, up to "today" (27/11). Four errors are there on purpose, for the checks to catch (the
 * facility agreement's 10 h day adds the long days of src/demo/story.ts):
 *  - Hugo ends at 23:30 on 10/11 and starts at 07:30 on the 11th (a holiday worked): 8 h of rest (PAIE_REPOS_11H);
 *  - a séance of Hugo on 12/11, a day he is marked unavailable in `Indisponibilites` (PAIE_INDISPONIBLE);
 *  - Léa works 13,25 h on 19/11, the eve of the producer's screening (PAIE_JOURNEE_12H);
 *  - on 24/11 Léa is logged on FLEUVE until 19:30 and on GLACIER from 18:00 (PAIE_CHEVAUCHEMENT);
 */
import { fromIso, type DayNumber } from "../core/dates/civil";
import type { OutValue } from "../workbook/values";
import { DEMO_DAY_OFF, DEMO_TASKS, type DemoTaskId } from "./story";

type Seance = [iso: string, task: DemoTaskId, resource: string, start: string, end: string, pause: number, comment?: string];

const HUGO = DEMO_DAY_OFF.resource;
const LEA = "Léa Martin";
const ROOM = "Salle montage 2";

const SEANCES: Seance[] = [
  ["2026-11-02", "F01", HUGO, "09:00", "13:00", 0, "Réception des disques, double sauvegarde LTO"],
  ["2026-11-02", "G01", HUGO, "14:00", "19:00", 0, "Rushes du Groenland, copie et contrôle"],
  ["2026-11-03", "F01", HUGO, "09:00", "12:30", 0],
  ["2026-11-03", "F02", HUGO, "13:30", "19:00", 0],
  ["2026-11-04", "G01", HUGO, "09:00", "13:00", 0],
  ["2026-11-04", "G02", HUGO, "14:00", "19:30", 0],
  ["2026-11-05", "F02", HUGO, "09:00", "18:30", 60, "Synchro son image"],
  ["2026-11-06", "F02", HUGO, "09:00", "13:00", 0],
  ["2026-11-06", "G01", HUGO, "14:00", "18:00", 0],
  ["2026-11-09", "G02", HUGO, "09:30", "19:00", 60, "Transcriptions des entretiens"],
  ["2026-11-10", "G02", HUGO, "11:00", "23:30", 60, "Transcriptions à rendre pour la réalisatrice"],
  ["2026-11-11", "G02", HUGO, "07:30", "15:00", 30, "Férié travaillé (accord du salarié)"],
  [DEMO_DAY_OFF.iso, "G02", HUGO, "09:30", "18:30", 60],
  ["2026-11-13", "G02", HUGO, "09:30", "18:00", 60],
  ["2026-11-05", "F03", LEA, "09:30", "19:30", 60],
  ["2026-11-06", "F03", LEA, "09:30", "19:30", 60],
  ["2026-11-09", "F03", LEA, "09:30", "19:00", 60],
  ["2026-11-10", "F03", LEA, "09:30", "19:00", 60],
  ["2026-11-12", "F03", LEA, "09:30", "19:00", 60],
  ["2026-11-13", "F03", LEA, "09:30", "19:00", 60],
  ["2026-11-16", "F03", LEA, "09:30", "19:00", 60],
  ["2026-11-17", "F03", LEA, "09:30", "19:00", 60],
  ["2026-11-18", "F03", LEA, "09:30", "19:30", 60],
  ["2026-11-19", "F03", LEA, "08:30", "22:30", 45, "Version pour la projection producteur"],
  ["2026-11-20", "F03", LEA, "09:30", "18:00", 60],
  ["2026-11-23", "G03", LEA, "09:30", "13:00", 0, "Lancement du montage GLACIER"],
  ["2026-11-23", "F03", LEA, "14:00", "20:00", 0],
  ["2026-11-24", "F03", LEA, "09:30", "19:30", 60],
  ["2026-11-24", "G03", LEA, "18:00", "20:00", 0],
  ["2026-11-25", "G03", LEA, "09:30", "19:00", 60],
  ["2026-11-26", "F03", LEA, "09:00", "20:30", 60],
  ["2026-11-27", "G03", LEA, "09:30", "18:30", 60],
];

/** The editing room follows Léa's séances (the room is billed; it has no hours rules). */
const ROOM_SEANCES: Seance[] = SEANCES.filter((s) => s[2] === LEA).map(([iso, task, , start, end, pause]) => [iso, task, ROOM, start, end, pause]);

const day = (iso: string): { day: DayNumber } => ({ day: fromIso(iso) as DayNumber });
/** A time of day as Excel stores it: a fraction of a day. */
const time = (hhmm: string): number => {
  const [h, m] = hhmm.split(":").map(Number);
  return (h * 60 + m) / 1440;
};

export const DEMO_SEANCE_ROWS: Record<string, OutValue>[] = [...SEANCES, ...ROOM_SEANCES]
  .sort((a, b) => a[0].localeCompare(b[0]) || a[2].localeCompare(b[2]) || a[3].localeCompare(b[3]))
  .map(([iso, task, resource, start, end, pause, comment]) => ({
    Date: day(iso),
    Production: DEMO_TASKS[task][0],
    Tâche: task,
    Ressource: resource,
    Arrivée: time(start),
    Départ: time(end),
    "Pause (min)": pause || null,
    Commentaire: comment ?? null,
  }));
