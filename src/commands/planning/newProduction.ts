/**
 * "Nouvelle production" (`cappad production`): appends a `Productions` row and the starter task chain of
 * its genre (src/data/planning/starterPlans.ts) to `Taches`, scheduled backwards from the PAD date, and
 * says at once whether the dates hold. Existing rows are never touched; the check then computes the
 * new rows' dates like any others.
 */
import { checkCommand } from "../check";
import { mention } from "../mention";
import { MON_FRI } from "../../core/calendar/weekdays";
import { WorkingCalendar } from "../../core/calendar/workingCalendar";
import { zoneLabel } from "../../core/calendar/zones";
import { fromIso, toFrench, toIso, type DayNumber } from "../../core/dates/civil";
import { closuresFor, productionCalendarSpec } from "../../core/planning/calendars";
import type { PlanningCheck } from "../../core/planning/model";
import { idKey } from "../../core/planning/plan";
import { buildStarterPlan, findStarterPlan } from "../../core/planning/starterPlans";
import { STARTER_PLANS } from "../../data/planning/starterPlans";
import { GENRES, PRODUCTIONS, TACHES } from "../../sheets/contract/planning";
import { planningOf } from "../../sheets/planning";
import { foldText } from "../../sheets/read";
import type { OutValue } from "../../workbook/values";
import { CommandContext } from "../context";
import type { Command, CommandInput, CommandOptions, CommandResult } from "../types";

/** What the pane's form and the CLI flags give. */
export interface NewProductionOptions {
  code?: string;
  genre?: string;
  title?: string;
  /** `AAAA-MM-JJ` */
  pad?: string;
  minutes?: number | string;
  zone?: string;
  client?: string;
  /** End of shooting, `AAAA-MM-JJ`: the chain starts there rather than as late as possible. */
  shootEnd?: string;
}

export const newProductionCommand: Command = {
  name: "newProduction",
  label: "Nouvelle production",
  run(input: CommandInput): CommandResult {
    const ctx = new CommandContext("newProduction", input);
    const productions = ctx.table(PRODUCTIONS, { required: true });
    const tasks = ctx.table(TACHES, { required: true });
    if (!productions || !tasks) return ctx.finish();
    const o = input.options as CommandOptions & NewProductionOptions;
    const refuse = (message: string): CommandResult => {
      ctx.addAlert({ code: "PRODUCTION_NOUVELLE_REFUSEE", severity: "error", sheet: PRODUCTIONS.sheet, row: 0, id: String(o.code ?? ""), cell: "", message });
      ctx.summary.push(`Nouvelle production non créée : ${message}`);
      return ctx.finish();
    };

    const code = String(o.code ?? "").trim();
    if (!code) return refuse("indiquez son code (colonne Code de Productions).");
    const plan = planningOf(ctx);
    if (plan.input.productions.some((p) => foldText(p.code) === foldText(code))) return refuse(`le code « ${code} » est déjà celui d'une production.`);
    const starter = findStarterPlan(o.genre);
    if (!starter) return refuse(`genre « ${o.genre ?? ""} » sans plan type (genres : ${GENRES.join(", ")}).`);
    const pad = typeof o.pad === "string" ? fromIso(o.pad) : undefined;
    if (pad === undefined) return refuse("indiquez la date du PAD contractuel (AAAA-MM-JJ).");
    const minutes = o.minutes === undefined || o.minutes === "" ? undefined : Number(String(o.minutes).replace(",", "."));
    if (minutes !== undefined && !(Number.isFinite(minutes) && minutes > 0)) return refuse(`durée « ${o.minutes} » invalide : un nombre de minutes.`);
    const shootEnd = typeof o.shootEnd === "string" && o.shootEnd ? fromIso(o.shootEnd) : undefined;
    if (o.shootEnd && shootEnd === undefined) return refuse("date de fin de tournage invalide (AAAA-MM-JJ).");

    const checks: PlanningCheck[] = [];
    const spec = productionCalendarSpec({ code, zone: o.zone }, 0, checks);
    if (checks.length > 0) return refuse(checks[0].detail);
    const calendar = new WorkingCalendar({ zone: spec.zone, weekdays: MON_FRI, closures: closuresFor(code, plan.input.closures ?? []) });
    const built = buildStarterPlan({ genre: starter.key, productionCode: code, padDate: pad, calendar, today: ctx.today, minutes, shootEnd, plans: STARTER_PLANS });
    if (!built) return refuse(`genre « ${o.genre} » sans plan type.`);
    const taken = new Set(plan.input.tasks.map((t) => idKey(t.id)));
    const clash = built.tasks.find((t) => taken.has(idKey(t.id)));
    if (clash) return refuse(`l'ID ${clash.id} est déjà pris dans Taches : choisissez un autre code.`);

    const genre = GENRES.find((g) => foldText(g) === foldText(o.genre ?? "")) ?? o.genre ?? null;
    const productionRow: Record<string, OutValue> = {
      Code: code,
      Titre: o.title?.trim() || null,
      Genre: genre,
      "Durée (min)": built.minutes,
      Client: o.client?.trim() || null,
      Zone: zoneLabel(spec.zone),
      "Jours ouvrés": "lun-ven",
      "PAD contractuel": { day: pad },
    };
    const taskRows: Record<string, OutValue>[] = built.tasks.map((t) => ({
      ID: t.id,
      Production: code,
      Étape: t.stage ?? null,
      Tâche: t.name ?? null,
      "Durée (j)": t.duration,
      Prédécesseurs: t.predecessors || null,
      "Pas avant": t.notBefore === undefined ? null : { day: t.notBefore },
    }));
    // The production and its tasks together, or nothing.
    if (!ctx.canAppend(productions, [productionRow]) || !ctx.canAppend(tasks, taskRows)) {
      ctx.summary.push(`Production ${code} non créée : voir les alertes.`);
      return ctx.finish();
    }
    ctx.append(productions, [productionRow]);
    ctx.append(tasks, taskRows);

    ctx.sections.newProduction = {
      code,
      plan: built.plan.key,
      minutes: built.minutes,
      padTarget: toIso(pad),
      latestStart: toIso(built.latestStart),
      padForecast: toIso(built.padForecast),
      padSlipDays: built.padSlipDays,
      holds: built.holds,
      tasks: built.tasks.map((t) => ({ id: t.id, duration: t.duration, predecessors: t.predecessors, latestStart: toIso(t.latestStart), latestFinish: toIso(t.latestFinish) })),
    };
    ctx.summary.push(`Production ${code} créée : ${built.tasks.length} tâches du plan type « ${built.plan.label} » (${built.minutes} min), PAD contractuel le ${toFrench(pad)}.`);
    ctx.summary.push(holdsLine(built.holds, built.latestStart, built.marginDays, built.padForecast, built.padSlipDays, pad));
    ctx.summary.push(`Lancez ${mention(input, checkCommand)} pour calculer ses dates dans le planning.`);
    return ctx.finish();
  },
};

function holdsLine(holds: boolean, latestStart: DayNumber, margin: number, forecast: DayNumber, slip: number, pad: DayNumber): string {
  if (holds && slip <= 0) return `Les dates tiennent : la chaîne doit commencer au plus tard le ${toFrench(latestStart)} (${margin} j ouvré(s) de marge à partir d'aujourd'hui).`;
  return `Le PAD du ${toFrench(pad)} ne tient pas : il aurait fallu commencer le ${toFrench(latestStart)} ; PAD au plus tôt le ${toFrench(forecast)} (${slip} j ouvré(s) de retard).`;
}
