/**
 * Demo `Bulletins`: November payslip previews sent by the payroll provider, typed by the coordinator
 * to check them against Cap PAD's estimate (src/demo/seances.ts). Léa Martin's FLEUVE payslip agrees
 * with the estimate within the tolerance. Hugo Bernard's GLACIER payslip was computed as if GLACIER were
 * his only work: his short GLACIER days of 2 and 6 November (5 h and 4 h) were topped up to a
 * guaranteed 8-hour day although he worked on FLEUVE the rest of those days, and his 44 h week of
 * 2 November was not counted with his FLEUVE hours. One employer, one week, one guaranteed day: the
 * check flags the difference (the figures below are that per-production computation).
 */
import type { OutValue } from "../workbook/values";

export const DEMO_PAYSLIP_ROWS: Record<string, OutValue>[] = [
  { Période: "2026-11", Nom: "Léa Martin", Production: "FLEUVE", Brut: 6048.65, Net: 4637.3, "Coût employeur": 10091.2 },
  { Période: "2026-11", Nom: "Hugo Bernard", Production: "GLACIER", Brut: 1302.66, Net: 986.82, "Coût employeur": 1994.58 },
];
