/**
 * `Contrats` → the CDDU contracts the payroll engine follows (core/crew/contracts.ts). A row without a
 * name, a production or its dates is reported by the typed getters and left out; a blank function,
 * status or pay is the person's in `Equipe`.
 */
import type { ContractInput, CrewStatus, SalaryUnit } from "../../core/crew/model";
import type { SheetSource } from "../source";
import { CONTRATS, CREW_STATUSES, SALARY_UNITS } from "../contract/crew";
import type { BoundTable, RowReader } from "../read";
import { placeOf } from "./place";

const PLACED = ["Nom", "Production", "Début", "Fin", "Fonction", "Statut", "Salaire", "Unité salaire", "Numéro d'objet"];

function contract(row: RowReader, date1904: boolean): ContractInput | undefined {
  const person = row.text("Nom", { required: true });
  const productionCell = row.text("Production", { required: true });
  const start = row.date("Début", date1904, { required: true });
  const end = row.date("Fin", date1904, { required: true });
  const role = row.text("Fonction");
  const status = row.choice("Statut", CREW_STATUSES) as CrewStatus | undefined;
  const salaryCents = row.money("Salaire", { min: 0 });
  const salaryUnit = row.choice("Unité salaire", SALARY_UNITS) as SalaryUnit | undefined;
  const objectNumber = row.text("Numéro d'objet");
  if (!person || !productionCell || start === undefined || end === undefined) return undefined;
  const productions = productionCell.split(";").map((p) => p.trim()).filter((p) => p !== "");
  return { person, productions, start, end, role, status, salaryCents, salaryUnit, objectNumber, place: placeOf(row, PLACED, person) };
}

export interface ContractRows {
  table?: BoundTable;
  contracts: ContractInput[];
}

/** The readable rows of `Contrats` (memoised; absent table: none). */
export function contractRowsOf(ctx: SheetSource): ContractRows {
  return ctx.memo("crew.contracts", () => {
    const table = ctx.table(CONTRATS);
    return { table, contracts: (table?.rows ?? []).flatMap((r) => contract(r, ctx.date1904) ?? []) };
  });
}
