import fc from "fast-check";
import { finishFormula, linkBoundFormula, slipFormula, workdayFormula } from "../../../src/sheets/planning/excelMirror";
import { WorkingCalendar } from "../../../src/core/calendar/workingCalendar";
import { fromIso } from "../../../src/core/dates/civil";

const ctx = { mask: '"0000011"', holidays: "Feries" };

/**
 * A tiny evaluator for the formulas we write (WORKDAY.INTL, NETWORKDAYS.INTL, IF, OR, comparisons,
 * + and −), with the calendar's own Excel semantics, to prove the formulas compute what the engine
 * computes. LibreOffice recalculation of the real templates is the next layer's test.
 */
function evaluate(formula: string, cells: Record<string, number | "">, cal: WorkingCalendar): number | "" {
  let src = formula
    .replace(/WORKDAY\.INTL\(/g, "wd(")
    .replace(/NETWORKDAYS\.INTL\(/g, "nd(")
    .replace(/IF\(/g, "iff(")
    .replace(/OR\(/g, "or(")
    .replace(/"0000011"/g, "0")
    .replace(/Feries/g, "0")
    .replace(/(?<![<>!=])=(?!=)/g, "===")
    .replace(/""/g, "''");
  for (const [k, v] of Object.entries(cells)) src = src.replace(new RegExp(`\\b${k}\\b`, "g"), v === "" ? "''" : String(v));
  const wd = (s: number, n: number): number => cal.workday(s, n);
  const nd = (a: number, b: number): number => cal.networkdays(a, b);
  const iff = (c: boolean, a: unknown, b: unknown): unknown => (c ? a : b);
  const or = (...xs: boolean[]): boolean => xs.some(Boolean);
  return new Function("wd", "nd", "iff", "or", `return (${src});`)(wd, nd, iff, or) as number | "";
}

describe("native formulas mirror the engine", () => {
  const cal = new WorkingCalendar({ zone: "Métropole" });
  const base = fromIso("2026-04-01")!;

  test("text of the formulas", () => {
    expect(workdayFormula("H2", "1", ctx)).toBe('WORKDAY.INTL(H2,1,"0000011",Feries)');
    expect(finishFormula("S2", "F2", ctx)).toBe('IF(F2=0,S2,WORKDAY.INTL(S2,F2-1,"0000011",Feries))');
    expect(linkBoundFormula("FS", "S1", "E1", 2, false, ctx)).toEqual({ bounds: "start", formula: 'WORKDAY.INTL(E1,3,"0000011",Feries)' });
    expect(linkBoundFormula("SF", "S1", "E1", 0, false, ctx).formula).toBe('WORKDAY.INTL(S1,-1,"0000011",Feries)');
  });

  test("finish and slip, evaluated, equal the calendar's arithmetic", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 200 }), (s, dur, ref) => {
        const start = cal.nextWorkingDay(base + s);
        const finish = evaluate(finishFormula("S", "D", ctx), { S: start, D: dur }, cal);
        expect(finish).toBe(dur === 0 ? start : cal.dayAt(cal.ordinalOnOrAfter(start) + dur - 1));
        const slip = evaluate(slipFormula("F", "R", ctx), { F: finish as number, R: base + ref }, cal);
        expect((slip as number) + 0).toBe(cal.workingDaysBetween(base + ref, finish as number)); // Excel shows −0 as 0
      }),
      { numRuns: 300 },
    );
    expect(evaluate(slipFormula("F", "R", ctx), { F: base, R: "" }, cal)).toBe("");
  });
});
