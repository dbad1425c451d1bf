/**
 * « Export comptable » (`cappad export-comptable`): the FEC of a period, for the accountant's software,
 * and the monthly VAT summary that prepares the CA3. Every entry comes from a document of the workbook:
 * our invoices and credit notes (register `Factures` and their archive), the supplier invoices and the
 * payments. The FEC is a file (ISO 8859-15, tab-separated); the VAT summary of the period's months is
 * the `TVA` sheet (owned, rewritten by each export), the report's `tva` section and its summary lines.
 * Nothing the user typed is written.
 */
import { fecFileName, fecText, latin9 } from "../../core/accounts/fec";
import { type AccountingDocuments, ledgerOf } from "../../core/accounts/ledger";
import type { SaleDocument } from "../../core/accounts/salesEntries";
import { vatSummary, type VatMonth } from "../../core/accounts/vatSummary";
import type { RateAmounts } from "../../core/accounts/vatShares";
import { fromIso, toFrench, toIso } from "../../core/dates/civil";
import { eurosFromCents, formatEuros } from "../../core/money";
import { chartOfAccountsOf } from "../../sheets/accounts/chartOfAccounts";
import { FACTURES, SOCIETE } from "../../sheets/contract/costs";
import { paymentsOf, supplierInvoicesOf } from "../../sheets/accounts/documents";
import { companyOf } from "../../sheets/invoicing/company";
import { archiveOf, registerOf } from "../../sheets/invoicing/register";
import { buildVatSheet } from "../../sheets/reports/vatSummary";
import { CommandContext } from "../context";
import type { Command, CommandInput, CommandResult } from "../types";

/** Our invoices and credit notes as issued: the archive's VAT breakdown, signed like the register. */
function salesOf(ctx: CommandContext): SaleDocument[] {
  const archive = archiveOf(ctx);
  return registerOf(ctx).entries.map(({ row, entry }) => {
    const doc = archive.get(entry.number)?.doc;
    const sign = entry.htCents < 0 ? -1 : 1;
    const rates: RateAmounts[] = doc
      ? doc.totals.breakdown.map((b) => ({
          ratePercent: b.ratePercent,
          baseCents: sign * Math.abs(b.baseCents),
          vatCents: sign * Math.abs(b.vatCents),
        }))
      : [
          {
            ratePercent: entry.htCents ? Math.round((entry.vatCents * 1000) / entry.htCents) / 10 : 0,
            baseCents: entry.htCents,
            vatCents: entry.vatCents,
          },
        ];
    if (!doc)
      row.alert(
        "COMPTA_FACTURE_SANS_ARCHIVE",
        "warning",
        `${row.cell("Numéro")} : la facture ${entry.number} n'a pas d'archive Cap PAD ; son taux de TVA est déduit des montants HT et TVA du registre.`,
        "Numéro",
      );
    return {
      kind: entry.creditOf ? "creditNote" : "invoice",
      number: entry.number,
      day: entry.date,
      client: entry.client,
      production: entry.production,
      rates,
      creditOf: entry.creditOf,
      place: { sheet: row.sheet, row: row.sheetRow, id: entry.number },
    };
  });
}

/**
 * The documents of the accounts, in ONE place: our invoices and credit notes (the register, VAT by rate
 * from the archive), the supplier invoice log (`Achats`) and the receipts and payments (`Paiements`), read
 * by the same readers as the check (their alerts said once per command).
 */
export function accountingDocumentsOf(ctx: CommandContext): AccountingDocuments {
  return { sales: salesOf(ctx), purchases: supplierInvoicesOf(ctx), payments: paymentsOf(ctx) };
}

function vatJson(m: VatMonth): Record<string, unknown> {
  const rate = (l: { ratePercent: number; baseCents: number; vatCents: number }): Record<string, number> => ({
    taux: l.ratePercent,
    base: eurosFromCents(l.baseCents),
    tva: eurosFromCents(l.vatCents),
  });
  return {
    mois: m.month,
    collectee: m.collected.map(rate),
    deductible: m.deductible.map(rate),
    totalCollectee: eurosFromCents(m.collectedCents),
    totalDeductible: eurosFromCents(m.deductibleCents),
    solde: eurosFromCents(m.netCents),
    regleCollectee: m.collectedRule,
    regleDeductible: m.deductibleRule,
  };
}

function periodOf(ctx: CommandContext, input: CommandInput): { from: number; to: number } | undefined {
  const from = fromIso(String(input.options.from ?? ""));
  const to = fromIso(String(input.options.to ?? ""));
  if (from !== undefined && to !== undefined && from <= to) return { from, to };
  // Said for the command line (--du, --au) and the pane (Du, Au) alike.
  const message = "Export comptable : donnez la période, du AAAA-MM-JJ au AAAA-MM-JJ, la fin après le début.";
  ctx.addAlert({
    code: "COMPTA_PERIODE_INVALIDE",
    severity: "error",
    sheet: FACTURES.sheet,
    row: 0,
    id: "",
    cell: "",
    message,
  });
  ctx.summary.push(message);
  return undefined;
}

export const exportFecCommand: Command = {
  name: "exportFec",
  label: "Export comptable (FEC)",
  run(input: CommandInput): CommandResult {
    const ctx = new CommandContext("exportFec", input);
    const period = periodOf(ctx, input);
    if (!period) return ctx.finish();
    const company = companyOf(ctx);
    const siren = company.seller.siren.replace(/\s/g, "");
    if (!/^\d{9}$/.test(siren)) {
      ctx.addAlert({
        code: "COMPTA_SIREN_MANQUANT",
        severity: "warning",
        sheet: SOCIETE.sheet,
        row: 0,
        id: "SIREN",
        cell: "",
        message: `Societe : le SIREN (9 chiffres) manque ou est invalide ; il nomme le FEC (SIRENFECAAAAMMJJ.txt).`,
      });
    }
    const vatOnDebits = company.seller.vatOnDebits === true;
    const { chart, own } = chartOfAccountsOf(ctx);
    const ledger = ledgerOf(accountingDocumentsOf(ctx), { chart, vatOnDebits }, period);
    for (const a of ledger.alerts) ctx.addAlert(a);
    const name = typeof input.options.output === "string" && input.options.output ? input.options.output : fecFileName(siren || "000000000", period.to);
    ctx.files.push({
      name,
      mime: "text/plain; charset=ISO-8859-15",
      content: latin9(fecText(ledger.entries, input.today)),
    });
    const lines = ledger.entries.flatMap((e) => e.lines);
    const debit = lines.reduce((s, l) => s + l.debitCents, 0);
    const credit = lines.reduce((s, l) => s + l.creditCents, 0);
    const vat = vatSummary(ledger.entries, vatOnDebits);
    ctx.sections.fec = {
      fichier: name,
      du: toIso(period.from),
      au: toIso(period.to),
      ecritures: ledger.entries.length,
      lignes: lines.length,
      totalDebit: eurosFromCents(debit),
      totalCredit: eurosFromCents(credit),
      planComptable: own ? "PlanComptable" : "par défaut",
    };
    ctx.sections.tva = vat.map(vatJson);
    ctx.addSheet(buildVatSheet(vat, period, input.today));
    ctx.summary.push(
      `FEC du ${toFrench(period.from)} au ${toFrench(period.to)} : ${name}, ${ledger.entries.length} écritures, ${lines.length} lignes, débit ${formatEuros(debit)} = crédit ${formatEuros(credit)}.`,
      ...(own ? [] : ["Plan comptable par défaut (pas de table PlanComptable dans le classeur : insérez le modèle « Plan comptable » pour y mettre vos comptes)."]),
      ...vat.map(
        (m) => `TVA ${m.month} : collectée ${formatEuros(m.collectedCents)}, déductible ${formatEuros(m.deductibleCents)}, solde ${formatEuros(m.netCents)}. ${m.collectedRule}`,
      ),
    );
    return ctx.finish();
  },
};
