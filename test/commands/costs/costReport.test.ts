/**
 * The cost report of the demo workbook (today 27/11/2026), computed by hand: rooms at their rate ×
 * their séances and remaining planned days, supplier invoices as typed, people at the payroll's
 * employer cost (pay and charges on 2.1: the demo's facility quotes its technicians all-in, with no 4.1
 * line), accepted technical surcharges quoted and still to do; variance = forecast − devis. Then what
 * the check writes (Budget columns, the Rapport de coûts sheet, the JSON sections), its idempotence, and
 * the same in Excel in at most 3 syncs.
 */
import { checkCommand } from "../../../src/commands/check";
import { costReportCommand } from "../../../src/commands/costs/costReport";
import { runCommandInExcel } from "../../../src/hosts/excel/run";
import { openWorkbook } from "../../../src/hosts/xlsx/workbook";
import { COST_REPORT_SHEET } from "../../../src/sheets/reports/costReportSheet";
import { dumpCells } from "../../helpers/workbooks";
import { installFrom } from "../../hosts/excel/helpers";
import { demoBytes, TODAY } from "../planning/fixtures";
import { recordsOf, run } from "../invoicing/helpers";

interface BudgetJson {
  production: string;
  poste: string;
  devis: number;
  engage: number;
  realise: number;
  resteAFaire: number;
  prevision: number;
  ecart: number;
}
interface PayJson {
  production: string;
  name: string;
  days: number;
  gross: number;
  employerCost: number;
}

const cents = (euros: number): number => Math.round(euros * 100);

describe("cost report of the demo workbook", () => {
  let bytes: Uint8Array;
  let checked: Awaited<ReturnType<typeof run>>;
  let budget: Map<string, BudgetJson>;

  beforeAll(async () => {
    bytes = await demoBytes();
    checked = await run(bytes, checkCommand, {}, TODAY);
    budget = new Map((checked.report.sections.budget as BudgetJson[]).map((l) => [`${l.production} ${l.poste}`, l]));
  });

  test("rooms and supplier invoices, by hand", () => {
    const line = (key: string): Omit<BudgetJson, "production" | "poste"> => {
      const { production: _p, poste: _q, ...figures } = budget.get(key)!;
      return figures;
    };
    // FLEUVE 8.2, Salle montage 2 on F03 at 180 €/day: 14 séances up to 27/11 = 2 520 € done; F03 ends on
    // 10/12, 9 working days left (30/11, 1–4/12, 7–10/12) × 180 = 1 620 €; forecast 4 140 € for a devis of
    // 3 600 €: 540 € over (red).
    expect(line("FLEUVE 8.2")).toEqual({ devis: 3600, engage: 2520, realise: 2520, resteAFaire: 1620, prevision: 4140, ecart: 540 });
    // FLEUVE 8.6, Studio Bruitage on F09: 2 days × 650 = 1 300 €, nothing done yet; devis = the plan's
    // quote frozen at the baseline, 1 300 €: on budget (orange, within 5 %).
    expect(line("FLEUVE 8.6")).toEqual({ devis: 1300, engage: 0, realise: 0, resteAFaire: 1300, prevision: 1300, ecart: 0 });
    // FLEUVE 8.7, Auditorium A on F10: 3 days × 900 = 2 700 €; devis 2 700 € (frozen): 0.
    expect(line("FLEUVE 8.7")).toEqual({ devis: 2700, engage: 0, realise: 0, resteAFaire: 2700, prevision: 2700, ecart: 0 });
    // FLEUVE 8.1 and 8.8: the lab's invoice (1 850 €) and the media (420 €), nothing planned.
    expect(line("FLEUVE 8.1")).toEqual({ devis: 2500, engage: 1850, realise: 1850, resteAFaire: 0, prevision: 1850, ecart: -650 });
    expect(line("FLEUVE 8.8")).toEqual({ devis: 1200, engage: 420, realise: 420, resteAFaire: 0, prevision: 420, ecart: -780 });
    // GLACIER 8.2, Salle montage 2 on G03: 4 séances = 720 €; G03 ends on 22/01/2027: 30/11 + 17 days of
    // December before the closure (24/12–01/01) + 15 days of January = 33 days × 180 = 5 940 €; devis
    // 35 days × 180 = 6 300 € (frozen): 360 € over — the remaining counts G03's span up to its finish,
    // which Léa's 3 training days in January stretch (37 room-days counted for 35 quoted).
    expect(line("GLACIER 8.2")).toEqual({ devis: 6300, engage: 720, realise: 720, resteAFaire: 5940, prevision: 6660, ecart: 360 });
    // GLACIER 8.7, Auditorium A on G08: 5 days × 900 = 4 500 €, plus the 5.1 mix and the M&E the producer
    // accepted (90 min × 35 + 90 min × 20 = 3 150 + 1 800 = 4 950 €), quoted and still to do: 9 450 € both.
    expect(line("GLACIER 8.7")).toEqual({ devis: 9450, engage: 0, realise: 0, resteAFaire: 9450, prevision: 9450, ecart: 0 });
    // GLACIER 8.8: the UHD upscale accepted (90 min × 15 = 1 350 €), nothing else.
    expect(line("GLACIER 8.8")).toEqual({ devis: 1350, engage: 0, realise: 0, resteAFaire: 1350, prevision: 1350, ecart: 0 });
    // GLACIER 1.1 and 8.1: the archives (3 200 €); the lab (1 240 €) and the rushes' server storage of
    // November (380 €, due 02/12 and not yet paid: received, so spent) = 1 620 €, 180 € under the 1 800 € quoted.
    expect(line("GLACIER 1.1")).toEqual({ devis: 4000, engage: 3200, realise: 3200, resteAFaire: 0, prevision: 3200, ecart: -800 });
    expect(line("GLACIER 8.1")).toEqual({ devis: 1800, engage: 1620, realise: 1620, resteAFaire: 0, prevision: 1620, ecart: -180 });
  });

  test("people: done = the payroll's employer cost (pay + charges) of their séances, on 2.1", () => {
    const pay = checked.report.sections.payroll as PayJson[];
    for (const production of ["FLEUVE", "GLACIER"]) {
      const lines = pay.filter((p) => p.production === production);
      const employerCost = lines.reduce((s, p) => s + cents(p.employerCost), 0);
      expect(employerCost).toBeGreaterThan(0);
      // No 4.1 line in the demo's budget: the charges stay with the pay (like for like with the day rates quoted).
      expect(cents(budget.get(`${production} 2.1`)!.realise)).toBe(employerCost);
      expect(budget.has(`${production} 4.1`)).toBe(false);
      // Work remains for people on both productions (F04–F11, G04–G09): the forecast is above what is done.
      expect(budget.get(`${production} 2.1`)!.resteAFaire).toBeGreaterThan(0);
    }
  });

  test("every line: engaged = done + booked, forecast = done + remaining, variance = forecast − devis; the sheet's totals add up", async () => {
    for (const l of budget.values()) {
      expect(cents(l.prevision)).toBe(cents(l.realise) + cents(l.resteAFaire));
      expect(cents(l.ecart)).toBe(cents(l.prevision) - cents(l.devis));
      expect(l.engage).toBe(l.realise); // no séance is booked after 27/11 in the demo
    }
    // The Budget table carries the same figures, and the percentage: 540 / 3 600 = 15 %.
    const rows = await recordsOf(checked.bytes!, "Budget");
    const f82 = rows.find((r) => r.Production === "FLEUVE" && r.Poste === "8.2")!;
    expect([f82.Engagé, f82.Réalisé, f82["Reste à faire"], f82["Prévision finale"], f82.Écart, f82["Écart (%)"]]).toEqual([2520, 2520, 1620, 4140, 540, 0.15]);
    for (const r of rows) expect(r["Prévision finale"]).toBe(budget.get(`${r.Production} ${r.Poste}`)!.prevision);
    // The printed report: chapter 8 of FLEUVE = 8.1 + 8.2 + 8.6 + 8.7 + 8.8 = 2 500 + 3 600 + 1 300 + 2 700 + 1 200 = 11 300 € of devis,
    // 1 850 + 4 140 + 1 300 + 2 700 + 420 = 10 410 € forecast, −890 €.
    const ws = (await openWorkbook(checked.bytes!)).getWorksheet(COST_REPORT_SHEET)!;
    let found = false;
    ws.eachRow((row) => {
      if (row.getCell(3).value === "Total ch. 8 — Postproduction image et son" && !found) {
        found = true;
        expect([row.getCell(4).value, row.getCell(8).value, row.getCell(9).value]).toEqual([11300, 10410, -890]);
      }
    });
    expect(found).toBe(true);
    const total = [...budget.values()].reduce((s, l) => s + cents(l.prevision), 0);
    let grand: unknown;
    ws.eachRow((row) => {
      if (row.getCell(3).value === "Total général") grand = row.getCell(8).value;
    });
    expect(cents(grand as number)).toBe(total);
  });

  test("idempotent: a second check changes no cell; « Rapport de coûts » alone gives the same sheet", async () => {
    const again = await run(checked.bytes!, checkCommand, {}, TODAY);
    expect(again.apply.cellsWritten).toBe(0);
    const before = dumpCells(await openWorkbook(checked.bytes!));
    const after = dumpCells(await openWorkbook(again.bytes!));
    expect([...after].filter(([k, v]) => before.get(k) !== v)).toEqual([]);
    const alone = await run(bytes, costReportCommand, {}, TODAY);
    const sheetCells = (m: Map<string, string>): [string, string][] => [...m].filter(([k]) => k.startsWith(`'${COST_REPORT_SHEET}'!`) || k.startsWith(`${COST_REPORT_SHEET}!`));
    expect(sheetCells(dumpCells(await openWorkbook(alone.bytes!)))).toEqual(sheetCells(before));
  });
});

describe("the check of the demo in Excel", () => {
  let uninstall: () => void = () => undefined;
  afterEach(() => uninstall());

  test("at most 3 syncs, the same budget figures as the file host", async () => {
    const bytes = await demoBytes();
    const env = await installFrom(bytes);
    uninstall = env.uninstall;
    const r = await runCommandInExcel(checkCommand, { today: TODAY });
    expect(r.syncs).toBeLessThanOrEqual(3);
    const file = await run(bytes, checkCommand, {}, TODAY);
    expect(r.report.sections.budget).toEqual(file.report.sections.budget);
    expect(r.apply.sheetsWritten).toContain(COST_REPORT_SHEET);
  });
});
