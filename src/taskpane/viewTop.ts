/** Top of the pane: the file (browser mode), the production and month pickers, the state of the workbook. */
import type { Severity } from "../core/alerts";
import { alertsOfProduction, SEVERITIES } from "./alertGroups";
import { append, button, el, icon } from "./dom";
import type { Choice, PaneControls } from "./controller";
import { FileHost } from "./hosts";
import { monthLabel } from "../core/dates/civil";
import { frenchDate, slipText, type PaneModel } from "./model";
import { resultCard } from "./viewResult";
import { severityCount } from "./viewAlerts";
import { countBySeverity } from "../core/alerts";
import { PRODUCTION_STATUS } from "../core/planning/status";

export function noticesBar(m: PaneModel): HTMLElement | null {
  if (!m.blocker && !m.notices.length) return null;
  return el(
    "div",
    { class: `notice ${m.blocker ? "blocking" : ""}` },
    ...(m.blocker ? [m.blocker] : m.notices).map((text) => el("p", {}, icon(m.blocker ? "error" : "info"), el("span", {}, text))),
  );
}

/**
 * The page's one file input: it lives outside the redrawn regions, so the button that opens it (a real
 * button, reached with Tab, pressed with Enter or Space) always has it at hand.
 */
export function fileInput(c: PaneControls): HTMLInputElement {
  const input = el("input", { type: "file", accept: ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", id: "file-input", class: "visually-hidden", tabindex: "-1", "aria-hidden": "true" });
  input.addEventListener("change", () => {
    const f = input.files?.[0];
    input.value = "";
    if (f) c.openFile(f);
  });
  return input;
}

export function fileBar(m: PaneModel, c: PaneControls, input: HTMLInputElement): HTMLElement | null {
  const host = m.host;
  if (!(host instanceof FileHost)) return null;
  const open = button([icon("open"), el("span", {}, host.bytes ? "Ouvrir un autre classeur…" : "Ouvrir un classeur…")], { class: `btn ${host.bytes ? "secondary" : "primary"}`, "data-key": "file-open" }, () => input.click());
  const card = el("section", { class: "card file-card", "aria-label": "Classeur" });
  if (host.bytes) {
    card.append(
      el("p", { class: "file-name" }, icon("file"), el("strong", {}, host.fileName), host.changed ? el("span", { class: "badge warning" }, "modifié, à télécharger") : null),
    );
    const save = button([icon("download"), el("span", {}, "Télécharger le résultat")], { class: `btn ${host.changed ? "primary" : "secondary"}`, id: "download", "data-key": "file-save" }, () => c.saveFile());
    card.append(el("div", { class: "row" }, save, open));
  } else {
    card.append(
      el("p", { class: "drop-hint" }, "Ouvrez un classeur .xlsx, ou glissez-le ici. Il reste sur votre ordinateur : rien n'est envoyé nulle part."),
      el("div", { class: "row" }, open),
      el("p", { class: "muted small" }, "Pas encore de classeur ? Section Modèles : « Créer un classeur complet » ou « Créer un classeur d'exemple »."),
    );
  }
  if (m.pendingFile) {
    card.append(
      el(
        "div",
        { class: "confirm", role: "group", "aria-label": "Classeur non téléchargé" },
        el("p", {}, `Le classeur modifié n'a pas été téléchargé. Ouvrir « ${m.pendingFile.name} » quand même ?`),
        el(
          "div",
          { class: "row" },
          button("Garder le classeur actuel", { class: "btn primary", "data-key": "file-keep" }, () => c.resolvePending(false)),
          button("Ouvrir sans télécharger", { class: "btn secondary", "data-key": "file-discard" }, () => c.resolvePending(true)),
        ),
      ),
    );
  }
  return card;
}

export function picker(kind: Choice, label: string, options: [value: string, text: string][], value: string | undefined, c: PaneControls): HTMLElement {
  const id = `choice-${kind}`;
  const select = el("select", { id, "data-key": id });
  for (const [v, text] of options) select.append(el("option", { value: v, selected: v === (value ?? "") }, text));
  select.addEventListener("change", () => c.choose(kind, select.value));
  return el("div", { class: "field" }, el("label", { for: id }, label), select);
}

export function choicesBar(m: PaneModel, c: PaneControls): HTMLElement | null {
  if (!m.host || m.blocker) return null;
  const productions = m.workbook?.productions ?? [];
  const months = c.monthsOffered();
  return el(
    "div",
    { class: "choices", role: "group", "aria-label": "Choix pour les actions et les alertes" },
    picker("production", "Production", [["", "Toutes les productions"], ...productions.map((p): [string, string] => [p.code, p.title ? `${p.code} — ${p.title}` : p.code])], m.production, c),
    picker("month", "Mois (paie, factures)", months.map((mo): [string, string] => [mo, monthLabel(mo)]), m.month, c),
  );
}

export function statusCard(m: PaneModel, c: PaneControls): HTMLElement | null {
  if (!m.host || m.blocker) return null;
  const card = el("section", { class: "card status", "aria-labelledby": "status-title" });
  const head = el("div", { class: "card-head" }, el("h2", { id: "status-title" }, "État du classeur"));
  if (m.host.kind === "excel" || (m.host instanceof FileHost && m.host.bytes))
    head.append(button("Relire", { class: "btn subtle small", "data-key": "refresh", title: "Relire le classeur (productions, mois, factures)" }, () => c.refresh()));
  card.append(head);
  const scoped = m.alerts ? alertsOfProduction(m.alerts, m.production) : undefined;
  if (scoped) {
    const counts = countBySeverity(scoped);
    card.append(
      el(
        "div",
        { class: "counters" },
        ...SEVERITIES.map((s: Severity) =>
          button([icon(s), el("span", { class: "n" }, String(counts[s])), el("span", {}, severityCount(s, counts[s]).replace(/^\d+ /, ""))], { class: `counter ${s}`, "data-key": `count-${s}`, title: "Afficher seulement ces alertes" }, () => {
            c.toggleSeverity(s, true);
            document.getElementById("alerts-title")?.focus();
          }),
        ),
      ),
    );
  }
  card.append(padLine(m));
  const checked = m.checkedAt ? `aujourd'hui à ${m.checkedAt}` : m.alerts ? "avant l'ouverture du volet (feuille Alertes)" : "pas encore";
  card.append(el("p", { class: "muted small" }, `Dernière vérification : ${checked}.`));
  return card;
}

function padLine(m: PaneModel): HTMLElement {
  const all = m.workbook?.productions ?? [];
  const productions = m.production ? all.filter((p) => p.code === m.production) : all;
  if (!m.workbook)
    return el("p", { class: "muted" }, m.host instanceof FileHost && !m.host.bytes ? "Aucun classeur ouvert." : "Lecture du classeur…");
  if (!m.workbook.hasCapPadTables) return el("p", { class: "muted" }, "Ce classeur n'a pas encore de tables Cap PAD : commencez par la section Modèles.");
  if (!productions.length) return el("p", { class: "muted" }, "Aucune production dans la table Productions.");
  if (!productions.some((p) => p.status)) return el("p", { class: "muted" }, "Lancez « Vérifier et recalculer » pour connaître l'état des PAD.");
  const risky = productions.filter((p) => p.atRisk);
  if (!risky.length) return el("p", { class: "pad-ok" }, icon("success"), ` PAD dans les temps (${productions.length} production${productions.length > 1 ? "s" : ""}).`);
  const list = el("ul", { class: "pad-risk" });
  for (const p of risky) {
    const late = p.status !== PRODUCTION_STATUS.slipping;
    const li = el("li", { class: late ? "late" : "slipping" }, el("strong", {}, p.code), p.title ? ` — ${p.title}` : "", " ", el("span", { class: `badge ${late ? "error" : "warning"}` }, p.status || "à risque"));
    const detail: string[] = [];
    if (p.padForecast) detail.push(`PAD prévu le ${frenchDate(p.padForecast)}`);
    if (p.padTarget) detail.push(`contrat le ${frenchDate(p.padTarget)}`);
    if (p.padSlipDays !== undefined) detail.push(slipText(p.padSlipDays));
    if (detail.length) append(li, el("br"), el("span", { class: "muted small" }, detail.join(" · ")));
    list.append(li);
  }
  return el("div", {}, el("p", { class: "pad-title" }, icon("warning"), ` PAD à risque : ${risky.length}`), list);
}

/** Results that belong to no action button (reading the workbook, going to a cell). */
export function topResult(m: PaneModel, c: PaneControls): HTMLElement | null {
  const res = m.result;
  if (!res || !["refresh", "select"].includes(res.actionId)) return null;
  return resultCard(m, res, c);
}
