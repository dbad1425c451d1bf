/**
 * A card may be wiped only once it is copied twice and its copies checked: a card without a first
 * backup is an error (the rushes exist once, on a card that will be reused), without its second backup
 * or its verification a warning.
 */
import { describeRush } from "./rushDuration";
import type { Rush, RushField, TechIssue } from "./model";

export function checkBackups(rush: Rush, index: number): TechIssue<RushField>[] {
  const issues: TechIssue<RushField>[] = [];
  const at = (field: RushField, severity: "error" | "warning", code: string, message: string): void => {
    issues.push({ code, severity, production: rush.production, index, field, message: `${describeRush(rush)} : ${message}` });
  };
  if (!rush.backup1) at("backup1", "error", "TECH_SAUVEGARDE_MANQUANTE", "aucune sauvegarde ; les rushes n'existent que sur le support d'origine, ne l'effacez pas.");
  else if (!rush.backup2) at("backup2", "warning", "TECH_SAUVEGARDE_MANQUANTE", "pas de seconde sauvegarde ; ne réutilisez pas le support avant la deuxième copie.");
  if (!rush.verified) at("verified", "warning", "TECH_VERIFICATION_MANQUANTE", "sauvegardes non vérifiées (somme de contrôle ou lecture) ; vérifiez-les avant d'effacer le support.");
  return issues;
}
