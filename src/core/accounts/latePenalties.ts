/**
 * Late-payment penalties on an invoice: amount due TTC × annual rate × days late ÷ 365, each day at the
 * rate of its half-year (ECB rate of that half-year + the statutory points), from the day after the due
 * date to `asOf`; plus the fixed recovery indemnity per invoice. Rounded to the cent once, at the end.
 */
import { addDays, fromIso, type DayNumber } from "../dates/civil";
import { roundCents, type Cents } from "../money";

export interface HalfYearRate {
  from: DayNumber;
  to: DayNumber;
  ecbRatePercent: number;
  note?: string;
}

export interface PenaltySegment {
  from: DayNumber;
  to: DayNumber;
  days: number;
  /** ECB + points, in percent. */
  ratePercent: number;
  note?: string;
}

export interface LatePenalty {
  daysLate: number;
  segments: PenaltySegment[];
  penaltyCents: Cents;
  indemnityCents: Cents;
  /** Days with no rate in the table: not counted, and said. */
  daysWithoutRate: number;
}

export function halfYearRates(rows: readonly { from: string; to: string; ecbRatePercent: number; note?: string }[]): HalfYearRate[] {
  return rows.map((r) => ({ from: fromIso(r.from)!, to: fromIso(r.to)!, ecbRatePercent: r.ecbRatePercent, note: r.note }));
}

export function latePenalty(dueCents: Cents, dueDay: DayNumber, asOf: DayNumber, rates: readonly HalfYearRate[], points: number, indemnityCents: Cents): LatePenalty {
  const first = addDays(dueDay, 1);
  if (asOf < first || dueCents <= 0) return { daysLate: 0, segments: [], penaltyCents: 0, indemnityCents: 0, daysWithoutRate: 0 };
  const daysLate = asOf - dueDay;
  const segments: PenaltySegment[] = [];
  let exact = 0;
  let covered = 0;
  for (const r of rates) {
    const from = Math.max(first, r.from);
    const to = Math.min(asOf, r.to);
    if (to < from) continue;
    const days = to - from + 1;
    const ratePercent = Math.round((r.ecbRatePercent + points) * 1000) / 1000;
    segments.push({ from, to, days, ratePercent, note: r.note });
    exact += (dueCents * ratePercent * days) / 100 / 365;
    covered += days;
  }
  return { daysLate, segments, penaltyCents: roundCents(exact), indemnityCents, daysWithoutRate: daysLate - covered };
}

/** What a reminder claims: the rest due, the penalties and the indemnity (the letter's « Total réclamé »). */
export function claimedCents(dueCents: Cents, penalty: LatePenalty): Cents {
  return dueCents + penalty.penaltyCents + penalty.indemnityCents;
}
