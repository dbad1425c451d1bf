/**
 * The timeline of every production: one row each, from its first task to its PAD prévu, with its three
 * PAD dates marked by three shapes (référence: a ring wide enough to show around the others on the same day, contractuel: an upright bar, prévu: a diamond,
 * red when it is after the contract, the days of delay drawn as a red segment), today's line, months and
 * weeks on the axis. Sized in pixels from the dates: the span fits the pane's width, a long span scrolls
 * inside its box (never the page).
 */
import { fromIso, toFrench, weekStart, ymdFromDay, type DayNumber } from "../../core/dates/civil";
import type { OverviewProduction } from "../../commands/planning/overview";
import { slipText } from "../model";
import { cut, esc, px, shortMonth, svgRoot, tag } from "./svg";

export const LABEL_W = 64;
/** Width the dates get in a 320 px pane (280 px inside the card, less the labels and a margin). */
export const PLOT_W = 212;
/** Below this a week would be too thin to read: the picture grows and scrolls instead. */
export const MIN_PX_PER_DAY = 1.2;
export const AXIS_H = 32;
export const ROW_H = 24;
const RIGHT = 4;

export interface TimelineScale {
  /** Monday of the first week shown. */
  from: DayNumber;
  /** Day after the last one shown. */
  to: DayNumber;
  pxPerDay: number;
  width: number;
  x(day: DayNumber): number;
}

const day = (iso: string | null): DayNumber | undefined => (iso ? fromIso(iso) : undefined);
const datesOf = (p: OverviewProduction): DayNumber[] => [p.start, p.padBaseline, p.padForecast, p.padTarget].flatMap((d) => day(d) ?? []);

/** From the Monday before the first date (or today) to a week after the last one. */
export function timelineScale(rows: readonly OverviewProduction[], today: DayNumber): TimelineScale {
  const all = [today, ...rows.flatMap(datesOf)];
  const from = weekStart(Math.min(...all));
  const to = Math.max(...all) + 7;
  const pxPerDay = Math.max(PLOT_W / (to - from), MIN_PX_PER_DAY);
  return { from, to, pxPerDay, width: Math.ceil(LABEL_W + (to - from) * pxPerDay + RIGHT), x: (d) => px(LABEL_W + (d - from) * pxPerDay) };
}

export const isLate = (p: OverviewProduction): boolean => (p.padSlipDays ?? 0) > 0;

/** The timeline as SVG markup (`id` prefixes the ids of its title and description). */
export function timelineSvg(rows: readonly OverviewProduction[], today: DayNumber, id: string): string {
  const s = timelineScale(rows, today);
  const height = AXIS_H + rows.length * ROW_H + 4;
  const late = rows.filter(isLate).length;
  const desc = `${rows.length} production${rows.length > 1 ? "s" : ""}${late ? `, dont ${late} en retard sur le PAD contractuel` : ""}. Axe du ${toFrench(s.from)} au ${toFrench(s.to - 1)}. Le détail est dans le texte qui suit l'image.`;
  const body = axis(s, height) + rows.map((p, i) => row(p, s, AXIS_H + i * ROW_H + ROW_H / 2)).join("") + todayLine(s, today, height);
  return svgRoot(id, s.width, height, "Calendrier des PAD par production", desc, body);
}

/** Month boundaries (name, and the year under January and the first month), Monday ticks. */
function axis(s: TimelineScale, height: number): string {
  const parts: string[] = [tag("line", { class: "axis", x1: LABEL_W, x2: s.width - RIGHT, y1: AXIS_H - 4, y2: AXIS_H - 4 })];
  let first = true;
  for (let d = s.from; d < s.to; d++) {
    const { day: dom, month } = ymdFromDay(d);
    if ((d - s.from) % 7 === 0) parts.push(tag("line", { class: "tick", x1: s.x(d), x2: s.x(d), y1: AXIS_H - 7, y2: AXIS_H - 4 }));
    if (dom !== 1 && !(first && d === s.from)) continue;
    if (dom === 1) parts.push(tag("line", { class: "month", x1: s.x(d), x2: s.x(d), y1: AXIS_H - 4, y2: height }));
    // A month label needs about 26 px: left out when its month (or the axis) ends sooner.
    const room = Math.min(daysLeftInMonth(d), s.to - d) * s.pxPerDay >= 26;
    if (room) {
      parts.push(tag("text", { class: "axis-label", x: px(s.x(d) + 2), y: 11 }, esc(shortMonth(d))));
      if (first || month === 1) parts.push(tag("text", { class: "axis-year", x: px(s.x(d) + 2), y: 21 }, String(ymdFromDay(d).year)));
      first = false;
    }
  }
  return parts.join("");
}

function daysLeftInMonth(d: DayNumber): number {
  let n = 0;
  while (ymdFromDay(d + n).month === ymdFromDay(d).month) n++;
  return n;
}

function row(p: OverviewProduction, s: TimelineScale, cy: number): string {
  const late = isLate(p);
  const [start, baseline, forecast, target] = [p.start, p.padBaseline, p.padForecast, p.padTarget].map(day);
  const parts: string[] = [tag("title", {}, esc(productionSentence(p)))];
  parts.push(tag("text", { class: `row-label${late ? " late" : ""}`, x: 2, y: cy + 4 }, esc(cut(p.code, 9))));
  if (start !== undefined && forecast !== undefined && forecast >= start)
    parts.push(tag("rect", { class: "span", x: s.x(start), y: cy - 4, width: px(Math.max(s.x(forecast) - s.x(start), 1)), height: 8, rx: 2 }));
  if (late && target !== undefined && forecast !== undefined)
    parts.push(tag("rect", { class: "delay", x: s.x(target), y: cy - 2, width: px(s.x(forecast) - s.x(target)), height: 4 }));
  if (baseline !== undefined) parts.push(tag("circle", { class: "mark-baseline", cx: s.x(baseline), cy, r: 6.5 }));
  if (target !== undefined) parts.push(tag("rect", { class: "mark-target", x: px(s.x(target) - 1.5), y: cy - 8, width: 3, height: 16 }));
  if (forecast !== undefined) parts.push(tag("path", { class: `mark-forecast${late ? " late" : ""}`, d: diamond(s.x(forecast), cy, 5.5) }));
  return tag("g", { class: "production", "data-production": p.code }, parts.join(""));
}

export function diamond(cx: number, cy: number, r: number): string {
  return `M${px(cx)} ${px(cy - r)}L${px(cx + r)} ${px(cy)}L${px(cx)} ${px(cy + r)}L${px(cx - r)} ${px(cy)}Z`;
}

function todayLine(s: TimelineScale, today: DayNumber, height: number): string {
  return tag("line", { class: "today", x1: s.x(today), x2: s.x(today), y1: AXIS_H - 6, y2: height });
}

/** The text alternative: one sentence per production, every date of the picture. */
export function productionSentence(p: OverviewProduction): string {
  const d = (iso: string | null): string => (day(iso) === undefined ? "non connu" : toFrench(day(iso)!));
  const head = `${p.code}${p.title ? ` — ${p.title}` : ""}`;
  const facts = [`PAD prévu ${d(p.padForecast)}`, `PAD contractuel ${d(p.padTarget)}`, `PAD référence ${p.padBaseline ? d(p.padBaseline) : "non figé"}`];
  if (p.start) facts.push(`début ${d(p.start)}`);
  return `${head} : ${facts.join(", ")}${p.padSlipDays === null ? "" : ` — ${slipText(p.padSlipDays)}`}${p.status ? ` (${p.status})` : ""}.`;
}
