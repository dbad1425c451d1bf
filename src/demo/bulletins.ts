/**
 * Demo `Bulletins`: November payslip previews sent by the payroll provider, typed by the coordinator
 * to check them against Cap PAD's estimate (src/demo/seances.ts). Léa Martin's FLEUVE payslip agrees
 * with the estimate within the tolerance; Hugo Bernard's GLACIER payslip forgot the premium of the
 * 11 November worked (CCNPA: a major holiday is paid 200 %), the difference the check must flag.
 */
import type { OutValue } from "../sheets/values";

export const DEMO_PAYSLIP_ROWS: Record<string, OutValue>[] = [
  { Période: "2026-11", Nom: "Léa Martin", Production: "FLEUVE", Brut: 6035.61, Net: 4560.95, "Coût employeur": 9971.4 },
  { Période: "2026-11", Nom: "Hugo Bernard", Production: "GLACIER", Brut: 1431.41, Net: 1082.4, "Coût employeur": 2281.9 },
];
