/** `Seances` → the séance log the payroll engine reads (one resource, one day, one task). */
import type { Booking } from "../../core/crew/model";
import type { SheetSource } from "../source";
import { SEANCES } from "../contract/crew";
import type { RowReader } from "../read";
import { placeOf } from "./place";

/** The column of each field of a séance (where the engine's alerts point). */
const COLUMN = {
  day: "Date",
  production: "Production",
  task: "Tâche",
  resource: "Ressource",
  start: "Arrivée",
  end: "Départ",
  breakMinutes: "Pause (min)",
  comment: "Commentaire",
} as const satisfies Partial<Record<keyof Booking, string>>;

export interface SeanceLog {
  bookings: Booking[];
  /** The row each booking comes from (same index). */
  rows: RowReader[];
}

function booking(row: RowReader, date1904: boolean): Booking | undefined {
  const day = row.date(COLUMN.day, date1904, { required: true });
  const production = row.text(COLUMN.production, { required: true });
  const resource = row.text(COLUMN.resource, { required: true });
  const start = row.time(COLUMN.start);
  const end = row.time(COLUMN.end);
  const breakMinutes = row.number(COLUMN.breakMinutes, { min: 0, max: 1440, what: "une durée de pause en minutes" });
  const task = row.text(COLUMN.task);
  const comment = row.text(COLUMN.comment);
  if (day === undefined || !production || !resource) return undefined;
  return { day, production, task, resource, start, end, breakMinutes, comment, place: placeOf(row, COLUMN, "") };
}

/**
 * The séances that can be read (a row without date, production or resource is reported and left out),
 * once per command: the payroll, the costs, the billing and the plan read the same log.
 */
export function seanceLogOf(ctx: Pick<SheetSource, "memo" | "table" | "date1904">): SeanceLog {
  return ctx.memo("crew.seances", () => {
    const table = ctx.table(SEANCES);
    const log: SeanceLog = { bookings: [], rows: [] };
    for (const row of table?.rows ?? []) {
      const b = booking(row, ctx.date1904);
      if (!b) continue;
      log.bookings.push(b);
      log.rows.push(row);
    }
    return log;
  });
}
