/**
 * « Relances »: one printable block per overdue invoice — the level (first reminder, second reminder,
 * formal notice), the invoice, what is still due, the penalties by half-year rate and the 40 € indemnity.
 * Rewritten whole by each `relance`.
 */
import { REMINDERS_SHEET } from "../contract/sheets";
import { toFrench } from "../../core/dates/civil";
import { eurosFromCents } from "../../core/money";
import type { LatePenalty } from "../../core/accounts/latePenalties";
import type { RegisterRow } from "../../core/invoicing/register";
import { OWNED_MARKER, type SheetModel } from "../../workbook/model";
import { COLORS, SheetBuilder } from "../render";

export interface Reminder {
  invoice: RegisterRow;
  level: string;
  paidCents: number;
  dueCents: number;
  penalty: LatePenalty;
}

const MONEY = '#,##0.00 "€"';

export function buildRemindersSheet(reminders: readonly Reminder[], asOf: number, legal: { points: string; indemnity: string }): SheetModel {
  const b = new SheetBuilder(REMINDERS_SHEET, true);
  // Two columns on one A4 portrait page: the labels (wrapped) and the figures.
  [70, 18].forEach((w, i) => b.width(i, w));
  b.title(`${OWNED_MARKER} — Relances des factures en retard au ${toFrench(asOf)}`);
  b.value(1, 0, `Pénalités : ${legal.points} ; indemnité forfaitaire : ${legal.indemnity}.`, { italic: true, fontColor: COLORS.greyFont, wrap: true });
  let r = 3;
  const line = (label: string, value: string | number | null, money = false, bold = false): void => {
    b.value(r, 0, label, { bold, wrap: true, vAlign: "top" });
    b.value(r, 1, value, { bold, ...(money ? { numFmt: MONEY } : {}) });
    r++;
  };
  if (!reminders.length) b.value(r, 0, "Aucune facture en retard.");
  for (const x of reminders) {
    b.value(r, 0, `${x.level} — facture ${x.invoice.number} (${x.invoice.client})`, { bold: true, fill: COLORS.blueFill, wrap: true });
    b.value(r++, 1, null, { fill: COLORS.blueFill });
    line("Date de la facture", toFrench(x.invoice.date));
    line("Montant TTC", eurosFromCents(x.invoice.ttcCents), true);
    line("Échéance", x.invoice.dueDate === undefined ? null : toFrench(x.invoice.dueDate));
    line("Déjà reçu", eurosFromCents(x.paidCents), true);
    line("Reste dû", eurosFromCents(x.dueCents), true, true);
    line("Jours de retard", x.penalty.daysLate);
    for (const s of x.penalty.segments) line(`Pénalités du ${toFrench(s.from)} au ${toFrench(s.to)} (${s.days} j à ${String(s.ratePercent).replace(".", ",")} %)${s.note ? ` — ${s.note}` : ""}`, null);
    if (x.penalty.daysWithoutRate > 0) line(`${x.penalty.daysWithoutRate} jour(s) sans taux connu : non comptés`, null);
    line("Pénalités de retard", eurosFromCents(x.penalty.penaltyCents), true);
    line("Indemnité forfaitaire pour frais de recouvrement", eurosFromCents(x.penalty.indemnityCents), true);
    line("Total réclamé", eurosFromCents(x.dueCents + x.penalty.penaltyCents + x.penalty.indemnityCents), true, true);
    r++;
  }
  return b.build();
}
