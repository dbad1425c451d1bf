/**
 * What payroll needs from the plan: productions (agreement, holiday zone, genre, numéro d'objet),
 * task IDs and unavailabilities. They come from `planningOf(ctx)`, read once per command; the columns
 * only payroll uses (`Productions[Convention]`, `Productions[Client]`, `Productions[Numéro d'objet]`)
 * are read here.
 */
import type { PayrollProduction, TaskRef, Unavailability } from "../../core/crew/model";
import { parseAgreement } from "../../core/crew/model";
import { DEFAULT_PRODUCTION_AGREEMENT, employerKind } from "../../core/crew/employer";
import type { SheetSource } from "../source";
import { CONVENTIONS } from "../contract/planning";
import { planningOf } from "../planning";
import { employerOf } from "./employer";
import { placeOf } from "./place";
import { isBlank } from "../../workbook/values";

export interface PayrollPlanning {
  productions: PayrollProduction[];
  /** The workbook has a `Productions` table (else séances' productions are not checked). */
  productionsListed: boolean;
  /** Undefined without a `Taches` table: task IDs are then not checked. */
  tasks?: TaskRef[];
  unavailabilities: Unavailability[];
}

export function payrollPlanningOf(ctx: SheetSource): PayrollPlanning {
  return ctx.memo("crew.planning", () => {
    const plan = planningOf(ctx);
    // With an employer's agreement, a blank production Convention is the employer's (or irrelevant to a facility).
    const employerKnown = employerKind(employerOf(ctx).employer) !== undefined;
    const productions = plan.input.productions.flatMap((p, i): PayrollProduction[] => {
      if (!p.code) return [];
      const row = plan.rows.productions[i];
      const typed = row.choice("Convention", CONVENTIONS);
      const agreement = parseAgreement(typed);
      if (!agreement && !employerKnown && isBlank(row.raw("Convention")))
        row.alert(
          "PAIE_CONVENTION_PAR_DEFAUT",
          "info",
          `${row.cell("Convention")} (Convention) : vide pour ${p.code}, la paie applique la convention de la production audiovisuelle (${DEFAULT_PRODUCTION_AGREEMENT}).`,
          "Convention",
          p.code,
        );
      return [
        {
          code: p.code,
          agreement,
          client: row.text("Client"),
          zone: p.zone,
          genre: p.genre,
          objectNumber: row.text("Numéro d'objet"),
          place: placeOf(row, { code: "Code", agreement: "Convention", zone: "Zone", genre: "Genre" }, p.code),
        },
      ];
    });
    const tasks = plan.tables.tasks ? plan.input.tasks.filter((t) => t.id && t.production).map((t) => ({ id: t.id, production: t.production })) : undefined;
    const unavailabilities = (plan.input.unavailabilities ?? []).flatMap((u, i): Unavailability[] =>
      u.resource && Number.isFinite(u.from) && Number.isFinite(u.to) ? [{ resource: u.resource, from: u.from, to: u.to, reason: u.reason, place: placeOf(plan.rows.unavailabilities[i], { resource: "Ressource", from: "Du", to: "Au" }, "") }] : [],
    );
    return { productions, productionsListed: plan.tables.productions !== undefined, tasks, unavailabilities };
  });
}
