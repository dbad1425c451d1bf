/**
 * Deliverables a production owes without a `Livrables` row for them:
 * - the international version (M&E, music and effects without dialogue) when the contract provides
 *   for sales abroad (`Productions[Ventes à l'étranger]`): foreign buyers dub from it;
 * - every deliverable its broadcaster's specs mark `Obligatoire` — SME subtitles above all (law of
 *   11/02/2005: public channels and private ones above 2.5 % audience subtitle every programme).
 * A required spec is met by a deliverable that names it or is of the same kind ("PAD HD 5.1" meets a
 * required "PAD HD"). Each missing one is priced by its kind's rate (`missingRate`) per minute.
 */
import type { DeliverableKindInfo } from "../../data/technical/deliverableKinds";
import { DELIVERABLE_KINDS } from "../../data/technical/deliverableKinds";
import type { Deliverable, Project, ProductionField, Spec, TechIssue } from "./model";
import { NOT_PRICED, perMinute } from "./suggestions";
import { foldWords } from "./words";

const ME_KIND = DELIVERABLE_KINDS.find((k) => k.kind === "me")!;

export function checkRequiredDeliverables(project: Project, deliverables: readonly Deliverable[], specs: readonly Spec[]): TechIssue<ProductionField>[] {
  const issues: TechIssue<ProductionField>[] = [];
  const own = deliverables.filter((d) => d.production === project.production);
  const missing = (code: string, field: ProductionField, kind: DeliverableKindInfo, name: string, why: string): void => {
    const cost = kind.missingRate ? perMinute(project, kind.missingRate, `${name} à fabriquer (${project.production})`) : undefined;
    issues.push({
      code,
      severity: "warning",
      production: project.production,
      field,
      missing: name,
      message: `${project.production} : ${why}, mais aucune ligne « ${name} » dans Livrables${kind.missingRate && !cost ? NOT_PRICED : ""}.`,
      cost,
    });
  };
  if (project.foreignSales && !own.some((d) => d.kind.kind === "me"))
    missing("TECH_ME_MANQUANT", "foreignSales", ME_KIND, "Version internationale (M&E)", "le contrat prévoit des ventes à l'étranger (version internationale M&E attendue)");
  if (!project.broadcaster) return issues;
  const key = foldWords(project.broadcaster);
  const ofBroadcaster = specs.filter((s) => foldWords(s.broadcaster) === key);
  if (ofBroadcaster.length === 0) {
    issues.push({
      code: "TECH_DIFFUSEUR_INCONNU",
      severity: "warning",
      production: project.production,
      field: "broadcaster",
      message: `${project.production} : le diffuseur « ${project.broadcaster} » n'a aucune ligne dans Specs ; ses livrables ne sont pas contrôlés. Ajoutez ses spécifications.`,
    });
    return issues;
  }
  for (const spec of ofBroadcaster) {
    if (!spec.required || own.some((d) => meets(d, spec))) continue;
    const name = spec.deliverable || spec.name;
    missing(spec.kind.kind === "sme" ? "TECH_SME_MANQUANT" : "TECH_LIVRABLE_MANQUANT", "broadcaster", spec.kind, name, `${project.broadcaster} exige « ${name} » (spécification ${spec.name})`);
  }
  return issues;
}

function meets(d: Deliverable, spec: Spec): boolean {
  if (d.spec === spec) return true;
  if (spec.kind.kind !== "other") return d.kind.kind === spec.kind.kind;
  return foldWords(d.name) === foldWords(spec.deliverable || spec.name);
}
