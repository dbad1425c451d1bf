/**
 * Which `Specs` row a deliverable must meet: the one its `Spécification` names; else, among its
 * production's broadcaster's rows, the one of the same deliverable name, else of the same kind (and the
 * same picture size and sound when its name says them: "PAD UHD", "PAD HD 5.1"). A master without any
 * is said (nothing can be checked); a `Spécification` that names no row is a typing error.
 */
import { asksSurround, describeDeliverable, targetResolution } from "./deliverable";
import type { Deliverable, DeliverableField, Spec, TechIssue } from "./model";
import { sameResolution } from "./resolution";
import { foldWords } from "./words";

export function findSpec(specs: readonly Spec[], d: Pick<Deliverable, "name" | "kind" | "specTyped">, broadcaster: string | undefined): Spec | undefined {
  if (d.specTyped) return specs.find((s) => foldWords(s.name) === foldWords(d.specTyped!));
  if (!broadcaster) return undefined;
  const own = specs.filter((s) => foldWords(s.broadcaster) === foldWords(broadcaster));
  const exact = own.find((s) => foldWords(s.deliverable ?? "") === foldWords(d.name));
  if (exact || d.kind.kind === "other") return exact;
  const size = targetResolution({ name: d.name });
  const surround = asksSurround({ name: d.name });
  const sameKind = own.filter((s) => s.kind.kind === d.kind.kind);
  return (
    sameKind.find((s) => (!size || !s.resolution || sameResolution(s.resolution, size)) && (s.audio ?? "").includes("5.1") === surround) ??
    sameKind.find((s) => !size || !s.resolution || sameResolution(s.resolution, size))
  );
}

export function checkSpecFound(d: Deliverable, index: number): TechIssue<DeliverableField>[] {
  if (d.spec) return [];
  const base = { production: d.production, index, field: "spec" as const };
  if (d.specTyped)
    return [{ ...base, code: "TECH_SPEC_INCONNUE", severity: "warning", message: `${describeDeliverable(d)} : la spécification « ${d.specTyped} » n'existe pas dans Specs ; le livrable n'est pas contrôlé.` }];
  if (d.kind.master)
    return [{ ...base, code: "TECH_SPEC_INTROUVABLE", severity: "info", message: `${describeDeliverable(d)} : aucune spécification (ni Spécification, ni ligne du diffuseur de la production dans Specs) ; cadence, loudness et durée ne sont pas contrôlés.` }];
  return [];
}
