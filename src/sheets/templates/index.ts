/**
 * The templates, in the order a full post-production workbook has them. Each builds its sheets from
 * the contract specs, empty or filled with the rows it is given (the demo's, `src/demo/filling.ts`:
 * the demo uses the templates, the templates know nothing of the demo).
 */
import type { DayNumber } from "../../core/dates/civil";
import type { SheetModel } from "../../workbook/model";
import type { OutValue } from "../../workbook/values";
import type { ENTETE_FIELDS, SOCIETE_FIELDS } from "../contract/costs";
import { contratsSheet, equipeSheet } from "./crew";
import { bulletinsSheet, grillesSheet, parametresSheet, seancesSheet, tauxSheet } from "./payroll";
import { initialGanttSheet } from "./gantt";
import { DEFAULT_RATE_CARD } from "../../data/costs/rateCard";
import { achatsSheet, budgetSheet, tarifsSheet } from "./costs";
import { rateCardCells } from "../costs/rateCard";
import { clientsSheet, facturesSheets, factureSheet, societeSheet } from "./invoicing";
import { calendrierSheet, initialFeriesSheet, planningSheet, productionsSheet } from "./planning";
import { livrablesSheet, rushesSheet, specsSheet } from "./technical";
import { scenariosSheet } from "./scenarios";
import { paiementsSheet, planComptableSheet } from "./accounts";

type Rows = Record<string, OutValue>[];

/** The rows that fill the templates' input tables, by table (the demo gives one of each). */
export interface TemplateFilling {
  productions: Rows;
  tasks: Rows;
  closures: Rows;
  unavailabilities: Rows;
  crew: Rows;
  seances: Rows;
  contracts: Rows;
  payslips: Rows;
  budget: Rows;
  purchases: Rows;
  company: Partial<Record<keyof typeof SOCIETE_FIELDS, OutValue>>;
  clients: Rows;
  invoiceHeader: Partial<Record<keyof typeof ENTETE_FIELDS, OutValue>>;
  invoiceLines: Rows;
  rushes: Rows;
  deliverables: Rows;
  /** What-if scenarios (none: an empty table). */
  scenarios?: Rows;
  /** The coordinator's recommendations, beside the scenarios (none: an empty table). */
  recommendations?: Rows;
  /** Receipts and payments (none: an empty table). */
  payments?: Rows;
}

export interface TemplateContext {
  /** The rows to fill the tables with; none: empty tables. */
  filling?: TemplateFilling;
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
  { id: "productions", label: "Productions", build: (ctx) => [productionsSheet(ctx.filling?.productions ?? [])] },
  { id: "planning", label: "Planning des tâches", build: (ctx) => [planningSheet(ctx.filling?.tasks ?? [])] },
  {
    id: "calendrier",
    label: "Calendrier (fermetures, indisponibilités, jours fériés)",
    build: (ctx) => [
      calendrierSheet(ctx.filling?.closures ?? [], ctx.filling?.unavailabilities ?? []),
      initialFeriesSheet(ctx.today, ctx.filling?.closures ?? []),
    ],
  },
  // One row per task given (at least one, for an empty plan).
  { id: "gantt", label: "Gantt", build: (ctx) => [initialGanttSheet(ctx.today, ctx.filling?.tasks.length || 1)] },
  { id: "equipe", label: "Équipe et salles", build: (ctx) => [equipeSheet(ctx.filling?.crew ?? [])] },
  { id: "seances", label: "Séances (bons de séance)", build: (ctx) => [seancesSheet(ctx.filling?.seances ?? [])] },
  { id: "contrats", label: "Contrats (CDDU)", build: (ctx) => [contratsSheet(ctx.filling?.contracts ?? [])] },
  { id: "grilles", label: "Grilles de salaires minimaux", build: () => [grillesSheet()] },
  { id: "taux", label: "Taux de cotisations", build: () => [tauxSheet()] },
  { id: "parametres", label: "Paramètres de paie", build: () => [parametresSheet()] },
  { id: "bulletins", label: "Vérifier un bulletin", build: (ctx) => [bulletinsSheet(ctx.filling?.payslips ?? [])] },
  // Costs and invoices.
  { id: "tarifs", label: "Tarifs (exemples)", build: () => [tarifsSheet(rateCardCells(DEFAULT_RATE_CARD))] },
  { id: "budget", label: "Budget par poste", build: (ctx) => [budgetSheet(ctx.filling?.budget ?? [])] },
  { id: "achats", label: "Achats (factures fournisseurs)", build: (ctx) => [achatsSheet(ctx.filling?.purchases ?? [])] },
  { id: "societe", label: "Votre société", build: (ctx) => [societeSheet(ctx.today, ctx.filling?.company ?? {})] },
  { id: "clients", label: "Clients", build: (ctx) => [clientsSheet(ctx.filling?.clients ?? [])] },
  { id: "facture", label: "Facture (brouillon)", build: (ctx) => [ctx.filling ? factureSheet(ctx.filling.invoiceHeader, ctx.filling.invoiceLines) : factureSheet()] },
  { id: "factures", label: "Registre des factures", build: () => facturesSheets() },
  { id: "paiements", label: "Paiements (reçus et payés)", build: (ctx) => [paiementsSheet(ctx.filling?.payments ?? [])] },
  // Rushes and deliverables; Specs always carries the shipped French PAD values.
  { id: "rushes", label: "Rushes (registre de réception)", build: (ctx) => [rushesSheet(ctx.filling?.rushes ?? [])] },
  { id: "livrables", label: "Livrables", build: (ctx) => [livrablesSheet(ctx.filling?.deliverables ?? [])] },
  { id: "specs", label: "Specs (spécifications de livraison)", build: () => [specsSheet()] },
  { id: "scenarios", label: "Scénarios (options pour le producteur)", build: (ctx) => [scenariosSheet(ctx.filling?.scenarios ?? [], ctx.filling?.recommendations ?? [])] },
  // Accounts: the chart of accounts of the accounting export, with the default accounts.
  { id: "plancomptable", label: "Plan comptable (export comptable)", build: () => [planComptableSheet()] },
];

export function findTemplate(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
