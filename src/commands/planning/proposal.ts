/**
 * The check's « Proposition au producteur » sheet: for each production that a scenario of the `Scenarios`
 * table changes, its options as `scenarioOptionsOf` computes them (the figures of `cappad scenarios` and of
 * the JSON's `scenarios`, the plan's cost being the overrun report's slip cost: nothing is recomputed
 * here), what each changes in plain French, the coordinator's recommendation read from the
 * `Recommandations` table (else Cap PAD's suggestion, `core/planning/scenarioSuggestion.ts`) and the
 * acceptance block. Written when the table has scenarios, or to empty a sheet a former check wrote.
 */
import { CURRENT_PLAN } from "../../core/planning/scenarios";
import { addedOverloads, suggestOption } from "../../core/planning/scenarioSuggestion";
import { planningOf } from "../../sheets/planning";
import { buildProposalSheet, PROPOSAL_SHEET, type ProposalChoice, type ProposalOption, type ProposalPage } from "../../sheets/reports/proposal";
import { describeChanges } from "../../sheets/scenarios/describe";
import { readRecommendations, type Recommendation } from "../../sheets/scenarios/recommendations";
import { findSheet } from "../../workbook/snapshot";
import type { CheckStep, CommandContext } from "../context";
import { scenarioOptionsOf, scenarioTableOf, type ScenarioOption } from "./scenarios";
import { weekLimitsOf } from "./weekLimits";

/** The pages of the proposal, one per production a scenario changes; undefined without a `Scenarios` table. */
export function proposalPagesOf(ctx: CommandContext): ProposalPage[] | undefined {
  const all = scenarioOptionsOf(ctx);
  if (!all) return undefined;
  const byProduction = new Map<string, ScenarioOption[]>();
  for (const o of all) byProduction.set(o.production.production, [...(byProduction.get(o.production.production) ?? []), o]);
  const plan = planningOf(ctx);
  const names = new Map([...byProduction].map(([code, list]) => [code, list.map((o) => o.run.name)]));
  const recommendations = readRecommendations(
    ctx,
    plan.input.productions.map((p) => p.code.trim()).filter((c) => c !== ""),
    names,
  );
  const pages: ProposalPage[] = [];
  for (const [code, list] of byProduction) {
    // The plan alone is no proposal: a page for the productions a scenario changes.
    if (list.length < 2 || list[0].run.name !== CURRENT_PLAN) continue;
    const options = list.map((o) => optionOf(ctx, o, list[0]));
    const index = plan.result.productions.find((p) => p.code === code)?.index;
    pages.push({
      production: code,
      title: plan.input.productions.find((p) => p.code.trim() === code)?.title,
      client: index === undefined ? undefined : plan.rows.productions[index]?.text("Client"),
      padBaseline: list[0].production.padBaseline,
      options,
      choice: choiceOf(options, recommendations.get(code)),
      limits: weekLimitsOf(ctx),
    });
  }
  return pages;
}

/** One option's figures as the comparison gives them, and its changes said in French. */
function optionOf(ctx: CommandContext, o: ScenarioOption, plan: ScenarioOption): ProposalOption {
  const p = o.production;
  const scenario = scenarioTableOf(ctx).scenarios.find((s) => s.name === o.run.name);
  const changes = scenario ? scenario.changes.filter((c) => c.production === p.production) : [];
  return {
    name: o.run.name,
    padForecast: p.padForecast,
    padTarget: p.padTarget,
    slipDays: p.slipDays,
    slipReference: p.slipReference,
    contractSlipDays: p.contractSlipDays,
    gainedDays: plan.production.slipDays - p.slipDays,
    // The JSON's `extraCost` (0 when unpriced), the same figure.
    extraCents: o.cost?.extraCents ?? 0,
    sundayCents: o.cost?.sundayCents ?? 0,
    payCents: o.cost?.payCents ?? 0,
    hasBaseline: o.cost?.hasBaseline ?? false,
    overloads: o.overloads,
    added: o === plan ? [] : addedOverloads(o.overloads, plan.overloads),
    changes: describeChanges(changes, planningOf(ctx).input, o.run.input),
  };
}

/** The coordinator's recommendation when it names an option, else Cap PAD's suggestion (with what was typed). */
function choiceOf(options: readonly ProposalOption[], typed: Recommendation | undefined): ProposalChoice | undefined {
  if (typed?.option !== undefined) {
    const index = options.findIndex((o) => o.name === typed.option);
    if (index >= 0) return { index, by: "coordinator", reason: typed.reason };
  }
  const s = suggestOption(options.map((o) => ({ ...o, addedOverloads: o.added.length })));
  return s && { index: s.index, by: "suggestion", rule: s.rule, unknownTyped: typed?.typed };
}

/** After the scenarios: the sheet when the table has scenarios, or an emptied one when a former check wrote it. */
export const proposalStep: CheckStep = {
  name: "proposition au producteur",
  run(ctx) {
    const pages = proposalPagesOf(ctx);
    if (pages === undefined) return;
    const typed = scenarioTableOf(ctx).scenarios.length > 0;
    if (typed || findSheet(ctx.snapshot, PROPOSAL_SHEET)) ctx.addSheet(buildProposalSheet(pages, ctx.today));
  },
};
