/** `Seances` → the séance log the payroll engine reads (one resource, one day, one task). */
import type { Booking } from "../../core/crew/model";
import type { SheetSource } from "../source";
import { SEANCES } from "../contract/crew";
import type { RowReader } from "../read";
import { placeOf } from "./place";

const PLACED = ["Date", "Production", "Tâche", "Ressource", "Arrivée", "Départ", "Pause (min)", "Commentaire"];

export interface SeanceLog {
  bookings: Booking[];
  /** The row each booking comes from (same index). */
  rows: RowReader[];
}

function booking(row: RowReader, date1904: boolean): Booking | undefined {
  const day = row.date("Date", date1904, { required: true });
  const production = row.text("Production", { required: true });
  const resource = row.text("Ressource", { required: true });
  const start = row.time("Arrivée");
  const end = row.time("Départ");
  const breakMinutes = row.number("Pause (min)", { min: 0, max: 1440, what: "une durée de pause en minutes" });
  const task = row.text("Tâche");
  const comment = row.text("Commentaire");
  if (day === undefined || !production || !resource) return undefined;
  return { day, production, task, resource, start, end, breakMinutes, comment, place: placeOf(row, PLACED, "") };
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
