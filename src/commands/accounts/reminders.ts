/**
 * « Relancer les factures en retard » (`cappad relance`): the « Relances » sheet, one block per invoice
 * still due after its due date, with the penalties at the invoice's default rate (ECB + 10 points, by
 * half-year, dated rows of src/data/invoicing/latePayment.ts) and the 40 € indemnity. Writes only that
 * owned sheet: running it twice the same day changes nothing.
 */
import { halfYearRates, latePenalty } from "../../core/accounts/latePenalties";
import { formatEuros } from "../../core/money";
import { ECB_RATES, LATE_PENALTY_POINTS, RECOVERY_INDEMNITY, REMINDER_LEVELS } from "../../data/invoicing/latePayment";
import { registerOf } from "../../sheets/invoicing/register";
import { buildRemindersSheet, type Reminder } from "../../sheets/reports/remindersSheet";
import { CommandContext } from "../context";
import type { Command, CommandInput, CommandResult } from "../types";
import { balancesOf } from "./balances";

const levelOf = (daysLate: number): string => [...REMINDER_LEVELS].reverse().find((l) => daysLate >= l.fromDaysLate)!.label;

export function remindersOf(ctx: CommandContext): Reminder[] {
  const { receivables } = balancesOf(ctx);
  const rates = halfYearRates(ECB_RATES);
  return registerOf(ctx).rows.flatMap((invoice): Reminder[] => {
    const s = receivables.get(invoice.number)!;
    if (s.status !== "overdue" || invoice.dueDate === undefined) return [];
    const penalty = latePenalty(s.dueCents, invoice.dueDate, ctx.today, rates, LATE_PENALTY_POINTS.points, RECOVERY_INDEMNITY.cents);
    return [{ invoice, level: levelOf(s.daysLate), paidCents: s.paidCents, dueCents: s.dueCents, penalty }];
  });
}

export const remindersCommand: Command = {
  name: "reminders",
  label: "Relancer les factures en retard",
  run(input: CommandInput): CommandResult {
    const ctx = new CommandContext("reminders", input);
    const reminders = remindersOf(ctx);
    const legal = { points: `taux BCE du semestre + ${LATE_PENALTY_POINTS.points} points (${LATE_PENALTY_POINTS.source})`, indemnity: `${formatEuros(RECOVERY_INDEMNITY.cents)} par facture (${RECOVERY_INDEMNITY.source})` };
    ctx.addSheet(buildRemindersSheet(reminders, ctx.today, legal));
    ctx.sections.reminders = reminders.map((x) => ({
      facture: x.invoice.number,
      client: x.invoice.client,
      niveau: x.level,
      du: x.dueCents / 100,
      joursDeRetard: x.penalty.daysLate,
      penalites: x.penalty.penaltyCents / 100,
      indemnite: x.penalty.indemnityCents / 100,
    }));
    ctx.summary.push(
      reminders.length
        ? `Relances : ${reminders.length} facture(s) en retard, feuille « Relances » à imprimer (${reminders.map((x) => `${x.invoice.number} : ${x.level.toLowerCase()}, ${formatEuros(x.dueCents)} dus`).join(" ; ")}).`
        : "Relances : aucune facture en retard.",
    );
    return ctx.finish();
  },
};
