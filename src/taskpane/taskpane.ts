/**
 * The task pane: in Excel, the cockpit over the open workbook; opened as a plain web page, the same
 * commands on a local .xlsx file. Office.js comes from Microsoft's CDN; when it is absent (offline,
 * outside Office) or reports no host, the page switches to file mode.
 */
import { countBySeverity, SEVERITY_LABEL, type Alert, type Severity } from "../core/alerts";
import type { Report } from "../commands/types";
import { ACTIONS, SECTIONS, type PaneAction, type PaneChoices } from "./actions";
import { clear, download, el } from "./dom";
import { excelHost, FileHost, type PaneHost } from "./hosts";

interface State {
  host: PaneHost;
  choices: PaneChoices;
  report?: Report;
  busy: boolean;
  severityFilter: Severity | "all";
  checkedAt?: string;
}

const OFFICE_TIMEOUT_MS = 3000;

/** Resolves the host: Excel when Office.js is loaded inside Excel, file mode otherwise. */
async function detectHost(): Promise<PaneHost> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return new FileHost();
  const info = await Promise.race([
    office.onReady(),
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), OFFICE_TIMEOUT_MS)),
  ]);
  return info && info.host === office.HostType.Excel ? excelHost() : new FileHost();
}

function render(state: State): void {
  const app = document.getElementById("app")!;
  clear(app);
  document.getElementById("mode")!.textContent = state.host.kind === "excel" ? "Excel" : "Fichier local";
  if (state.host instanceof FileHost) app.append(fileBar(state, state.host));
  app.append(statusPanel(state));
  for (const section of SECTIONS) {
    const actions = ACTIONS.filter((a) => a.section === section.id);
    if (!actions.length) continue;
    app.append(
      el("section", { class: "section", "aria-label": section.label }, el("h2", {}, section.label), ...actions.map((a) => actionButton(state, a))),
    );
  }
  app.append(alertsPanel(state));
}

function fileBar(state: State, host: FileHost): HTMLElement {
  const input = el("input", { type: "file", accept: ".xlsx", id: "file-input", class: "visually-hidden" });
  input.addEventListener("change", async () => {
    const f = input.files?.[0];
    if (f) {
      await host.open(f);
      state.report = undefined;
      render(state);
    }
  });
  const bar = el(
    "section",
    { class: "file-bar", "aria-label": "Classeur" },
    el("p", {}, host.bytes ? `Classeur : ${host.fileName}${host.changed ? " (modifié)" : ""}` : "Ouvrez un classeur .xlsx, ou glissez-le ici. Rien ne quitte votre ordinateur."),
    el("label", { for: "file-input", class: "button secondary", tabindex: "0", role: "button" }, "Ouvrir un classeur…"),
    input,
  );
  if (host.bytes) {
    const save = el("button", { class: "button", type: "button", id: "download" }, "Télécharger le résultat");
    save.addEventListener("click", () => download(host.fileName, host.bytes!, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    bar.append(save);
  }
  return bar;
}

function statusPanel(state: State): HTMLElement {
  const counts = state.report ? countBySeverity(state.report.alerts) : undefined;
  return el(
    "section",
    { class: "status", "aria-label": "État du classeur" },
    counts
      ? el(
          "p",
          {},
          el("span", { class: "badge error" }, `${counts.error} erreur(s)`),
          el("span", { class: "badge warning" }, `${counts.warning} avertissement(s)`),
          el("span", { class: "badge info" }, `${counts.info} info(s)`),
          state.checkedAt ? el("span", { class: "muted" }, ` — vérifié à ${state.checkedAt}`) : "",
        )
      : el("p", { class: "muted" }, "Pas encore vérifié."),
    ...(state.report?.summary ?? []).map((line) => el("p", { class: "summary" }, line)),
    el("div", { id: "progress", class: "progress", role: "status", "aria-live": "polite" }),
  );
}

function actionButton(state: State, action: PaneAction): HTMLElement {
  const button = el("button", { class: "button", type: "button", "data-action": action.id, disabled: state.busy }, action.label);
  button.addEventListener("click", () => void runAction(state, action));
  return el("div", { class: "action" }, button, el("p", { class: "hint" }, action.hint));
}

async function runAction(state: State, action: PaneAction): Promise<void> {
  state.busy = true;
  render(state);
  const progress = (m: string): void => {
    const p = document.getElementById("progress");
    if (p) p.textContent = m;
  };
  try {
    progress(`${action.label}…`);
    const command = await action.load();
    const outcome = await state.host.run(command, action.options?.(state.choices) ?? {}, progress);
    state.report = outcome.report;
    state.report.summary = [...outcome.report.summary, ...outcome.notes];
    if (command.name === "check") state.checkedAt = new Date().toLocaleTimeString("fr-FR", { hour: "2-digit", minute: "2-digit" });
    for (const f of outcome.report.files) download(f.name, f.content, f.mime);
  } catch (e) {
    state.report = failureReport(action, e);
  } finally {
    state.busy = false;
    render(state);
  }
}

function failureReport(action: PaneAction, e: unknown): Report {
  const message = e instanceof Error ? e.message : String(e);
  return { version: 1, command: action.id, alerts: [], summary: [`${action.label} : échec. ${message}`, "Corrigez puis relancez ; rien n'a été écrit."], sections: {}, files: [] };
}

function alertsPanel(state: State): HTMLElement {
  const alerts = (state.report?.alerts ?? []).filter((a) => state.severityFilter === "all" || a.severity === state.severityFilter);
  const filter = el("select", { id: "severity-filter", "aria-label": "Filtrer par gravité" });
  for (const [value, label] of [["all", "Toutes"], ["error", "Erreurs"], ["warning", "Avertissements"], ["info", "Informations"]] as const) {
    const o = el("option", { value, selected: state.severityFilter === value }, label);
    filter.append(o);
  }
  filter.addEventListener("change", () => {
    state.severityFilter = filter.value as State["severityFilter"];
    render(state);
  });
  return el(
    "section",
    { class: "section alerts", "aria-label": "Alertes" },
    el("h2", {}, "Alertes"),
    filter,
    alerts.length ? el("ul", { class: "alert-list" }, ...alerts.slice(0, 500).map((a) => alertItem(state, a))) : el("p", { class: "muted" }, "Aucune alerte."),
  );
}

function alertItem(state: State, a: Alert): HTMLElement {
  const select = state.host.select;
  const location = a.cell || a.sheet;
  const link = select && a.cell ? el("button", { type: "button", class: "link" }, location) : el("span", { class: "location" }, location);
  if (select && a.cell) link.addEventListener("click", () => void select(a.cell));
  return el("li", { class: `alert ${a.severity}` }, el("span", { class: "severity" }, SEVERITY_LABEL[a.severity]), " ", link, el("p", {}, a.message));
}

function enableDragAndDrop(state: State): void {
  document.addEventListener("dragover", (e) => e.preventDefault());
  document.addEventListener("drop", async (e) => {
    e.preventDefault();
    const f = e.dataTransfer?.files?.[0];
    if (f && state.host instanceof FileHost) {
      await state.host.open(f);
      state.report = undefined;
      render(state);
    }
  });
}

async function start(): Promise<void> {
  const state: State = { host: await detectHost(), choices: {}, busy: false, severityFilter: "all" };
  enableDragAndDrop(state);
  render(state);
}

void start();
