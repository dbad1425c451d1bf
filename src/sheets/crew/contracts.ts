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

/** The column of each field of a contract (where the engine's alerts point). */
const COLUMN = {
  person: "Nom",
  production: "Production",
  start: "Début",
  end: "Fin",
  role: "Fonction",
  status: "Statut",
  salaryCents: "Salaire",
  salaryUnit: "Unité salaire",
  objectNumber: "Numéro d'objet",
} as const satisfies Partial<Record<keyof ContractInput, string>>;

function contract(row: RowReader, date1904: boolean): ContractInput | undefined {
  const person = row.text(COLUMN.person, { required: true });
  const productionCell = row.text(COLUMN.production, { required: true });
  const start = row.date(COLUMN.start, date1904, { required: true });
  const end = row.date(COLUMN.end, date1904, { required: true });
  const role = row.text(COLUMN.role);
  const status = row.choice(COLUMN.status, CREW_STATUSES) as CrewStatus | undefined;
  const salaryCents = row.money(COLUMN.salaryCents, { min: 0 });
  const salaryUnit = row.choice(COLUMN.salaryUnit, SALARY_UNITS) as SalaryUnit | undefined;
  const objectNumber = row.text(COLUMN.objectNumber);
  if (!person || !productionCell || start === undefined || end === undefined) return undefined;
  const productions = productionCell.split(";").map((p) => p.trim()).filter((p) => p !== "");
  return { person, productions, start, end, role, status, salaryCents, salaryUnit, objectNumber, place: placeOf(row, COLUMN, person) };
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
