/**
 * What issuing an invoice and issuing a credit note share: recording the document (register row,
 * archive, stored counter, printable protected sheet), its e-invoice file, and the numbering counter
 * kept in the workbook's add-in settings.
 *
 * Concurrency: both appends carry the row counts read with the snapshot; a co-author who issued in the
 * meantime changed `Factures`, so the host refuses the whole patch before writing anything
 * (`RowsChangedError`: "relancez") and the retry takes the next number from the fresh register. The
 * counter setting is written in the same batch as the register row.
 */
import type { Alert } from "../../core/alerts";
import { toIso } from "../../core/dates/civil";
import { eurosFromCents } from "../../core/money";
import { toCii } from "../../core/invoicing/cii";
import { toUbl } from "../../core/invoicing/ubl";
import { EInvoiceError } from "../../core/invoicing/en16931";
import { checkEInvoiceXml, violationsToAlerts } from "../../core/invoicing/frenchRules";
import type { IssuedInvoice } from "../../core/invoicing/invoice";
import type { RegisterRow } from "../../core/invoicing/register";
import { toRegisterRecord } from "../../sheets/invoicing/registerRow";
import { findSheet } from "../../workbook/snapshot";
import { ARCHIVE_FACTURES, FACTURES } from "../../sheets/contract/costs";
import { archiveRecords } from "../../sheets/invoicing/register";
import { buildInvoiceSheet, invoiceSheetName } from "../../sheets/reports/invoiceSheet";
import type { CommandContext } from "../context";
import type { OutputFile } from "../types";

export type EInvoiceFormat = "ubl" | "cii";

/** Settings key of the counter of a series. */
export function counterKey(prefix: string): string {
  return `cappad.factures.compteur.${prefix}`;
}

export function storedCounter(ctx: CommandContext, prefix: string): number | undefined {
  const v = ctx.snapshot.settings[counterKey(prefix)];
  return typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : undefined;
}

export function formatOption(value: unknown): EInvoiceFormat | undefined {
  return value === "ubl" || value === "cii" ? value : undefined;
}

/**
 * Queues the writes of an issued document. Returns false (with an alert) when the register or its
 * archive is missing or lacks a column, or when a sheet already carries the document's name.
 */
export function recordDocument(ctx: CommandContext, doc: IssuedInvoice, row: RegisterRow, counter: number, fingerprint: string): boolean {
  const register = ctx.table(FACTURES, { required: true });
  const archive = ctx.table(ARCHIVE_FACTURES, { required: true });
  if (!register || !archive) return false;
  const sheetName = invoiceSheetName(doc.number);
  if (findSheet(ctx.snapshot, sheetName)) {
    ctx.addAlert({
      code: "FACT_FEUILLE_EXISTANTE",
      severity: "error",
      sheet: sheetName,
      row: 0,
      id: doc.number,
      cell: "",
      message: `Une feuille « ${sheetName} » existe déjà : le numéro ${doc.number} a peut-être déjà servi. Rien n'a été émis ; vérifiez le registre Factures.`,
    });
    return false;
  }
  // Both or neither: a register row without its archive (or the reverse) could not be credited later.
  const registerRows = [toRegisterRecord(row)];
  const archiveRows = archiveRecords(doc, fingerprint);
  if (!ctx.canAppend(register, registerRows) || !ctx.canAppend(archive, archiveRows)) return false;
  ctx.append(register, registerRows);
  ctx.append(archive, archiveRows);
  ctx.ops.push({ kind: "setting", key: counterKey(doc.seller.seriesPrefix.trim()), value: counter });
  ctx.addSheet(buildInvoiceSheet(doc));
  return true;
}

/**
 * The UBL or CII file of an issued document, checked against the French rules before it is offered
 * (a file a platform would reject is not produced: its problems are alerts).
 */
export function eInvoiceFile(doc: IssuedInvoice, format: EInvoiceFormat): { file?: OutputFile; alerts: Alert[] } {
  let xml: string;
  try {
    xml = format === "cii" ? toCii(doc) : toUbl(doc);
  } catch (e) {
    if (!(e instanceof EInvoiceError)) throw e;
    return { alerts: [{ code: "EFACT_GENERATION", severity: "error", sheet: FACTURES.sheet, row: 0, id: doc.number, cell: "", message: e.message }] };
  }
  const violations = checkEInvoiceXml(xml);
  if (violations.length) return { alerts: violationsToAlerts(violations, doc.number, { sheet: FACTURES.sheet, row: 0 }) };
  return { file: { name: `${invoiceSheetName(doc.number)}.${format}.xml`, mime: "application/xml", content: xml }, alerts: [] };
}

export interface RequestedEInvoice {
  format: EInvoiceFormat;
  label: string;
  file?: OutputFile;
}

/**
 * The e-invoice the user asked for (`options.format`), made BEFORE anything is written: a file a
 * platform would refuse stops the issue, since an issued document can no longer be corrected. Its
 * problems become alerts. Undefined when no format was asked.
 */
export function requestedEInvoice(ctx: CommandContext, doc: IssuedInvoice): RequestedEInvoice | undefined {
  const format = formatOption(ctx.input.options.format);
  if (!format) return undefined;
  const { file, alerts } = eInvoiceFile(doc, format);
  for (const a of alerts) ctx.addAlert(a);
  return { format, label: `facture électronique ${format.toUpperCase()}`, file };
}

/** Offers the e-invoice file of an issued document, with a summary line. */
export function offerEInvoice(ctx: CommandContext, e: RequestedEInvoice | undefined): void {
  if (!e?.file) return;
  ctx.files.push(e.file);
  ctx.summary.push(`Fichier de ${e.label} : ${e.file.name} (à déposer sur votre plateforme agréée).`);
}

/** The `invoice` JSON section of the commands that issue. */
export function documentJson(doc: IssuedInvoice): Record<string, unknown> {
  return {
    numero: doc.number,
    type: doc.kind === "creditNote" ? "avoir" : "facture",
    date: toIso(doc.issueDate),
    echeance: doc.dueDate === undefined ? null : toIso(doc.dueDate),
    client: doc.client.name,
    production: doc.production,
    ht: eurosFromCents(doc.totals.htCents),
    tva: eurosFromCents(doc.totals.vatCents),
    ttc: eurosFromCents(doc.totals.ttcCents),
    tvaParTaux: doc.totals.breakdown.map((b) => ({ categorie: b.category, taux: b.ratePercent, base: eurosFromCents(b.baseCents), tva: eurosFromCents(b.vatCents) })),
    avoirDe: doc.creditOf?.number ?? null,
  };
}
