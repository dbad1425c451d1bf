/**
 * "Devis depuis le planning": every production's quote from its plan (tasks × resources × duration
 * at the rate card, grouped by poste) into the owned `Devis` sheet. The sheet keeps the last quote:
 * a re-run after re-planning shows the new quote beside it, with what changed; a re-run on an
 * unchanged plan writes nothing (the comparison shown stays the last real change).
 */
import { buildQuote, diffQuotes, quoteFromLines, type Quote } from "../../core/costs/quote";
import { eurosFromCents, formatEuros } from "../../core/money";
import { costResourcesOf, programmeMinutesOf, quoteTasksOf, rateCardOf } from "../../sheets/costs";
import { previousQuoteOf } from "../../sheets/costs/previousQuote";
import { resourceLabel } from "../../sheets/costs/resources";
import { buildQuoteSheet, QUOTE_SHEET } from "../../sheets/reports/quoteSheet";
import { CommandContext } from "../context";
import { withTechnicalCosts } from "../technical/quoteLines";
import type { Command, CommandInput, CommandResult } from "../types";

function unchanged(before: Quote, after: Quote): boolean {
  const d = diffQuotes(before, after);
  return d.byRate.every((l) => l.change === "unchanged");
}

export const quoteCommand: Command = {
  name: "quote",
  label: "Devis depuis le planning",
  run(input: CommandInput): CommandResult {
    const ctx = new CommandContext("quote", input);
    const built = buildQuote({ tasks: quoteTasksOf(ctx), resources: costResourcesOf(ctx).list, rateCard: rateCardOf(ctx), programmeMinutes: programmeMinutesOf(ctx) });
    // A resource's own rate is labelled by its name: say what it is ("Chef monteuse — Léa Martin").
    const planQuote = quoteFromLines(built.lines.map((l) => (l.rateCode ? l : { ...l, label: resourceLabel(ctx, l.label) })), built.alerts);
    // Option `technical` ("Ajouter les surcoûts techniques au devis"): the rushes and deliverables
    // surcharges too.
    const quote = input.options.technical ? withTechnicalCosts(ctx, planQuote) : planQuote;
    for (const a of quote.alerts) ctx.addAlert(a);
    const previous = previousQuoteOf(ctx);
    ctx.sections.quote = {
      productions: quote.totals.map((t) => ({ production: t.production, ht: eurosFromCents(t.amountCents) })),
      postes: quote.byBudgetCode.map((l) => ({ production: l.production, poste: l.budgetCode, ht: eurosFromCents(l.amountCents) })),
      total: eurosFromCents(quote.totalCents),
    };
    if (quote.lines.length === 0) {
      ctx.summary.push("Aucun devis : aucune tâche du planning n'a de durée et de ressource chiffrable (Taches, Equipe, Tarifs).");
      return ctx.finish();
    }
    const totals = quote.totals.map((t) => `${t.production} ${formatEuros(t.amountCents)}`).join(", ");
    if (previous && unchanged(previous, quote)) {
      ctx.summary.push(`Devis inchangé depuis le dernier calcul (${totals} HT) : la feuille « ${QUOTE_SHEET} » n'est pas réécrite.`);
      return ctx.finish();
    }
    ctx.addSheet(buildQuoteSheet(quote, previous, ctx.today));
    ctx.summary.push(`Devis HT : ${totals} ; total ${formatEuros(quote.totalCents)}.`);
    if (previous) ctx.summary.push(`Écart avec le devis précédent : ${formatEuros(quote.totalCents - previous.totalCents)} (détail dans la feuille « ${QUOTE_SHEET} »).`);
    return ctx.finish();
  },
};
