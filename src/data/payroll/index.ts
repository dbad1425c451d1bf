/**
 * The payroll reference data shipped with the templates (`Grilles`, `Taux`, `Parametres`), and the
 * engine config built from it — what the custom functions and tests use when no workbook is at hand.
 * In a workbook, the user's edited rows win: the commands read the tables and call
 * `payrollConfigFromRows` themselves.
 */
import { ConfigResult, payrollConfigFromRows } from "../../core/crew/configRows";
import { WAGE_GRIDS } from "./grids";
import { PAYROLL_PARAMETERS } from "./parameters";
import { CONTRIBUTION_RATES } from "./rates";

export { WAGE_GRIDS, PAYROLL_PARAMETERS, CONTRIBUTION_RATES };

let cached: ConfigResult | undefined;

/** The shipped rows as the engine's config (built once); `issues` is empty for the shipped data. */
export function defaultPayrollConfig(): ConfigResult {
  cached ??= payrollConfigFromRows(WAGE_GRIDS, CONTRIBUTION_RATES, PAYROLL_PARAMETERS);
  return cached;
}
