/**
 * How the pane lists alerts: by production, then by sheet, the most urgent first. A coordinator
 * scans "which production is burning, and where": a production with errors comes before one with only
 * warnings; inside it, the sheet with errors first; inside a sheet, errors then warnings, by row.
 * Alerts that belong to no production (the crew table, a missing sheet) form their own group.
 */
import { countBySeverity, type Alert, type Severity } from "../core/alerts";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface AlertFilter {
  /** Production code, or "" for all productions. */
  production: string;
  severities: ReadonlySet<Severity>;
}

export interface SheetGroup {
  sheet: string;
  alerts: Alert[];
}

export interface ProductionGroup {
  /** Production code, or "" for alerts that belong to no production. */
  production: string;
  counts: Record<Severity, number>;
  sheets: SheetGroup[];
}

/** Alerts of the chosen production (and those that belong to none: they concern every production). */
export function alertsOfProduction(alerts: readonly Alert[], production: string): Alert[] {
  return production ? alerts.filter((a) => !a.production || a.production === production) : [...alerts];
}

export function groupAlerts(alerts: readonly Alert[], filter: AlertFilter): ProductionGroup[] {
  const shown = alertsOfProduction(alerts, filter.production).filter((a) => filter.severities.has(a.severity));
  const byProduction = new Map<string, Alert[]>();
  for (const a of shown) push(byProduction, a.production ?? "", a);
  const groups = [...byProduction].map(([production, list]): ProductionGroup => {
    const bySheet = new Map<string, Alert[]>();
    for (const a of list) push(bySheet, a.sheet, a);
    const sheets = [...bySheet].map(([sheet, items]) => ({ sheet, alerts: items.sort(bySeverityThenRow) }));
    sheets.sort((x, y) => RANK[x.alerts[0].severity] - RANK[y.alerts[0].severity] || x.sheet.localeCompare(y.sheet, "fr"));
    return { production, counts: countBySeverity(list), sheets };
  });
  return groups.sort(
    (x, y) =>
      y.counts.error - x.counts.error ||
      y.counts.warning - x.counts.warning ||
      Number(x.production === "") - Number(y.production === "") ||
      x.production.localeCompare(y.production, "fr"),
  );
}

function bySeverityThenRow(a: Alert, b: Alert): number {
  return RANK[a.severity] - RANK[b.severity] || a.row - b.row || a.code.localeCompare(b.code);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
