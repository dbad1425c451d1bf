/** The JSON sections of the technical step (`cappad check --json`). */
import { eurosFromCents } from "../../core/money";
import type { PricedCostLine, RushTotal } from "../../core/technical";
import { formatTimecode } from "../../core/timecode";
import { toIso } from "../../core/dates/civil";
import { rushDurationText, type TechnicalData } from "../../sheets/technical";

export function technicalSections(data: TechnicalData, priced: readonly PricedCostLine[]): Record<string, unknown> {
  const { input } = data;
  // Grouped once: filtering every alert for every row is quadratic (20,000 rushes, 40,000 alerts).
  const byRow = new Map<string, string[]>();
  for (const a of data.alerts) {
    const key = `${a.sheet}\u0000${a.row}`;
    const codes = byRow.get(key);
    if (codes) codes.push(a.code);
    else byRow.set(key, [a.code]);
  }
  const codesAt = (sheet: string | undefined, row: number): string[] => [...(byRow.get(`${sheet}\u0000${row}`) ?? [])];
  const rushes = input.rushRows.map((r, i) => {
    return { row: r.sheetRow, production: input.rushes[i].production, duration: rushDurationText(data, i) ?? null, alerts: codesAt(r.sheet, r.sheetRow) };
  });
  const deliverables = [
    ...input.deliverableRows.map((r, i) => ({
      production: input.deliverables[i].production,
      deliverable: input.deliverables[i].name,
      status: input.deliverables[i].status ?? "",
      alerts: codesAt(r.sheet, r.sheetRow),
    })),
    ...data.deliverables.productionIssues.filter((i) => i.missing).map((i) => ({ production: i.production, deliverable: i.missing!, status: "manquant", alerts: [i.code] })),
  ];
  const total = (t: RushTotal, isProduction: boolean) => ({
    production: t.production,
    day: isProduction ? null : (t.shootingDay ?? (t.date !== undefined ? toIso(t.date) : null)),
    cards: t.cards,
    duration: formatTimecode(t.frames, t.rate),
    volumeGb: t.volumeGb,
    storageGb: t.storageGb,
  });
  const rushTotals = [...data.rushes.totals.days.map((t) => total(t, false)), ...data.rushes.totals.productions.map((t) => total(t, true))];
  const technicalCosts = priced.map((l) => ({
    production: l.production,
    rateCode: l.rateCode,
    quantity: l.quantity,
    reason: l.reason,
    amount: l.amountCents === undefined ? null : eurosFromCents(l.amountCents),
  }));
  return { rushes, deliverables, rushTotals, technicalCosts };
}
