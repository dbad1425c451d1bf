/**
 * The templates, in the order a full post-production workbook has them. Each builds its sheets from
 * the contract specs, empty or filled with the demo data (`src/demo/`).
 */
import type { DayNumber } from "../../core/dates/civil";
import { DEMO_CREW } from "../../demo/crew";
import type { SheetModel } from "../model";
import { equipeSheet } from "./crew";

export interface TemplateContext {
  demo: boolean;
  /** The demo's dates are placed around this day. */
  today: DayNumber;
}

export interface Template {
  id: string;
  /** French label in the pane's Modèles menu. */
  label: string;
  build(ctx: TemplateContext): SheetModel[];
}

export const TEMPLATES: Template[] = [
  { id: "equipe", label: "Équipe et salles", build: (ctx) => [equipeSheet(ctx.demo ? DEMO_CREW : [])] },
];

export function findTemplate(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
