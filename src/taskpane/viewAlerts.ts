/**
 * The Alertes list: filters by severity (the production picker on top filters too), groups by
 * production then sheet, each alert a link that selects its cell in Excel. A sheet with more than
 * GROUP_ALERTS_ABOVE alerts shows them by code, as the `Alertes` sheet does (`groupByCode`): each
 * code's first alert, and how many more, opened on demand. Messages quote cells: they are inserted as text, never as markup.
 */
import { countBySeverity, GROUP_ALERTS_ABOVE, groupByCode, SEVERITY_LABEL, sortAlerts, type Alert, type AlertGroup, type Severity } from "../core/alerts";
import { alertsOfProduction, groupAlerts, SEVERITIES, type ProductionGroup } from "./alertGroups";
import { button, el, icon } from "./dom";
import { PAGE, type PaneControls } from "./controller";
import type { PaneModel } from "./model";

const PLURAL: Record<Severity, [string, string]> = {
  error: ["erreur", "erreurs"],
  warning: ["avertissement", "avertissements"],
  info: ["information", "informations"],
};

export function severityCount(s: Severity, n: number): string {
  return `${n} ${PLURAL[s][n > 1 ? 1 : 0]}`;
}

export function alertsPanel(m: PaneModel, c: PaneControls): HTMLElement | null {
  if (!m.host) return null;
  const panel = el("section", { class: "card alerts-panel", "aria-labelledby": "alerts-title" });
  const all = m.alerts ?? [];
  const scoped = alertsOfProduction(all, m.production);
  panel.append(el("h2", { id: "alerts-title", tabindex: "-1", "data-key": "alerts-title" }, "Alertes", el("span", { class: "count" }, String(scoped.length))));
  if (!m.alerts) {
    panel.append(el("p", { class: "muted" }, "Lancez « Vérifier et recalculer » (section Planning) pour voir ce qui est en retard, incohérent ou mal saisi."));
    return panel;
  }
  if (m.checkedAt === undefined) panel.append(el("p", { class: "muted small" }, "Alertes de la dernière vérification enregistrée dans la feuille Alertes."));
  const counts = countBySeverity(scoped);
  panel.append(
    el(
      "div",
      { class: "filters", role: "group", "aria-label": "Gravités affichées" },
      ...SEVERITIES.map((s) =>
        button([icon(s), el("span", {}, severityCount(s, counts[s]))], { class: `chip ${s}`, "aria-pressed": String(m.severities.has(s)), "data-key": `filter-${s}` }, () =>
          c.toggleSeverity(s),
        ),
      ),
    ),
  );
  const groups = groupAlerts(all, { production: m.production, severities: m.severities });
  if (!groups.length) {
    panel.append(el("p", { class: "empty" }, icon("success"), scoped.length ? " Aucune alerte de la gravité choisie." : " Aucune alerte : tout est en ordre."));
    return panel;
  }
  for (const g of groups) panel.append(productionGroup(m, g, c));
  return panel;
}

function productionGroup(m: PaneModel, g: ProductionGroup, c: PaneControls): HTMLElement {
  const key = g.production || "(commun)";
  const open = !m.folded.has(key);
  const title = g.production ? productionTitle(m, g.production) : "Commun à toutes les productions";
  const bodyId = `group-${slug(key)}`;
  const head = button(
    [
      icon("chevron", open ? "open" : ""),
      el("span", { class: "group-name" }, title),
      ...SEVERITIES.filter((s) => g.counts[s]).map((s) => el("span", { class: `badge ${s}` }, severityCount(s, g.counts[s]))),
    ],
    { class: "group-head", "aria-expanded": String(open), "aria-controls": bodyId, "data-key": `group-${key}` },
    () => c.toggleFold(key),
  );
  const body = el("div", { id: bodyId, class: "group-body", hidden: !open });
  if (open)
    for (const s of g.sheets) {
      const groupKey = `${key}|${s.sheet}`;
      const list = s.alerts.length > GROUP_ALERTS_ABOVE ? codeGroups(m, s.alerts, c, groupKey) : alertList(m, s.alerts, c, groupKey, true);
      body.append(el("h3", { class: "sheet-name" }, `Feuille ${s.sheet || "(classeur)"}`), list);
    }
  return el("div", { class: "group" }, el("h3", { class: "group-title" }, head), body);
}

function productionTitle(m: PaneModel, code: string): string {
  const p = m.workbook?.productions.find((x) => x.code === code);
  return p?.title ? `${code} — ${p.title}` : code;
}

/** A list of alerts, long lists shown by pages of PAGE. */
export function alertList(m: PaneModel, alerts: readonly Alert[], c: PaneControls, groupKey: string, sorted = false): HTMLElement {
  const list = sorted ? alerts : sortAlerts(alerts);
  const limit = m.shown[groupKey] ?? PAGE;
  const ul = el("ul", { class: "alert-list" }, ...list.slice(0, limit).map((a, i) => alertItem(m, a, c, `${groupKey}#${i}`)));
  if (list.length <= limit) return ul;
  const more = Math.min(PAGE, list.length - limit);
  return el("div", {}, ul, button(`Afficher ${more} alerte(s) de plus (sur ${list.length - limit} restantes)`, { class: "btn subtle more", "data-key": `more-${groupKey}` }, () => c.showMore(groupKey)));
}

/** A long sheet's alerts by code: each code's first alert, the others behind a button. */
function codeGroups(m: PaneModel, alerts: readonly Alert[], c: PaneControls, sheetKey: string): HTMLElement {
  return el("ul", { class: "alert-list" }, ...groupByCode(alerts).map((g) => codeGroup(m, g, c, `${sheetKey}|${g.code}`)));
}

function codeGroup(m: PaneModel, g: AlertGroup, c: PaneControls, key: string): HTMLElement {
  const item = alertItem(m, g.alerts[0], c, `${key}#0`);
  const others = g.alerts.length - 1;
  if (others === 0) return item;
  const open = m.expanded.has(key);
  const listId = `codes-${slug(key)}`;
  const toggle = button(
    [icon("chevron", open ? "open" : ""), el("span", {}, open ? `Masquer les ${others} autres` : `${others} autre(s) du même type`)],
    { class: "btn subtle more", "aria-expanded": String(open), "aria-controls": listId, "data-key": `expand-${key}` },
    () => c.toggleExpanded(key),
  );
  const body = item.querySelector(".alert-body") ?? item;
  body.append(toggle);
  if (open) body.append(el("div", { id: listId }, alertList(m, g.alerts.slice(1), c, key, true)));
  return item;
}

function alertItem(m: PaneModel, a: Alert, c: PaneControls, key: string): HTMLElement {
  const canSelect = Boolean(m.host?.select && a.cell);
  const where = a.cell || (a.row ? `${a.sheet}, ligne ${a.row}` : a.sheet);
  const location = canSelect
    ? button([icon("target"), el("span", {}, `Aller à ${a.cell}`)], { class: "link", "data-key": `cell-${key}`, title: "Sélectionner la cellule dans Excel" }, () => c.select(a.cell))
    : where
      ? el("span", { class: "location" }, where)
      : null;
  return el(
    "li",
    // The stable code is for support and tools, not for reading: a tooltip is enough.
    { class: `alert ${a.severity}`, title: a.code, "data-code": a.code },
    el("span", { class: "alert-icon", role: "img", "aria-label": SEVERITY_LABEL[a.severity] }, icon(a.severity)),
    el("div", { class: "alert-body" }, el("p", { class: "alert-message" }, a.message), location ? el("p", { class: "alert-meta" }, location) : null),
  );
}

function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/g, "_");
}
