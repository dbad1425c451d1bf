/**
 * The heat map of the coming weeks: one row per person or room (the busiest, as the check chose them),
 * one column per week, each cell the planned hours written in it and shaded by step of a quarter of the
 * week's limit; a week above the limits (hours or days) is red with a dark frame and its figure in bold,
 * so it is told apart without color too. Every cell's title gives the week, the hours, the days and why
 * it is overloaded.
 */
import { fromIso, toFrench, ymdFromDay, type DayNumber } from "../../core/dates/civil";
import { formatNumber } from "../../core/format/number";
import type { OverviewWorkload } from "../../commands/planning/overview";
import { cut, dayMonth, esc, shortMonth, svgRoot, tag } from "./svg";

export const NAME_W = 84;
export const CELL_W = 24;
export const CELL_H = 20;
export const HEAD_H = 28;
const GAP = 2;

/** Hours the shading is graded against when the payroll gives no weekly limit. */
const DEFAULT_LIMIT = 48;

/** Shade 0 (nothing planned) to 4 (up to the limit), or "over". */
export function level(hours: number, over: boolean, maxHours: number | null): number | "over" {
  if (over) return "over";
  if (hours <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((hours / (maxHours ?? DEFAULT_LIMIT)) * 4)));
}

export function cellX(week: number): number {
  return NAME_W + week * CELL_W + 1;
}

export function cellY(row: number): number {
  return HEAD_H + row * (CELL_H + GAP);
}

const mondays = (w: OverviewWorkload): DayNumber[] => w.weeks.map((iso) => fromIso(iso) as DayNumber);

export function workloadSvg(w: OverviewWorkload, id: string): string {
  const weeks = mondays(w);
  const width = NAME_W + weeks.length * CELL_W + GAP;
  const height = HEAD_H + w.rows.length * (CELL_H + GAP) + 2;
  const overloaded = w.rows.filter((r) => r.over.some(Boolean)).length;
  const desc =
    `${w.rows.length} personne(s) ou salle(s), ${weeks.length} semaines à partir du ${toFrench(weeks[0])}` +
    `${overloaded ? `, dont ${overloaded} surchargée(s) au moins une semaine` : ", aucune surcharge"}. Le détail est dans le texte qui suit l'image.`;
  const head = weeks.map((m, i) => tag("text", { class: "week-label", x: cellX(i) + (CELL_W - GAP) / 2, y: 11 }, String(ymdFromDay(m).day)) + tag("text", { class: "week-month", x: cellX(i) + (CELL_W - GAP) / 2, y: 22 }, esc(shortMonth(m)))).join("");
  const rows = w.rows.map((r, j) => rowSvg(w, weeks, r, j)).join("");
  return svgRoot(id, width, height, "Charge des semaines à venir par personne et par salle", desc, head + rows);
}

function rowSvg(w: OverviewWorkload, weeks: DayNumber[], r: OverviewWorkload["rows"][number], j: number): string {
  const y = cellY(j);
  const label = tag("text", { class: "row-label", x: 2, y: y + 14 }, esc(cut(r.name, 13)) + tag("title", {}, esc(`${r.name} (${r.productions.join(", ")})`)));
  const cells = weeks.map((m, i) => {
    const lv = level(r.hours[i], r.over[i], w.maxHours);
    const title = tag("title", {}, esc(cellSentence(w, r, i, m)));
    const rect = tag("rect", { class: `cell l${lv}`, x: cellX(i), y, width: CELL_W - GAP, height: CELL_H, rx: 2 });
    const text = r.hours[i] > 0 ? tag("text", { class: `cell-text${lv === "over" ? " over" : ""}`, x: cellX(i) + (CELL_W - GAP) / 2, y: y + 14 }, esc(formatNumber(r.hours[i]))) : "";
    return tag("g", { "data-week": w.weeks[i], "data-level": lv }, title + rect + text);
  });
  return tag("g", { class: "resource", "data-resource": r.name }, label + cells.join(""));
}

/** « semaine du 30/11/2026 : 80 h sur 5 jours — surcharge (plus de 48 h) » */
function cellSentence(w: OverviewWorkload, r: OverviewWorkload["rows"][number], i: number, monday: DayNumber): string {
  const base = `${r.name}, semaine du ${toFrench(monday)} : ${weekFigures(r.hours[i], r.days[i])}`;
  return r.over[i] ? `${base} — ${overWhy(w, r.hours[i], r.days[i])}` : base;
}

function weekFigures(hours: number, days: number): string {
  return hours > 0 ? `${formatNumber(hours)} h sur ${days} jour${days > 1 ? "s" : ""}` : "rien de prévu";
}

function overWhy(w: OverviewWorkload, hours: number, days: number): string {
  const why: string[] = [];
  if (w.maxHours !== null && hours > w.maxHours) why.push(`plus de ${formatNumber(w.maxHours)} h`);
  if (days > w.maxDays) why.push(`plus de ${w.maxDays} jours`);
  return `surcharge${why.length ? ` (${why.join(", ")})` : ""}`;
}

/** The text alternative: one line per person or room, its weeks with work, the overloaded ones said (the cap is said beside, `leftOutText`). */
export function workloadLines(w: OverviewWorkload): string[] {
  const weeks = mondays(w);
  return w.rows.map((r) => {
    const busy = weeks.flatMap((m, i) => (r.hours[i] > 0 ? [`sem. du ${dayMonth(m)} : ${weekFigures(r.hours[i], r.days[i])}${r.over[i] ? ` — ${overWhy(w, r.hours[i], r.days[i])}` : ""}`] : []));
    return `${r.name} (${r.productions.join(", ")}) : ${busy.join(" ; ")}.`;
  });
}

/**
 * The cap, said: « 3 autres personnes ou salles ont du travail ces semaines-là… ». Narrowed to one
 * production, the rows shown are those of the busiest of all that it books: its others may be left out.
 */
export function leftOutText(w: OverviewWorkload, oneProduction = false): string {
  if (oneProduction)
    return "Le volet ne reçoit que les personnes et salles les plus chargées, toutes productions confondues : d'autres que réserve cette production peuvent manquer (la feuille Charge les montre toutes).";
  const who = w.leftOut > 1 ? `${w.leftOut} autres personnes ou salles ont` : "1 autre personne ou salle a";
  return `${who} du travail ces semaines-là : seules les ${w.rows.length} plus chargées sont montrées (la feuille Charge les montre toutes).`;
}
