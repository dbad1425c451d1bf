/**
 * `Grilles`, `Taux`, `Parametres` → the payroll engine's config. The workbook's own rows are the data
 * the engine uses (the user updates them from the avenants and the funds' notices); a table that is
 * absent falls back to the rows Cap PAD ships (src/data/payroll), said in an info alert. Every bad
 * cell becomes an alert on that cell; the row is left out and the rest of the payroll still runs.
 */
import { payrollConfigFromRows, type ConfigIssue, type ConfigRows, type ConfigTable } from "../../core/crew/configRows";
import { type PayrollConfig } from "../../core/crew/payrollConfig";
import { CONTRIBUTION_RATES, PAYROLL_PARAMETERS, WAGE_GRIDS } from "../../data/payroll";
import type { SheetSource } from "../source";
import { findTable } from "../../workbook/snapshot";
import { SEANCES } from "../contract/crew";
import type { RowReader } from "../read";
import { placeOf } from "./place";
import { configCell } from "./cells";
import { headerOf, REFERENCE_TABLES, type FieldColumn } from "./referenceColumns";

/** What each table holds, for the notice that the shipped rows are used, and those shipped rows. */
const SHIPPED: { [T in ConfigTable]: { rows: readonly ConfigRows[T][]; what: string } } = {
  grids: { rows: WAGE_GRIDS, what: "les grilles de salaires minimaux" },
  rates: { rows: CONTRIBUTION_RATES, what: "les taux de cotisations" },
  parameters: { rows: PAYROLL_PARAMETERS, what: "les paramètres de paie" },
};

export interface WorkbookPayrollConfig {
  config: PayrollConfig;
  /** Data row readers of each table read from the workbook (absent table: shipped data, no readers). */
  readers: Partial<Record<ConfigTable, RowReader[]>>;
}

function rowsOf<T extends ConfigTable>(ctx: SheetSource, table: T, readers: WorkbookPayrollConfig["readers"]): readonly ConfigRows[T][] {
  const { spec, columns } = REFERENCE_TABLES[table];
  const bound = ctx.table(spec);
  if (!bound) {
    // Said only where there is a séance log to pay: a planning-only workbook needs no payroll data.
    if (findTable(ctx.snapshot, SEANCES.name))
      ctx.addAlert({
      code: "PAIE_DONNEES_LIVREES",
      severity: "info",
      sheet: spec.sheet,
      row: 0,
      id: "",
      cell: "",
      message: `Table « ${spec.name} » absente : la paie utilise les données livrées avec Cap PAD (${SHIPPED[table].what}, datées et sourcées). Insérez le modèle « ${spec.name} » pour les voir et les mettre à jour.`,
    });
    return SHIPPED[table].rows;
  }
  readers[table] = bound.rows;
  const date1904 = ctx.date1904;
  const fields = Object.entries(columns) as [string, FieldColumn][];
  return bound.rows.map((row) => Object.fromEntries(fields.map(([field, c]) => [field, configCell(row, c.header, c.kind, date1904)])) as unknown as ConfigRows[T]);
}

/**
 * The alert names the sheet cell and its column; rows without a reader (shipped data) are named by table
 * and line. An issue about a conflict with an earlier row ends by pointing at that row's end date.
 */
function issueAlert(ctx: SheetSource, issue: ConfigIssue, readers: WorkbookPayrollConfig["readers"]): void {
  const rows = readers[issue.table];
  const row = rows?.[issue.index];
  const header = headerOf(issue);
  const previous = issue.table === "rates" && issue.previous !== undefined ? previousRateText(issue.previous, readers.rates?.[issue.previous]) : "";
  if (row) row.alert(issue.code, issue.severity, `${row.cell(header)} (${header}) : ${issue.message}${previous}`, header);
  else {
    const spec = REFERENCE_TABLES[issue.table].spec;
    const message = `${spec.name}, ligne ${issue.index + 1} (${header}) : ${issue.message}${previous}`;
    ctx.addAlert({ code: issue.code, severity: issue.severity, sheet: spec.sheet, row: 0, id: "", cell: "", message });
  }
}

/** « Ligne précédente : Taux!G12 (Au). » — the rate line still in force, whose end date the user should type. */
function previousRateText(index: number, previous: RowReader | undefined): string {
  const to = headerOf({ table: "rates", field: "to" });
  const where = previous ? previous.cell(to) : `${REFERENCE_TABLES.rates.spec.name}, ligne ${index + 1}`;
  return ` Ligne précédente : ${where} (${to}).`;
}

/** The payroll config of the workbook (memoised per command). */
export function payrollConfigOf(ctx: SheetSource): WorkbookPayrollConfig {
  return ctx.memo("crew.config", () => {
    const readers: WorkbookPayrollConfig["readers"] = {};
    const result = payrollConfigFromRows(rowsOf(ctx, "grids", readers), rowsOf(ctx, "rates", readers), rowsOf(ctx, "parameters", readers));
    for (const issue of result.issues) issueAlert(ctx, issue, readers);
    // Each grid line read from the sheet knows where it is typed: messages quoting it point there.
    for (const g of result.config.grids) {
      const row = readers.grids?.[g.index];
      if (row) g.place = placeOf(row, { role: headerOf({ table: "grids", field: "role" }) });
    }
    return { config: result.config, readers };
  });
}
