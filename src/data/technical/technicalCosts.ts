/**
 * What each technical incompatibility costs, as rate-card codes (`Tarifs[Code]`, shipped examples in
 * `src/data/costs/rateCard.ts`) and the quantity they are counted in. A facility that prices a
 * conversion otherwise changes the code here or the price in its `Tarifs` table, not the checks.
 * Deliverables missing outright are priced by their kind (`deliverableKinds.ts`, `missingRate`).
 */
export const TECHNICAL_COST_RATES = {
  /** Standards conversion of the finished programme (23,976 → 25 ips…): minutes of programme. */
  frameRateConversion: "CONV-CADENCE",
  /** Transcoding the rushes of a camera shot at another rate: hours of those rushes. */
  rushesConversion: "CONV-RUSHES",
  /** HD source delivered in UHD: minutes of programme. */
  upscaling: "UPSCALE-UHD",
  /** 5.1 mix made from a project planned in stereo: minutes of programme. */
  surroundMix: "MIX-51",
  /** Loudness or true-peak correction and a new master: one flat fee per deliverable. */
  loudnessFix: "CORR-LOUDNESS",
} as const;
