/** Crew workbooks for the tests, built through the real templates from rows as a coordinator types them. */
import { columnLetters } from "../../../src/sheets/address";
import { SEANCES } from "../../../src/sheets/contract/crew";
import { equipeSheet } from "../../../src/sheets/templates/crew";
import { bulletinsSheet, grillesSheet, parametresSheet, seancesSheet, tauxSheet } from "../../../src/sheets/templates/payroll";
import { calendrierSheet, planningSheet, productionsSheet } from "../../../src/sheets/templates/planning";
import { saveWorkbook } from "../../../src/hosts/xlsx/workbook";
import type { SheetModel } from "../../../src/workbook/model";
import type { OutValue } from "../../../src/workbook/values";
import { workbookOf } from "../../helpers/workbooks";
import { day } from "../planning/fixtures";

type Row = Record<string, OutValue>;

/** "09:30" as Excel stores a time: a fraction of a day. */
export const time = (hhmm: string): number => {
  const [h, m] = hhmm.split(":").map(Number);
  return (h * 60 + m) / 1440;
};

export function seance(iso: string, resource: string, production: string, start: string, end: string, pause = 0, task: string | null = null): Row {
  return { Date: day(iso), Production: production, Tâche: task, Ressource: resource, Arrivée: time(start), Départ: time(end), "Pause (min)": pause || null };
}

/** Mon–Fri from `monday`, the same hours each day. */
export function week(monday: string, resource: string, production: string, start: string, end: string, pause = 60, days = 5, task: string | null = null): Row[] {
  const first = day(monday).day;
  return Array.from({ length: days }, (_, i) => ({ ...seance(monday, resource, production, start, end, pause, task), Date: { day: first + i } }));
}

export const DOC: Row = { Code: "DOC1", Titre: "Documentaire", Genre: "Documentaire", Convention: "IDCC 2642", Zone: "Métropole", "Numéro d'objet": "OBJ-2026-001" };
export const SERIE: Row = { Code: "SERIE", Titre: "Série", Genre: "Série", Convention: "IDCC 2642", Zone: "Métropole" };

export function person(name: string, role: string, salary: number | null, unit: string | null, extra: Row = {}): Row {
  return { Nom: name, Type: "Personne", Fonction: role, Statut: "Intermittent technicien", Convention: null, Salaire: salary, "Unité salaire": unit, ...extra };
}

export interface CrewRows {
  seances: Row[];
  crew: Row[];
  productions?: Row[];
  tasks?: Row[];
  unavailabilities?: Row[];
  bulletins?: Row[];
  /** Leave out the reference tables (the shipped data is then used). */
  noReferenceTables?: boolean;
  /** Replace or add sheets (a user-edited `Parametres`…). */
  extra?: SheetModel[];
}

export function crewSheets(rows: CrewRows): SheetModel[] {
  const sheets = [
    productionsSheet(rows.productions ?? [DOC, SERIE]),
    planningSheet(rows.tasks ?? []),
    calendrierSheet([], rows.unavailabilities ?? []),
    equipeSheet(rows.crew),
    seancesSheet(rows.seances),
    bulletinsSheet(rows.bulletins ?? []),
  ];
  if (!rows.noReferenceTables) sheets.push(grillesSheet(), tauxSheet(), parametresSheet());
  return [...sheets, ...(rows.extra ?? [])];
}

export async function crewBytes(rows: CrewRows): Promise<Uint8Array> {
  return saveWorkbook(await workbookOf(...crewSheets(rows)));
}

/** Sheet row (1-based) of the data row `index` (counted from 0) of a template's table. */
export function dataRow(template: SheetModel, index: number): number {
  return template.tables![0].row + 2 + index;
}

export const seanceRow = (index: number): number => dataRow(seancesSheet([]), index);
export const bulletinRow = (index: number): number => dataRow(bulletinsSheet([]), index);

/** `Seances!E7`: the cell of a séance's column. */
export function seanceCell(header: string, index: number): string {
  return `Seances!${columnLetters(SEANCES.columns.findIndex((c) => c.header === header))}${seanceRow(index)}`;
}
