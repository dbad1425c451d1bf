/**
 * The check's last step: the money of each production (`productionMoneyOf`), once the plan, the
 * payroll, the costs and the rushes and deliverables are known — `productions[].money` of the JSON,
 * the `Synthese` sheet (dates and money of each production) and one summary line per production.
 */
import { productionMoney } from "../../core/costs/productionMoney";
import { formatEuros } from "../../core/money";
import { hasPlanning, planningOf } from "../../sheets/planning";
import { moneyJson } from "../../sheets/reports/moneyFigures";
import { buildSyntheseSheet } from "../../sheets/reports/synthese";
import type { CheckStep } from "../context";
import { productionMoneyOf } from "./money";

export const moneyStep: CheckStep = {
  name: "synthèse",
  run(ctx) {
    const plan = planningOf(ctx);
    if (!hasPlanning(plan)) return;
    const money = productionMoneyOf(ctx);
    ctx.addSheet(buildSyntheseSheet(plan.input, plan.result, ctx.today, money.productions));
    const productions = ctx.sections.productions as { code: string }[] | undefined;
    if (productions) ctx.sections.productions = productions.map((p) => ({ ...p, money: moneyJson(money.of(p.code) ?? productionMoney({ production: p.code })) }));
    for (const p of plan.result.productions) {
      const m = money.of(p.code);
      if (!m || (m.quoteCents === 0 && m.forecastCents === 0 && m.invoicedCents === 0)) continue;
      ctx.summary.push(
        `${p.code} : devis accepté ${formatEuros(m.quoteCents)}, prévision finale ${formatEuros(m.forecastCents)} (marge prévue ${formatEuros(m.forecastMarginCents)}), coût du glissement ${formatEuros(m.slipCostCents)}, surcoûts techniques ${formatEuros(m.technicalExtraCents)}, facturé ${formatEuros(m.invoicedCents)}.`,
      );
    }
  },
};
