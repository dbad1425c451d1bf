/**
 * "Proposer les contrats" (`cappad contrats --mois AAAA-MM`): fills the `Contrats` table from the
 * séances (of the month, or all of them) while the table is empty — one CDDU per person and production
 * and continuous engagement (core/crew/contractProposal.ts). Append only, and only into an empty table:
 * rows already there are the user's, so the command refuses and says so. Running it twice changes
 * nothing the second time.
 */
import { proposeContracts } from "../../core/crew/contractProposal";
import { parseMonthKey, toFrench } from "../../core/dates/civil";
import { eurosFromCents } from "../../core/money";
import { CONTRATS } from "../../sheets/contract/crew";
import { crewOf } from "../../sheets/crew";
import type { OutValue } from "../../workbook/values";
import { CommandContext } from "../context";
import type { Command, CommandInput, CommandResult } from "../types";
import { requestedMonth } from "./month";
import { keepPayrollAlerts } from "./scope";

export const proposeContractsCommand: Command = {
  name: "proposeContracts",
  label: "Proposer les contrats",
  run(input: CommandInput): CommandResult {
    const ctx = new CommandContext("proposeContracts", input);
    const table = ctx.table(CONTRATS, { required: true });
    if (!table) {
      ctx.summary.push("Pas de table Contrats : insérez le modèle « Contrats (CDDU) » (Modèles), puis relancez.");
      return ctx.finish();
    }
    if (table.rows.length > 0) {
      ctx.summary.push(`La table Contrats a déjà ${table.rows.length} ligne(s) : rien n'a été ajouté (vos contrats ne sont jamais remplacés). Ajoutez les contrats manquants à la main.`);
      return ctx.finish();
    }
    const month = requestedMonth(ctx);
    const range = month ? parseMonthKey(month) : undefined;
    const crew = crewOf(ctx);
    const gapDays = crew.analysis.context.params.number("CONTRAT_PROPOSE_ECART_JOURS", range?.first ?? ctx.today) ?? 7;
    const proposals = proposeContracts(crew.analysis.prepared, { gapDays, from: range?.first, to: range?.last });
    const scope = month ? `des séances de ${month}` : "de toutes les séances";
    if (proposals.length === 0) {
      ctx.summary.push(`Aucune séance d'intermittent technicien ${month ? `en ${month}` : ""} : aucun contrat proposé.`);
      return ctx.finish();
    }
    const rows: Record<string, OutValue>[] = proposals.map((c) => ({
      Nom: c.person,
      Production: c.production ?? "",
      Début: { day: c.start },
      Fin: { day: c.end },
      Fonction: c.role ?? null,
      Statut: c.status ?? null,
      Salaire: c.salaryCents === undefined ? null : eurosFromCents(c.salaryCents),
      "Unité salaire": c.salaryUnit ?? null,
      "Numéro d'objet": c.objectNumber ?? null,
    }));
    if (!ctx.append(table, rows)) {
      ctx.summary.push("Rien n'a été ajouté à la table Contrats : voir les alertes.");
      return keepPayrollAlerts(ctx.finish(), ctx.snapshot);
    }
    ctx.summary.push(
      `${rows.length} contrat(s) proposé(s) à partir ${scope}, du ${toFrench(Math.min(...proposals.map((c) => c.start)))} au ${toFrench(Math.max(...proposals.map((c) => c.end)))}. ` +
        "Vérifiez-les avant signature : la fonction doit être l'intitulé de la grille de la convention, et la fin la date prévue du contrat (la proposition s'arrête à la dernière séance).",
    );
    return keepPayrollAlerts(ctx.finish(), ctx.snapshot);
  },
};
