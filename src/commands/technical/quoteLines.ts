/**
 * "Ajouter les surcoûts techniques au devis" (`cappad devis --technique`): the plan's quote plus the
 * surcharges the rushes and deliverables checks price (conversions, upscaling, 5.1 mix, M&E, SME
 * subtitles, loudness correction), each line tagged "Surcoût technique" in the `Devis` sheet. The
 * quote command calls this when its `technical` option is set; nothing else of the quote changes.
 */
import { formatEuros } from "../../core/money";
import type { Quote } from "../../core/costs/quote";
import { addToQuote, asQuoteLines } from "../../core/technical";
import { technicalOf } from "../../sheets/technical";
import type { CommandContext } from "../context";
import { hasTechnicalTables, pricedTechnicalLines } from "./checkStep";

export function withTechnicalCosts(ctx: CommandContext, quote: Quote): Quote {
  if (!hasTechnicalTables(ctx)) {
    ctx.summary.push("Surcoûts techniques : ni Rushes ni Livrables dans le classeur, rien à ajouter.");
    return quote;
  }
  const extra = asQuoteLines(pricedTechnicalLines(ctx, technicalOf(ctx)));
  const total = extra.reduce((s, l) => s + l.amountCents, 0);
  ctx.summary.push(
    extra.length
      ? `Surcoûts techniques ajoutés au devis : ${extra.length} ligne(s), ${formatEuros(total)} HT (${[...new Set(extra.map((l) => l.rateCode))].join(", ")}).`
      : "Surcoûts techniques : aucun à ajouter au devis.",
  );
  return addToQuote(quote, extra);
}
