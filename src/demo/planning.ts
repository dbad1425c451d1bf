/**
 * The demo plan (`cappad new --demo`), following src/demo/story.ts: FLEUVE and GLACIER in
 * post-production at the same time, today 2026-11-27.
 *  - FLEUVE's picture edit (F03) was frozen at 20 days in the baseline (`Durée réf. (j)`) and now needs
 *    25: it misses the broadcaster's screening slot (F04's deadline, red) and slips the PAD by 5 working
 *    days against the baseline, still before the PAD contractuel (orange: the overrun report explains
 *    it); its 5 extra days of Léa Martin and the editing room are the slip cost (5 × (850 + 180) = 5 150 €);
 *  - Léa Martin and the editing room work on F03 and G03 on the same days (the cross-production conflict);
 *  - the Christmas closure (24/12–01/01, with the holidays of 25/12 and 01/01) and Armistice (11/11) fall
 *    in the span; Léa's training days in January push G03 (known when GLACIER's baseline was frozen);
 *  - the picture edits read the séance log: F03 has no typed real start (its first séance, 05/11, is
 *    one) and a typed 60 %; G03 has neither: started at its first séance (23/11), 4 séance days of
 *    35 planned, about 11 % done.
 * Baseline dates are those the plan had when it was frozen (computed by the engine, kept as data).
 */
import { fromIso, type DayNumber } from "../core/dates/civil";
import type { OutValue } from "../workbook/values";
import { DEMO_DAY_OFF, DEMO_PRODUCTIONS, DEMO_TASKS, type DemoTaskId } from "./story";
// Rate, resolution, mix, broadcaster and foreign sales of each production.
import { DEMO_PROJECT_SETTINGS } from "./technical";

const d = (iso: string): { day: DayNumber } => ({ day: fromIso(iso) as DayNumber });

export const DEMO_PRODUCTION_ROWS: Record<string, OutValue>[] = [
  { ...production(DEMO_PRODUCTIONS.FLEUVE), Diffusion: d("2027-03-12"), ...DEMO_PROJECT_SETTINGS.FLEUVE, "Numéro d'objet": DEMO_PRODUCTIONS.FLEUVE.objectNumber },
  { ...production(DEMO_PRODUCTIONS.GLACIER), Diffusion: d("2027-04-02"), ...DEMO_PROJECT_SETTINGS.GLACIER, "Numéro d'objet": DEMO_PRODUCTIONS.GLACIER.objectNumber },
];

function production(p: { code: string; title: string; genre: string; minutes: number; client: string; pad: string }): Record<string, OutValue> {
  return {
    Code: p.code,
    Titre: p.title,
    Genre: p.genre,
    "Durée (min)": p.minutes,
    Client: p.client,
    // The producers' programmes: the facility's payroll does not use their agreement.
    Convention: null,
    Zone: "Métropole",
    "Jours ouvrés": "lun-ven",
    "PAD contractuel": d(p.pad),
  };
}

interface DemoTaskPlan {
  duration: number;
  after?: string;
  notBefore?: string;
  deadline?: string;
  actualStart?: string;
  actualFinish?: string;
  /** Fraction, as a cell formatted % holds it. */
  progress?: number;
  baseline?: [string, string];
  /** `Durée réf. (j)` when the frozen duration differs from today's (default: the same). */
  baselineDuration?: number;
}

const PLAN: Record<DemoTaskId, DemoTaskPlan> = {
  F01: { duration: 3, notBefore: "2026-11-02", actualStart: "2026-11-02", actualFinish: "2026-11-04", progress: 1, baseline: ["2026-11-02", "2026-11-04"] },
  F02: { duration: 4, after: "F01DD+1", actualStart: "2026-11-03", actualFinish: "2026-11-06", progress: 1, baseline: ["2026-11-03", "2026-11-06"] },
  F03: { duration: 25, after: "F02DD+2", progress: 0.6, baseline: ["2026-11-05", "2026-12-03"], baselineDuration: 20 },
  F04: { duration: 3, after: "F03", deadline: "2026-12-14", baseline: ["2026-12-04", "2026-12-08"] },
  F05: { duration: 0, after: "F04", baseline: ["2026-12-08", "2026-12-08"] },
  F06: { duration: 3, after: "F05", baseline: ["2026-12-09", "2026-12-11"] },
  F07: { duration: 5, after: "F06", baseline: ["2026-12-14", "2026-12-18"] },
  F08: { duration: 8, after: "F05", baseline: ["2026-12-09", "2026-12-18"] },
  F09: { duration: 2, after: "F08DD+3", baseline: ["2026-12-14", "2026-12-15"] },
  F10: { duration: 3, after: "F08;F09", baseline: ["2026-12-21", "2026-12-23"] },
  F11: { duration: 2, after: "F06", baseline: ["2026-12-14", "2026-12-15"] },
  F12: { duration: 2, after: "F10", baseline: ["2027-01-04", "2027-01-05"] },
  F13: { duration: 0, after: "F07;F10;F11;F12", baseline: ["2027-01-05", "2027-01-05"] },
  G01: { duration: 5, notBefore: "2026-11-02", actualStart: "2026-11-02", actualFinish: "2026-11-06", progress: 1, baseline: ["2026-11-02", "2026-11-06"] },
  G02: { duration: 8, after: "G01DD+2", actualStart: "2026-11-04", actualFinish: "2026-11-13", progress: 1, baseline: ["2026-11-04", "2026-11-13"] },
  G03: { duration: 35, after: "G02DD+3", notBefore: "2026-11-23", baseline: ["2026-11-23", "2027-01-22"] },
  G04: { duration: 4, after: "G03", baseline: ["2027-01-25", "2027-01-28"] },
  G05: { duration: 0, after: "G04", baseline: ["2027-01-28", "2027-01-28"] },
  G06: { duration: 8, after: "G05", baseline: ["2027-01-29", "2027-02-09"] },
  G07: { duration: 10, after: "G05", baseline: ["2027-01-29", "2027-02-11"] },
  G08: { duration: 5, after: "G07", baseline: ["2027-02-12", "2027-02-18"] },
  G09: { duration: 6, after: "G08", baseline: ["2027-02-19", "2027-02-26"] },
  G10: { duration: 0, after: "G06;G08;G09", baseline: ["2027-02-26", "2027-02-26"] },
};

export const DEMO_TASK_ROWS: Record<string, OutValue>[] = (Object.keys(DEMO_TASKS) as DemoTaskId[]).map((id) => {
  const [production, stage, name, resources] = DEMO_TASKS[id];
  const p = PLAN[id];
  const opt = (iso: string | undefined): OutValue => (iso ? d(iso) : null);
  return {
    ID: id,
    Production: production,
    Étape: stage,
    Tâche: name,
    Ressources: resources || null,
    "Durée (j)": p.duration,
    Prédécesseurs: p.after ?? null,
    "Pas avant": opt(p.notBefore),
    Échéance: opt(p.deadline),
    "Début réel": opt(p.actualStart),
    "Fin réelle": opt(p.actualFinish),
    Avancement: p.progress ?? null,
    "Début réf.": opt(p.baseline?.[0]),
    "Fin réf.": opt(p.baseline?.[1]),
    // What "Figer la référence" kept with the dates: the slip cost compares the plan with them.
    "Durée réf. (j)": p.baseline ? (p.baselineDuration ?? p.duration) : null,
    "Ressources réf.": p.baseline ? resources || null : null,
  };
});

export const DEMO_CLOSURE_ROWS: Record<string, OutValue>[] = [{ Production: null, Du: d("2026-12-24"), Au: d("2027-01-01"), Motif: "Fermeture de Noël du studio" }];

export const DEMO_UNAVAILABILITY_ROWS: Record<string, OutValue>[] = [
  { Ressource: "Léa Martin", Du: d("2027-01-11"), Au: d("2027-01-13"), Motif: "Formation étalonnage DaVinci" },
  { Ressource: DEMO_DAY_OFF.resource, Du: d(DEMO_DAY_OFF.iso), Au: d(DEMO_DAY_OFF.iso), Motif: DEMO_DAY_OFF.reason },
];
