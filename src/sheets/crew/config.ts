/**
 * `Grilles`, `Taux`, `Parametres` → the payroll engine's config. The workbook's own rows are the data
 * the engine uses (the user updates them from the avenants and the funds' notices); a table that is
 * absent falls back to the rows Cap PAD ships (src/data/payroll), said in an info alert. Every bad
 * cell becomes an alert on that cell; the row is left out and the rest of the payroll still runs.
 */
import { payrollConfigFromRows, type GridRow, type ParameterRow, type RateRow } from "../../core/crew/configRows";
import { type ConfigIssue, type ConfigTable, type PayrollConfig } from "../../core/crew/payrollConfig";
import { CONTRIBUTION_RATES, PAYROLL_PARAMETERS, WAGE_GRIDS } from "../../data/payroll";
import type { SheetSource } from "../source";
import { findTable } from "../../workbook/snapshot";
import { GRILLES, PARAMETRES, SEANCES, TAUX } from "../contract/crew";
import type { RowReader } from "../read";
import type { TableSpec } from "../spec";
import { configCell } from "./cells";

type Kind = "text" | "number" | "date";

/** Engine row field → cell kind, per table (the headers are the engine rows' keys). */
const GRID_FIELDS: Record<keyof GridRow, Kind> = {
  Convention: "text",
  Fonction: "text",
  Niveau: "text",
  "Minimum semaine 35 h": "number",
  "Minimum semaine 39 h": "number",
  "Minimum jour": "number",
  "Minimum heure": "number",
  "Date d'effet": "date",
  Source: "text",
};
const RATE_FIELDS: Record<keyof RateRow, Kind> = {
  Code: "text",
  Libellé: "text",
  Assiette: "text",
  "Salarié (%)": "number",
  "Employeur (%)": "number",
  Du: "date",
  Au: "date",
  Source: "text",
  Condition: "text",
};
const PARAMETER_FIELDS: Record<keyof ParameterRow, Kind> = {
  Code: "text",
  Libellé: "text",
  Convention: "text",
  Genre: "text",
  Valeur: "number",
  Unité: "text",
  Du: "date",
  Au: "date",
  Source: "text",
};

interface ConfigSource<Row> {
  table: ConfigTable;
  spec: TableSpec;
  fields: Record<string, Kind>;
  shipped: readonly Row[];
  what: string;
}

const SOURCES = {
  grids: { table: "Grilles", spec: GRILLES, fields: GRID_FIELDS, shipped: WAGE_GRIDS, what: "les grilles de salaires minimaux" } as ConfigSource<GridRow>,
  rates: { table: "Taux", spec: TAUX, fields: RATE_FIELDS, shipped: CONTRIBUTION_RATES, what: "les taux de cotisations" } as ConfigSource<RateRow>,
  parameters: { table: "Parametres", spec: PARAMETRES, fields: PARAMETER_FIELDS, shipped: PAYROLL_PARAMETERS, what: "les paramètres de paie" } as ConfigSource<ParameterRow>,
};

export interface WorkbookPayrollConfig {
  config: PayrollConfig;
  /** Data row readers of each table read from the workbook (absent table: shipped data, no readers). */
  readers: Partial<Record<ConfigTable, RowReader[]>>;
}

function rowsOf<Row>(ctx: SheetSource, source: ConfigSource<Row>, readers: WorkbookPayrollConfig["readers"]): readonly Row[] {
  const bound = ctx.table(source.spec);
  if (!bound) {
    // Said only where there is a séance log to pay: a planning-only workbook needs no payroll data.
    if (findTable(ctx.snapshot, SEANCES.name))
      ctx.addAlert({
      code: "PAIE_DONNEES_LIVREES",
      severity: "info",
      sheet: source.spec.sheet,
      row: 0,
      id: "",
      cell: "",
      message: `Table « ${source.table} » absente : la paie utilise les données livrées avec Cap PAD (${source.what}, datées et sourcées). Insérez le modèle « ${source.table} » pour les voir et les mettre à jour.`,
    });
    return source.shipped;
  }
  readers[source.table] = bound.rows;
  const date1904 = ctx.date1904;
  return bound.rows.map((row) => Object.fromEntries(Object.entries(source.fields).map(([h, kind]) => [h, configCell(row, h, kind, date1904)])) as Row);
}

/** The engine's message starts with "Grilles, ligne 3 (Fonction) : "; the alert names the sheet row and cell instead. */
function issueAlert(ctx: SheetSource, issue: ConfigIssue, readers: WorkbookPayrollConfig["readers"]): void {
  const row = readers[issue.table]?.[issue.index];
  const detail = issue.message.replace(`${issue.table}, ligne ${issue.index + 1} (${issue.column}) : `, "");
  if (row) row.alert(issue.code, issue.severity, `${row.cell(issue.column)} (${issue.column}) : ${detail}`, issue.column);
  else ctx.addAlert({ code: issue.code, severity: issue.severity, sheet: issue.table, row: 0, id: "", cell: "", message: issue.message });
}

/** The payroll config of the workbook (memoised per command). */
export function payrollConfigOf(ctx: SheetSource): WorkbookPayrollConfig {
  return ctx.memo("crew.config", () => {
    const readers: WorkbookPayrollConfig["readers"] = {};
    const result = payrollConfigFromRows(rowsOf(ctx, SOURCES.grids, readers), rowsOf(ctx, SOURCES.rates, readers), rowsOf(ctx, SOURCES.parameters, readers));
    for (const issue of result.issues) issueAlert(ctx, issue, readers);
    return { config: result.config, readers };
  });
}
