/**
 * "Rapport de dépassement" (`cappad depassement`): the overrun report of one production
 * (`--production`) or of all, as the printable `Depassement` sheet and the JSON section `overrun`:
 * the dates and causes of the slip (`core/planning/overrun.ts`), what the slip costs resource by
 * resource, the technical surcharges and the production's money (`commands/costs/money.ts`, the same
 * objects the check's Synthèse and JSON show).
 */
import { requestedProduction } from "../options";
import { toFrench, toIso, type DayNumber } from "../../core/dates/civil";
import { eurosFromCents, formatEuros } from "../../core/money";
import { overrunReport, type OverrunReport } from "../../core/planning/overrun";
import { PRODUCTIONS } from "../../sheets/contract/planning";
import { planningOf } from "../../sheets/planning";
import { buildOverrunSheet, type OverrunContext } from "../../sheets/reports/overrun";
import { CommandContext } from "../context";
import { technicalCostsOf } from "../technical/checkStep";
import { productionMoneyOf } from "../costs/money";
import { moneyJson } from "../../sheets/reports/moneyFigures";
import type { ProductionSlip } from "../../core/costs/slipCost";
import type { Command, CommandInput, CommandResult } from "../types";

export const overrunCommand: Command = {
  name: "overrunReport",
  label: "Rapport de dépassement",
  run(input: CommandInput): CommandResult {
    const ctx = new CommandContext("overrunReport", input);
    ctx.table(PRODUCTIONS, { required: true });
    const plan = planningOf(ctx);
    const wanted = requestedProduction(input);
    const codes = wanted ? [wanted] : plan.result.productions.filter((p) => p.code !== "").map((p) => p.code);
    const reports: (OverrunReport & OverrunContext)[] = [];
    for (const code of codes) {
      const r = overrunReport(plan.input, plan.result, code);
      if (!r) {
        ctx.summary.push(`Production « ${code} » introuvable dans Productions : pas de rapport.`);
        continue;
      }
      const index = plan.result.productions.find((p) => p.code === r.production)?.index;
      const money = productionMoneyOf(ctx);
      reports.push({
        ...r,
        client: index === undefined ? undefined : plan.rows.productions[index]?.text("Client"),
        technicalCosts: technicalCostsOf(ctx, r.production),
        slip: money.slipOf(r.production),
        money: money.of(r.production),
      });
    }
    if (reports.length === 0) return ctx.finish();
    ctx.addSheet(buildOverrunSheet(reports, ctx.today));
    ctx.sections.overrun = reports.map(overrunJson);
    for (const r of reports) ctx.summary.push(summaryLine(r));
    return ctx.finish();
  },
};

const iso = (d: DayNumber | undefined): string | null => (d === undefined ? null : toIso(d));

function overrunJson(r: OverrunReport & OverrunContext): Record<string, unknown> {
  return {
    production: r.production,
    padBaseline: iso(r.padBaseline),
    padForecast: iso(r.padForecast),
    padTarget: iso(r.padTarget),
    slipDays: r.slipDays,
    slipReference: r.slipReference,
    causes: r.causes.map((c) => ({ id: c.id, baselineFinish: iso(c.baselineFinish), finish: iso(c.finish), slipDays: c.slipDays, ownSlipDays: c.ownSlipDays, resources: c.resources })),
    resources: (r.slip?.lines ?? []).map((l) => ({ name: l.resource, baselineDays: l.baselineDays, forecastDays: l.forecastDays, cost: l.priced ? eurosFromCents(l.costCents) : null })),
    slipCost: eurosFromCents(r.money?.slipCostCents ?? 0),
    technicalCost: eurosFromCents(r.money?.technicalExtraCents ?? 0),
    missingRates: unpriced(r.slip),
    money: r.money ? moneyJson(r.money) : null,
  };
}

/** Resources whose days changed but cannot be priced. */
function unpriced(slip: ProductionSlip | undefined): string[] {
  return (slip?.lines ?? []).filter((l) => !l.priced && l.baselineDays !== l.forecastDays).map((l) => l.resource);
}

function summaryLine(r: OverrunReport & OverrunContext): string {
  if (r.padForecast === undefined) return `${r.production} : aucune tâche.`;
  const cost = r.money?.hasBaseline ? `, coût du glissement ${formatEuros(r.money.slipCostCents)} HT` : "";
  const technical = r.money?.technicalExtraCents ? `, surcoûts techniques ${formatEuros(r.money.technicalExtraCents)} HT` : "";
  if (r.slipDays <= 0) return `${r.production} : pas de glissement du PAD (prévu le ${toFrench(r.padForecast)})${cost}${technical}.`;
  const from = r.slipReference === "baseline" ? r.padBaseline : r.padTarget;
  return `${r.production} : PAD glissé de ${r.slipDays} j ouvré(s) (${from === undefined ? "?" : toFrench(from)} → ${toFrench(r.padForecast)})${cost}${technical}.`;
}
