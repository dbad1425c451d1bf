/** Every table of the workbook contract, by name. */
import type { TableSpec } from "../spec";
import { ACCOUNTS_REPORT_TABLES, ACCOUNTS_TABLES } from "./accounts";
import { COSTS_REPORT_TABLES, COSTS_TABLES } from "./costs";
import { CREW_TABLES, PAIE } from "./crew";
import { PLANNING_REPORT_TABLES, PLANNING_TABLES } from "./planning";
import { ALERTES, ALERTES_GROUPES } from "./reports";
import { RECOMMANDATIONS, SCENARIOS } from "./scenarios";
import { HISTORIQUE_SCENARIOS } from "./scenarioHistory";
import { TECHNICAL_REPORT_TABLES, TECHNICAL_TABLES } from "./technical";

export const INPUT_TABLES: readonly TableSpec[] = [...PLANNING_TABLES, ...CREW_TABLES, ...COSTS_TABLES, ...TECHNICAL_TABLES, SCENARIOS, RECOMMANDATIONS, ...ACCOUNTS_TABLES];
export const REPORT_TABLES: readonly TableSpec[] = [ALERTES, ALERTES_GROUPES, PAIE, ...COSTS_REPORT_TABLES, ...PLANNING_REPORT_TABLES, ...TECHNICAL_REPORT_TABLES, HISTORIQUE_SCENARIOS, ...ACCOUNTS_REPORT_TABLES];

const BY_NAME = new Map<string, TableSpec>();

/** Registers a table spec (features declare extra tables, e.g. `Specs`, from their own contract file). */
export function registerTable(spec: TableSpec): void {
  BY_NAME.set(spec.name.toLowerCase(), spec);
}
for (const spec of [...INPUT_TABLES, ...REPORT_TABLES]) registerTable(spec);

export function tableSpec(name: string): TableSpec | undefined {
  return BY_NAME.get(name.toLowerCase());
}

export function allTableSpecs(): TableSpec[] {
  return [...BY_NAME.values()];
}
