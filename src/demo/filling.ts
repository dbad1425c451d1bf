/**
 * The demo's rows for each template's table (`cappad new --demo`, the pane's « Créer un classeur d'exemple »):
 * the demo fills the templates through `TemplateContext.filling`, so the templates never import it.
 */
import type { TemplateFilling } from "../sheets/templates";
import { DEMO_PAYSLIP_ROWS } from "./bulletins";
import { DEMO_CONTRACT_ROWS } from "./contracts";
import { DEMO_BUDGET_ROWS, DEMO_PAYMENT_ROWS, DEMO_PURCHASE_ROWS } from "./costs";
import { DEMO_CREW } from "./crew";
import { DEMO_CLIENTS, DEMO_COMPANY, DEMO_INVOICE_HEADER, DEMO_INVOICE_LINES } from "./invoicing";
import { DEMO_CLOSURE_ROWS, DEMO_PRODUCTION_ROWS, DEMO_TASK_ROWS, DEMO_UNAVAILABILITY_ROWS } from "./planning";
import { DEMO_RECOMMENDATION_ROWS, DEMO_SCENARIO_ROWS } from "./scenarios";
import { DEMO_SEANCE_ROWS } from "./seances";
import { DEMO_DELIVERABLE_ROWS, DEMO_RUSH_ROWS } from "./technical";

export const DEMO_FILLING: TemplateFilling = {
  productions: DEMO_PRODUCTION_ROWS,
  tasks: DEMO_TASK_ROWS,
  closures: DEMO_CLOSURE_ROWS,
  unavailabilities: DEMO_UNAVAILABILITY_ROWS,
  crew: DEMO_CREW,
  seances: DEMO_SEANCE_ROWS,
  contracts: DEMO_CONTRACT_ROWS,
  payslips: DEMO_PAYSLIP_ROWS,
  budget: DEMO_BUDGET_ROWS,
  purchases: DEMO_PURCHASE_ROWS,
  company: DEMO_COMPANY,
  clients: DEMO_CLIENTS,
  invoiceHeader: DEMO_INVOICE_HEADER,
  invoiceLines: DEMO_INVOICE_LINES,
  rushes: DEMO_RUSH_ROWS,
  deliverables: DEMO_DELIVERABLE_ROWS,
  scenarios: DEMO_SCENARIO_ROWS,
  recommendations: DEMO_RECOMMENDATION_ROWS,
  payments: DEMO_PAYMENT_ROWS,
};
