/**
 * « Vue d'ensemble »: the two pictures of the last check (`overview` of its report) — every
 * production's PAD dates on a timeline, and the coming weeks' load of the busiest people and rooms —
 * each with its legend and a text alternative. Folded at first: the pictures' code is loaded and the
 * SVG built only once the user opens it (the first paint carries neither). Narrowed to the production
 * chosen at the top of the pane.
 */
import type { Overview } from "../commands/planning/overview";
import { fromIso } from "../core/dates/civil";
import { append, el } from "./dom";
import type { PaneControls } from "./controller";
import type { PaneModel } from "./model";

type Charts = typeof import("./charts");

export function overviewCard(m: PaneModel, c: PaneControls): HTMLElement | null {
  const o = m.overview;
  if (!m.host || m.blocker || !o) return null;
  const shown = narrowed(o, m.production);
  if (!shown.timeline.length && !shown.workload.rows.length) return null;
  const open = m.overviewOpen;
  const details = el(
    "details",
    { class: "card section overview", "data-section": "vue", open },
    el("summary", { "data-key": "section-vue" }, el("h2", {}, "Vue d'ensemble"), el("span", { class: "muted small" }, "PAD et charge")),
  );
  if (open) {
    const charts = c.charts();
    if (!charts) details.append(el("p", { class: "muted small" }, "Chargement des images…"));
    else append(details, timelineBlock(charts, shown, o.today), workloadBlock(charts, shown, m.production !== ""));
  }
  details.addEventListener("toggle", () => {
    if (details.open !== open) c.setOverviewOpen(details.open);
  });
  return details;
}

/** Only the chosen production, and the people and rooms it books (their hours still count every production). */
function narrowed(o: Overview, production: string): Overview {
  if (!production) return o;
  return { ...o, timeline: o.timeline.filter((p) => p.code === production), workload: { ...o.workload, rows: o.workload.rows.filter((r) => r.productions.includes(production)) } };
}

function timelineBlock(charts: Charts, o: Overview, today: string): HTMLElement | null {
  if (!o.timeline.length) return null;
  return el(
    "div",
    { class: "chart-block", "data-chart": "timeline" },
    el("h3", {}, "Calendrier des PAD"),
    legend(charts.TIMELINE_LEGEND),
    scroller("Calendrier des PAD", charts.timelineSvg(o.timeline, fromIso(today) ?? 0, "vue-pad")),
    textAlternative("Les dates en texte", o.timeline.map(charts.productionSentence)),
  );
}

function workloadBlock(charts: Charts, o: Overview, oneProduction: boolean): HTMLElement | null {
  const w = o.workload;
  if (!w.rows.length) return null;
  return el(
    "div",
    { class: "chart-block", "data-chart": "workload" },
    el("h3", {}, "Charge des semaines à venir"),
    el("p", { class: "muted small" }, "Heures prévues au planning, toutes productions confondues (8 h par jour de tâche)."),
    legend(charts.workloadLegend(w.maxHours, w.maxDays)),
    scroller("Charge des semaines à venir", charts.workloadSvg(w, "vue-charge")),
    w.leftOut > 0 ? el("p", { class: "muted small left-out" }, charts.leftOutText(w, oneProduction)) : null,
    textAlternative("La charge en texte", charts.workloadLines(w)),
  );
}

function legend(items: [string, string][]): HTMLElement {
  return el("ul", { class: "legend" }, ...items.map(([symbol, text]) => el("li", {}, svgNode(symbol), el("span", {}, text))));
}

/** The picture in a box that scrolls sideways when it is wider than the pane (the page never does). */
function scroller(label: string, svg: string): HTMLElement {
  return el("div", { class: "chart-scroll", role: "group", "aria-label": label, tabindex: "0" }, svgNode(svg));
}

function textAlternative(summary: string, lines: string[]): HTMLElement {
  return el("details", { class: "chart-text" }, el("summary", {}, summary), el("ul", {}, ...lines.map((l) => el("li", {}, l))));
}

/**
 * Markup built by the charts (every text escaped there) parsed as XML, not HTML: nothing in it can run,
 * and a malformed picture shows as nothing rather than as broken markup.
 */
function svgNode(markup: string): Element | null {
  const doc = new DOMParser().parseFromString(markup, "image/svg+xml");
  if (doc.getElementsByTagName("parsererror").length) return null;
  return document.importNode(doc.documentElement, true);
}
