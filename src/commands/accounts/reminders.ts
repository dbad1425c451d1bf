/**
 * « Relancer les factures en retard » (`cappad relance`): a letter per invoice still due after its due
 * date whose next reminder is due today (`core/accounts/reminderProgression.ts`: first reminder, second
 * reminder, formal notice, by days late and by the letters already sent), with the penalties at the
 * invoice's default rate (ECB + 10 points, by half-year, dated rows of src/data/invoicing/latePayment.ts)
 * and the 40 € indemnity, on the « Relances » sheet; each letter is recorded in « Relances envoyées »
 * (appended, once per invoice and day). Writes only those two owned sheets: a second run the same day
 * writes the same letters and records nothing more.
 */
import type { Alert } from "../../core/alerts";
import { claimedCents, halfYearRates, latePenalty, type LatePenalty } from "../../core/accounts/latePenalties";
import { nextReminder, type ReminderDecision, type SentReminder } from "../../core/accounts/reminderProgression";
import type { ReceivableState } from "../../core/accounts/invoiceStatus";
import { toFrench, toIso } from "../../core/dates/civil";
import { eurosFromCents, formatEuros } from "../../core/money";
import type { RegisterRow } from "../../core/invoicing/register";
import { ECB_RATES, LATE_PENALTY_POINTS, RECOVERY_INDEMNITY, REMINDER_INTERVAL_DAYS, REMINDER_LEVELS } from "../../data/invoicing/latePayment";
import { sentRemindersOf } from "../../sheets/accounts/reminderLog";
import { REMINDER_LOG_SHEET } from "../../sheets/contract/accounts";
import { REMINDERS_SHEET } from "../../sheets/contract/sheets";
import { findClient } from "../../sheets/invoicing/clients";
import { companyOf, type CompanyField } from "../../sheets/invoicing/company";
import { registerOf } from "../../sheets/invoicing/register";
import { REMINDER_LOG } from "../../sheets/reports/reminderLog";
import { buildRemindersSheet, type Reminder, type WaitingReminder } from "../../sheets/reports/remindersSheet";
import type { OutValue } from "../../workbook/values";
import { CommandContext } from "../context";
import type { Command, CommandInput, CommandResult } from "../types";
import { balancesOf } from "./balances";

const LABELS = REMINDER_LEVELS.map((l) => l.label);
const RULE = { thresholds: REMINDER_LEVELS.map((l) => l.fromDaysLate), intervalDays: REMINDER_INTERVAL_DAYS };

/** An invoice still due after its due date, where it stands in its reminders. */
export interface OverdueInvoice {
  invoice: RegisterRow;
  state: ReceivableState;
  penalty: LatePenalty;
  /** The letters recorded before today, oldest first. */
  sent: SentReminder[];
  decision: ReminderDecision;
  /** A letter of today is recorded already (an earlier run today). */
  loggedToday: boolean;
}

export function overdueInvoicesOf(ctx: CommandContext): OverdueInvoice[] {
  const { receivables } = balancesOf(ctx);
  const rates = halfYearRates(ECB_RATES);
  const log = sentRemindersOf(ctx, LABELS);
  return registerOf(ctx).rows.flatMap((invoice): OverdueInvoice[] => {
    const state = receivables.get(invoice.number)!;
    if (state.status !== "overdue" || invoice.dueDate === undefined) return [];
    const penalty = latePenalty(state.dueCents, invoice.dueDate, ctx.today, rates, LATE_PENALTY_POINTS.points, RECOVERY_INDEMNITY.cents);
    const all = log.get(invoice.number) ?? [];
    const sent = all.filter((s) => s.day < ctx.today).sort((a, b) => a.day - b.day);
    return [{ invoice, state, penalty, sent, decision: nextReminder(invoice.dueDate, ctx.today, sent, RULE), loggedToday: all.some((s) => s.day === ctx.today) }];
  });
}

function letterOf(ctx: CommandContext, x: OverdueInvoice, level: number): Reminder {
  return {
    invoice: x.invoice,
    level: REMINDER_LEVELS[level],
    paidCents: x.state.paidCents,
    dueCents: x.state.dueCents,
    penalty: x.penalty,
    claimedCents: claimedCents(x.state.dueCents, x.penalty),
    client: findClient(ctx, x.invoice.client)?.client,
    previous: x.sent.map((s) => ({ day: s.day, label: LABELS[s.level] })),
  };
}

function waitingOf(x: OverdueInvoice): WaitingReminder | undefined {
  if (x.decision.kind !== "wait") return undefined;
  const { lastLevel, lastDay, next } = x.decision;
  return { invoice: x.invoice, dueCents: x.state.dueCents, daysLate: x.penalty.daysLate, last: { day: lastDay, label: LABELS[lastLevel] }, next: next && { day: next.day, label: LABELS[next.level] } };
}

function logRow(ctx: CommandContext, x: Reminder): Record<string, OutValue> {
  return {
    Date: { day: ctx.today },
    Facture: x.invoice.number,
    Client: x.invoice.client,
    Niveau: x.level.label,
    "Jours de retard": x.penalty.daysLate,
    "Reste dû": eurosFromCents(x.dueCents),
    Pénalités: eurosFromCents(x.penalty.penaltyCents),
    Indemnité: eurosFromCents(x.penalty.indemnityCents),
  };
}

export const remindersCommand: Command = {
  name: "reminders",
  label: "Relancer les factures en retard",
  run(input: CommandInput): CommandResult {
    const ctx = new CommandContext("reminders", input);
    const overdue = overdueInvoicesOf(ctx);
    const letters = overdue.flatMap((x) => (x.decision.kind === "send" ? [{ x, letter: letterOf(ctx, x, x.decision.level) }] : []));
    const waiting = overdue.flatMap((x) => waitingOf(x) ?? []);
    for (const a of letterAlerts(ctx, letters.map((l) => l.letter))) ctx.addAlert(a);
    const sender = companyOf(ctx).seller;
    const legal = {
      penalty: `Pénalités de retard : taux de la BCE du semestre (taux de ses opérations principales de refinancement en vigueur au 1er janvier ou au 1er juillet) majoré de ${LATE_PENALTY_POINTS.points} points, appliqué au reste dû TTC du lendemain de l'échéance à la date de cette lettre ; ${LATE_PENALTY_POINTS.source}.`,
      indemnity: `Indemnité forfaitaire pour frais de recouvrement : ${formatEuros(RECOVERY_INDEMNITY.cents)} par facture payée en retard ; Code de commerce, art. L. 441-10 II, et ${RECOVERY_INDEMNITY.source.replace(/^Code de commerce, /, "")}.`,
    };
    const written = ctx.addSheet(buildRemindersSheet(letters.map((l) => l.letter), waiting, { sender, today: ctx.today, legal }));
    const toLog = written ? letters.filter((l) => !l.x.loggedToday).map((l) => logRow(ctx, l.letter)) : [];
    const logged = toLog.length === 0 || ctx.appendToLog(REMINDER_LOG, toLog);
    ctx.sections.reminders = overdue.map((x) => reminderSection(x));
    ctx.summary.push(written && logged ? summaryOf(letters.map((l) => l.letter), waiting, toLog.length) : `Relances : ${written ? `lettres écrites mais non notées dans « ${REMINDER_LOG_SHEET} »` : `la feuille « ${REMINDERS_SHEET} » n'a pas pu être écrite ; rien n'a été noté`} (voir les alertes).`);
    return ctx.finish();
  },
};

function reminderSection(x: OverdueInvoice): Record<string, unknown> {
  const level = x.decision.kind === "send" ? x.decision.level : x.decision.lastLevel;
  const next = x.decision.kind === "wait" ? x.decision.next : undefined;
  return {
    facture: x.invoice.number,
    client: x.invoice.client,
    niveau: LABELS[level],
    du: eurosFromCents(x.state.dueCents),
    joursDeRetard: x.penalty.daysLate,
    penalites: eurosFromCents(x.penalty.penaltyCents),
    indemnite: eurosFromCents(x.penalty.indemnityCents),
    lettre: x.decision.kind === "send",
    dejaEnvoyees: x.sent.map((s) => ({ date: toIso(s.day), niveau: LABELS[s.level] })),
    prochaineRelance: next ? { date: toIso(next.day), niveau: LABELS[next.level] } : null,
  };
}

function summaryOf(letters: readonly Reminder[], waiting: readonly WaitingReminder[], logged: number): string {
  const parts: string[] = [];
  if (letters.length)
    parts.push(
      `${letters.length} lettre(s) à imprimer dans la feuille « ${REMINDERS_SHEET} » (${letters.map((x) => `${x.invoice.number} : ${x.level.label.toLowerCase()}, ${formatEuros(x.dueCents)} dus`).join(" ; ")}) ; ${logged ? `${logged} notée(s)` : "déjà notée(s) aujourd'hui"} dans « ${REMINDER_LOG_SHEET} »`,
    );
  if (waiting.length) parts.push(`${waiting.length} facture(s) en retard déjà relancée(s) récemment, sans nouvelle lettre (${waiting.map((w) => `${w.invoice.number} : ${w.next ? `${w.next.label.toLowerCase()} à partir du ${toFrench(w.next.day)}` : "mise en demeure déjà envoyée"}`).join(" ; ")})`);
  return parts.length ? `Relances : ${parts.join(" ; ")}.` : "Relances : aucune facture en retard.";
}

/** What the coordinator must see before sending: the letters themselves never carry it. */
function letterAlerts(ctx: CommandContext, letters: readonly Reminder[]): Alert[] {
  if (letters.length === 0) return [];
  const out: Alert[] = [];
  const at = (code: string, where: { sheet: string; row: number; cell: string; id: string }, message: string): void => void out.push({ code, severity: "warning", ...where, message });
  const company = companyOf(ctx);
  const missing = (["name", "line1", "city", "siret", "iban"] as CompanyField[]).filter((k) => !company.fields.text(k));
  for (const k of missing) at("RELANCE_SOCIETE_INCOMPLETE", company.fields.locate(k), `Societe : « ${company.fields.labels[k]} » est vide ; les lettres de relance l'impriment dans l'en-tête ou les coordonnées de paiement. Remplissez-le puis relancez.`);
  const notes = new Map<string, string>();
  const register = registerOf(ctx).entries;
  for (const x of letters) {
    for (const s of x.penalty.segments) if (s.note) notes.set(s.note, `du ${toFrench(s.from)} au ${toFrench(s.to)}`);
    const row = register.find((e) => e.entry.number === x.invoice.number)?.row;
    const where = row ? { sheet: row.sheet, row: row.sheetRow, cell: row.cell("Client"), id: x.invoice.number } : { sheet: REMINDERS_SHEET, row: 0, cell: "", id: x.invoice.number };
    if (x.penalty.daysWithoutRate > 0)
      at("RELANCE_TAUX_ABSENT", where, `Facture ${x.invoice.number} : ${x.penalty.daysWithoutRate} jour(s) de retard tombent dans un semestre dont Cap PAD n'a pas le taux BCE ; la lettre ne compte pas leurs pénalités. Mettez Cap PAD à jour avant de l'envoyer.`);
    const client = findClient(ctx, x.invoice.client);
    if (!client) at("RELANCE_CLIENT_INCONNU", where, `Facture ${x.invoice.number} : le client « ${x.invoice.client} » n'est pas dans la table Clients ; sa lettre de relance n'a pas d'adresse.`);
    else if (!client.client.address.line1 || !client.client.address.city)
      at("RELANCE_ADRESSE_CLIENT", { sheet: client.row.sheet, row: client.row.sheetRow, cell: client.row.cell("Adresse"), id: client.client.name }, `${client.row.cell("Adresse")} : l'adresse du client « ${client.client.name} » est incomplète ; sa lettre de relance (facture ${x.invoice.number}) l'imprime telle quelle.`);
  }
  for (const [note, period] of notes) at("RELANCE_TAUX_A_VERIFIER", { sheet: REMINDERS_SHEET, row: 0, cell: "", id: "" }, `Relances : pénalités ${period} — ${note}`);
  return out;
}
