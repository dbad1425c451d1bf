/**
 * The money of every production of a workbook (`core/costs/productionMoney.ts`), computed once per
 * command from the rules that make each figure: the cost report (accepted quote, committed, actual,
 * remaining, forecast), the slip cost against the baseline, the technical surcharges, the register
 * (invoiced), the plan's proposal. The check's JSON and `Synthese`, the cost report, the overrun report
 * and (through `Synthese`) the pane all show these very objects.
 */
import type { Alert } from "../../core/alerts";
import { buildQuote, type Quote } from "../../core/costs/quote";
import { productionKey, productionMoney, sumByProduction, type ProductionMoney } from "../../core/costs/productionMoney";
import { slipCost, type ProductionSlip, type SlipCost } from "../../core/costs/slipCost";
import type { Cents } from "../../core/money";
import { invoicedByProduction, type InvoicedDocument } from "../../core/invoicing/invoicedByProduction";
import { costReportOf, costResourcesOf, programmeMinutesOf, quoteTasksOf, rateCardOf } from "../../sheets/costs";
import { slipTasksOf } from "../../sheets/costs/plan";
import { archiveOf, registerOf } from "../../sheets/invoicing/register";
import { planningOf } from "../../sheets/planning";
import { technicalOf } from "../../sheets/technical";
import type { CommandContext } from "../context";
import { hasTechnicalTables, pricedTechnicalLines } from "../technical/checkStep";
import { EQUIPE } from "../../sheets/contract/crew";

export interface WorkbookMoney {
  /** The productions of `Productions` in their order, then any other one that has money, by code. */
  productions: ProductionMoney[];
  /** The slip of each production, resource by resource (the overrun report lists it). */
  slip: SlipCost;
  /** The quote the plan proposes today. */
  proposal: Quote;
  of(code: string): ProductionMoney | undefined;
  slipOf(code: string): ProductionSlip | undefined;
}

export function productionMoneyOf(ctx: CommandContext): WorkbookMoney {
  return ctx.memo("costs.money", () => {
    const costs = costReportOf(ctx).report;
    const proposal = planProposalOf(ctx);
    const slip = planSlipOf(ctx);

    const quoteTotals = new Map(costs.productionTotals.map((t) => [productionKey(t.production), t]));
    const technical = sumByProduction(technicalLinesOf(ctx));
    const accepted = sumByProduction(costReportOf(ctx).budget.lines.map((l): [string, Cents] => [l.production, l.acceptedTechnicalCents ?? 0]));
    const invoiced = invoicedOf(ctx);
    const proposed = sumByProduction(proposal.totals.map((t): [string, Cents] => [t.production, t.amountCents]));
    const slips = new Map(slip.productions.map((p) => [productionKey(p.production), p]));

    const codes = new Map<string, string>(); // key → code as first written
    for (const p of planningOf(ctx).input.productions) if (p.code.trim() && !codes.has(productionKey(p.code))) codes.set(productionKey(p.code), p.code.trim());
    const others = [...quoteTotals.values()].map((t) => t.production).filter((c) => !codes.has(productionKey(c)));
    for (const c of others.sort()) codes.set(productionKey(c), c);

    const productions = [...codes].map(([key, production]) =>
      productionMoney({
        production,
        costs: quoteTotals.get(key),
        slip: slips.get(key),
        technicalExtraCents: technical.get(key),
        acceptedTechnicalCents: accepted.get(key),
        invoicedCents: invoiced.get(key),
        proposalCents: proposed.get(key),
      }),
    );
    const byKey = new Map(productions.map((m) => [productionKey(m.production), m]));
    return { productions, slip, proposal, of: (code) => byKey.get(productionKey(code)), slipOf: (code) => slips.get(productionKey(code)) };
  });
}

/**
 * The plan's slip cost against its baseline, with its alerts, once per command: the figure the overrun
 * report, `Synthese` and the scenarios' `Plan actuel` all show.
 */
export function planSlipOf(ctx: CommandContext): SlipCost {
  return ctx.memo("costs.slip", () => {
    const slipTasks = slipTasksOf(ctx);
    const slip = slipCost({
      tasks: slipTasks.tasks,
      resources: costResourcesOf(ctx).list,
      rateCard: rateCardOf(ctx),
      programmeMinutes: programmeMinutesOf(ctx),
      crewTable: { sheet: EQUIPE.sheet, row: 0 },
    });
    for (const a of [...slip.alerts, ...approximatedAlerts(slipTasks.approximated)]) ctx.addAlert(a);
    return slip;
  });
}

/** The quote the plan proposes today ("Devis depuis le planning", its alerts left to that command). */
export function planProposalOf(ctx: CommandContext): Quote {
  return ctx.memo("costs.proposal", () =>
    buildQuote({ tasks: quoteTasksOf(ctx), resources: costResourcesOf(ctx).list, rateCard: rateCardOf(ctx), programmeMinutes: programmeMinutesOf(ctx) }),
  );
}

function technicalLinesOf(ctx: CommandContext): [string, Cents][] {
  if (!hasTechnicalTables(ctx)) return [];
  return pricedTechnicalLines(ctx, technicalOf(ctx)).map((l): [string, Cents] => [l.production, l.amountCents ?? 0]);
}

/** Invoiced per production key; an invoice that cannot be given to a production is said. */
function invoicedOf(ctx: CommandContext): Map<string, Cents> {
  const register = registerOf(ctx);
  const several = register.rows.some((r) => r.production.includes(","));
  const archive = several ? archiveOf(ctx) : undefined;
  const documents = register.rows.map((r): InvoicedDocument => ({
    number: r.number,
    production: r.production,
    htCents: r.htCents,
    lines: archive?.get(r.number)?.doc.lines.map((l) => ({ production: l.production, netCents: l.netCents })),
  }));
  const result = invoicedByProduction(documents);
  for (const u of result.unassigned) {
    const entry = register.entries.find((e) => e.entry.number === u.number);
    ctx.addAlert({
      code: "FACT_PRODUCTION_INCONNUE",
      severity: "warning",
      sheet: entry?.row.sheet ?? "Factures",
      row: entry?.row.sheetRow ?? 0,
      id: u.number,
      cell: entry?.row.cell("Production") ?? "",
      message: `Factures : la facture ${u.number} ne dit pas à quelle production elle revient (colonne Production vide, ou plusieurs productions sans archive pour la répartir) ; elle n'est comptée dans le facturé d'aucune production.`,
    });
  }
  return sumByProduction(result.byProduction);
}

function approximatedAlerts(productions: readonly string[]): Alert[] {
  return productions.map((production) => ({
    code: "REF_SANS_DUREES",
    severity: "info",
    sheet: "Planning",
    row: 0,
    id: production,
    cell: "",
    production,
    message: `Production ${production} : la référence a été figée sans les durées ni les ressources des tâches (colonnes « Durée réf. (j) » et « Ressources réf. » vides ou absentes de Taches) ; le coût du glissement compte les jours ouvrés entre Début réf. et Fin réf., avec les ressources actuelles. « Figer la référence » (cappad baseline) les enregistre.`,
  }));
}
