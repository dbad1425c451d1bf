/**
 * The pane's buttons. Each loads its command on first use (dynamic import), so the first paint carries
 * neither exceljs, nor the payroll rules, nor the e-invoice writer. Features add their actions here.
 */
import type { Command, CommandOptions } from "../commands/types";

export type SectionId = "modeles" | "planning" | "paie" | "factures";

export const SECTIONS: { id: SectionId; label: string }[] = [
  { id: "modeles", label: "Modèles" },
  { id: "planning", label: "Planning" },
  { id: "paie", label: "Équipe et paie" },
  { id: "factures", label: "Coûts et factures" },
];

/** What the user chose in the pane (production, month…), passed to every action. */
export interface PaneChoices {
  production?: string;
  month?: string;
}

export interface PaneAction {
  id: string;
  section: SectionId;
  label: string;
  /** One French sentence under the button. */
  hint: string;
  load(): Promise<Command>;
  options?(choices: PaneChoices): CommandOptions;
  /** The action re-runs the check afterwards so computed columns and alerts stay in step. */
  thenCheck?: boolean;
}

export const ACTIONS: PaneAction[] = [
  {
    id: "template-all",
    section: "modeles",
    label: "Créer un classeur complet",
    hint: "Ajoute toutes les feuilles de Cap PAD sans toucher aux vôtres (un nom déjà pris reçoit un suffixe).",
    load: async () => (await import(/* webpackChunkName: "commands-templates" */ "../commands/templates")).insertTemplatesCommand,
    options: () => ({ template: "all" }),
  },
  {
    id: "check",
    section: "planning",
    label: "Vérifier et recalculer",
    hint: "Dates, chemin critique, paie, coûts : recalcule les colonnes grises et liste les alertes.",
    load: async () => (await import(/* webpackChunkName: "commands-check" */ "../commands/check")).checkCommand,
    options: (c) => ({ production: c.production }),
  },
];

export function actionById(id: string): PaneAction | undefined {
  return ACTIONS.find((a) => a.id === id);
}
