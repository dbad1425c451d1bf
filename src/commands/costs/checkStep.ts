/**
 * The check's `costs` step (after planning and crew, whose memoised results it prices): `Budget`'s
 * computed columns (with the quote the plan proposes for each poste, and an alert where the accepted
 * quote differs from it or is missing), the "Rapport de coûts" sheet (with the money of each
 * production), `LignesFacture[Montant HT]`, the register's consistency as alerts, and the JSON sections
 * `budget` and `invoices`.
 */
import type { CostFigures } from "../../core/costs/costReport";
import { normalizeBudgetCode } from "../../core/costs/budgetCodes";
import { productionKey } from "../../core/costs/productionMoney";
import { eurosFromCents, formatEuros } from "../../core/money";
import { checkRegister } from "../../core/invoicing/registerChecks";
import { DERIVED_STATUS_LABEL } from "../../core/accounts/invoiceStatus";
import { balancesOf } from "../accounts/balances";
import { BUDGET, LIGNES_FACTURE } from "../../sheets/contract/costs";
import { costReportOf } from "../../sheets/costs";
import { draftLinesOf } from "../../sheets/invoicing/draft";
import { archiveOf, registerOf } from "../../sheets/invoicing/register";
import { planningOf } from "../../sheets/planning";
import { buildCostReportSheet } from "../../sheets/reports/costReportSheet";
import type { CheckStep, CommandContext } from "../context";
import { productionMoneyOf } from "./money";
import { quoteAlerts } from "./quoteAlerts";

const FIGURE_COLUMNS: [string, (f: CostFigures) => number | null][] = [
  ["Engagé", (f) => eurosFromCents(f.committedCents)],
  ["Réalisé", (f) => eurosFromCents(f.actualCents)],
  ["Reste à faire", (f) => eurosFromCents(f.remainingCents)],
  ["Prévision finale", (f) => eurosFromCents(f.forecastCents)],
  ["Écart", (f) => eurosFromCents(f.varianceCents)],
  ["Écart (%)", (f) => (f.varianceRatio === null ? null : Math.round(f.varianceRatio * 10000) / 10000)],
];

const PROPOSAL = "Devis proposé";

const posteKey = (production: string, budgetCode: string): string => `${productionKey(production)}\u0000${normalizeBudgetCode(budgetCode)}`;

function proposalByPoste(lines: readonly { production: string; budgetCode: string; amountCents: number }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of lines) out.set(posteKey(l.production, l.budgetCode), (out.get(posteKey(l.production, l.budgetCode)) ?? 0) + l.amountCents);
  return out;
}

/** Budget columns, the cost report sheet and the `budget` section. Returns false without a `Budget` table. */
export function writeCostReport(ctx: CommandContext): boolean {
  const table = ctx.table(BUDGET);
  if (!table) return false;
  const { report, budget } = costReportOf(ctx);
  const money = productionMoneyOf(ctx);
  for (const [header] of FIGURE_COLUMNS) ctx.claim(table, header);
  ctx.claim(table, PROPOSAL);
  const proposed = proposalByPoste(money.proposal.byBudgetCode);
  const byKey = new Map(report.lines.filter((l) => l.inBudget).map((l) => [`${l.production}\u0000${normalizeBudgetCode(l.budgetCode)}`, l]));
  const done = new Set<string>();
  budget.lines.forEach((line, i) => {
    const key = `${line.production}\u0000${normalizeBudgetCode(line.budgetCode)}`;
    const figures = byKey.get(key);
    // A poste written twice gets its figures once, on its first line (the engine said so).
    if (!figures || done.has(key)) return;
    done.add(key);
    for (const [header, value] of FIGURE_COLUMNS) ctx.set(budget.rows[i], header, value(figures));
    const proposal = proposed.get(posteKey(line.production, line.budgetCode));
    if (proposal !== undefined) ctx.set(budget.rows[i], PROPOSAL, eurosFromCents(proposal));
  });
  for (const a of quoteAlerts(budget, money.proposal)) ctx.addAlert(a);
  ctx.sections.budget = report.lines.map((l) => ({
    production: l.production,
    poste: l.budgetCode,
    devis: eurosFromCents(l.quoteCents),
    engage: eurosFromCents(l.committedCents),
    realise: eurosFromCents(l.actualCents),
    resteAFaire: eurosFromCents(l.remainingCents),
    prevision: eurosFromCents(l.forecastCents),
    ecart: eurosFromCents(l.varianceCents),
  }));
  const titles = new Map(planningOf(ctx).input.productions.filter((p) => p.title).map((p) => [p.code, p.title!]));
  ctx.addSheet(buildCostReportSheet(report, titles, money.productions));
  const over = report.lines.filter((l) => l.status === "over").length;
  const t = report.total;
  ctx.summary.push(
    `Coûts : prévision finale ${formatEuros(t.forecastCents)} pour un devis de ${formatEuros(t.quoteCents)} (écart ${formatEuros(t.varianceCents)}) ; ${over} poste(s) en dépassement. Feuille « Rapport de coûts » à jour.`,
  );
  return true;
}

function writeDraftAmounts(ctx: CommandContext): void {
  const table = ctx.table(LIGNES_FACTURE);
  if (!table) return;
  ctx.claim(table, "Montant HT");
  for (const l of draftLinesOf(ctx)) if (l.netCents !== undefined) ctx.set(l.row, "Montant HT", eurosFromCents(l.netCents));
}

function checkInvoices(ctx: CommandContext): void {
  const register = registerOf(ctx);
  if (!register.table) return;
  const issued = [...archiveOf(ctx).values()].map((a) => a.doc);
  for (const p of checkRegister(register.rows, issued)) {
    const entry = register.entries.find((e) => e.entry.number === p.number);
    const at = entry
      ? { sheet: entry.row.sheet, row: entry.row.sheetRow, cell: entry.row.cell("Numéro") }
      : { sheet: register.table.snapshot.sheet, row: 0, cell: "" };
    ctx.addAlert({ code: p.code, severity: p.severity, ...at, id: p.number, message: p.message });
  }
  ctx.sections.invoices = register.rows.map((r) => ({
    numero: r.number,
    client: r.client,
    ht: eurosFromCents(r.htCents),
    tva: eurosFromCents(r.vatCents),
    ttc: eurosFromCents(r.ttcCents),
    status: DERIVED_STATUS_LABEL[balancesOf(ctx).receivables.get(r.number)!.status],
  }));
}

export const costsStep: CheckStep = {
  name: "coûts et factures",
  run(ctx) {
    writeCostReport(ctx);
    writeDraftAmounts(ctx);
    checkInvoices(ctx);
  },
};
