/**
 * The demo's CDDU contracts (`Contrats`), following src/demo/story.ts: Studio Cap Nord, a technical
 * facility, hires its editors under its own agreement (IDCC 3252, the employer's in `Societe`), with
 * the job titles of the facility grid. Hugo Bernard is hired for each production's rushes and
 * synchronisation (the two contracts overlap on 2–6 November: one employer, one week, so his hours on
 * both count together for overtime); Léa Martin for FLEUVE's picture edit until its planned end, then
 * GLACIER's from 23 November. Every séance of the month falls inside one of them.
 */
import { fromIso, type DayNumber } from "../core/dates/civil";
import type { OutValue } from "../workbook/values";
import { DEMO_PRODUCTIONS } from "./story";

const d = (iso: string): { day: DayNumber } => ({ day: fromIso(iso) as DayNumber });

const contract = (name: string, production: keyof typeof DEMO_PRODUCTIONS, start: string, end: string, fonction: string, statut: string, salaire: number, unite: string): Record<string, OutValue> => ({
  Nom: name,
  Production: production,
  Début: d(start),
  Fin: d(end),
  Fonction: fonction,
  Statut: statut,
  Salaire: salaire,
  "Unité salaire": unite,
  "Numéro d'objet": DEMO_PRODUCTIONS[production].objectNumber,
});

export const DEMO_CONTRACT_ROWS: Record<string, OutValue>[] = [
  contract("Hugo Bernard", "FLEUVE", "2026-11-02", "2026-11-06", "Assistant monteur AV", "Intermittent technicien", 146.01, "jour"),
  contract("Hugo Bernard", "GLACIER", "2026-11-02", "2026-11-13", "Assistant monteur AV", "Intermittent technicien", 146.01, "jour"),
  contract("Léa Martin", "FLEUVE", "2026-11-05", "2026-12-11", "Chef monteur AV", "Intermittent technicien cadre", 1850, "semaine 39 h"),
  contract("Léa Martin", "GLACIER", "2026-11-23", "2027-01-22", "Chef monteur AV", "Intermittent technicien cadre", 1850, "semaine 39 h"),
];
