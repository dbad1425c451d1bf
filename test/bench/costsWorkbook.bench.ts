/**
 * The cost report from a workbook on a big snapshot — the costs step as the check runs it (the payroll
 * already computed by the crew step), and the whole `costReport` command (tables read, payroll of the
 * people's séances, séances priced, Budget's columns, the "Rapport de coûts" sheet) — 50,000 séances, 2,000 budget lines (100 productions × 20 postes), 60 people and 40 rooms,
 * 500 supplier invoices, the 100 productions. Baseline, measured in the same run: the cost engine alone on the inputs the
 * command built (what reading, payroll and writing add on top of it).
 */
import { writeCostReport } from "../../src/commands/costs/checkStep";
import { costReportCommand } from "../../src/commands/costs/costReport";
import { CommandContext } from "../../src/commands/context";
import { buildCostReport } from "../../src/core/costs/costReport";
import { dayFromYmd, serialFromDay } from "../../src/core/dates/civil";
import type { Snapshot, TableSnapshot } from "../../src/workbook/snapshot";
import { DEFAULT_RATE_CARD } from "../../src/data/costs/rateCard";
import { ACHATS, BUDGET, TARIFS } from "../../src/sheets/contract/costs";
import { EQUIPE, SEANCES } from "../../src/sheets/contract/crew";
import { PRODUCTIONS as PRODUCTIONS_SPEC } from "../../src/sheets/contract/planning";
import { budgetOf, costBookingsOf, costResourcesOf, purchasesOf, rateCardOf } from "../../src/sheets/costs";
import { crewOf } from "../../src/sheets/crew";
import type { TableSpec } from "../../src/sheets/spec";
import type { CellValue } from "../../src/workbook/values";
import type { BenchResult } from "./types";
import { elapsedMs as timed, elapsedMsAsync } from "./timing";
import { rateCardCells } from "../../src/sheets/costs/rateCard";

const SEANCE_COUNT = 50_000;
const PRODUCTIONS = 100;
const POSTES = ["2.1", "4.1", "8.1", "8.2", "8.3", "8.4", "8.5", "8.6", "8.7", "8.8", "21", "31", "47", "51", "57", "69", "71", "76", "91", "93"];
const TODAY = dayFromYmd(2026, 11, 20);

function table(spec: TableSpec, records: Record<string, CellValue>[]): TableSnapshot {
  const headers = spec.columns.map((c) => c.header);
  return { name: spec.name, sheet: spec.sheet, headerRow: 2, left: 0, headers, rows: records.map((r) => headers.map((h) => r[h] ?? null)) };
}

export function snapshot(): Snapshot {
  let seed = 7;
  const rnd = (n: number): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n) | 0;
  };
  const rooms = ["MONT-SALLE", "CONFO", "ETAL", "MONT-SON", "MIXAGE", "BRUITAGE"];
  const crew: Record<string, CellValue>[] = [];
  for (let i = 0; i < 60; i++) crew.push({ Nom: `Personne ${i}`, Type: "Personne", Fonction: "Chef monteur", Statut: "Intermittent technicien", Convention: "IDCC 2642", Salaire: 250 + i, "Unité salaire": "jour", "Tarif HT": 450, "Unité tarif": "jour" });
  for (let i = 0; i < 40; i++) crew.push({ Nom: `Salle ${i}`, Type: "Salle", "Code tarif": rooms[i % rooms.length] });
  const start = dayFromYmd(2026, 9, 1);
  const seances: Record<string, CellValue>[] = [];
  for (let i = 0; i < SEANCE_COUNT; i++) {
    const r = crew[rnd(crew.length)];
    seances.push({ Date: serialFromDay(start + rnd(120))!, Production: `P${rnd(PRODUCTIONS)}`, Tâche: `T${rnd(20)}`, Ressource: r.Nom, Arrivée: 9 / 24, Départ: (17 + rnd(3)) / 24, "Pause (min)": 60 });
  }
  const budget: Record<string, CellValue>[] = [];
  for (let p = 0; p < PRODUCTIONS; p++) for (const code of POSTES) budget.push({ Production: `P${p}`, Poste: code, "Devis HT": 1000 + rnd(10000) });
  const purchases: Record<string, CellValue>[] = [];
  for (let i = 0; i < 500; i++) purchases.push({ Date: serialFromDay(start + rnd(80))!, Production: `P${rnd(PRODUCTIONS)}`, Fournisseur: "Labo", Poste: POSTES[rnd(POSTES.length)], "Montant HT": 100 + rnd(5000), Référence: `F${i}` });
  const productions = Array.from({ length: PRODUCTIONS }, (_, p) => ({ Code: `P${p}`, Titre: `Production ${p}`, Genre: "Fiction TV", "Durée (min)": 52, Convention: "IDCC 2642" }));
  const tables = [table(PRODUCTIONS_SPEC, productions), table(EQUIPE, crew), table(SEANCES, seances), table(BUDGET, budget), table(ACHATS, purchases), table(TARIFS, rateCardCells(DEFAULT_RATE_CARD) as Record<string, CellValue>[])];
  return { date1904: false, sheets: tables.map((t) => ({ name: t.sheet, visible: true, a1: "" })), tables: Object.fromEntries(tables.map((t) => [t.name, t])), names: {}, settings: {} };
}

export async function run(): Promise<BenchResult[]> {
  const snap = snapshot();
  const input = { snapshot: snap, today: TODAY, options: {} };
  const whole = (): Promise<number> =>
    elapsedMsAsync(async () => {
      const r = await costReportCommand.run(input);
      if (!r.patch.ops.some((op) => op.kind === "sheet")) throw new Error("bench : pas de rapport");
    });
  // The costs step inside a check: the plan and the payroll are already computed (memoised) by the
  // earlier steps; what remains is pricing the séances, the report, the columns and the sheet.
  const step = (): number => {
    const ctx = new CommandContext("check", input);
    const crew = crewOf(ctx);
    for (const month of crew.months) crew.payroll(month);
    return timed(() => writeCostReport(ctx) && ctx.finish());
  };
  // The engine's inputs, as the command builds them (read once, outside the timing).
  const ctx = new CommandContext("bench", input);
  const engineInput = { asOf: TODAY, budget: budgetOf(ctx).lines, bookings: costBookingsOf(ctx).bookings, purchases: purchasesOf(ctx), resources: costResourcesOf(ctx).list, rateCard: rateCardOf(ctx) };
  await whole();
  let a = Infinity;
  let b = Infinity;
  let c = Infinity;
  for (let i = 0; i < 3; i++) {
    a = Math.min(a, await whole());
    b = Math.min(b, step());
    c = Math.min(c, timed(() => buildCostReport(engineInput)));
  }
  const baseline = { baselineName: "le moteur de coûts seul sur les mêmes données", baselineMs: Math.round(c * 10) / 10 };
  return [
    { name: "Étape coûts du classeur (paie déjà calculée) : 50 000 séances, 2 000 lignes, colonnes Budget et feuille", ms: Math.round(b), ...baseline, goal: "< 1 000 ms" },
    { name: "Commande « Rapport de coûts » entière, paie de 4 mois comprise (30 000 séances de personnes)", ms: Math.round(a), ...baseline, goal: "< 10 000 ms" },
  ];
}
