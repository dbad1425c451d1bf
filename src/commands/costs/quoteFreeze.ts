/**
 * "Figer le devis" (`cappad figer-devis`): the quote the plan proposes becomes the accepted quote of
 * `Budget` where the user typed none (`core/costs/quoteFreeze.ts`) — blank `Devis HT` cells of the
 * postes the plan prices are filled, postes without a line get one — for one production
 * (`--production`) or all. With the technical surcharges (`--technique`, the client accepted them),
 * blank `Surcoûts techniques acceptés` cells receive the surcharges the rushes and deliverables checks
 * priced on their poste. Nothing typed is replaced: a typed quote that differs from the proposal is said,
 * and kept. A second run changes nothing. The Budget's computed columns follow at the next check (the
 * pane runs it at once).
 */
import { freezeQuote, type FreezeAppend, type PosteAmount } from "../../core/costs/quoteFreeze";
import { productionKey } from "../../core/costs/productionMoney";
import { eurosFromCents, formatEuros } from "../../core/money";
import { BUDGET } from "../../sheets/contract/costs";
import { budgetOf } from "../../sheets/costs";
import { planningOf } from "../../sheets/planning";
import type { BoundTable } from "../../sheets/read";
import type { OutValue } from "../../workbook/values";
import { technicalOf } from "../../sheets/technical";
import { checkCommand } from "../check";
import { CommandContext } from "../context";
import { mention } from "../mention";
import { requestedProduction } from "../options";
import { hasTechnicalTables, pricedTechnicalLines } from "../technical/checkStep";
import type { Command, CommandInput, CommandResult } from "../types";
import { planProposalOf } from "./money";
import { proposalAmounts } from "./quoteAlerts";

const QUOTE = "Devis HT";
const TECHNICAL = "Surcoûts techniques acceptés";

export const quoteFreezeCommand: Command = {
  name: "quoteFreeze",
  label: "Figer le devis",
  run(input: CommandInput): CommandResult {
    const ctx = new CommandContext("quoteFreeze", input);
    const table = ctx.table(BUDGET, { required: true });
    if (!table) {
      ctx.summary.push("Pas de table Budget : insérez le modèle « Budget » (Modèles), puis relancez.");
      return ctx.finish();
    }
    const wanted = requestedProduction(input);
    if (wanted && !planningOf(ctx).input.productions.some((p) => productionKey(p.code) === productionKey(wanted))) {
      ctx.summary.push(`Production « ${wanted} » introuvable dans Productions : rien n'a été figé.`);
      return ctx.finish();
    }
    const withTechnical = input.options.technical === true;
    const hasTechnicalColumn = (table.columnIndex.get(TECHNICAL) ?? -1) >= 0;
    if (withTechnical && !hasTechnicalColumn) missingColumnAlert(ctx, table);
    const budget = budgetOf(ctx);
    const technical = withTechnical && hasTechnicalColumn ? technicalAmounts(ctx) : undefined;
    const frozen = freezeQuote({ budget: budget.typed, proposal: proposalAmounts(planProposalOf(ctx)), technical, production: wanted });

    for (const f of frozen.fills) {
      if (f.quoteCents !== undefined) ctx.set(budget.rows[f.index], QUOTE, eurosFromCents(f.quoteCents));
      if (f.acceptedTechnicalCents !== undefined) ctx.set(budget.rows[f.index], TECHNICAL, eurosFromCents(f.acceptedTechnicalCents));
    }
    if (frozen.appends.length > 0) ctx.append(table, frozen.appends.map(appendRow));
    summarize(ctx, frozen, wanted, budget.typed);
    return ctx.finish();
  },
};

function appendRow(a: FreezeAppend): Record<string, OutValue> {
  const row: Record<string, OutValue> = { Production: a.production, Poste: a.budgetCode, Libellé: a.label || null, [QUOTE]: a.quoteCents === undefined ? null : eurosFromCents(a.quoteCents) };
  // Only when there is one: the column may be missing from an older Budget (said, never half-written).
  if (a.acceptedTechnicalCents !== undefined) row[TECHNICAL] = eurosFromCents(a.acceptedTechnicalCents);
  return row;
}

/** The technical surcharges priced by the checks, per production and poste. */
function technicalAmounts(ctx: CommandContext): PosteAmount[] {
  if (!hasTechnicalTables(ctx)) return [];
  return pricedTechnicalLines(ctx, technicalOf(ctx)).flatMap((l) => (l.entry && l.amountCents ? [{ production: l.production, budgetCode: l.entry.budgetCode, amountCents: l.amountCents }] : []));
}

function missingColumnAlert(ctx: CommandContext, table: BoundTable): void {
  const snap = table.snapshot;
  ctx.addAlert({
    code: "BUDGET_COLONNE_SURCOUTS_ABSENTE",
    severity: "warning",
    sheet: snap.sheet,
    row: snap.headerRow + 1,
    id: "",
    cell: "",
    message: `Budget : la colonne « ${TECHNICAL} » est absente ; ajoutez-la au tableau Budget (à droite de Devis HT) pour y figer les surcoûts techniques acceptés. Le devis du planning est figé sans eux.`,
  });
}

function summarize(ctx: CommandContext, frozen: ReturnType<typeof freezeQuote>, wanted: string | undefined, typed: ReturnType<typeof budgetOf>["typed"]): void {
  const scope = wanted ? `de ${wanted}` : "des productions";
  const quoteCells = frozen.fills.filter((f) => f.quoteCents !== undefined);
  const technicalCells = frozen.fills.filter((f) => f.acceptedTechnicalCents !== undefined);
  const total = [...quoteCells.map((f) => f.quoteCents!), ...frozen.appends.map((a) => a.quoteCents ?? 0)].reduce((s, c) => s + c, 0);
  const technical = [...technicalCells.map((f) => f.acceptedTechnicalCents!), ...frozen.appends.map((a) => a.acceptedTechnicalCents ?? 0)].reduce((s, c) => s + c, 0);
  if (quoteCells.length + technicalCells.length + frozen.appends.length === 0) {
    ctx.summary.push(`Devis déjà figé : chaque poste ${scope} que le planning chiffre a son devis accepté dans Budget ; rien n'a été modifié.`);
  } else {
    const postes = [...quoteCells.map((f) => `${typed[f.index].production} ${typed[f.index].budgetCode}`), ...frozen.appends.map((a) => `${a.production} ${a.budgetCode}`)];
    ctx.summary.push(`Devis figé ${scope} : ${formatEuros(total)} HT reportés dans Budget (${postes.length} poste(s) : ${postes.join(", ") || "aucun"}${frozen.appends.length ? ` ; ${frozen.appends.length} ligne(s) ajoutée(s)` : ""}).`);
    if (technical) ctx.summary.push(`Surcoûts techniques acceptés : ${formatEuros(technical)} HT (colonne « ${TECHNICAL} »).`);
    ctx.summary.push(`${mention(ctx.input, checkCommand)} met à jour les colonnes calculées de Budget et les rapports.`);
  }
  for (const d of frozen.differences)
    ctx.summary.push(`${d.production} ${d.budgetCode} : devis saisi ${formatEuros(d.quoteCents)} gardé ; le planning propose ${formatEuros(d.proposalCents)}.`);
}
