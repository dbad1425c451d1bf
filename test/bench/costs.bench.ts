/**
 * Cost report on a big workbook: 50,000 séances, 2,000 budget lines (100 productions × 20 postes),
 * 300 resources, 2,000 tasks still planned, 500 supplier invoices. Goal (issue 6): under 1 s.
 * Baseline, measured in the same run: one plain pass over the same séances that prices each one and
 * sums it per production and poste in a Map — the least any cost report must do.
 */
import { buildCostReport, type BudgetLine, type CostBooking, personDayKey, type Purchase, type RemainingTask } from "../../src/core/costs/costReport";
import { rateCardFromRows } from "../../src/core/costs/rateCard";
import type { CostResource, PersonCost } from "../../src/core/costs/resourceRates";
import { dayFromYmd } from "../../src/core/dates/civil";
import { DEFAULT_RATE_CARD } from "../../src/data/costs/rateCard";
import type { BenchResult } from "./types";
import { elapsedMs as timed } from "./timing";

const SEANCES = 50_000;
const PRODUCTIONS = 100;
const POSTES = ["2.1", "4.1", "8.1", "8.2", "8.3", "8.4", "8.5", "8.6", "8.7", "8.8", "21", "31", "47", "51", "57", "69", "71", "76", "91", "93"];

function dataset() {
  // mulberry32: deterministic and without the short low-bit cycles of a plain LCG.
  let seed = 42;
  const rnd = (n: number): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * n | 0;
  };
  const { rateCard } = rateCardFromRows(DEFAULT_RATE_CARD);
  const roomRates = ["MONT-SALLE", "MONT-SALLE-H", "CONFO", "ETAL", "MONT-SON", "MIXAGE", "POSTSYNC", "BRUITAGE"];
  const resources: CostResource[] = [];
  for (let i = 0; i < 150; i++) {
    resources.push({ id: `Personne ${i}`, kind: "personne", budgetCode: "2.1", chargesBudgetCode: "4.1", dayCost: { salaryCents: 20000 + i * 10, chargesCents: 9000 + i * 5 } });
  }
  for (let i = 0; i < 150; i++) resources.push({ id: `Salle ${i}`, kind: "salle", rateCode: roomRates[i % roomRates.length] });
  const start = dayFromYmd(2026, 9, 1);
  const asOf = dayFromYmd(2026, 11, 20);
  const bookings: CostBooking[] = [];
  const personDayCosts = new Map<string, PersonCost>();
  for (let i = 0; i < SEANCES; i++) {
    const r = resources[rnd(resources.length)];
    const day = start + rnd(120);
    const production = `P${rnd(PRODUCTIONS)}`;
    bookings.push({ day, production, task: `T${rnd(20)}`, resource: r.id, hours: 4 + rnd(7) });
    if (r.kind === "personne" && day <= asOf && rnd(2) === 0) personDayCosts.set(personDayKey(r.id, day), { salaryCents: 21000, chargesCents: 9500 });
  }
  const budget: BudgetLine[] = [];
  for (let p = 0; p < PRODUCTIONS; p++) for (const code of POSTES) budget.push({ production: `P${p}`, budgetCode: code, quoteCents: 100000 + rnd(1_000_000) });
  const purchases: Purchase[] = [];
  for (let i = 0; i < 500; i++) purchases.push({ day: start + rnd(80), production: `P${rnd(PRODUCTIONS)}`, budgetCode: POSTES[rnd(POSTES.length)], amountCents: 10000 + rnd(500000) });
  const tasks: RemainingTask[] = [];
  for (let i = 0; i < 2000; i++) {
    tasks.push({ id: `T${i % 20}`, production: `P${i % PRODUCTIONS}`, remainingDays: 1 + rnd(10), resources: [{ resource: resources[rnd(resources.length)].id }, { resource: resources[rnd(resources.length)].id }] });
  }
  return { rateCard, resources, bookings, personDayCosts, budget, purchases, tasks, asOf };
}

type Dataset = ReturnType<typeof dataset>;

function ours(d: Dataset): number {
  const r = buildCostReport({
    asOf: d.asOf,
    budget: d.budget,
    bookings: d.bookings,
    purchases: d.purchases,
    tasks: d.tasks,
    resources: d.resources,
    rateCard: d.rateCard,
    personDayCosts: d.personDayCosts,
  });
  if (r.lines.length < d.budget.length) throw new Error("bench: rapport incomplet");
  return r.total.forecastCents;
}

/** One plain pass: price each séance (room rate × 1 day, person at a flat day cost) and sum per key. */
function baseline(d: Dataset): number {
  const byId = new Map(d.resources.map((r) => [r.id, r]));
  const sums = new Map<string, number>();
  let total = 0;
  for (const b of d.bookings) {
    const r = byId.get(b.resource)!;
    const cents = r.kind === "personne" ? r.dayCost!.salaryCents + r.dayCost!.chargesCents : d.rateCard.get(r.rateCode)!.priceCents;
    const key = b.production + "\u0000" + (r.budgetCode ?? d.rateCard.get(r.rateCode)!.budgetCode);
    sums.set(key, (sums.get(key) ?? 0) + cents);
    total += cents;
  }
  return total + sums.size;
}

/** Best of five alternated runs after a warm-up. */
export async function run(): Promise<BenchResult[]> {
  const d = dataset();
  ours(d);
  baseline(d);
  let a = Infinity;
  let b = Infinity;
  for (let i = 0; i < 5; i++) {
    a = Math.min(a, timed(() => ours(d)));
    b = Math.min(b, timed(() => baseline(d)));
  }
  return [
    {
      name: "Rapport de coûts : 50 000 séances, 2 000 lignes de budget, 2 000 tâches",
      ms: Math.round(a * 10) / 10,
      baselineName: "une passe simple qui additionne les mêmes séances",
      baselineMs: Math.round(b * 10) / 10,
      goal: "< 1 000 ms",
    },
  ];
}
