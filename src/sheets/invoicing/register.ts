/**
 * The register (`Factures`) and its archive (`ArchiveFactures`) ↔ the engine's `RegisterRow` and
 * `IssuedInvoice`. The register is what the accountant reads; the archive keeps each document as it
 * was issued (JSON, split into parts below Excel's 32,767 characters per cell) so that the credit note
 * and the e-invoice are made from the issued invoice itself, never from the draft, which moves on.
 */
import { parseInvoiceStatus, type RegisterRow } from "../../core/invoicing/register";
import type { IssuedInvoice } from "../../core/invoicing/invoice";
import type { SheetSource } from "../source";
import { ARCHIVE_FACTURES, FACTURES } from "../contract/costs";
import type { BoundTable, RowReader } from "../read";
import type { OutValue } from "../../workbook/values";

export interface RegisterEntry {
  row: RowReader;
  entry: RegisterRow;
}

export interface Register {
  table?: BoundTable;
  entries: RegisterEntry[];
  rows: RegisterRow[];
}

export function registerOf(ctx: SheetSource): Register {
  return ctx.memo("invoicing.register", () => {
    const table = ctx.table(FACTURES);
    const entries: RegisterEntry[] = [];
    for (const row of table?.rows ?? []) {
      const number = row.text("Numéro", { required: true });
      const date = row.date("Date", ctx.date1904, { required: true });
      if (number === undefined || date === undefined) continue;
      // Computed now, but an older register holds words typed by hand: « payée » is kept (see invoiceStatus).
      const status = row.text("Statut");
      const entry: RegisterRow = {
        number,
        date,
        client: row.text("Client") ?? "",
        production: row.text("Production") ?? "",
        htCents: row.money("HT") ?? 0,
        vatCents: row.money("TVA") ?? 0,
        ttcCents: row.money("TTC") ?? 0,
        status: parseInvoiceStatus(status) ?? "issued",
        creditOf: row.text("Avoir de") ?? "",
      };
      const due = row.date("Échéance", ctx.date1904);
      if (due !== undefined) entry.dueDate = due;
      entries.push({ row, entry });
    }
    return { table, entries, rows: entries.map((e) => e.entry) };
  });
}

// --- Archive ---------------------------------------------------------------------------------------

/** Characters of JSON per archive cell: under Excel's 32,767, with room for the host's escaping. */
const PART_CHARS = 30000;

export interface ArchivedDocument {
  doc: IssuedInvoice;
  fingerprint: string;
  row: RowReader;
}

export function archiveOf(ctx: SheetSource): Map<string, ArchivedDocument> {
  return ctx.memo("invoicing.archive", () => {
    const parts = new Map<string, { part: number; text: string; fingerprint: string; row: RowReader }[]>();
    for (const row of ctx.table(ARCHIVE_FACTURES)?.rows ?? []) {
      const number = row.text("Numéro");
      if (!number) continue;
      const list = parts.get(number) ?? [];
      list.push({ part: row.number("Partie", { integer: true, min: 1 }) ?? 1, text: row.text("Données") ?? "", fingerprint: row.text("Empreinte") ?? "", row });
      parts.set(number, list);
    }
    const out = new Map<string, ArchivedDocument>();
    for (const [number, list] of parts) {
      list.sort((a, b) => a.part - b.part);
      const first = list[0];
      try {
        const doc = JSON.parse(list.map((p) => p.text).join("")) as IssuedInvoice;
        if (doc.number !== number) throw new Error("numéro différent");
        out.set(number, { doc, fingerprint: first.fingerprint, row: first.row });
      } catch {
        first.row.alert(
          "FACT_ARCHIVE_ILLISIBLE",
          "error",
          `${first.row.cell("Données")} : l'archive de la facture ${number} est illisible (modifiée à la main ?) ; ni avoir ni facture électronique ne peuvent en être tirés.`,
          "Données",
        );
      }
    }
    return out;
  });
}

/** The archive rows of an issued document. */
export function archiveRecords(doc: IssuedInvoice, fingerprint: string): Record<string, OutValue>[] {
  const json = JSON.stringify(doc);
  const rows: Record<string, OutValue>[] = [];
  for (let i = 0, part = 1; i < json.length; i += PART_CHARS, part++) {
    rows.push({ Numéro: doc.number, Partie: part, Empreinte: fingerprint, Données: json.slice(i, i + PART_CHARS) });
  }
  return rows;
}
