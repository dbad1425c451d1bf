/**
 * The monthly VAT summary that prepares the CA3 return (form 3310-CA3-SD): VAT collected by rate and
 * VAT deductible, each month, with the rule used. It adds the VAT lines of the entries themselves
 * (never a second computation), so the summary and the FEC always agree:
 * - collected VAT: on services it is due when the price is received (CGI art. 269-2-c): the VAT the
 *   receipts of the month carry; with the option for debits (CGI annexe III art. 77), the VAT of the
 *   invoices and credit notes of the month;
 * - deductible VAT: on services bought, deductible once due at the supplier's, i.e. when paid (BOFiP
 *   https://bofip.impots.gouv.fr/doctrine/pgp/1111-PGP paragraphe 30): the VAT the payments of the month carry.
 */
import { toMonthKey } from "../dates/civil";
import type { Cents } from "../money";
import type { JournalEntry } from "./entries";

export interface VatRateLine {
  ratePercent: number;
  baseCents: Cents;
  vatCents: Cents;
}

export interface VatMonth {
  /** AAAA-MM */
  month: string;
  collected: VatRateLine[];
  deductible: VatRateLine[];
  collectedCents: Cents;
  deductibleCents: Cents;
  /** Collected minus deductible: to pay when positive, a credit when negative. */
  netCents: Cents;
  collectedRule: string;
  deductibleRule: string;
}

export const COLLECTED_RULE_RECEIPTS =
  "TVA sur les encaissements (prestations de services, CGI art. 269-2-c) : la TVA des paiements reçus dans le mois, au prorata de chaque facture.";
export const COLLECTED_RULE_DEBITS = "Option pour les débits (CGI annexe III art. 77) : la TVA des factures et avoirs émis dans le mois.";
export const DEDUCTIBLE_RULE =
  "TVA des factures fournisseurs payées dans le mois, au prorata des paiements (prestations de services : déductible quand elle est exigible chez le fournisseur, au paiement ; BOFiP, https://bofip.impots.gouv.fr/doctrine/pgp/1111-PGP paragraphe 30). Achats sans taux de TVA : non comptés.";

function add(lines: VatRateLine[], ratePercent: number, baseCents: Cents, vatCents: Cents): void {
  const found = lines.find((l) => l.ratePercent === ratePercent);
  if (found) {
    found.baseCents += baseCents;
    found.vatCents += vatCents;
  } else lines.push({ ratePercent, baseCents, vatCents });
}

const total = (lines: readonly VatRateLine[]): Cents => lines.reduce((s, l) => s + l.vatCents, 0);

export function vatSummary(entries: readonly JournalEntry[], vatOnDebits: boolean): VatMonth[] {
  const months = new Map<string, { collected: VatRateLine[]; deductible: VatRateLine[] }>();
  for (const e of entries) {
    for (const l of e.lines) {
      if (!l.vat) continue;
      const key = toMonthKey(e.day);
      const m = months.get(key) ?? { collected: [], deductible: [] };
      months.set(key, m);
      const collected = l.vat.kind === "collected";
      const sign = l.creditCents > 0 === collected ? 1 : -1;
      add(collected ? m.collected : m.deductible, l.vat.ratePercent, l.vat.baseCents, sign * (l.debitCents + l.creditCents));
    }
  }
  return [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, m]) => {
      const byRate = (lines: VatRateLine[]): VatRateLine[] => lines.sort((a, b) => b.ratePercent - a.ratePercent);
      const collectedCents = total(m.collected);
      const deductibleCents = total(m.deductible);
      return {
        month,
        collected: byRate(m.collected),
        deductible: byRate(m.deductible),
        collectedCents,
        deductibleCents,
        netCents: collectedCents - deductibleCents,
        collectedRule: vatOnDebits ? COLLECTED_RULE_DEBITS : COLLECTED_RULE_RECEIPTS,
        deductibleRule: DEDUCTIBLE_RULE,
      };
    });
}
