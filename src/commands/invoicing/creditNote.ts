/**
 * "Annuler par un avoir": an issued invoice is never edited nor deleted; it is cancelled by a credit
 * note (avoir, type 381) that refers to it and takes the next number of the series. The avoir is
 * appended to the register with negative amounts (the register then sums to the net turnover), gets
 * its archive and its printable protected sheet, and the original's `Statut` becomes "annulée par
 * avoir" — the one change the contract allows on an existing register row, to this command only.
 */
import { isCellError } from "../../workbook/values";
import { toFrench } from "../../core/dates/civil";
import { formatEuros } from "../../core/money";
import { hasBlockingIssue, issuesToAlerts } from "../../core/invoicing/invoice";
import { checkSellerMentions } from "../../core/invoicing/mentions";
import { cancelInvoice, INVOICE_STATUS_LABEL } from "../../core/invoicing/register";
import { FACTURES } from "../../sheets/contract/costs";
import { companyOf, locateSellerField } from "../../sheets/invoicing/company";
import { archiveOf, registerOf } from "../../sheets/invoicing/register";
import { invoiceSheetName } from "../../sheets/reports/invoiceSheet";
import { CommandContext } from "../context";
import type { Command, CommandInput, CommandResult } from "../types";
import { documentJson, offerEInvoice, recordDocument, requestedEInvoice, storedCounter } from "./documents";

export const creditNoteCommand: Command = {
  name: "creditNote",
  label: "Annuler une facture par un avoir",
  run(input: CommandInput): CommandResult {
    const ctx = new CommandContext("creditNote", input);
    const number = String(input.options.number ?? "").trim();
    const register = registerOf(ctx);
    const refuse = (code: string, message: string, cell = ""): CommandResult => {
      ctx.addAlert({ code, severity: "error", sheet: FACTURES.sheet, row: 0, id: number, cell, message });
      ctx.summary.push(`Avoir non émis : ${message}`);
      return ctx.finish();
    };
    if (!number) return refuse("FACT_NUMERO_MANQUANT", "indiquez le numéro de la facture à annuler (registre Factures, colonne Numéro).");
    const entry = register.entries.find((e) => e.entry.number === number);
    const archived = archiveOf(ctx).get(number);
    if (!entry) return refuse("FACT_INCONNUE", `la facture ${number} n'est pas dans le registre Factures.`);
    if (!archived) return refuse("FACT_ARCHIVE_ABSENTE", `la facture ${number} n'a pas d'archive (elle n'a pas été émise par Cap PAD) : établissez l'avoir dans l'outil qui l'a émise.`, entry.row.cell("Numéro"));
    const company = companyOf(ctx);
    const seller = company.present ? company.seller : archived.doc.seller;
    const sellerIssues = checkSellerMentions(seller);
    if (hasBlockingIssue(sellerIssues)) {
      for (const a of issuesToAlerts(sellerIssues, (field) => locateSellerField(company, field))) ctx.addAlert(a);
      ctx.summary.push("Avoir non émis : les mentions de la société sont incomplètes :", ...sellerIssues.filter((i) => i.severity === "error").map((i) => `• ${i.message}`));
      return ctx.finish();
    }
    const result = cancelInvoice({ original: archived.doc, register: register.rows, storedCounter: storedCounter(ctx, seller.seriesPrefix.trim()), issueDate: ctx.today, seller });
    if (!result.ok) {
      for (const a of issuesToAlerts(result.issues, () => ({ sheet: entry.row.sheet, row: entry.row.sheetRow, cell: entry.row.cell("Statut"), id: number }))) ctx.addAlert(a);
      ctx.summary.push("Avoir non émis :", ...result.issues.map((i) => `• ${i.message}`));
      return ctx.finish();
    }
    // The whole `Statut` column is written: every other row keeps exactly what it holds.
    const statusCells = register.table!.rows.map((row) => ({ row, value: row.raw("Statut") }));
    const broken = statusCells.find((s) => isCellError(s.value));
    if (broken) return refuse("FACT_STATUT_ERREUR", `${broken.row.cell("Statut")} contient une erreur Excel : corrigez le registre avant d'émettre un avoir.`, broken.row.cell("Statut"));
    const doc = result.creditNote;
    const einvoice = requestedEInvoice(ctx, doc);
    if (einvoice && !einvoice.file) {
      ctx.summary.push(`Avoir non émis : sa ${einvoice.label} serait refusée (voir les alertes).`);
      return ctx.finish();
    }
    if (!recordDocument(ctx, doc, result.row, result.counter, archived.fingerprint)) {
      ctx.summary.push("Avoir non émis : voir les alertes.");
      return ctx.finish();
    }
    for (const { row, value } of statusCells) ctx.set(row, "Statut", row === entry.row ? INVOICE_STATUS_LABEL.cancelled : (value as string | number | boolean | null));
    ctx.sections.invoice = documentJson(doc);
    ctx.summary.push(
      `Avoir ${doc.number} émis le ${toFrench(doc.issueDate)} : annule la facture ${number} (${formatEuros(doc.totals.ttcCents)} TTC).`,
      `Registre : ${number} passe « ${INVOICE_STATUS_LABEL.cancelled} » ; feuille « ${invoiceSheetName(doc.number)} » créée et protégée.`,
    );
    offerEInvoice(ctx, einvoice);
    return ctx.finish();
  },
};
