/**
 * What the check says about the accepted quote against the plan's proposal (`core/costs/quoteFreeze.ts`):
 * a typed `Devis HT` that differs from the proposal of its poste (kept: it is the accepted quote, but the
 * coordinator should know why it differs), and postes the plan prices that have no accepted quote yet
 * (one alert per production: "Figer le devis" would fill them).
 */
import type { Alert } from "../../core/alerts";
import { freezeQuote, quoteDifferences, type PosteAmount } from "../../core/costs/quoteFreeze";
import type { Quote } from "../../core/costs/quote";
import { formatEuros } from "../../core/money";
import type { BudgetRows } from "../../sheets/costs/budget";

const signed = (cents: number): string => (cents > 0 ? `+${formatEuros(cents)}` : formatEuros(cents));

export function proposalAmounts(proposal: Quote): PosteAmount[] {
  return proposal.byBudgetCode.map((l) => ({ production: l.production, budgetCode: l.budgetCode, amountCents: l.amountCents }));
}

export function quoteAlerts(budget: BudgetRows, proposal: Quote): Alert[] {
  const amounts = proposalAmounts(proposal);
  const alerts: Alert[] = quoteDifferences(budget.typed, amounts).map((d) => {
    const row = budget.rows[d.index];
    return {
      code: "DEVIS_ECART_PROPOSITION",
      severity: "info",
      sheet: row.sheet,
      row: row.sheetRow,
      id: d.budgetCode,
      cell: row.cell("Devis HT"),
      production: d.production,
      message: `Budget, ${d.production} poste ${d.budgetCode} : le devis accepté (${formatEuros(d.quoteCents)}) diffère du devis que le planning propose aujourd'hui (${formatEuros(d.proposalCents)}, écart ${signed(d.proposalCents - d.quoteCents)} : glissement du planning, ou prix négocié). Le devis accepté reste le vôtre ; pour reprendre la proposition, videz Devis HT puis « Figer le devis ».`,
      detail: `devis accepté ${formatEuros(d.quoteCents)}, le planning propose ${formatEuros(d.proposalCents)} (${signed(d.proposalCents - d.quoteCents)}).`,
    };
  });
  const missing = freezeQuote({ budget: budget.typed, proposal: amounts });
  const byProduction = new Map<string, { postes: string[]; cents: number }>();
  const note = (production: string, budgetCode: string, cents: number): void => {
    const p = byProduction.get(production) ?? { postes: [], cents: 0 };
    p.postes.push(budgetCode);
    p.cents += cents;
    byProduction.set(production, p);
  };
  for (const f of missing.fills) if (f.quoteCents !== undefined) note(budget.typed[f.index].production, budget.typed[f.index].budgetCode, f.quoteCents);
  for (const a of missing.appends) note(a.production, a.budgetCode, a.quoteCents ?? 0);
  for (const [production, p] of byProduction)
    alerts.push({
      code: "DEVIS_A_FIGER",
      severity: "info",
      sheet: "Budget",
      row: 0,
      id: production,
      cell: "",
      production,
      message: `Budget, ${production} : pas de devis accepté pour ${p.postes.length > 1 ? "les postes" : "le poste"} ${p.postes.join(", ")}, que le planning chiffre à ${formatEuros(p.cents)} ; « Figer le devis » (cappad figer-devis) y reporte ce devis proposé, une fois accepté par le client.`,
    });
  return alerts;
}
