/**
 * "Proposer les contrats": the CDDU a coordinator would type from the séance log, for the `Contrats`
 * table when it is empty. One contract per person and production, from the first to the last day
 * worked, cut where the person did not work on that production for more than `gapDays` calendar days
 * (CONTRAT_PROPOSE_ECART_JOURS: a civil week without séance separates two engagements). The terms are
 * the person's in `Equipe` (function, status, pay) and the production's numéro d'objet: a proposal the
 * coordinator corrects (the grid's job title, the planned end date) before the contracts are signed.
 */

import type { DayNumber } from "../dates/civil";
import type { PreparedBooking } from "./bookings";
import { ContractInput, foldKey, isIntermittentTechnician } from "./model";
import { isPerson } from "./bookings";

export interface ProposalOptions {
  gapDays: number;
  /** Only séances of these days (a month); default all. */
  from?: DayNumber;
  to?: DayNumber;
}

/** Runs of days where two consecutive days are at most `gapDays + 1` apart. */
function runs(days: readonly DayNumber[], gapDays: number): DayNumber[][] {
  const out: DayNumber[][] = [];
  for (const d of days) {
    const last = out[out.length - 1];
    if (last && d - last[last.length - 1] <= gapDays + 1) last.push(d);
    else out.push([d]);
  }
  return out;
}

export function proposeContracts(prepared: readonly PreparedBooking[], options: ProposalOptions): ContractInput[] {
  const groups = new Map<string, PreparedBooking[]>();
  for (const b of prepared) {
    const d = b.booking.day;
    if (!isPerson(b.person) || !isIntermittentTechnician(b.person.status) || !b.production || b.minutes <= 0) continue;
    if ((options.from !== undefined && d < options.from) || (options.to !== undefined && d > options.to)) continue;
    const key = `${b.personKey}|${foldKey(b.production.code)}`;
    groups.set(key, [...(groups.get(key) ?? []), b]);
  }
  const out: ContractInput[] = [];
  for (const list of groups.values()) {
    const { person, production } = list[0];
    const days = [...new Set(list.map((b) => b.booking.day))].sort((a, b) => a - b);
    for (const run of runs(days, options.gapDays))
      out.push({
        person: person!.name,
        production: production!.code,
        start: run[0],
        end: run[run.length - 1],
        role: person!.role || undefined,
        status: person!.status,
        salaryCents: person!.salaryCents,
        salaryUnit: person!.salaryUnit,
        objectNumber: production!.objectNumber,
      });
  }
  return out.sort((a, b) => a.person.localeCompare(b.person) || a.start - b.start || (a.production ?? "").localeCompare(b.production ?? ""));
}
