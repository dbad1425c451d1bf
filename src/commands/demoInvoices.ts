/**
 * The demo's invoices issued before « today » (`cappad new --demo`): each earlier draft is issued by
 * « Émettre la facture » itself, on the workbook being built, so that its number, register row,
 * archive, protected sheet and numbering counter are exactly what the product writes. The `Facture`
 * draft of the demo (the November work) is left as it is, the next to issue.
 */
import { FACTURES, ARCHIVE_FACTURES, ENTETE_FACTURE } from "../sheets/contract/costs";
import { facturesSheets, factureSheet } from "../sheets/templates/invoicing";
import type { SheetModel } from "../workbook/model";
import { snapshotOfModels } from "../workbook/modelSnapshot";
import type { OutValue } from "../workbook/values";
import type { DayNumber } from "../core/dates/civil";
import type { DemoIssuedDraft } from "../demo/invoicing";
import { invoiceIssueCommand } from "./invoicing/issue";
import type { PatchOp, SettingOp } from "../workbook/patch";

export interface DemoIssued {
  /** The templates' sheets with the register and its archive filled, each issued sheet after them. */
  sheets: SheetModel[];
  /** The numbering counter the issues stored (the add-in's settings). */
  settings: SettingOp[];
}

type Rows = Record<string, OutValue>[];

function dayOf(v: OutValue | undefined): DayNumber {
  if (typeof v === "object" && v !== null) return v.day;
  throw new Error("démo : une facture émise sans date");
}

/** Issues one draft on the sheets as they are; its ops, or an error naming what went wrong (a defect of the demo's data). */
async function issueOne(sheets: readonly SheetModel[], settings: Record<string, unknown>, draft: DemoIssuedDraft): Promise<PatchOp[]> {
  const withDraft = sheets.map((s) => (s.tables?.some((t) => t.name === ENTETE_FACTURE.name) ? factureSheet(draft.header, draft.lines) : s));
  const snapshot = snapshotOfModels(withDraft, settings);
  const result = await invoiceIssueCommand.run({
    snapshot,
    today: dayOf(draft.header.issueDate),
    options: { issue: true },
  });
  const number = (result.report.sections.invoice as { numero?: string } | undefined)?.numero;
  if (number !== draft.number) throw new Error(`démo : ${draft.number} attendue, émis : ${number ?? "rien"} (${result.report.summary.join(" ")})`);
  return result.patch.ops;
}

/** Issues the drafts in order, each on the workbook the previous one left. */
export async function issueDemoInvoices(sheets: readonly SheetModel[], drafts: readonly DemoIssuedDraft[]): Promise<DemoIssued> {
  const register: Rows = [];
  const archive: Rows = [];
  const issuedSheets: SheetModel[] = [];
  const settings: Record<string, unknown> = {};
  let current = [...sheets];
  for (const draft of drafts) {
    for (const op of await issueOne(current, settings, draft)) {
      if (op.kind === "append" && op.table === FACTURES.name) register.push(...op.rows);
      else if (op.kind === "append" && op.table === ARCHIVE_FACTURES.name) archive.push(...op.rows);
      else if (op.kind === "sheet") issuedSheets.push(op.sheet);
      else if (op.kind === "setting") settings[op.key] = op.value;
    }
    const [registerSheet, archiveSheet] = facturesSheets(register, archive);
    current = current.map((s) => (s.name === registerSheet.name ? registerSheet : s.name === archiveSheet.name ? archiveSheet : s));
  }
  const at = current.findIndex((s) => s.name === FACTURES.sheet);
  current.splice(at + 1, 0, ...issuedSheets);
  return {
    sheets: current,
    settings: Object.entries(settings).map(([key, value]) => ({
      kind: "setting",
      key,
      value,
    })),
  };
}
