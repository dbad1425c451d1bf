/**
 * The templates, in the order a full post-production workbook has them. Each builds its sheets from
 * the contract specs, empty or filled with the demo data (`src/demo/`).
 */
import type { DayNumber } from "../../core/dates/civil";
import { DEMO_CREW } from "../../demo/crew";
import type { SheetModel } from "../../workbook/model";
import { contratsSheet, equipeSheet } from "./crew";
import { DEMO_CONTRACT_ROWS } from "../../demo/contracts";
import { DEMO_PAYSLIP_ROWS } from "../../demo/bulletins";
import { DEMO_SEANCE_ROWS } from "../../demo/seances";
import { bulletinsSheet, grillesSheet, parametresSheet, seancesSheet, tauxSheet } from "./payroll";
import { DEMO_CLOSURE_ROWS, DEMO_PRODUCTION_ROWS, DEMO_TASK_ROWS, DEMO_UNAVAILABILITY_ROWS } from "../../demo/planning";
import { initialGanttSheet } from "./gantt";
import { DEFAULT_RATE_CARD } from "../../data/costs/rateCard";
import { DEMO_BUDGET_ROWS, DEMO_PURCHASE_ROWS } from "../../demo/costs";
import { DEMO_CLIENTS, DEMO_COMPANY, DEMO_INVOICE_HEADER, DEMO_INVOICE_LINES } from "../../demo/invoicing";
import { achatsSheet, budgetSheet, tarifsSheet } from "./costs";
import { clientsSheet, facturesSheets, factureSheet, societeSheet } from "./invoicing";
import { calendrierSheet, initialFeriesSheet, planningSheet, productionsSheet } from "./planning";
import { DEMO_DELIVERABLE_ROWS, DEMO_RUSH_ROWS } from "../../demo/technical";
import { livrablesSheet, rushesSheet, specsSheet } from "./technical";

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
  { id: "productions", label: "Productions", build: (ctx) => [productionsSheet(ctx.demo ? DEMO_PRODUCTION_ROWS : [])] },
  { id: "planning", label: "Planning des tâches", build: (ctx) => [planningSheet(ctx.demo ? DEMO_TASK_ROWS : [])] },
  {
    id: "calendrier",
    label: "Calendrier (fermetures, indisponibilités, jours fériés)",
    build: (ctx) => [
      calendrierSheet(ctx.demo ? DEMO_CLOSURE_ROWS : [], ctx.demo ? DEMO_UNAVAILABILITY_ROWS : []),
      initialFeriesSheet(ctx.today, ctx.demo ? DEMO_CLOSURE_ROWS : []),
    ],
  },
  { id: "gantt", label: "Gantt", build: (ctx) => [initialGanttSheet(ctx.today, ctx.demo ? DEMO_TASK_ROWS.length : 1)] },
  { id: "equipe", label: "Équipe et salles", build: (ctx) => [equipeSheet(ctx.demo ? DEMO_CREW : [])] },
  { id: "seances", label: "Séances (bons de séance)", build: (ctx) => [seancesSheet(ctx.demo ? DEMO_SEANCE_ROWS : [])] },
  { id: "contrats", label: "Contrats (CDDU)", build: (ctx) => [contratsSheet(ctx.demo ? DEMO_CONTRACT_ROWS : [])] },
  { id: "grilles", label: "Grilles de salaires minimaux", build: () => [grillesSheet()] },
  { id: "taux", label: "Taux de cotisations", build: () => [tauxSheet()] },
  { id: "parametres", label: "Paramètres de paie", build: () => [parametresSheet()] },
  { id: "bulletins", label: "Vérifier un bulletin", build: (ctx) => [bulletinsSheet(ctx.demo ? DEMO_PAYSLIP_ROWS : [])] },
  // Costs and invoices.
  { id: "tarifs", label: "Tarifs (exemples)", build: () => [tarifsSheet(DEFAULT_RATE_CARD)] },
  { id: "budget", label: "Budget par poste", build: (ctx) => [budgetSheet(ctx.demo ? DEMO_BUDGET_ROWS : [])] },
  { id: "achats", label: "Achats (factures fournisseurs)", build: (ctx) => [achatsSheet(ctx.demo ? DEMO_PURCHASE_ROWS : [])] },
  { id: "societe", label: "Votre société", build: (ctx) => [societeSheet(ctx.today, ctx.demo ? DEMO_COMPANY : {})] },
  { id: "clients", label: "Clients", build: (ctx) => [clientsSheet(ctx.demo ? DEMO_CLIENTS : [])] },
  { id: "facture", label: "Facture (brouillon)", build: (ctx) => [ctx.demo ? factureSheet(DEMO_INVOICE_HEADER, DEMO_INVOICE_LINES) : factureSheet()] },
  { id: "factures", label: "Registre des factures", build: () => facturesSheets() },
  // Rushes and deliverables; Specs always carries the shipped French PAD values.
  { id: "rushes", label: "Rushes (registre de réception)", build: (ctx) => [rushesSheet(ctx.demo ? DEMO_RUSH_ROWS : [])] },
  { id: "livrables", label: "Livrables", build: (ctx) => [livrablesSheet(ctx.demo ? DEMO_DELIVERABLE_ROWS : [])] },
  { id: "specs", label: "Specs (spécifications de livraison)", build: () => [specsSheet()] },
];

export function findTemplate(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
