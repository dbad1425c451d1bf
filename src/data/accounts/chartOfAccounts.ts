/**
 * The default chart of accounts of the accounting export: the rows the `PlanComptable` template is
 * filled with, and the chart used when a workbook has no such table. The user changes them in the
 * workbook (their accountant's own numbers); a row applies from `from` to `to` (inclusive).
 *
 * Source of the three-digit accounts and their labels: Plan comptable général, règlement ANC
 * n° 2014-03 as amended by règlement ANC n° 2022-06 of 4 November 2022 (mandatory for fiscal years
 * opened from 1 January 2025), published by the Autorité des normes comptables, https://www.anc.gouv.fr
 * (recueil des normes comptables françaises); text also at https://plancomptable.com. The six-digit
 * subdivisions (445711 per rate, the waiting accounts 445718 and 445668) are a common practice, not
 * accounts of the PCG: their rows say « à vérifier ».
 */
import type { AccountUsage } from "../../core/accounts/chart";

export interface ChartRowData {
  account: string;
  label: string;
  usage: AccountUsage;
  /** For purchases the start of the budget code (poste), for VAT the rate in percent; "" = any. */
  key: string;
  /** AAAA-MM-JJ */
  from: string;
  to?: string;
  source: string;
}

const PCG =
  "Plan comptable général (règlement ANC n° 2014-03 modifié par le règlement ANC n° 2022-06 du 4 novembre 2022, exercices ouverts à compter du 1er janvier 2025), https://www.anc.gouv.fr";
const PRACTICE = "Subdivision usuelle, pas un compte du PCG : à vérifier avec votre expert-comptable. " + PCG;
const FROM = "2025-01-01";

export const DEFAULT_CHART: readonly ChartRowData[] = [
  {
    account: "411000",
    label: "Clients",
    usage: "clients",
    key: "",
    from: FROM,
    source: PCG,
  },
  {
    account: "401000",
    label: "Fournisseurs",
    usage: "suppliers",
    key: "",
    from: FROM,
    source: PCG,
  },
  {
    account: "706000",
    label: "Prestations de services",
    usage: "services",
    key: "",
    from: FROM,
    source: PCG,
  },
  // Chapter 8 of the CNC budget (post-production image and sound): subcontracted work built into the service sold.
  {
    account: "604000",
    label: "Achats d'études et prestations de services",
    usage: "purchases",
    key: "8",
    from: FROM,
    source: PCG,
  },
  {
    account: "613000",
    label: "Locations",
    usage: "purchases",
    key: "7",
    from: FROM,
    source: PCG,
  },
  {
    account: "625000",
    label: "Déplacements, missions et réceptions",
    usage: "purchases",
    key: "6",
    from: FROM,
    source: PCG,
  },
  {
    account: "611000",
    label: "Sous-traitance générale",
    usage: "purchases",
    key: "",
    from: FROM,
    source: PCG,
  },
  {
    account: "445711",
    label: "TVA collectée 20 %",
    usage: "vatCollected",
    key: "20",
    from: FROM,
    source: PRACTICE,
  },
  {
    account: "445712",
    label: "TVA collectée 10 %",
    usage: "vatCollected",
    key: "10",
    from: FROM,
    source: PRACTICE,
  },
  {
    account: "445713",
    label: "TVA collectée 5,5 %",
    usage: "vatCollected",
    key: "5.5",
    from: FROM,
    source: PRACTICE,
  },
  {
    account: "445710",
    label: "TVA collectée",
    usage: "vatCollected",
    key: "",
    from: FROM,
    source: PCG,
  },
  {
    account: "445718",
    label: "TVA collectée en attente d'encaissement",
    usage: "vatCollectedPending",
    key: "",
    from: FROM,
    source: PRACTICE,
  },
  {
    account: "445660",
    label: "TVA déductible sur autres biens et services",
    usage: "vatDeductible",
    key: "",
    from: FROM,
    source: PCG,
  },
  {
    account: "445668",
    label: "TVA déductible en attente de paiement",
    usage: "vatDeductiblePending",
    key: "",
    from: FROM,
    source: PRACTICE,
  },
  {
    account: "512000",
    label: "Banques",
    usage: "bank",
    key: "",
    from: FROM,
    source: PCG,
  },
];
