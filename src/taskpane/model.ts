/**
 * The pane's state, and what follows from it (which choice an action still lacks, the month offered by
 * default). Plain data: the views draw it, `controller.ts` changes it.
 */
import type { Alert, Severity } from "../core/alerts";
import { fromIso, toFrench, toMonthKey, type DayNumber } from "../core/dates/civil";
import type { OutputFile } from "../commands/types";
import type { PaneState } from "../commands/paneState";
import type { Overview } from "../commands/planning/overview";
import { actionById, type PaneAction, type PaneChoices } from "./actions";
import type { Failure } from "./failures";
import type { PaneHost } from "./hosts";

export interface ActionResult {
  actionId: string;
  label: string;
  /** "10:42" */
  time: string;
  /** Increases with every result (tests wait for a new one). */
  seq: number;
  lines: string[];
  files: OutputFile[];
  /** Alerts reported by the action itself (the check's go to the Alertes list). */
  alerts: Alert[];
  failure?: Failure;
  /** Not a result: the pane asks for something before running (a choice, a field). */
  attention?: boolean;
}

export interface PaneModel {
  /** Undefined while the pane is finding out whether it runs in Excel. */
  host?: PaneHost;
  /** A French sentence when this Excel cannot run Cap PAD at all (too old). */
  blocker?: string;
  /** French notes about this Excel (a feature it lacks, with its fallback). */
  notices: string[];
  workbook?: PaneState;
  /** Production ("" = all), month, invoice, template chosen in the pane. */
  production: string;
  month?: string;
  invoice?: string;
  template?: string;
  /** Answers typed in actions' forms, by action id then field key. */
  values: Record<string, Record<string, string>>;
  /** The action whose form or confirmation is open. */
  open?: string;
  /** The action running, and its latest progress message. */
  busy?: { actionId: string; label: string; message: string };
  result?: ActionResult;
  /** Alerts of the last check (this session), or those the `Alertes` sheet keeps. */
  alerts?: Alert[];
  /** "10:42" when the pane ran the check; undefined when the alerts come from the `Alertes` sheet. */
  checkedAt?: string;
  severities: Set<Severity>;
  /** Production groups the user folded in the Alertes list. */
  folded: Set<string>;
  /** Groups of alerts of one code the user opened (a long list shows each code's first alert only). */
  expanded: Set<string>;
  /** How many alerts each sheet group shows (long lists grow by steps). */
  shown: Record<string, number>;
  templates?: { id: string; label: string }[];
  /** Sections the user folded (remembered between sessions); undefined until the user folds one. */
  closedSections?: Set<string>;
  /** File mode: a file chosen while the workbook in the page has changes not downloaded yet. */
  pendingFile?: File;
  /** File mode: a file is being dragged over the page. */
  dragging: boolean;
  /** The pictures of the last check (its `overview` section); undefined before a check. */
  overview?: Overview;
  /** « Vue d'ensemble » unfolded (folded at first: its pictures are built only when asked for). */
  overviewOpen: boolean;
}

export function initialModel(): PaneModel {
  return { notices: [], production: "", values: {}, severities: new Set(["error", "warning", "info"]), folded: new Set(), expanded: new Set(), shown: {}, closedSections: loadClosedSections(), dragging: false, overviewOpen: false };
}

const SECTIONS_KEY = "cappad.volet.sectionsFermees";

/** localStorage may be missing or refused (private browsing, a locked-down Office): folding then lasts the session. */
function loadClosedSections(): Set<string> | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(SECTIONS_KEY);
    const list: unknown = raw ? JSON.parse(raw) : undefined;
    return Array.isArray(list) ? new Set(list.filter((x): x is string => typeof x === "string")) : undefined;
  } catch {
    return undefined;
  }
}

/** Until the user folds sections, Modèles is folded once the workbook has Cap PAD's tables (templates are a first-day job). */
export function isSectionOpen(m: PaneModel, section: string): boolean {
  if (m.closedSections) return !m.closedSections.has(section);
  // Never fold away what the user is looking at: the action running or its result.
  const current = actionById(m.busy?.actionId ?? m.result?.actionId ?? "");
  if (current?.section === section) return true;
  return !(section === "modeles" && m.workbook?.hasCapPadTables);
}

export function saveClosedSections(closed: ReadonlySet<string>): void {
  try {
    globalThis.localStorage?.setItem(SECTIONS_KEY, JSON.stringify([...closed]));
  } catch {
    /* not remembered: harmless */
  }
}

export type Need = NonNullable<PaneAction["needs"]>[number];

export const NEED_LABEL: Record<Need, string> = {
  production: "une production (en haut du volet)",
  month: "un mois (en haut du volet)",
  invoice: "une facture émise",
  template: "un modèle",
};

/** Choices the action needs that are not made yet. */
export function missingNeeds(m: PaneModel, action: PaneAction): Need[] {
  return (action.needs ?? []).filter((n) => !choiceOf(m, n));
}

function choiceOf(m: PaneModel, need: Need): string | undefined {
  return need === "production" ? m.production || undefined : m[need];
}

/** Required fields of the action's form left empty (their French labels). */
export function missingFields(m: PaneModel, action: PaneAction): string[] {
  const values = m.values[action.id] ?? {};
  return (action.fields ?? []).filter((f) => f.required && !(values[f.key] ?? "").trim()).map((f) => f.label);
}

export function choicesOf(m: PaneModel, action: PaneAction): PaneChoices {
  return {
    production: m.production || undefined,
    month: m.month,
    invoice: m.invoice,
    template: m.template,
    values: { ...fieldDefaults(action), ...(m.values[action.id] ?? {}) },
  };
}

/** An optional list field shows its first choice: that choice is what the action gets if left alone. */
function fieldDefaults(action: PaneAction): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of action.fields ?? []) {
    const first = f.choices?.[0];
    if (f.type === "select" && !f.required && first !== undefined) out[f.key] = typeof first === "string" ? first : first.value;
  }
  return out;
}

/** The month offered first: the latest with séances up to this month, else this month. */
export function defaultMonth(months: readonly string[], today: DayNumber): string {
  const current = toMonthKey(today);
  return months.find((mo) => mo <= current) ?? months[0] ?? current;
}

/** "2027-01-22" → "22/01/2027" */
export function frenchDate(iso: string | undefined): string {
  const day = iso ? fromIso(iso) : undefined;
  return day === undefined ? "" : toFrench(day);
}

export function clockTime(d = new Date()): string {
  return d.toLocaleTimeString("fr-FR", { hour: "2-digit", minute: "2-digit" });
}

/** « 3 jours ouvrés de retard sur le contrat » (the status card and the timeline's text). */
export function slipText(days: number): string {
  const n = Math.abs(days);
  const unit = `${n} jour${n > 1 ? "s" : ""} ouvré${n > 1 ? "s" : ""}`;
  return days > 0 ? `${unit} de retard sur le contrat` : days < 0 ? `${unit} d'avance sur le contrat` : "à la date du contrat";
}
