/** The Alertes list's grouping: the production that burns first, then its sheets, errors before warnings. */
import type { Alert, Severity } from "../../src/core/alerts";
import { alertsOfProduction, groupAlerts } from "../../src/taskpane/alertGroups";

const a = (severity: Severity, sheet: string, row: number, production?: string, code = "X"): Alert => ({
  code,
  severity,
  sheet,
  row,
  id: "",
  cell: `${sheet}!A${row}`,
  message: `${severity} ${sheet} ${row}`,
  ...(production ? { production } : {}),
});

const all = new Set<Severity>(["error", "warning", "info"]);

describe("groupAlerts", () => {
  const alerts = [
    a("warning", "Planning", 9, "GLACIER"),
    a("info", "Planning", 3, "FLEUVE"),
    a("warning", "Planning", 7, "FLEUVE"),
    a("error", "Seances", 12, "FLEUVE"),
    a("error", "Equipe", 4),
    a("error", "Equipe", 2),
    a("warning", "Planning", 2, "FLEUVE"),
  ];

  test("productions with the most errors first; sheets with errors first; errors then warnings then rows inside a sheet", () => {
    const groups = groupAlerts(alerts, { production: "", severities: all });
    expect(groups.map((g) => [g.production, g.counts])).toEqual([
      ["", { error: 2, warning: 0, info: 0 }],
      ["FLEUVE", { error: 1, warning: 2, info: 1 }],
      ["GLACIER", { error: 0, warning: 1, info: 0 }],
    ]);
    const fleuve = groups[1];
    expect(fleuve.sheets.map((s) => s.sheet)).toEqual(["Seances", "Planning"]);
    expect(fleuve.sheets[1].alerts.map((x) => `${x.severity}:${x.row}`)).toEqual(["warning:2", "warning:7", "info:3"]);
    expect(groups[0].sheets[0].alerts.map((x) => x.row)).toEqual([2, 4]);
  });

  test("a production chosen keeps its alerts and those of no production; severities filter", () => {
    expect(alertsOfProduction(alerts, "GLACIER").map((x) => x.production ?? "")).toEqual(["GLACIER", "", ""]);
    const groups = groupAlerts(alerts, { production: "FLEUVE", severities: new Set(["warning"]) });
    expect(groups.map((g) => g.production)).toEqual(["FLEUVE"]);
    expect(groups[0].sheets.flatMap((s) => s.alerts.map((x) => x.row))).toEqual([2, 7]);
    expect(groupAlerts(alerts, { production: "", severities: new Set() })).toEqual([]);
  });

  test("with equal counts, named productions come before the common group, then by name", () => {
    const groups = groupAlerts([a("warning", "S", 1), a("warning", "S", 2, "ZEBRE"), a("warning", "S", 3, "ALPHA")], { production: "", severities: all });
    expect(groups.map((g) => g.production)).toEqual(["ALPHA", "ZEBRE", ""]);
  });
});
