/**
 * The `technical` step of "Vérifier et recalculer" (after planning, whose schedule gives the start of
 * the picture edit and the PAD date): `Rushes[Durée]`, the alerts of rushes and deliverables (their
 * `Alerte` columns are written centrally), the "Bilan technique" sheet, and the JSON sections
 * `rushes`, `deliverables`, `rushTotals` and `technicalCosts`.
 */
import { formatEuros } from "../../core/money";
import { priceCostLines, type PricedCostLine } from "../../core/technical";
import { LIVRABLES, RUSHES } from "../../sheets/contract/technical";
import { rateCardOf } from "../../sheets/costs";
import { buildTechnicalSheet } from "../../sheets/reports/technicalSheet";
import { technicalTotalCents } from "../../sheets/reports/technicalOverrun";
import { rushDurationText, technicalOf, type TechnicalData } from "../../sheets/technical";
import type { CheckStep, CommandContext } from "../context";
import { technicalSections } from "./sections";

/** The suggested lines priced at the workbook's `Tarifs` (codes it lacks are said once). */
export function pricedTechnicalLines(ctx: CommandContext, data: TechnicalData): PricedCostLine[] {
  return ctx.memo("technical.priced", () => {
    const priced = priceCostLines(data.costLines, rateCardOf(ctx));
    for (const code of new Set(priced.filter((l) => !l.entry).map((l) => l.rateCode)))
      ctx.addAlert({
        code: "TECH_TARIF_MANQUANT",
        severity: "warning",
        sheet: "Tarifs",
        row: 0,
        id: code,
        cell: "",
        message: `Tarifs : le code « ${code} » d'un surcoût technique est absent ; ajoutez-le (le modèle Tarifs en donne un exemple) pour qu'il soit chiffré.`,
      });
    return priced;
  });
}

/** Whether the workbook keeps a rushes log or a deliverables list (otherwise the step is silent). */
export function hasTechnicalTables(ctx: CommandContext): boolean {
  return ctx.table(RUSHES) !== undefined || ctx.table(LIVRABLES) !== undefined;
}

function writeDurations(ctx: CommandContext, data: TechnicalData): void {
  const table = data.input.tables.rushes;
  if (!table) return;
  ctx.claim(table, "Durée");
  data.input.rushRows.forEach((row, i) => {
    const text = rushDurationText(data, i);
    if (text !== undefined) ctx.set(row, "Durée", text);
  });
}

export const technicalStep: CheckStep = {
  name: "rushes et livrables",
  run(ctx) {
    if (!hasTechnicalTables(ctx)) return;
    const data = technicalOf(ctx);
    writeDurations(ctx, data);
    const priced = pricedTechnicalLines(ctx, data);
    Object.assign(ctx.sections, technicalSections(data, priced));
    ctx.addSheet(buildTechnicalSheet(data.rushes.totals, priced, ctx.today));
    const totalCents = technicalTotalCents(priced);
    const counts = data.alerts.filter((a) => a.severity !== "info").length;
    ctx.summary.push(
      `Rushes et livrables : ${data.input.rushes.length} carte(s), ${data.input.deliverables.length} livrable(s), ${counts} alerte(s) ; surcoûts techniques estimés ${formatEuros(totalCents)} HT (feuille « Bilan technique »).`,
    );
  },
};

/** The priced technical surcharges of one production (the overrun report counts them), none without technical tables. */
export function technicalCostsOf(ctx: CommandContext, production: string): PricedCostLine[] {
  if (!hasTechnicalTables(ctx)) return [];
  const key = production.trim().toUpperCase();
  return pricedTechnicalLines(ctx, technicalOf(ctx)).filter((l) => l.production.trim().toUpperCase() === key);
}
