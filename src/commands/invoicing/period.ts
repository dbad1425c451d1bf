/**
 * "Facturer une période": fills the invoice draft (`LignesFacture`) from the séances of a month —
 * billable rooms, providers and people at their RATE (what the client pays), one line per production
 * × rate, days worked (not séances), half-days, hours and the rate card's surcharges as
 * `core/invoicing/billing.ts` counts them. Append only, and only into an empty draft: lines already
 * there are the user's, so the command refuses and says so. The header's blank fields are filled from
 * the month and the production: the period, the production, its client (`Productions[Client]`, when
 * the lines are one client's), the nature of the operations (services) and "Facture périodique"
 * (a recap of the month, CGI art. 289 I-3). Nothing typed in the header changes.
 */
import { mention } from "../mention";
import { invoiceIssueCommand } from "./issue";
import { requestedProduction } from "../options";
import { parseMonthKey, toFrench } from "../../core/dates/civil";
import { eurosFromCents, formatEuros } from "../../core/money";
import { invoiceLinesFromBookings } from "../../core/invoicing/billing";
import { lineNetCents } from "../../core/invoicing/totals";
import { ENTETE_FACTURE, ENTETE_FIELDS, LIGNES_FACTURE } from "../../sheets/contract/costs";
import { SEANCES } from "../../sheets/contract/crew";
import { billableBookingsOf, costResourcesOf, programmeMinutesOf, rateCardOf } from "../../sheets/costs";
import { resourceLabel } from "../../sheets/costs/resources";
import { planningOf } from "../../sheets/planning";
import { foldText } from "../../sheets/read";
import { isBlank, isCellError, type OutValue } from "../../workbook/values";
import { CommandContext } from "../context";
import type { Command, CommandInput, CommandResult } from "../types";

export const invoicePeriodCommand: Command = {
  name: "invoicePeriod",
  label: "Facturer une période",
  run(input: CommandInput): CommandResult {
    const ctx = new CommandContext("invoicePeriod", input);
    const month = String(input.options.month ?? "");
    const period = parseMonthKey(month);
    const production = requestedProduction(input);
    const lines = ctx.table(LIGNES_FACTURE, { required: true });
    if (!period) {
      ctx.summary.push(`Indiquez le mois à facturer (AAAA-MM)${month ? ` : « ${month} » n'en est pas un` : ""}.`);
      return ctx.finish();
    }
    if (!lines) {
      ctx.summary.push("Pas de brouillon de facture : insérez le modèle « Facture » (Modèles).");
      return ctx.finish();
    }
    if (lines.rows.length > 0) {
      ctx.summary.push(
        `Le brouillon a déjà ${lines.rows.length} ligne(s) : rien n'a été ajouté. Émettez cette facture ou videz ses lignes, puis relancez ${mention(input, invoicePeriodCommand)}.`,
      );
      return ctx.finish();
    }
    const result = invoiceLinesFromBookings({
      bookings: billableBookingsOf(ctx),
      resources: costResourcesOf(ctx).list,
      rateCard: rateCardOf(ctx),
      period: { start: period.first, end: period.last },
      productions: production ? [production] : undefined,
      programmeMinutes: programmeMinutesOf(ctx),
      bookingsTable: { sheet: SEANCES.sheet, row: 0 },
    });
    for (const a of result.alerts) ctx.addAlert(a);
    const what = `${production ?? "toutes productions"}, du ${toFrench(period.first)} au ${toFrench(period.last)}`;
    if (result.lines.length === 0) {
      ctx.summary.push(`Aucune séance facturable (${what}) : rien n'a été ajouté.`);
      return ctx.finish();
    }
    const rows: Record<string, OutValue>[] = result.lines.map((l) => ({
      Production: l.production ?? "",
      Code: l.code ?? "",
      Libellé: l.code ? l.label : resourceLabel(ctx, l.label),
      Quantité: l.quantity,
      Unité: l.unit,
      "Prix HT": eurosFromCents(l.unitPriceCents),
      "TVA (%)": l.vatRate,
      "Montant HT": eurosFromCents(lineNetCents(l.quantity, l.unitPriceCents)),
    }));
    if (!ctx.append(lines, rows)) {
      ctx.summary.push("Rien n'a été ajouté au brouillon : voir les alertes.");
      return ctx.finish();
    }
    const client = clientOf(ctx, new Set(result.lines.map((l) => l.production ?? "")));
    fillHeader(ctx, {
      periodStart: { day: period.first },
      periodEnd: { day: period.last },
      ...(production ? { production } : {}),
      ...(client ? { client } : {}),
      nature: "services",
      periodic: "oui",
    });
    const ht = result.lines.reduce((s, l) => s + lineNetCents(l.quantity, l.unitPriceCents), 0);
    ctx.summary.push(`${rows.length} ligne(s) ajoutée(s) au brouillon (${what}) : ${formatEuros(ht)} HT. Vérifiez-les, complétez l'en-tête puis ${mention(input, invoiceIssueCommand)}.`);
    return ctx.finish();
  },
};

/**
 * The client of the productions billed (`Productions[Client]`), when they have one and the same; lines
 * of several clients are said (an invoice goes to one client) and the header's client is left alone.
 */
function clientOf(ctx: CommandContext, productions: ReadonlySet<string>): string | undefined {
  const plan = planningOf(ctx);
  const clients = new Set<string>();
  plan.input.productions.forEach((p, i) => {
    const client = productions.has(p.code) ? plan.rows.productions[i]?.text("Client") : undefined;
    if (client) clients.add(client);
  });
  if (clients.size <= 1) return [...clients][0];
  const table = ctx.table(LIGNES_FACTURE);
  ctx.addAlert({
    code: "FACTURER_CLIENTS_MULTIPLES",
    severity: "warning",
    sheet: table?.snapshot.sheet ?? LIGNES_FACTURE.sheet,
    row: 0,
    id: "",
    cell: "",
    message: `Les lignes ajoutées concernent plusieurs clients (${[...clients].join(", ")}) : une facture va à un seul client. Videz les lignes et relancez « Facturer une période » pour une production.`,
  });
  return undefined;
}

/** Writes the header fields given, where the user left them blank; every other value stays as it is. */
function fillHeader(ctx: CommandContext, values: Partial<Record<keyof typeof ENTETE_FIELDS, OutValue>>): void {
  const table = ctx.table(ENTETE_FACTURE);
  if (!table) return;
  const cells = table.rows.map((row) => ({ row, value: row.raw("Valeur") }));
  // An Excel error cannot be written back as it is: then the header is left alone.
  if (cells.some((c) => isCellError(c.value))) return;
  const byLabel = new Map(Object.entries(values).map(([k, v]) => [foldText(ENTETE_FIELDS[k as keyof typeof ENTETE_FIELDS]), v]));
  for (const { row, value } of cells) {
    const wanted = byLabel.get(foldText(String(row.raw("Champ") ?? "")));
    ctx.set(row, "Valeur", wanted !== undefined && isBlank(value) ? (wanted as OutValue) : (value as OutValue));
  }
}
