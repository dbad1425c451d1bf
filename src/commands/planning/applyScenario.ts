/**
 * « Appliquer le scénario » (`cappad appliquer-scenario --scenario NOM [--production CODE]`): writes a
 * scenario of the `Scenarios` table into the plan, on the coordinator's explicit command — the one place
 * where Cap PAD changes cells they typed. What is written is what the scenario engine read
 * (`core/planning/scenarioApply.ts`), so that the plan then computes the PAD the scenario predicted.
 *
 * Every cell changed gets a row in `Historique des scénarios` (its old and new value), appended to the
 * rows of earlier applications. A scenario already applied to a production is not applied again (the
 * second run changes nothing). The reference (« référence figée ») is never touched: the slip is still
 * measured against it until the coordinator freezes a new one. The computed columns are refreshed by
 * the check afterwards (the pane runs it; on the command line, `cappad check`).
 *
 * All or nothing: a change that cannot be written faithfully (« Supprimer tâche »), a row of the scenario
 * left out for a bad cell, a cell holding a formula or a missing column stops the whole scenario, with
 * an alert saying why; nothing is then written.
 */
import type { Alert } from "../../core/alerts";
import { dayFromSerial, toFrench } from "../../core/dates/civil";
import { scenarioWrites, type AppliedField, type EditValue, type PlanEdit } from "../../core/planning/scenarioApply";
import type { ScenarioChange } from "../../core/planning/scenarioChanges";
import { FERMETURES, PRODUCTIONS, TACHES } from "../../sheets/contract/planning";
import { HISTORIQUE_SCENARIOS } from "../../sheets/contract/scenarioHistory";
import { SCENARIOS } from "../../sheets/contract/scenarios";
import { planningOf } from "../../sheets/planning";
import type { BoundTable, RowReader } from "../../sheets/read";
import { SCENARIO_HISTORY } from "../../sheets/reports/scenarioHistory";
import { readScenarios } from "../../sheets/scenarios/read";
import { headerIndex } from "../../workbook/patch";
import { displayValue, type CellValue, type OutValue } from "../../workbook/values";
import { checkCommand } from "../check";
import { CommandContext } from "../context";
import { mention } from "../mention";
import { requestedProduction } from "../options";
import type { Command, CommandInput, CommandResult } from "../types";

/** Where each field of the plan lives. */
const CELL_OF: Record<AppliedField, { table: typeof TACHES; header: string }> = {
  duration: { table: TACHES, header: "Durée (j)" },
  resources: { table: TACHES, header: "Ressources" },
  notBefore: { table: TACHES, header: "Pas avant" },
  padTarget: { table: PRODUCTIONS, header: "PAD contractuel" },
  workingDays: { table: PRODUCTIONS, header: "Jours ouvrés" },
};

export const applyScenarioCommand: Command = {
  name: "applyScenario",
  label: "Appliquer le scénario",
  run(input: CommandInput): CommandResult {
    const ctx = new CommandContext("applyScenario", input);
    const chosen = chosenChanges(ctx);
    if (!chosen) return ctx.finish();
    const { name, changes, productions } = chosen;
    // Checked first: once applied, the scenario's rows no longer read as changes (« Hugo est déjà sur la tâche »).
    const history = ctx.table(HISTORIQUE_SCENARIOS);
    const earlier = appliedBefore(history, name, productions, ctx.date1904);
    if (earlier.length > 0) {
      ctx.summary.push(`Le scénario « ${name} » a déjà été appliqué à ${earlier.join(", ")} (voir la feuille ${HISTORIQUE_SCENARIOS.sheet}) : rien n'a été changé.`);
      return ctx.finish();
    }
    if (chosen.ignored) return (ignoredRows(ctx, name), ctx.finish());
    const writes = scenarioWrites(planningOf(ctx).input, name, changes);
    const refusals = [...writes.refused.map((r) => refusal(r.change, r.reason)), ...cellRefusals(ctx, writes.edits), ...closureRefusals(ctx, writes.closures.length)];
    if (refusals.length > 0) {
      for (const a of refusals) ctx.addAlert(a);
      ctx.summary.push(`Le scénario « ${name} » n'a pas été appliqué : ${refusals.length} changement(s) ne peuvent pas être écrits tels que le scénario les calcule (voir les alertes). Rien n'a été changé.`);
      return ctx.finish();
    }
    if (writes.edits.length === 0 && writes.closures.length === 0) {
      ctx.summary.push(`Le scénario « ${name} » ne change rien au planning tel qu'il est : rien n'a été écrit.`);
      return ctx.finish();
    }
    const rows = historyRows(ctx, name, writes.edits, writes.closures, nextRun(history));
    if (!ctx.appendToLog(SCENARIO_HISTORY, rows)) return ctx.finish();
    for (const e of writes.edits) ctx.set(rowOf(ctx, e), CELL_OF[e.field].header, outValue(e.after));
    if (writes.closures.length > 0)
      ctx.append(ctx.table(FERMETURES)!, writes.closures.map((c) => ({ Production: c.production ?? null, Du: { day: c.from }, Au: { day: c.to }, Motif: c.reason ?? null })));
    ctx.sections.applyScenario = { name, productions, cells: writes.edits.length, closures: writes.closures.length };
    ctx.summary.push(
      `Scénario « ${name} » appliqué à ${productions.join(", ")} : ${writes.edits.length} case(s) du planning changée(s)${writes.closures.length > 0 ? `, ${writes.closures.length} fermeture(s) ajoutée(s)` : ""}, anciennes valeurs gardées dans la feuille ${HISTORIQUE_SCENARIOS.sheet}. La référence figée n'a pas changé.`,
      `Lancez ${mention(input, checkCommand)} pour recalculer les dates du planning.`,
    );
    return ctx.finish();
  },
};

/** The scenario asked for (and its changes for the production asked, if any); undefined after an alert. */
function chosenChanges(ctx: CommandContext): { name: string; changes: ScenarioChange[]; productions: string[]; ignored: boolean } | undefined {
  const wanted = typeof ctx.input.options.scenario === "string" ? ctx.input.options.scenario.trim() : "";
  const production = requestedProduction(ctx.input)?.toLowerCase();
  const plan = planningOf(ctx);
  const read = readScenarios(ctx, plan.input);
  const fail = (code: string, message: string): undefined => {
    ctx.addAlert({ code, severity: "error", sheet: SCENARIOS.sheet, row: 0, id: wanted, cell: "", message });
    ctx.summary.push(message);
    return undefined;
  };
  if (!read.table) return fail("SCEN_TABLE_ABSENTE", "Aucune table Scenarios dans ce classeur : rien à appliquer.");
  const scenario = read.scenarios.find((s) => s.name.trim().toLowerCase() === wanted.toLowerCase());
  if (!wanted || !scenario) return fail("SCEN_INTROUVABLE", `Scénario « ${wanted} » introuvable dans la table Scenarios${read.scenarios.length > 0 ? ` (scénarios : ${read.scenarios.map((s) => s.name).join(", ")})` : ""}.`);
  const typed = read.table.rows.filter((r) => displayValue(r.raw("Scénario")).trim().toLowerCase() === scenario.name.trim().toLowerCase());
  const mine = (r: RowReader): boolean => !production || displayValue(r.raw("Production")).trim().toLowerCase() === production;
  const changes = scenario.changes.filter((c) => !production || c.production.toLowerCase() === production);
  const rows = typed.filter(mine);
  if (rows.length === 0) return fail("SCEN_INTROUVABLE", `Le scénario « ${scenario.name} » ne change rien à la production ${requestedProduction(ctx.input)}.`);
  const productions = [...new Set(rows.map((r) => plan.input.productions.find((p) => p.code.trim().toLowerCase() === displayValue(r.raw("Production")).trim().toLowerCase())?.code.trim() ?? displayValue(r.raw("Production")).trim()))];
  return { name: scenario.name, changes, productions, ignored: rows.length !== changes.length };
}

/** A row left out of the scenario for a bad cell: applying the others would not be the scenario compared. */
function ignoredRows(ctx: CommandContext, name: string): undefined {
  const message = `Scénario « ${name} » : des lignes sont ignorées pour une case illisible (voir les alertes de la feuille ${SCENARIOS.sheet}) ; corrigez-les avant de l'appliquer. Rien n'a été changé.`;
  ctx.addAlert({ code: "SCEN_LIGNES_IGNOREES", severity: "error", sheet: SCENARIOS.sheet, row: 0, id: name, cell: "", message });
  ctx.summary.push(message);
  return undefined;
}

/** The productions this scenario was applied to already (said with the date), from the history's rows. */
function appliedBefore(history: BoundTable | undefined, name: string, productions: readonly string[], date1904: boolean): string[] {
  if (!history) return [];
  const snap = { ...history.snapshot, date1904 };
  const [s, p, d] = ["Scénario", "Production", "Appliqué le"].map((h) => headerIndex(snap.headers, h));
  const key = (v: CellValue): string => displayValue(v).trim().toLowerCase();
  const out: string[] = [];
  for (const code of productions) {
    const row = snap.rows.find((r) => key(r[s]) === name.trim().toLowerCase() && key(r[p]) === code.toLowerCase());
    const day = d >= 0 && typeof row?.[d] === "number" ? dayFromSerial(row[d] as number, snap.date1904) : undefined;
    if (row) out.push(`${code}${day !== undefined ? ` (le ${toFrench(day)})` : ""}`);
  }
  return out;
}

/** The run's number in the history: one more than the last. */
function nextRun(history: BoundTable | undefined): number {
  if (!history) return 1;
  const j = headerIndex(history.snapshot.headers, "Application");
  return 1 + Math.max(0, ...history.snapshot.rows.map((r) => (typeof r[j] === "number" ? (r[j] as number) : 0)));
}

function rowOf(ctx: CommandContext, e: PlanEdit): RowReader {
  const plan = planningOf(ctx);
  return e.table === "tasks" ? plan.rows.tasks[e.index] : plan.rows.productions[e.index];
}

/** A column missing (or twice), or a cell holding a formula: the value cannot be written there. */
function cellRefusals(ctx: CommandContext, edits: readonly PlanEdit[]): Alert[] {
  const out: Alert[] = [];
  for (const e of edits) {
    const row = rowOf(ctx, e);
    const { header } = CELL_OF[e.field];
    const j = row.table.columnIndex.get(header) ?? -1;
    const where = `${row.sheet}, ligne ${row.sheetRow} (${row.cell(header)})`;
    if (j < 0 || row.table.ambiguous.has(header))
      out.push(cellAlert(row, header, "SCEN_COLONNE_ABSENTE", `${where} : la colonne « ${header} » est introuvable (ou en double) dans ${row.table.spec.name} ; le scénario y change ${describe(e.after)}.`));
    else if (row.table.snapshot.formulas?.[row.index]?.[j])
      out.push(cellAlert(row, header, "SCEN_CELLULE_FORMULE", `${where} : la case contient une formule ; Cap PAD ne la remplace pas par une valeur. Le scénario y met ${describe(e.after)} : saisissez-le vous-même ou retirez la formule, puis relancez.`));
  }
  return out;
}

function closureRefusals(ctx: CommandContext, count: number): Alert[] {
  if (count === 0 || ctx.table(FERMETURES)) return [];
  return [{ code: "SCEN_COLONNE_ABSENTE", severity: "error", sheet: FERMETURES.sheet, row: 0, id: "", cell: "", message: `Le scénario ajoute ${count} fermeture(s) mais le classeur n'a pas de table Fermetures : insérez le modèle « Calendrier », puis relancez.` }];
}

function cellAlert(row: RowReader, header: string, code: string, message: string): Alert {
  return { code, severity: "error", sheet: row.sheet, row: row.sheetRow, id: row.id, cell: row.cell(header), message };
}

function refusal(change: ScenarioChange, reason: string): Alert {
  return { code: "SCEN_NON_APPLICABLE", severity: "error", sheet: SCENARIOS.sheet, row: 0, id: change.task ?? change.production, cell: "", message: `${reason}.`, production: change.production };
}

function outValue(v: EditValue): OutValue {
  if (v === null) return null;
  if ("text" in v) return v.text;
  if ("number" in v) return v.number;
  return { day: v.day };
}

/** A value as the history keeps it (dates the French way, an empty cell said so). */
function describe(v: EditValue): string {
  if (v === null) return "(vide)";
  if ("text" in v) return v.text;
  if ("number" in v) return String(v.number).replace(".", ",");
  return toFrench(v.day);
}

function historyRows(ctx: CommandContext, name: string, edits: readonly PlanEdit[], closures: ReturnType<typeof scenarioWrites>["closures"], run: number): Record<string, OutValue>[] {
  const base = { "Appliqué le": { day: ctx.today }, Application: run, Scénario: name };
  return [
    ...edits.map((e) => ({
      ...base,
      Production: e.production,
      Tâche: e.task ?? null,
      Table: CELL_OF[e.field].table.name,
      Colonne: CELL_OF[e.field].header,
      "Ancienne valeur": describe(e.before),
      "Nouvelle valeur": describe(e.after),
    })),
    ...closures.map((c) => ({
      ...base,
      Production: c.production ?? null,
      Tâche: null,
      Table: FERMETURES.name,
      Colonne: "(nouvelle ligne)",
      "Ancienne valeur": "(aucune)",
      "Nouvelle valeur": `du ${toFrench(c.from)} au ${toFrench(c.to)} — ${c.reason ?? ""}`,
    })),
  ];
}
