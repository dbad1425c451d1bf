/**
 * "Émettre la facture" (and, without `issue`, "Vérifier le brouillon"): the draft of the `Facture`
 * sheet is checked against every mandatory mention; if one is missing, nothing is written and the
 * French list says what to fill in, each item pointing at its cell. Otherwise the invoice takes the
 * next number of the series (register and stored counter agreeing), its register row, its archive and
 * its printable protected sheet; the draft stays a draft. With `format`, its UBL or CII file too.
 * The same draft is never issued twice: a second click says which number it already has.
 */
import { toFrench } from "../../core/dates/civil";
import { formatEuros } from "../../core/money";
import { draftFingerprint } from "../../core/invoicing/fingerprint";
import { issuesToAlerts } from "../../core/invoicing/invoice";
import { deriveStatuses, issueInvoice } from "../../core/invoicing/register";
import { ENTETE_FACTURE, LIGNES_FACTURE } from "../../sheets/contract/costs";
import { companyOf } from "../../sheets/invoicing/company";
import { draftOf } from "../../sheets/invoicing/draft";
import { archiveOf, registerOf } from "../../sheets/invoicing/register";
import { invoiceSheetName } from "../../sheets/reports/invoiceSheet";
import { CommandContext } from "../context";
import type { Command, CommandInput, CommandResult } from "../types";
import { documentJson, offerEInvoice, recordDocument, requestedEInvoice, storedCounter } from "./documents";

export const invoiceIssueCommand: Command = {
  name: "invoiceIssue",
  label: "Émettre la facture",
  run(input: CommandInput): CommandResult {
    const ctx = new CommandContext("invoiceIssue", input);
    const issue = input.options.issue === true;
    if (!ctx.table(ENTETE_FACTURE, { required: true }) || !ctx.table(LIGNES_FACTURE, { required: true })) {
      ctx.summary.push("Pas de brouillon de facture : insérez le modèle « Facture » (Modèles) puis remplissez-le.");
      return ctx.finish();
    }
    const { seller } = companyOf(ctx);
    const d = draftOf(ctx);
    const register = registerOf(ctx);
    const fingerprint = draftFingerprint(d.draft);
    const statuses = deriveStatuses(register.rows);
    const twin = [...archiveOf(ctx).values()].find((a) => a.fingerprint === fingerprint && a.doc.kind === "invoice" && statuses.get(a.doc.number) !== "cancelled");
    if (twin) {
      ctx.summary.push(
        `Ce brouillon a déjà été émis : facture ${twin.doc.number} du ${toFrench(twin.doc.issueDate)} (feuille « ${invoiceSheetName(twin.doc.number)} »). Rien n'a été émis. Pour une nouvelle facture, videz les lignes et remplissez le brouillon à nouveau.`,
      );
      ctx.sections.invoice = documentJson(twin.doc);
      return ctx.finish();
    }

    const result = issueInvoice({ draft: d.draft, seller, register: register.rows, storedCounter: storedCounter(ctx, seller.seriesPrefix.trim()) });
    for (const a of issuesToAlerts(result.issues, d.locate)) ctx.addAlert(a);
    if (!result.ok) {
      const blocking = result.issues.filter((i) => i.severity === "error");
      ctx.summary.push(`Facture non émise : ${blocking.length} point(s) à corriger avant d'attribuer un numéro :`, ...blocking.map((i) => `• ${i.message}`));
      return ctx.finish();
    }
    const doc = result.invoice;
    const amounts = `${doc.client.name}, ${formatEuros(doc.totals.htCents)} HT, ${formatEuros(doc.totals.ttcCents)} TTC`;
    const einvoice = requestedEInvoice(ctx, doc);
    if (!issue) {
      ctx.summary.push(`Brouillon complet : toutes les mentions obligatoires sont présentes. Émise maintenant, la facture recevrait le numéro ${doc.number} (${amounts}).`);
      if (einvoice) ctx.summary.push(einvoice.file ? `Sa ${einvoice.label} respecte les règles françaises vérifiées.` : `Sa ${einvoice.label} serait refusée : voir les alertes.`);
      return ctx.finish();
    }
    if (einvoice && !einvoice.file) {
      ctx.summary.push(`Facture non émise : sa ${einvoice.label} serait refusée par une plateforme (voir les alertes). Corrigez le brouillon ou les fiches Societe et Clients, puis relancez.`);
      return ctx.finish();
    }
    if (!recordDocument(ctx, doc, result.row, result.counter, fingerprint)) {
      ctx.summary.push("Facture non émise : voir les alertes.");
      return ctx.finish();
    }
    ctx.sections.invoice = documentJson(doc);
    ctx.summary.push(
      `Facture ${doc.number} émise le ${toFrench(doc.issueDate)} : ${amounts}, échéance le ${toFrench(doc.dueDate!)}.`,
      `Registre Factures complété ; feuille « ${invoiceSheetName(doc.number)} » créée, protégée et prête à imprimer. Le brouillon reste un brouillon.`,
    );
    offerEInvoice(ctx, einvoice);
    return ctx.finish();
  },
};
