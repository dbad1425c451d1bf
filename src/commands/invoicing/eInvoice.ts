/**
 * "Exporter la facture électronique (UBL/CII)": the EN 16931 file of an issued invoice or credit note,
 * made from its archive (the document as issued), checked against the French rules, offered as a
 * file to upload to the company's approved platform (PA). Writes nothing in the workbook.
 */
import { INVOICE_STATUS_LABEL } from "../../core/invoicing/register";
import { FACTURES } from "../../sheets/contract/costs";
import { archiveOf, registerOf } from "../../sheets/invoicing/register";
import { CommandContext } from "../context";
import type { Command, CommandInput, CommandResult } from "../types";
import { documentJson, eInvoiceFile, formatOption } from "./documents";

export const eInvoiceCommand: Command = {
  name: "eInvoice",
  label: "Exporter la facture électronique (UBL/CII)",
  run(input: CommandInput): CommandResult {
    const ctx = new CommandContext("eInvoice", input);
    const format = formatOption(input.options.format) ?? "ubl";
    const register = registerOf(ctx);
    // Without a number: the last document of the register, the one just issued.
    const number = String(input.options.number ?? "").trim() || register.rows[register.rows.length - 1]?.number || "";
    const archived = number ? archiveOf(ctx).get(number) : undefined;
    if (!archived) {
      const message = number
        ? `la facture ${number} n'a pas d'archive Cap PAD (registre Factures et feuille Archive factures) : seule une facture émise par Cap PAD peut être exportée.`
        : "le registre Factures est vide : émettez d'abord une facture.";
      ctx.addAlert({ code: "FACT_INCONNUE", severity: "error", sheet: FACTURES.sheet, row: 0, id: number, cell: "", message: `Facture électronique : ${message}` });
      ctx.summary.push(`Aucun fichier produit : ${message}`);
      return ctx.finish();
    }
    const { file, alerts } = eInvoiceFile(archived.doc, format);
    for (const a of alerts) ctx.addAlert(a);
    ctx.sections.invoice = documentJson(archived.doc);
    if (!file) {
      ctx.summary.push(`Aucun fichier produit : la facture électronique ${format.toUpperCase()} de ${number} serait refusée (voir les alertes).`);
      return ctx.finish();
    }
    ctx.files.push(file);
    const status = register.rows.find((r) => r.number === number)?.status;
    ctx.summary.push(
      `Facture électronique ${format.toUpperCase()} (EN 16931) de ${number} : ${file.name}, conforme aux règles françaises vérifiées. À déposer sur votre plateforme agréée (PA).`,
      ...(status === "cancelled" ? [`Attention : ${number} est « ${INVOICE_STATUS_LABEL.cancelled} ».`] : []),
    );
    return ctx.finish();
  },
};
