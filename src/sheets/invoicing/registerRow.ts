/**
 * A register row (`RegisterRow`) as one row of the `Factures` table: its headers, in order, and the
 * cell values the hosts write.
 */
import type { DayNumber } from "../../core/dates/civil";
import { INVOICE_STATUS_LABEL, type RegisterRow } from "../../core/invoicing/register";
import { eurosFromCents } from "../../core/money";

export const REGISTER_HEADERS = ["Numéro", "Date", "Client", "Production", "HT", "TVA", "TTC", "Échéance", "Statut", "Avoir de"] as const;
export type RegisterHeader = (typeof REGISTER_HEADERS)[number];

/**
 * A register row as the `Factures` table writes it: French headers, money in euros, dates as
 * `{ day }` (the host converts them to the workbook's date system), texts as issued. A client called
 * "=HYPERLINK(…)" stays text because the hosts write text as text (a cell, not an export: an apostrophe
 * here would be part of the name, and the register would no longer match the issued invoice).
 */
export function toRegisterRecord(row: RegisterRow): Record<RegisterHeader, string | number | { day: DayNumber } | null> {
  return {
    Numéro: row.number,
    Date: { day: row.date },
    Client: row.client,
    Production: row.production,
    HT: eurosFromCents(row.htCents),
    TVA: eurosFromCents(row.vatCents),
    TTC: eurosFromCents(row.ttcCents),
    Échéance: row.dueDate === undefined ? null : { day: row.dueDate },
    Statut: INVOICE_STATUS_LABEL[row.status],
    "Avoir de": row.creditOf,
  };
}
