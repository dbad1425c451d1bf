/**
 * « Comparer les scénarios » (`cappad scenarios`, and the `scenarios` section of `cappad check --json`):
 * the plan as it stands (`Plan actuel`) and each scenario of the `Scenarios` table, computed by the plan's
 * own engine (`core/planning/scenarios.ts`) and priced with the overrun report's slip cost plus the
 * Sunday surcharges and pay surcharges a scenario adds (`core/costs/scenarioCost.ts`). Nothing is written to the workbook.
 */
import { requestedProduction } from "../options";
import { toFrench, toIso, type DayNumber } from "../../core/dates/civil";
import { eurosFromCents, formatEuros } from "../../core/money";
import { formatNumber } from "../../core/format/number";
import { scenarioCost, type ScenarioCost } from "../../core/costs/scenarioCost";
import { compareScenarios, type ScenarioRun } from "../../core/planning/scenarios";
import type { WeekLoad } from "../../core/planning/resourceLoad";
import { weekLimitsOf } from "./weekLimits";
import { costAssignmentsOf, programmeMinutesOf, slipTasksFrom, slipTasksOf } from "../../sheets/costs/plan";
import { costResourcesOf } from "../../sheets/costs/resources";
import { rateCardOf } from "../../sheets/costs/rateCard";
import { PRODUCTIONS } from "../../sheets/contract/planning";
import { planningOf } from "../../sheets/planning";
import { readScenarios, type ScenarioTable } from "../../sheets/scenarios/read";
import { planSlipOf } from "../costs/money";
import { crewOf } from "../../sheets/crew";
import { plannedPayPremiums } from "../../core/costs/scenarioPay";
import type { CrewInput } from "../../core/crew/payroll";
import { CommandContext, type CheckStep } from "../context";
import type { Command, CommandInput, CommandResult } from "../types";

/** One option of one production: its run's figures and what it costs. */
export interface ScenarioOption {
  run: ScenarioRun;
  production: ScenarioRun["productions"][number];
  cost: ScenarioCost | undefined;
  /** The weeks overloaded that this production books. */
  overloads: WeekLoad[];
}

/** The options of every production, `Plan actuel` first; undefined when the workbook has no `Scenarios` table. */
export function scenarioOptionsOf(ctx: CommandContext): ScenarioOption[] | undefined {
  return ctx.memo("scenarios.options", () => {
    const plan = planningOf(ctx);
    const read = scenarioTableOf(ctx);
    if (!read.table) return undefined;
    const runs = compareScenarios(plan.input, plan.result, read.scenarios, weekLimitsOf(ctx));
    const options: ScenarioOption[] = [];
    runs.forEach((run, i) => {
      // A scenario is an option of the productions it changes; the plan, of every production.
      const changed = i === 0 ? undefined : new Set(read.scenarios[i - 1].changes.map((c) => c.production));
      const productions = run.productions.filter((p) => !changed || changed.has(p.production));
      if (productions.length === 0) return;
      const costs = costsOf(ctx, run);
      for (const p of productions) options.push({ run, production: p, cost: costs.get(p.production), overloads: run.overloads.filter((w) => w.productions.includes(p.production)) });
    });
    return options;
  });
}

/** The `Scenarios` table read once per command (its alerts said once): the scenarios and their change rows. */
export function scenarioTableOf(ctx: CommandContext): ScenarioTable {
  return ctx.memo("scenarios.table", () => readScenarios(ctx, planningOf(ctx).input));
}

/** The run's cost by production: `Plan actuel` costs the plan's own slip cost (the overrun report's); a removed task gives its days back. */
function costsOf(ctx: CommandContext, run: ScenarioRun): Map<string, ScenarioCost> {
  const plan = planningOf(ctx);
  const isPlan = run.result === plan.result;
  const planTasks = slipTasksOf(ctx).tasks;
  const tasks = isPlan
    ? planTasks
    : [...slipTasksFrom(run.input, run.result, costAssignmentsOf(ctx)).tasks, ...run.removed.map((i) => ({ ...planTasks[i], current: { days: 0, resources: [] } }))];
  return scenarioCost({
    ...(isPlan ? { slip: planSlipOf(ctx) } : {}),
    tasks,
    resources: costResourcesOf(ctx).list,
    rateCard: rateCardOf(ctx),
    programmeMinutes: programmeMinutesOf(ctx),
    bookings: run.result.bookings,
    planBookings: plan.result.bookings,
    crew: payrollInputOf(ctx),
    planPay: ctx.memo("scenarios.planPay", () => plannedPayPremiums(payrollInputOf(ctx), plan.result.bookings)),
  });
}

/** The payroll's input (crew, contracts, parameters) the scenarios' planned days are paid with. */
function payrollInputOf(ctx: CommandContext): Omit<CrewInput, "bookings"> {
  return crewOf(ctx).input;
}

const iso = (d: DayNumber | undefined): string | null => (d === undefined ? null : toIso(d));

/** The `scenarios` section of the JSON: one item per scenario and production, the plan first. */
export function scenariosJson(options: readonly ScenarioOption[]): Record<string, unknown>[] {
  return options.map((o) => ({
    name: o.run.name,
    production: o.production.production,
    padForecast: iso(o.production.padForecast),
    slipDays: o.production.slipDays,
    extraCost: eurosFromCents(o.cost?.extraCents ?? 0),
    overloads: o.overloads.map((w) => ({ name: w.resource, week: toIso(w.week), hours: w.hours })),
  }));
}

export const scenariosCommand: Command = {
  name: "scenarios",
  label: "Comparer les scénarios",
  run(input: CommandInput): CommandResult {
    const ctx = new CommandContext("scenarios", input);
    ctx.table(PRODUCTIONS, { required: true });
    const all = scenarioOptionsOf(ctx);
    if (!all) {
      ctx.summary.push("Aucune table Scenarios dans ce classeur : insérez le modèle « Scénarios » puis décrivez vos scénarios, une ligne par changement.");
      return ctx.finish();
    }
    const wanted = requestedProduction(input)?.toLowerCase();
    const options = wanted ? all.filter((o) => o.production.production.toLowerCase() === wanted) : all;
    if (wanted && options.length === 0) ctx.summary.push(`Production « ${requestedProduction(input)} » introuvable dans Productions.`);
    ctx.sections.scenarios = scenariosJson(options);
    ctx.summary.push(...comparisonText(options));
    return ctx.finish();
  },
};

/** One block per production, the options side by side (one column each). */
export function comparisonText(options: readonly ScenarioOption[]): string[] {
  const lines: string[] = [];
  const productions = [...new Set(options.map((o) => o.production.production))];
  for (const code of productions) {
    const mine = options.filter((o) => o.production.production === code);
    const first = mine[0].production;
    const reference = first.padBaseline !== undefined ? `référence ${toFrench(first.padBaseline)}` : "sans référence figée";
    lines.push("", `${code} — PAD contractuel ${first.padTarget !== undefined ? toFrench(first.padTarget) : "non saisi"}, ${reference}`);
    const rows: [string, (o: ScenarioOption) => string][] = [
      ["PAD prévu", (o) => (o.production.padForecast !== undefined ? toFrench(o.production.padForecast) : "—")],
      [first.slipReference === "contract" ? "Glissement / contrat (j)" : "Glissement (j ouvrés)", (o) => signed(o.production.slipDays)],
      ["Écart au contrat (j)", (o) => (o.production.contractSlipDays !== undefined ? signed(o.production.contractSlipDays) : "—")],
      ["Gain sur le plan (j)", (o) => signed(first.slipDays - o.production.slipDays)],
      ["Coût supplémentaire HT", (o) => formatEuros(o.cost?.extraCents ?? 0)],
      ["dont majorations dim.", (o) => formatEuros(o.cost?.sundayCents ?? 0)],
      ["dont majorations de paie", (o) => formatEuros(o.cost?.payCents ?? 0)],
      ["Semaines surchargées", (o) => String(o.overloads.length)],
      ["Chemin critique", (o) => o.production.criticalPath.join(" ") || "—"],
    ];
    lines.push(...sideBySide(["", ...mine.map((o) => o.run.name)], rows.map(([label, f]) => [label, ...mine.map(f)])));
    for (const o of mine) if (o.overloads.length > 0) lines.push(`Surcharges, ${o.run.name} : ${overloadText(o.overloads)}`);
  }
  return lines.slice(1);
}

/** « Léa Martin 23/11 (80 h, 5 j), 30/11 (80 h, 5 j) ; Salle montage 2 … »: the weeks by resource, as their Mondays. */
function overloadText(weeks: readonly WeekLoad[]): string {
  const byResource = new Map<string, WeekLoad[]>();
  for (const w of weeks) byResource.set(w.resource, [...(byResource.get(w.resource) ?? []), w]);
  return [...byResource].map(([name, list]) => `${name} ${list.map((w) => `sem. du ${toFrench(w.week)} (${formatNumber(w.hours)} h, ${w.days} j)`).join(", ")}`).join(" ; ");
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/** Columns padded to their widest cell (long cells, such as overloads, are left as they are in the last column). */
function sideBySide(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => Math.min(r[i].length, 40))));
  const line = (cells: string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join("  ").trimEnd();
  return [line(header), ...rows.map(line)];
}

/** The check's step: the `scenarios` section of the JSON when the workbook has a `Scenarios` table (nothing else is written). */
export const scenariosStep: CheckStep = {
  name: "scénarios",
  run(ctx) {
    const options = scenarioOptionsOf(ctx);
    if (options) ctx.sections.scenarios = scenariosJson(options);
  },
};
