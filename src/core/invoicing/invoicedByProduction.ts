/**
 * What has been invoiced for each production, HT: the register's invoices (positive) and credit notes
 * (negative: an invoice cancelled by a credit note nets to 0), whatever their payment status. An
 * invoice names its production in the register; one that mixes several productions (its register
 * `Production` lists them) is split by the productions of its lines as issued (the archive), line by
 * line, so that the parts add up to its total exactly. One that cannot be split is left out and said.
 */
import type { Cents } from "../money";

export interface InvoicedDocument {
  number: string;
  /** The register's `Production`: one code, or several joined by ", ". */
  production: string;
  /** The register's HT: negative for a credit note. */
  htCents: Cents;
  /** The lines as issued (archive), when known: their production and their amount HT (positive). */
  lines?: readonly { production?: string; netCents: Cents }[];
}

export interface InvoicedByProduction {
  /** By production code as written on the invoices (trimmed). */
  byProduction: Map<string, Cents>;
  /** Documents that name no production, or several without lines to split them by. */
  unassigned: { number: string; htCents: Cents }[];
}

export function invoicedByProduction(documents: readonly InvoicedDocument[]): InvoicedByProduction {
  const byProduction = new Map<string, Cents>();
  const add = (production: string, cents: Cents): void => {
    byProduction.set(production, (byProduction.get(production) ?? 0) + cents);
  };
  const unassigned: InvoicedByProduction["unassigned"] = [];
  for (const doc of documents) {
    const named = doc.production
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p !== "");
    if (named.length === 1) {
      add(named[0], doc.htCents);
      continue;
    }
    const parts = splitByLines(doc);
    if (!parts) {
      unassigned.push({ number: doc.number, htCents: doc.htCents });
      continue;
    }
    for (const [production, cents] of parts) add(production, cents);
  }
  return { byProduction, unassigned };
}

/** The document's HT by the productions of its lines, signed as the register's HT; undefined when a line has none. */
function splitByLines(doc: InvoicedDocument): Map<string, Cents> | undefined {
  const lines = doc.lines ?? [];
  if (lines.length === 0 || lines.some((l) => !l.production?.trim())) return undefined;
  const sign = doc.htCents < 0 ? -1 : 1;
  const parts = new Map<string, Cents>();
  for (const l of lines) {
    const p = l.production!.trim();
    parts.set(p, (parts.get(p) ?? 0) + sign * Math.abs(l.netCents));
  }
  return parts;
}
