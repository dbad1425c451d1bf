/**
 * `Equipe` → the resources the quote, the cost report and the billing price: kind (person, room,
 * provider), rate (a `Tarifs` line through `Code tarif`, else the own `Tarif HT` per `Unité tarif`) and
 * budget poste (`Poste`, else the rate's; people default to the staff postes of the data, pay and
 * charges apart). Names are matched as planning matches them (case, accents and spacing ignored), so a
 * séance of "lea martin" is Léa Martin's. The crew step reports `Nom` and `Type`; the rate columns are
 * this step's to report.
 */
import type { RateUnit } from "../../core/costs/rateCard";
import type { CostResource, ResourceKind } from "../../core/costs/resourceRates";
import { resourceKey } from "../../core/planning/resources";
import { DEFAULT_PERSON_BUDGET_CODE, DEFAULT_PERSON_CHARGES_BUDGET_CODE } from "../../data/costs/costSettings";
import type { SheetSource } from "../source";
import { EQUIPE, RATE_UNITS } from "../contract/crew";
import type { RowReader } from "../read";
import { quietText } from "../crew/cells";
import { rateCardOf } from "./rateCard";
import { isBlank } from "../../workbook/values";

export interface CostResources {
  list: CostResource[];
  /** The row of each resource, by its name as written in `Equipe`. */
  rows: Map<string, RowReader>;
  /** `Equipe[Nom]` as written for a name typed elsewhere (séances, tasks), undefined when unknown. */
  canonical(name: string): string | undefined;
}

const KIND: Readonly<Record<string, ResourceKind>> = { personne: "personne", salle: "salle", prestataire: "prestataire" };

export function costResourcesOf(ctx: SheetSource): CostResources {
  return ctx.memo("costs.resources", () => {
    const rateCard = rateCardOf(ctx);
    const list: CostResource[] = [];
    const rows = new Map<string, RowReader>();
    const byKey = new Map<string, string>();
    for (const row of ctx.table(EQUIPE)?.rows ?? []) {
      const id = quietText(row, "Nom");
      if (!id || byKey.has(resourceKey(id))) continue;
      const kind = KIND[resourceKey(quietText(row, "Type") ?? "personne")] ?? "personne";
      const rateCode = row.text("Code tarif");
      if (rateCode && !rateCard.get(rateCode))
        row.alert("COUT_CODE_TARIF_INCONNU", "warning", `${row.cell("Code tarif")} : le code « ${rateCode} » n'est pas dans la table Tarifs ; le tarif propre de ${id} s'applique.`, "Code tarif");
      const price = row.money("Tarif HT", { min: 0 });
      const unit = row.choice("Unité tarif", RATE_UNITS) as RateUnit | undefined;
      if (price !== undefined && !unit && isBlank(row.raw("Unité tarif")))
        row.alert("COUT_UNITE_MANQUANTE", "warning", `${row.cell("Unité tarif")} : ${id} a un tarif HT sans unité (jour, demi-journée, heure, forfait, plan ou minute) ; il n'est pas utilisé.`, "Unité tarif");
      const poste = row.text("Poste");
      const resource: CostResource = { id, kind };
      if (rateCode) resource.rateCode = rateCode;
      if (price !== undefined && unit) resource.ownRate = { priceCents: price, unit };
      if (poste) resource.budgetCode = poste;
      else if (kind === "personne" && !rateCard.get(rateCode)?.budgetCode) resource.budgetCode = DEFAULT_PERSON_BUDGET_CODE;
      if (kind === "personne") resource.chargesBudgetCode = DEFAULT_PERSON_CHARGES_BUDGET_CODE;
      list.push(resource);
      rows.set(id, row);
      byKey.set(resourceKey(id), id);
    }
    return { list, rows, canonical: (name: string) => byKey.get(resourceKey(name)) };
  });
}

/** What a line at a resource's own rate says on a quote or an invoice: "Chef monteuse — Léa Martin". */
export function resourceLabel(ctx: SheetSource, id: string): string {
  const row = costResourcesOf(ctx).rows.get(id);
  const role = row ? quietText(row, "Fonction") : undefined;
  return role ? `${role} — ${id}` : id;
}
