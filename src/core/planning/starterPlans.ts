/**
 * "Nouvelle production": a complete task chain for a genre, from the starter plans in
 * src/data/planning/starterPlans.ts, with durations scaled from the programme length, scheduled
 * backwards from the PAD date (latest dates that still deliver on time) and forwards from today or
 * the end of shooting, so the coordinator sees at once whether the dates hold.
 */

import { WorkingCalendar } from "../calendar/workingCalendar";
import { normalizeKey } from "../calendar/zones";
import { DayNumber } from "../dates/civil";
import { DurationRule, STARTER_PLANS, StarterPlan } from "../../data/planning/starterPlans";
import { formatPredecessors, parsePredecessors, ParsedLink } from "./links";
import { TaskInput } from "./model";
import { CpmLink, CpmTask, scheduleNetwork } from "./schedule";

/** The starter plan for a `Genre` cell (case and accents ignored), or undefined. */
export function findStarterPlan(genre: string | undefined, plans: readonly StarterPlan[] = STARTER_PLANS): StarterPlan | undefined {
  const key = normalizeKey(genre ?? "");
  if (key === "") return undefined;
  return plans.find((p) => p.key === genre || p.genres.some((g) => normalizeKey(g) === key));
}

/** Working days of a stage for a programme of `minutes`: days + perMinute × minutes, rounded up, clamped. */
export function stageDuration(rule: DurationRule, minutes: number): number {
  const raw = (rule.days ?? 0) + (rule.perMinute ?? 0) * minutes;
  let d = Math.ceil(raw - 1e-9);
  if (rule.min !== undefined) d = Math.max(d, rule.min);
  if (rule.max !== undefined) d = Math.min(d, rule.max);
  return Math.max(0, d);
}

export interface StarterPlanOptions {
  /** `Genre` of the production (or a plan key such as "documentaire"). */
  genre: string;
  productionCode: string;
  /** `PAD contractuel` */
  padDate: DayNumber;
  /** The production's calendar. */
  calendar: WorkingCalendar;
  today: DayNumber;
  /** `Durée (min)`; default: the plan's. */
  minutes?: number;
  /** End of shooting when known: the chain starts there rather than at its latest date. */
  shootEnd?: DayNumber;
  plans?: readonly StarterPlan[];
}

export interface StarterTask extends TaskInput {
  duration: number;
  predecessors: string;
  /** Latest dates that still deliver the PAD on `padDate`. */
  latestStart: DayNumber;
  latestFinish: DayNumber;
  /** Forecast dates from today (or the end of shooting). */
  start: DayNumber;
  finish: DayNumber;
}

export interface StarterPlanResult {
  plan: { key: string; label: string };
  minutes: number;
  tasks: StarterTask[];
  /** The day the chain must start at the latest to deliver on `padDate`. */
  latestStart: DayNumber;
  /** Working days from today to `latestStart`: negative = the PAD date cannot hold. */
  marginDays: number;
  holds: boolean;
  /** PAD forecast if the chain starts as early as possible (today or end of shooting). */
  padForecast: DayNumber;
  /** Working days from `padDate` to `padForecast` (positive = late). */
  padSlipDays: number;
}

/** Builds the rows of a starter plan; undefined when no plan fits the genre. */
export function buildStarterPlan(options: StarterPlanOptions): StarterPlanResult | undefined {
  const plan = findStarterPlan(options.genre, options.plans);
  if (!plan) return undefined;
  const minutes = options.minutes !== undefined && options.minutes > 0 ? options.minutes : plan.defaultMinutes;
  const cal = options.calendar;
  const code = options.productionCode.trim();
  const width = Math.max(2, String(plan.stages.length).length);
  const idOf = new Map<string, string>();
  plan.stages.forEach((s, i) => idOf.set(s.key.toUpperCase(), `${code}-${String(i + 1).padStart(width, "0")}`));
  const indexOf = new Map<string, number>();
  plan.stages.forEach((s, i) => indexOf.set(s.key.toUpperCase(), i));

  const durations = plan.stages.map((s) => stageDuration(s.duration, minutes));
  const links: CpmLink[] = [];
  const texts: string[] = [];
  plan.stages.forEach((s, i) => {
    const parsed = parsePredecessors(s.after, (k) => idOf.has(k.toUpperCase()));
    if (!parsed.ok) throw new Error(`Plan type ${plan.key}, étape ${s.key} : ${parsed.error}`);
    const rewritten: ParsedLink[] = parsed.links.map((l) => {
      const key = l.predecessorId.toUpperCase();
      const from = indexOf.get(key);
      if (from === undefined) throw new Error(`Plan type ${plan.key}, étape ${s.key} : étape « ${l.predecessorId} » inconnue`);
      links.push({ from, to: i, type: l.type, lag: l.lag });
      return { ...l, predecessorId: idOf.get(key) as string };
    });
    texts.push(formatPredecessors(rewritten));
  });
  const roots = plan.stages.map((s) => (s.after ?? "").trim() === "");
  const padIndex = Math.max(0, plan.stages.findIndex((s) => s.pad));

  // Backwards: latest dates with the PAD milestone on padDate (today plays no part).
  const cpm = (notBefore: (i: number) => DayNumber | undefined): CpmTask[] =>
    durations.map((duration, i) => ({ group: 0, duration, calendar: cal, notBefore: notBefore(i), deadline: i === padIndex ? options.padDate : undefined }));
  const farPast = cal.workday(options.padDate, -5000);
  const back = scheduleNetwork(cpm(() => undefined), links, { today: farPast, groupFinish: [options.padDate] });
  let latestStart = back.lateStart[0];
  for (let i = 0; i < durations.length; i++) if (back.lateStart[i] < latestStart) latestStart = back.lateStart[i];

  // Forwards: from the end of shooting if known, else from the latest start (never before today).
  const anchor = options.shootEnd ?? latestStart;
  const fwd = scheduleNetwork(cpm((i) => (roots[i] ? anchor : undefined)), links, { today: options.today });
  const padForecast = fwd.finish[padIndex];
  const marginDays = cal.ordinalOnOrAfter(latestStart) - cal.ordinalOnOrAfter(options.today);

  const tasks: StarterTask[] = plan.stages.map((s, i) => ({
    id: idOf.get(s.key.toUpperCase()) as string,
    production: code,
    stage: s.stage,
    name: s.name,
    duration: durations[i],
    predecessors: texts[i],
    notBefore: roots[i] ? anchor : undefined,
    pad: s.pad ? true : undefined,
    latestStart: back.lateStart[i],
    latestFinish: back.lateFinish[i],
    start: fwd.start[i],
    finish: fwd.finish[i],
  }));
  return {
    plan: { key: plan.key, label: plan.label },
    minutes,
    tasks,
    latestStart,
    marginDays,
    holds: marginDays >= 0,
    padForecast,
    padSlipDays: cal.workingDaysBetween(options.padDate, padForecast),
  };
}
