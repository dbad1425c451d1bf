/**
 * Alerts: every problem found in a workbook, with a stable code (tests and tools rely on it) and a
 * French message (people read it). An alert points at a place: the sheet, the row (1-based, as Excel
 * shows it), the row's ID when the table has one, the cell (`Taches!H12`).
 */

export type Severity = "error" | "warning" | "info";

export interface Alert {
  code: string;
  severity: Severity;
  sheet: string;
  /** 1-based sheet row, 0 when the alert concerns a whole sheet or table. */
  row: number;
  /** The row's ID (task ID, invoice number…) or "" */
  id: string;
  /** A1 address with sheet, e.g. `Taches!H12`, or "" */
  cell: string;
  message: string;
  /** Optional: the production the alert belongs to (for filtering in the task pane). */
  production?: string;
  /**
   * Optional: the message without its location, for the row's own `Alerte` cell (which already sits
   * on that row and shows its ID): long prefixes there would only repeat the row.
   */
  detail?: string;
}

/**
 * Where an input row lives in the workbook, as the workbook layer located it. Core never builds one and
 * names no sheet or column: it hands the place back with the domain field an alert is about (`name`,
 * `salaryCents`, `start`…), whose cell the workbook layer filled in `cells`. A place with `row` 0 is
 * a whole table (an alert about no single row).
 */
export interface RowPlace<F extends string = string> {
  sheet: string;
  /** 1-based sheet row, 0 for the table as a whole. */
  row: number;
  /** The row's ID when the table has one, else "". */
  id?: string;
  /** A1 address with sheet (`Seances!E12`) of each domain field's cell. */
  cells?: Readonly<Partial<Record<F, string>>>;
}

/**
 * An alert on a row, and on the cell of one of its fields when the place knows it; the message starts
 * with where it is (`Equipe, ligne 4 (Equipe!E4) : `). Without a place (an engine called outside a
 * workbook), the alert has no location and the message is said as is.
 */
export function placedAlert<F extends string>(
  place: RowPlace<F> | undefined,
  code: string,
  severity: Severity,
  message: string,
  field?: F,
  production?: string,
): Alert {
  const sheet = place?.sheet ?? "";
  const row = place?.row ?? 0;
  const cell = (field && place?.cells?.[field]) || "";
  const where = row > 0 ? `${sheet}, ligne ${row}${cell ? ` (${cell})` : ""} : ` : sheet ? `${sheet} : ` : "";
  return { code, severity, sheet, row, id: place?.id ?? "", cell, message: where + message, production };
}

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: "Erreur",
  warning: "Avertissement",
  info: "Information",
};

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then by sheet, row and code: a stable order for reports and JSON. */
export function sortAlerts(alerts: readonly Alert[]): Alert[] {
  return [...alerts].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.sheet.localeCompare(b.sheet) ||
      a.row - b.row ||
      a.code.localeCompare(b.code) ||
      a.cell.localeCompare(b.cell),
  );
}

/**
 * Above this many alerts a list is shown by its groups (`groupByCode`), in the `Alertes` sheet and in
 * each sheet of the pane: a hundred lines is about what a coordinator reads as a list, two printed pages.
 */
export const GROUP_ALERTS_ABOVE = 100;

/** Alerts that say the same thing about the same table: one code on one sheet. */
export interface AlertGroup {
  code: string;
  severity: Severity;
  sheet: string;
  /** In `sortAlerts` order: the first is the one a group is shown by. */
  alerts: Alert[];
}

/**
 * Alerts grouped by code and sheet, the way a long list is read (the `Alertes` sheet and the pane
 * both show these groups): the most severe first, then the largest, then by sheet and code. A file
 * whose task IDs are repeated across productions is one group of thousands, not thousands of lines.
 */
export function groupByCode(alerts: readonly Alert[]): AlertGroup[] {
  const groups = new Map<string, AlertGroup>();
  for (const a of sortAlerts(alerts)) {
    const key = `${a.severity}\u0000${a.code}\u0000${a.sheet}`;
    const g = groups.get(key);
    if (g) g.alerts.push(a);
    else groups.set(key, { code: a.code, severity: a.severity, sheet: a.sheet, alerts: [a] });
  }
  return [...groups.values()].sort(
    (x, y) =>
      SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] ||
      y.alerts.length - x.alerts.length ||
      x.sheet.localeCompare(y.sheet) ||
      x.code.localeCompare(y.code),
  );
}

/** The distinct cells a group points at, in order, at most `limit`. */
export function groupCells(group: AlertGroup, limit: number): string[] {
  const cells: string[] = [];
  for (const a of group.alerts) {
    if (cells.length >= limit) break;
    if (a.cell && !cells.includes(a.cell)) cells.push(a.cell);
  }
  return cells;
}

export function countBySeverity(alerts: readonly Alert[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const a of alerts) counts[a.severity]++;
  return counts;
}

/** Collects alerts; passed down to parsers and checks. */
export class AlertSink {
  readonly items: Alert[] = [];
  add(alert: Alert): void {
    this.items.push(alert);
  }
  addAll(alerts: Iterable<Alert>): void {
    for (const a of alerts) this.items.push(a);
  }
}
