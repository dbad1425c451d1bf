/**
 * A master's measured loudness (ITU-R BS.1770, LUFS) against its spec's target ± tolerance (−23 LUFS
 * ± 1 LU in France, CSA deliberation 2011-29) and its true peak against the spec's ceiling: out of
 * either, the broadcaster's quality control refuses the PAD. One correction pass (and a new master) is
 * priced per deliverable, however many of the two are out.
 */
import { TECHNICAL_COST_RATES } from "../../data/technical/technicalCosts";
import { describeDeliverable } from "./deliverable";
import type { Deliverable, DeliverableField, TechIssue } from "./model";
import { atMost, withinTolerance } from "./tolerance";
import { formatNumber } from "../format/number";

const fr = (n: number): string => formatNumber(n, { decimals: 1, grouping: true, typographicMinus: true });

export function checkLoudness(d: Deliverable, index: number): TechIssue<DeliverableField>[] {
  const spec = d.spec;
  if (!spec) return [];
  const issues: TechIssue<DeliverableField>[] = [];
  const base = { severity: "error" as const, production: d.production, index };
  if (d.loudness !== undefined && spec.loudnessTarget !== undefined && spec.loudnessTolerance !== undefined && !withinTolerance(d.loudness, spec.loudnessTarget, spec.loudnessTolerance)) {
    issues.push({
      ...base,
      code: "TECH_LOUDNESS",
      field: "loudness",
      message: `${describeDeliverable(d)} : loudness mesuré ${fr(d.loudness)} LUFS, hors de ${fr(spec.loudnessTarget)} ± ${fr(spec.loudnessTolerance)} LU ; le livrable sera refusé au contrôle qualité du diffuseur.`,
    });
  }
  if (d.truePeak !== undefined && spec.truePeakMax !== undefined && !atMost(d.truePeak, spec.truePeakMax)) {
    issues.push({
      ...base,
      code: "TECH_TRUE_PEAK",
      field: "truePeak",
      message: `${describeDeliverable(d)} : true peak mesuré ${fr(d.truePeak)} dBTP, au-dessus du maximum de ${fr(spec.truePeakMax)} dBTP ; le livrable sera refusé au contrôle qualité du diffuseur.`,
    });
  }
  if (issues.length) issues[0].cost = { production: d.production, rateCode: TECHNICAL_COST_RATES.loudnessFix, quantity: 1, reason: `Correction loudness / true peak de « ${d.name} » (${d.production})`, combine: "sum" };
  return issues;
}
