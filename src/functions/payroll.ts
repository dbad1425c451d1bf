/**
 * The pay helpers' access to the payroll engine and its dated default data (src/core/crew,
 * src/data/payroll). Both are loaded on first use, never with the task pane's first script
 * (DESIGN.md, "Heavy libraries … load on first use"): the functions that need them return a promise,
 * which Excel awaits like any asynchronous custom function.
 *
 * No rate or parameter is written here: the day-rate threshold and divisor, and the contribution
 * rates, are rows of src/data/payroll read through the engine's own lookups, as on the payroll sheets.
 */
import { type DayNumber, dayFromYmd, toFrench } from "../core/dates/civil";
import type { PayrollConfig } from "../core/crew/payrollConfig";
import { type CrewStatus, foldKey } from "../core/crew/model";
import { centsFromEuros, eurosFromCents } from "../core/money";
import { fail, isBlank, shown } from "./args";

/** The production audiovisuelle agreement: the day-rate rule of PAD.SALAIRE.JOUR is its rule. */
const CCNPA = "IDCC 2642";

interface PayrollEngine {
  config: PayrollConfig;
  lookups: typeof import("../core/crew/parameters");
  dayRate: typeof import("../core/crew/dayRate");
  employerCost: typeof import("../core/crew/employerCost");
}

let engine: Promise<PayrollEngine> | undefined;

/** The engine and its config built from the shipped default tables, loaded once. */
function payrollEngine(): Promise<PayrollEngine> {
  engine ??= Promise.all([
    import("../core/crew/configRows"),
    import("../core/crew/parameters"),
    import("../core/crew/dayRate"),
    import("../core/crew/employerCost"),
    import("../data/payroll/grids"),
    import("../data/payroll/rates"),
    import("../data/payroll/parameters"),
  ]).then(([configRows, lookups, dayRate, employerCost, grids, rates, parameters]) => ({
    config: configRows.payrollConfigFromRows(grids.WAGE_GRIDS, rates.CONTRIBUTION_RATES, parameters.PAYROLL_PARAMETERS).config,
    lookups,
    dayRate,
    employerCost,
  }));
  // A failed load (network, bundle) must not stick: the next recalculation tries again.
  engine.catch(() => (engine = undefined));
  return engine;
}

/** Today as a civil day on the user's clock (the day whose rates are in force). */
function today(): DayNumber {
  const now = new Date();
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** PAD.SALAIRE.JOUR: weekly minimum (euros) -> day rate (euros) for a contract of `contractDays`. */
export async function dayRateEuros(weeklyEuros: number, contractDays: number): Promise<number> {
  const { config, lookups, dayRate } = await payrollEngine();
  const day = today();
  const shortContractMaxDays = lookups.numberParameter(config, "CONTRAT_COURT_JOURS", day, { agreement: CCNPA });
  const shortContractDivisor = lookups.numberParameter(config, "DIVISEUR_JOUR", day, { agreement: CCNPA });
  if (shortContractMaxDays === undefined || shortContractDivisor === undefined) {
    return fail("PAD.SALAIRE.JOUR : les paramètres CONTRAT_COURT_JOURS et DIVISEUR_JOUR manquent dans les données de paie.");
  }
  const cents = dayRate.dayRateFromWeekly(centsFromEuros(weeklyEuros), contractDays, { shortContractMaxDays, shortContractDivisor });
  return eurosFromCents(cents);
}

/** `statut` of PAD.COUT.EMPLOYEUR: blank or « non-cadre » / « cadre », or the `Equipe[Statut]` wording. */
function technicianStatus(statut: unknown): CrewStatus {
  if (isBlank(statut)) return "Intermittent technicien";
  const key = typeof statut === "string" ? foldKey(statut).replace(/[-_]/g, " ").replace(/\s+/g, " ") : "";
  if (["non cadre", "noncadre", "intermittent technicien", "intermittent technicien non cadre", "technicien"].includes(key)) {
    return "Intermittent technicien";
  }
  if (["cadre", "intermittent technicien cadre", "technicien cadre"].includes(key)) return "Intermittent technicien cadre";
  return fail(`statut « ${shown(statut)} » inconnu : écrivez « non-cadre » ou « cadre » (intermittent technicien).`);
}

/**
 * PAD.COUT.EMPLOYEUR: gross (euros) -> employer cost (euros) with the rates in force on `day` (today
 * by default), through the engine's own estimate (src/core/crew/employerCost.ts: the amount taken as a
 * full month, short CDDU, employer under 50 staff).
 */
export async function employerCostEuros(grossEuros: number, statut: unknown, day: DayNumber | undefined): Promise<number> {
  const status = technicianStatus(statut);
  const { config, employerCost } = await payrollEngine();
  const on = day ?? today();
  const estimate = employerCost.estimateEmployerCost(centsFromEuros(grossEuros), status, on, config);
  if ("error" in estimate) return fail(`PAD.COUT.EMPLOYEUR : ${estimate.error}`);
  const missing = estimate.detail.missing.map((m) => m.code);
  if (missing.length > 0) {
    return fail(`PAD.COUT.EMPLOYEUR : aucun taux en vigueur le ${toFrench(on)} pour ${missing.join(", ")} dans les données de paie.`);
  }
  return eurosFromCents(estimate.employerCostCents);
}
