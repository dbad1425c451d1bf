/**
 * The register's consistency, checked by every "Vérifier" (CGI annexe II art. 242 nonies A: continuous
 * numbering): in each series, no duplicate and no gap; a cancelled invoice is marked so; and no issued
 * document was edited or removed afterwards (the register row must still say what the document issued
 * says). Each problem names the invoice number it is about, for the sheets layer to point at its row.
 */
import type { IssuedInvoice } from "./invoice";
import { nextInvoiceNumber } from "./numbering";
import { registerEdits, registerRowOf, type RegisterRow } from "./register";

export interface RegisterProblem {
  code: string;
  severity: "error" | "warning";
  /** The invoice number whose row the problem is shown on. */
  number: string;
  message: string;
}

/** The series of a number: what precedes its final digits (`FA-2026-0007` → `FA-2026-`). */
export function seriesPrefixOf(number: string): string | undefined {
  const m = /^(.*?)(\d+)$/.exec(number.trim());
  return m ? m[1] : undefined;
}

export function checkRegister(rows: readonly RegisterRow[], issued: readonly IssuedInvoice[]): RegisterProblem[] {
  const out: RegisterProblem[] = [];
  const prefixes = new Set(rows.map((r) => seriesPrefixOf(r.number)).filter((p): p is string => p !== undefined && p !== ""));
  for (const prefix of prefixes) {
    const r = nextInvoiceNumber({ prefix }, rows, undefined);
    if (r.ok || (r.problem.code !== "FACT_NUMERO_DOUBLON" && r.problem.code !== "FACT_NUMERO_TROU")) continue;
    out.push({ code: r.problem.code, severity: "error", number: r.problem.numbers[0], message: `Registre Factures, série « ${prefix} » : ${r.problem.message}` });
  }
  for (const row of rows) {
    const original = row.creditOf.trim();
    if (!original) continue;
    // The cancelled invoice's status is derived from the credit note (accounts/invoiceStatus.ts), never typed: nothing to check.
    if (!rows.some((x) => x.number === original)) out.push({ code: "FACT_AVOIR_ORPHELIN", severity: "error", number: row.number, message: `L'avoir ${row.number} annule la facture ${original}, qui n'est pas dans le registre.` });
  }
  for (const e of registerEdits(issued.map(registerRowOf), rows)) {
    out.push({
      code: e.change === "removed" ? "FACT_REGISTRE_LIGNE_SUPPRIMEE" : "FACT_REGISTRE_MODIFIE",
      severity: "error",
      number: e.number,
      message:
        e.change === "removed"
          ? `La facture ${e.number} a été émise mais sa ligne a disparu du registre Factures : une facture émise ne se supprime pas (rétablissez la ligne ; pour l'annuler, émettez un avoir).`
          : `La ligne du registre de la facture ${e.number} ne correspond plus à la facture émise (date, client, production, montants ou échéance modifiés) : une facture émise ne se modifie pas ; rétablissez la ligne, et pour corriger émettez un avoir.`,
    });
  }
  return out;
}
