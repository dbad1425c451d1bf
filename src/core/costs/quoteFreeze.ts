/**
 * "Figer le devis": the quote the plan proposes becomes the accepted quote where the user has not
 * typed one — like the planning baseline, a picture taken once and kept, but one that never replaces
 * what the user typed. Per production and poste of the budget:
 * - `Devis HT` typed: it is the accepted quote and stays as it is; where it differs from the plan's
 *   proposal the difference is said (it may be the slip, or a negotiated price);
 * - `Devis HT` blank: it receives the proposal of that poste;
 * - a poste the plan proposes with no budget line: a line is added with the proposal;
 * - with the technical surcharges (the client accepted them): the accepted surcharges of a poste, blank,
 *   receive the surcharges the checks priced on it (a line is added for a poste that has none).
 * Running it again changes nothing: every cell it would fill is filled.
 */
import type { Cents } from "../money";
import { budgetCodeInfo, normalizeBudgetCode } from "./budgetCodes";
import { productionKey } from "./productionMoney";

/** A budget line as the freeze sees it: blank cells are undefined. */
export interface FreezeBudgetLine {
  production: string;
  budgetCode: string;
  quoteCents?: Cents;
  acceptedTechnicalCents?: Cents;
}

/** An amount per production and poste (the plan's proposal, the technical surcharges). */
export interface PosteAmount {
  production: string;
  budgetCode: string;
  amountCents: Cents;
}

export interface QuoteFreezeInput {
  budget: readonly FreezeBudgetLine[];
  proposal: readonly PosteAmount[];
  /** Given when the client accepted the technical surcharges. */
  technical?: readonly PosteAmount[];
  /** Only this production (code as typed, case ignored); all when undefined. */
  production?: string;
}

export interface FreezeFill {
  /** Index of the budget line. */
  index: number;
  quoteCents?: Cents;
  acceptedTechnicalCents?: Cents;
}

export interface FreezeAppend {
  production: string;
  budgetCode: string;
  label: string;
  quoteCents?: Cents;
  acceptedTechnicalCents?: Cents;
}

export interface QuoteFreeze {
  fills: FreezeFill[];
  appends: FreezeAppend[];
  /** Typed quotes that differ from the proposal (kept as typed). */
  differences: QuoteDifference[];
}

export interface QuoteDifference {
  index: number;
  production: string;
  budgetCode: string;
  quoteCents: Cents;
  proposalCents: Cents;
}

const SEP = "\u0000";
const keyOf = (production: string, budgetCode: string): string => productionKey(production) + SEP + normalizeBudgetCode(budgetCode);

/** Amounts summed per production × poste, in first-seen order. */
function byPoste(amounts: readonly PosteAmount[], wanted: (production: string) => boolean): Map<string, PosteAmount> {
  const out = new Map<string, PosteAmount>();
  for (const a of amounts) {
    if (!wanted(a.production) || a.amountCents === 0) continue;
    const k = keyOf(a.production, a.budgetCode);
    const seen = out.get(k);
    if (seen) seen.amountCents += a.amountCents;
    else out.set(k, { ...a });
  }
  return out;
}

export function freezeQuote(input: QuoteFreezeInput): QuoteFreeze {
  const wanted = (p: string): boolean => input.production === undefined || productionKey(p) === productionKey(input.production);
  const proposal = byPoste(input.proposal, wanted);
  const technical = byPoste(input.technical ?? [], wanted);
  const firstLine = new Map<string, number>();
  input.budget.forEach((b, i) => {
    const k = keyOf(b.production, b.budgetCode);
    if (wanted(b.production) && !firstLine.has(k)) firstLine.set(k, i);
  });

  const fills: FreezeFill[] = [];
  for (const [k, i] of firstLine) {
    const b = input.budget[i];
    const fill: FreezeFill = { index: i };
    if (b.quoteCents === undefined && proposal.has(k)) fill.quoteCents = proposal.get(k)!.amountCents;
    if (b.acceptedTechnicalCents === undefined && technical.has(k)) fill.acceptedTechnicalCents = technical.get(k)!.amountCents;
    if (fill.quoteCents !== undefined || fill.acceptedTechnicalCents !== undefined) fills.push(fill);
  }
  const appends: FreezeAppend[] = [];
  for (const k of new Set([...proposal.keys(), ...technical.keys()])) {
    if (firstLine.has(k)) continue;
    const ref = (proposal.get(k) ?? technical.get(k))!;
    appends.push({
      production: ref.production,
      budgetCode: ref.budgetCode,
      label: budgetCodeInfo(ref.budgetCode).label,
      quoteCents: proposal.get(k)?.amountCents,
      acceptedTechnicalCents: technical.get(k)?.amountCents,
    });
  }
  return { fills, appends, differences: quoteDifferences(input.budget, input.proposal, input.production) };
}

/**
 * Budget lines whose typed `Devis HT` differs from what the plan proposes for their poste (only where
 * the plan proposes something: postes it does not price — purchases, rights — have nothing to compare).
 */
export function quoteDifferences(budget: readonly FreezeBudgetLine[], proposal: readonly PosteAmount[], production?: string): QuoteDifference[] {
  const wanted = (p: string): boolean => production === undefined || productionKey(p) === productionKey(production);
  const proposed = byPoste(proposal, wanted);
  const seen = new Set<string>();
  const out: QuoteDifference[] = [];
  budget.forEach((b, index) => {
    const k = keyOf(b.production, b.budgetCode);
    if (seen.has(k) || !wanted(b.production)) return;
    seen.add(k);
    const p = proposed.get(k);
    if (!p || b.quoteCents === undefined || b.quoteCents === p.amountCents) return;
    out.push({ index, production: b.production, budgetCode: b.budgetCode, quoteCents: b.quoteCents, proposalCents: p.amountCents });
  });
  return out;
}
