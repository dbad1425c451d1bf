/**
 * `RelancesEnvoyees` → the reminders already sent, by invoice number: the day and the level of each
 * letter (`core/accounts/reminderProgression.ts` decides the next one from them). The table holds only
 * columns Cap PAD writes, so its rows are read from the snapshot itself (a bound table's rows are those
 * with a typed cell). A row whose date or level cannot be read is left out with an alert on its cell:
 * the next letter is then decided without it.
 */
import type { SentReminder } from "../../core/accounts/reminderProgression";
import { headerIndex } from "../../workbook/patch";
import { displayValue } from "../../workbook/values";
import { sheetCell } from "../address";
import { RELANCES_ENVOYEES } from "../contract/accounts";
import { dayOfCell, foldText } from "../read";
import type { SheetSource } from "../source";

export function sentRemindersOf(ctx: SheetSource, levelLabels: readonly string[]): Map<string, SentReminder[]> {
  return ctx.memo("accounts.sentReminders", () => {
    const out = new Map<string, SentReminder[]>();
    const snap = ctx.table(RELANCES_ENVOYEES)?.snapshot;
    if (!snap) return out;
    const levels = levelLabels.map(foldText);
    const [date, invoice, level] = ["Date", "Facture", "Niveau"].map((h) => headerIndex(snap.headers, h));
    snap.rows.forEach((row, i) => {
      const number = displayValue(row[invoice]).trim();
      if (!number) return;
      const day = dayOfCell(row[date], ctx.date1904);
      const label = displayValue(row[level]).trim();
      const index = levels.indexOf(foldText(label));
      if (day !== undefined && index >= 0) {
        out.set(number, [...(out.get(number) ?? []), { day, level: index }]);
        return;
      }
      const [header, col] = day === undefined ? ["Date", date] : ["Niveau", level];
      const cell = sheetCell(snap.sheet, snap.headerRow + 1 + i, snap.left + Math.max(0, col));
      ctx.addAlert({
        code: "RELANCE_LIGNE_ILLISIBLE",
        severity: "warning",
        sheet: snap.sheet,
        row: snap.headerRow + 2 + i,
        id: number,
        cell,
        message: `${cell} (${header}) : « ${displayValue(row[col])} » n'est pas ${header === "Date" ? "une date" : `un niveau de relance (${levelLabels.join(", ")})`} ; cette ligne n'est pas comptée pour la relance suivante de ${number}.`,
      });
    });
    return out;
  });
}
