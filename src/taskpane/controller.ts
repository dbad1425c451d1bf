/**
 * The pane's behaviour: finds the host, runs actions through it (commands loaded on first use), keeps
 * the model in step with the workbook, and asks the view to draw. Every action goes through
 * `src/commands` via the host: in Excel at most three syncs, and the pane's picture of the workbook
 * comes from the same read (`withPaneState`), not from another one.
 */
import type { Severity } from "../core/alerts";
import type { DayNumber } from "../core/dates/civil";
import type { Command, CommandOptions } from "../commands/types";
import type { PaneState } from "../commands/paneState";
import type { Overview } from "../commands/planning/overview";
import { actionById, SECTIONS, type PaneAction } from "./actions";
import { download } from "./dom";
import { describeFailure } from "./failures";
import { excelHost, FileHost, localToday, type RunOutcome } from "./hosts";
import { choicesOf, clockTime, defaultMonth, initialModel, isSectionOpen, missingFields, missingNeeds, NEED_LABEL, saveClosedSections, type ActionResult, type Need, type PaneModel } from "./model";
import { detectOffice, excelBlocker, excelNotices, silenceOfficeTelemetryOutsideOffice } from "./office";

export type Choice = "production" | "month" | "invoice" | "template";

export interface PaneControls {
  run(actionId: string): Promise<void>;
  /** The action's form was submitted, or its confirmation given. */
  submit(actionId: string): Promise<void>;
  cancel(): void;
  choose(kind: Choice, value: string): void;
  setValue(actionId: string, key: string, value: string): void;
  /** Shows or hides a severity; `only` shows that severity alone (the counters on top). */
  toggleSeverity(severity: Severity, only?: boolean): void;
  toggleFold(group: string): void;
  /** Opens or closes the alerts of one code behind its first one. */
  toggleExpanded(group: string): void;
  showMore(group: string): void;
  select(cell: string): void;
  openFile(file: File): Promise<void>;
  resolvePending(open: boolean): Promise<void>;
  saveFile(): void;
  refresh(): void;
  downloadAgain(index: number): void;
  setDragging(on: boolean): void;
  /** Months offered by the month picker. */
  monthsOffered(): string[];
  setSectionOpen(section: string, open: boolean): void;
  /** Unfolds or folds « Vue d'ensemble » (its pictures' code is loaded the first time). */
  setOverviewOpen(open: boolean): void;
  /** The pictures' builders, once loaded. */
  charts(): Charts | undefined;
}

type Charts = typeof import("./charts");

export interface PaneView {
  /** Draws the model; `live` also redraws the progress/result region (announced to screen readers). */
  draw(model: PaneModel, live: boolean): void;
  /** Moves keyboard focus to a control by its key (a picker the action needs, a form's first field…). */
  focus(key: string): void;
}

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export class PaneController implements PaneControls {
  readonly model: PaneModel = initialModel();
  private view?: PaneView;

  private readonly today: () => DayNumber;
  private readonly download: typeof download;

  private readonly officeTimeoutMs?: number;

  /** `today`, `download` and the wait for Office are the page's by default; tests give their own. */
  constructor(deps: { today?: () => DayNumber; download?: typeof download; officeTimeoutMs?: number } = {}) {
    this.today = deps.today ?? localToday;
    this.download = deps.download ?? download;
    this.officeTimeoutMs = deps.officeTimeoutMs;
  }

  attach(view: PaneView): void {
    this.view = view;
    this.draw(true);
  }

  async start(): Promise<void> {
    const where = await detectOffice(this.officeTimeoutMs, () => void this.enterExcel());
    this.model.month = defaultMonth([], this.today());
    void this.loadTemplates();
    if (where === "excel") return this.enterExcel();
    silenceOfficeTelemetryOutsideOffice();
    this.model.host = new FileHost(this.today);
    this.draw(true);
  }

  /** Runs in Excel from now on (at start, or when a slow Office answers late, if no file was opened meanwhile). */
  private async enterExcel(): Promise<void> {
    const m = this.model;
    if (m.host instanceof FileHost && m.host.bytes) return;
    m.blocker = excelBlocker();
    m.notices = m.blocker ? [] : excelNotices();
    m.host = excelHost(this.today);
    this.draw(true);
    if (!m.blocker) await this.refresh();
  }

  private draw(live = false): void {
    this.view?.draw(this.model, live);
  }

  private async loadTemplates(): Promise<void> {
    try {
      const { TEMPLATES } = await import(/* webpackChunkName: "templates" */ "../sheets/templates");
      this.model.templates = TEMPLATES.map((t) => ({ id: t.id, label: t.label }));
      this.model.template ??= TEMPLATES[0]?.id;
    } catch {
      this.model.templates = [];
    }
    this.draw();
  }

  // ----- running actions -------------------------------------------------------------------------

  async run(actionId: string): Promise<void> {
    const action = actionById(actionId);
    const m = this.model;
    if (!action || m.busy || !m.host || m.blocker) return;
    const needs = missingNeeds(m, action);
    if (needs.length) {
      this.setResult(action.id, action.label, { attention: true, lines: [`Pour « ${action.label} », choisissez d'abord ${needs.map((n) => NEED_LABEL[n]).join(" et ")}.`] });
      this.draw(true);
      this.view?.focus(needKey(needs[0]));
      return;
    }
    if (action.fields?.length || action.confirm) {
      // The button discloses the action's form (or its confirmation); pressing it again folds it.
      m.open = m.open === action.id ? undefined : action.id;
      this.draw();
      if (m.open) this.view?.focus(action.fields?.length ? `field-${action.id}-${action.fields[0].key}` : `confirm-${action.id}`);
      return;
    }
    await this.execute(action);
  }

  async submit(actionId: string): Promise<void> {
    const action = actionById(actionId);
    if (!action || this.model.busy) return;
    const missing = missingFields(this.model, action);
    if (missing.length) {
      this.setResult(action.id, action.label, { attention: true, lines: [`Pour « ${action.label} », indiquez : ${missing.join(", ")}.`] });
      this.draw(true);
      const first = action.fields?.find((f) => f.label === missing[0]);
      if (first) this.view?.focus(`field-${action.id}-${first.key}`);
      return;
    }
    await this.execute(action);
  }

  cancel(): void {
    const open = this.model.open;
    this.model.open = undefined;
    this.draw();
    if (open) this.view?.focus(`action-${open}`);
  }

  private seq = 0;

  private setResult(actionId: string, label: string, r: Partial<Pick<ActionResult, "lines" | "files" | "alerts" | "failure" | "attention">>): void {
    this.model.result = { actionId, label, time: clockTime(), seq: ++this.seq, lines: [], files: [], alerts: [], ...r };
  }

  private async execute(action: PaneAction): Promise<void> {
    const m = this.model;
    m.busy = { actionId: action.id, label: action.label, message: `${action.label}…` };
    this.draw(true);
    const progress = (message: string): void => this.progress(message);
    try {
      const outcome = await this.runCommand(action.load, action.options?.(choicesOf(m, action)) ?? {}, progress);
      const lines = [...outcome.report.summary, ...outcome.notes];
      const alerts = outcome.report.command === "check" ? [] : outcome.report.alerts;
      this.absorb(outcome, outcome.report.command === "check");
      if (action.thenCheck) {
        progress("Vérification du classeur…");
        const check = await this.runCommand(loadCheck, { production: m.production || undefined }, progress);
        lines.push(...check.report.summary, ...check.notes);
        this.absorb(check, true);
      }
      for (const f of outcome.report.files) this.download(f.name, f.content, f.mime);
      this.setResult(action.id, action.label, { lines, files: outcome.report.files, alerts });
      m.open = undefined;
    } catch (e) {
      this.setResult(action.id, action.label, { failure: describeFailure(e) });
    } finally {
      m.busy = undefined;
      this.draw(true);
    }
  }

  private progress(message: string): void {
    if (!this.model.busy) return;
    this.model.busy.message = message;
    this.draw(true);
  }

  /** Runs a command through the host, its report carrying the pane's picture of the workbook after it. */
  private async runCommand(load: () => Promise<Command>, options: CommandOptions, progress: (m: string) => void): Promise<RunOutcome> {
    const [command, { withPaneState }] = await Promise.all([load(), import(/* webpackChunkName: "commands-pane" */ "../commands/paneState")]);
    return this.model.host!.run(withPaneState(command), options, progress);
  }

  /** Takes the workbook's new picture (and, after a check, its alerts) from a command's report. */
  private absorb(outcome: RunOutcome, isCheck: boolean): void {
    const m = this.model;
    const pane = outcome.report.sections.pane as PaneState | undefined;
    if (pane) {
      // A workbook seen for the first time: its latest month with séances is offered first.
      const first = !m.workbook;
      m.workbook = pane;
      if (m.production && !pane.productions.some((p) => p.code === m.production)) m.production = "";
      if (first || !m.month || !this.monthsOffered().includes(m.month)) m.month = defaultMonth(pane.months, this.today());
      if (!m.invoice || !pane.invoices.some((i) => i.number === m.invoice)) m.invoice = pane.invoices[0]?.number;
      // The document a command just issued is the one the next action (e-invoice, payment, credit note) is about.
      const issued = (outcome.report.sections.invoice as { numero?: string } | undefined)?.numero;
      if (issued && pane.invoices.some((i) => i.number === issued)) m.invoice = issued;
      if (!isCheck && m.checkedAt === undefined && pane.lastAlerts) m.alerts = pane.lastAlerts;
    }
    const overview = outcome.report.sections.overview as Overview | undefined;
    if (overview || isCheck) m.overview = overview;
    if (isCheck) {
      m.alerts = outcome.report.alerts;
      m.checkedAt = clockTime();
      m.shown = {};
    }
  }

  /** Months with séances, and this month (payroll is often prepared before the last séance is logged). */
  monthsOffered(): string[] {
    const months = new Set(this.model.workbook?.months ?? []);
    months.add(defaultMonth([], this.today()));
    if (this.model.month) months.add(this.model.month);
    return [...months].sort().reverse();
  }

  /** Reads the workbook again (Excel: one sync) for the pickers and the last check's alerts. */
  async refresh(): Promise<void> {
    const m = this.model;
    if (!m.host || m.busy || m.blocker) return;
    if (m.host instanceof FileHost && !m.host.bytes) return;
    m.busy = { actionId: "refresh", label: "Lecture du classeur", message: "Lecture du classeur…" };
    this.draw(true);
    try {
      const { paneStateCommand } = await import(/* webpackChunkName: "commands-pane" */ "../commands/paneState");
      const outcome = await m.host.run(paneStateCommand, {}, (message) => this.progress(message));
      this.absorb(outcome, false);
      if (m.checkedAt === undefined) m.alerts = m.workbook?.lastAlerts;
    } catch (e) {
      this.setResult("refresh", "Lecture du classeur", { failure: describeFailure(e) });
      if (m.host instanceof FileHost) m.host.bytes = undefined;
    } finally {
      m.busy = undefined;
      this.draw(true);
    }
  }

  // ----- choices and filters -----------------------------------------------------------------------

  choose(kind: Choice, value: string): void {
    this.model[kind] = value;
    this.draw();
  }

  setValue(actionId: string, key: string, value: string): void {
    (this.model.values[actionId] ??= {})[key] = value;
  }

  toggleSeverity(severity: Severity, only = false): void {
    const s = this.model.severities;
    if (only) {
      s.clear();
      s.add(severity);
    } else if (s.has(severity)) s.delete(severity);
    else s.add(severity);
    this.draw();
  }

  toggleFold(group: string): void {
    const f = this.model.folded;
    if (f.has(group)) f.delete(group);
    else f.add(group);
    this.draw();
  }

  toggleExpanded(group: string): void {
    const e = this.model.expanded;
    if (e.has(group)) e.delete(group);
    else e.add(group);
    this.draw();
  }

  showMore(group: string): void {
    this.model.shown[group] = (this.model.shown[group] ?? PAGE) + PAGE;
    this.draw();
  }

  select(cell: string): void {
    const host = this.model.host;
    if (!host?.select) return;
    host.select(cell).catch((e) => {
      this.setResult("select", `Aller à ${cell}`, { failure: describeFailure(e) });
      this.draw(true);
    });
  }

  // ----- file mode -----------------------------------------------------------------------------------

  /**
   * Opens a local file. If the workbook in the page was changed and not downloaded, the pane asks
   * first (in the page: `window.confirm` is refused inside Office).
   */
  async openFile(file: File, force = false): Promise<void> {
    const host = this.model.host;
    if (!(host instanceof FileHost) || this.model.busy) return;
    if (host.changed && host.bytes && !force) {
      this.model.pendingFile = file;
      this.draw();
      this.view?.focus("file-keep");
      return;
    }
    this.model.pendingFile = undefined;
    try {
      await host.open(file);
    } catch (e) {
      // A file the browser cannot read (removed, no permission): a failure card, not an unhandled rejection.
      this.setResult("refresh", "Lecture du classeur", { failure: describeFailure(e) });
      this.draw(true);
      return;
    }
    Object.assign(this.model, { workbook: undefined, overview: undefined, alerts: undefined, checkedAt: undefined, result: undefined, production: "", month: undefined, invoice: undefined, shown: {} });
    await this.refresh();
  }

  /** Answer to "open another file without downloading this one?". */
  async resolvePending(open: boolean): Promise<void> {
    const file = this.model.pendingFile;
    this.model.pendingFile = undefined;
    if (open && file) await this.openFile(file, true);
    else this.draw();
  }

  saveFile(): void {
    const host = this.model.host;
    if (!(host instanceof FileHost) || !host.bytes) return;
    this.download(host.fileName, host.bytes, XLSX_MIME);
    host.changed = false;
    this.draw();
  }

  downloadAgain(index: number): void {
    const f = this.model.result?.files[index];
    if (f) this.download(f.name, f.content, f.mime);
  }

  setSectionOpen(section: string, open: boolean): void {
    if (open === isSectionOpen(this.model, section)) return;
    const closed = (this.model.closedSections ??= new Set(SECTIONS.map((x) => x.id).filter((id) => !isSectionOpen(this.model, id))));
    if (open) closed.delete(section);
    else closed.add(section);
    saveClosedSections(closed);
  }

  private loadedCharts?: Charts;

  setOverviewOpen(open: boolean): void {
    this.model.overviewOpen = open;
    if (open && !this.loadedCharts) void this.loadCharts();
    else this.draw();
  }

  charts(): Charts | undefined {
    return this.loadedCharts;
  }

  private async loadCharts(): Promise<void> {
    this.draw();
    try {
      this.loadedCharts = await import(/* webpackChunkName: "charts" */ "./charts");
    } catch (e) {
      this.setResult("refresh", "Vue d'ensemble", { failure: describeFailure(e) });
      this.model.overviewOpen = false;
    }
    this.draw(true);
  }

  setDragging(on: boolean): void {
    if (this.model.dragging === on) return;
    this.model.dragging = on;
    this.draw();
  }
}

/** Alerts shown per sheet group before "Afficher plus". */
export const PAGE = 8;

const loadCheck = async (): Promise<Command> => (await import(/* webpackChunkName: "commands-check" */ "../commands/check")).checkCommand;

function needKey(need: Need): string {
  return `choice-${need}`;
}
