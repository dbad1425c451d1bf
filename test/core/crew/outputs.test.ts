/** Pay items + CSV, attendance sheets, "Vérifier un bulletin", employer cost. */
import fc from "fast-check";
import {
  analyseCrew,
  attendanceSheets,
  checkPayslip,
  computePayroll,
  estimateEmployerCost,
  linesOf,
  payslipTolerance,
  EmployerCostEstimate,
} from "../../../src/core/crew";
import { PAY_ITEMS_COLUMNS, payItems, payItemsCsv } from "../../../src/sheets/reports/payroll/payItems";
import { neutralizeFormula, toCsv } from "../../../src/core/format/csv";
import { config, d, DOC, FLUX, input, member, seance, week } from "./fixtures";

const chef = member("Chef", "Chef monteur", 1138.62, "semaine 35 h", { congesSpectaclesNumber: "CS-123", nir: "1 80 01 75 000 000 00" });
const bookings = [
  ...week("2026-03-02", "Chef", "DOC1", "09:00", "17:00", 60, 5).map((b, i) => ({ ...b, task: i < 3 ? "T1" : "T2" })),
  seance("2026-03-07", "Chef", "DOC1", "20:00", "01:00"), // Saturday night into Sunday
  seance("2026-03-10", "Chef", "JEU", "10:00", "18:00", 60),
];
const month = computePayroll(input(bookings, [chef], [DOC, FLUX]), "2026-03");

describe("éléments variables de paie", () => {
  const items = payItems(month);

  test("one line per person × production with every item a payroll provider asks for", () => {
    expect(items.map((i) => i.Production)).toEqual(["DOC1", "JEU"]);
    const doc = items[0];
    expect(Object.keys(doc)).toEqual([...PAY_ITEMS_COLUMNS]);
    expect(doc["N° Congés Spectacles"]).toBe("CS-123");
    expect(doc["Numéro d'objet"]).toBe("OBJ-2026-001");
    expect(doc.Convention).toBe("IDCC 2642");
    expect(doc["Type de contrat"]).toBe("CDDU");
    expect(doc["Statut cadre"]).toBe("Non");
    expect(doc["Jours travaillés"]).toBe(6);
    expect(doc["6e jour travaillé"]).toBe(1);
    expect(doc["Détail des journées"]).toContain("sam. 07/03 20:00–01:00 (+1 j) : 5 h");
    expect(doc["Heures par semaine civile"]).toBe("semaine du 02/03/2026 : 40 h");
    expect(doc["Heures dimanche"]).toBe(1); // 00:00–01:00 on Sunday 8 March
    expect(doc["Au minimum conventionnel"]).toBe("Oui");
    expect(doc["Ventilation analytique"]).toBe("DOC1 ; tâches T1, T2");
    expect(doc.Primes).toBe("");
    expect(doc.Mention).toContain("pas un bulletin de paie");
  });

  test("CSV as French Excel opens it: BOM, ';', decimal comma, CRLF, quoted when needed", () => {
    const csv = payItemsCsv(items);
    expect(csv.startsWith("\uFEFFPériode;Nom;NIR;")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(items.length + 2); // header, lines, final empty
    const docLine = csv.split("\r\n")[1];
    expect(docLine).toContain(";1138,62;semaine 35 h;");
    expect(docLine).toContain('"DOC1 ; tâches T1, T2"');
  });

  test("formula-looking text is neutralised, numbers are not", () => {
    expect(neutralizeFormula("=HYPERLINK(\"http://x\")")).toBe("'=HYPERLINK(\"http://x\")");
    // Full-width ＝ too, as the invoices' exports do (one rule for every export: a hostile name found it).
    for (const c of ["+33 1", "-2+3", "@SUM(A1)", "\tx", "\rx", "＝SOMME(A1)", "＋33"]) expect(neutralizeFormula(c).startsWith("'")).toBe(true);
    expect(neutralizeFormula("Dupont")).toBe("Dupont");
    const csv = toCsv(["Nom", "Montant"], [["=1+1", -12.5], ["a;b", 3]]);
    expect(csv).toBe('\uFEFFNom;Montant\r\n\'=1+1;-12,50\r\n"a;b";3\r\n');
  });

  test("property: no CSV field ever starts with a formula character, whatever the text", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (cells) => {
        const line = toCsv(["a"], [cells]).split("\r\n")[1];
        // Split on ';' outside quotes.
        const fields = line.match(/("([^"]|"")*"|[^;]*)(;|$)/g)!.map((f) => f.replace(/;$/, "")).filter((_, i, a) => i < a.length - 1 || a[i] !== "");
        return fields.every((f) => !/^"?[=+\-@\t\r]/.test(f));
      }),
    );
  });
});

describe("fiches de présence", () => {
  const analysis = analyseCrew(input(bookings, [chef], [DOC, FLUX]));

  test("one sheet per person, production and civil week, with days, times, totals and signatures", () => {
    const sheets = attendanceSheets(analysis, { by: "week", from: d("2026-03-01"), to: d("2026-03-31") });
    expect(sheets.map((s) => [s.production, s.periodLabel])).toEqual([
      ["DOC1", "Semaine du 02/03/2026 au 08/03/2026"],
      ["JEU", "Semaine du 09/03/2026 au 15/03/2026"],
    ]);
    const s = sheets[0];
    expect(s.rows).toHaveLength(6);
    expect(s.rows[0]).toMatchObject({ dateLabel: "lundi 02/03/2026", start: "09:00", end: "17:00", breakMinutes: 60, hours: 7, task: "T1" });
    expect(s.rows[5]).toMatchObject({ end: "01:00 (+1 j)", hours: 5, dayKind: "Dimanche (après minuit)" });
    expect(s.totals).toEqual({ days: 6, hours: 40, nightHours: 5, sundayHolidayHours: 1 });
    expect(s.signatures).toHaveLength(2);
    expect(s.note).toContain("pas un bulletin de paie");
  });

  test("per contract: a listed contract gives one sheet over its dates", () => {
    const a = analyseCrew({ ...input(bookings, [chef], [DOC, FLUX]), contracts: [{ person: "Chef", production: "DOC1", start: d("2026-03-02"), end: d("2026-03-13") }] });
    const sheets = attendanceSheets(a, { by: "contract" });
    expect(sheets.map((s) => s.periodLabel)).toEqual(["Contrat du 02/03/2026 au 13/03/2026", "Contrat du 10/03/2026 au 10/03/2026"]);
  });
});

describe("Vérifier un bulletin", () => {
  const doc = linesOf(month.lines, "chef", ["DOC1"]);
  const tol = payslipTolerance(config, d("2026-03-31"));

  test("a payslip at the estimate passes; the tolerance is max(2 %, 5 €)", () => {
    expect(tol).toEqual({ percent: 2, minimumCents: 500 });
    const l = doc[0];
    const check = checkPayslip(doc, { grossCents: l.grossCents, netCents: l.netCents + 300, employerCostCents: l.employerCostCents - 1000 }, tol);
    expect(check.ok).toBe(true);
    expect(check.rows.map((r) => r.item)).toEqual(["gross", "net", "employerCost"]);
    expect(check.rows[1].differenceCents).toBe(300);
  });

  test("a gross computed with a day rate ÷ 5 shows as a flagged gap", () => {
    const l = doc[0];
    const check = checkPayslip(doc, { grossCents: l.grossCents - 20000, netCents: l.netCents }, tol);
    expect(check.ok).toBe(false);
    expect(check.rows[0]).toMatchObject({ item: "gross", differenceCents: -20000, flagged: true });
    expect(check.alerts[0].code).toBe("PAIE_BULLETIN_ECART");
    expect(check.alerts[0].message).toContain("Bulletin de Chef (DOC1, 2026-03) : brut");
  });

  test("a payslip covering both productions is compared with the sum of the lines", () => {
    const both = linesOf(month.lines, "Chef");
    expect(both).toHaveLength(2);
    const check = checkPayslip(both, { grossCents: both[0].grossCents + both[1].grossCents }, tol);
    expect(check.ok).toBe(true);
    expect(check.productions).toEqual(["DOC1", "JEU"]);
  });
});

describe("estimateEmployerCost (PAD.COUT.EMPLOYEUR)", () => {
  test("a full month at 2 500 € in March 2026: every line, the RGDU only when hours are given", () => {
    const e = estimateEmployerCost(250000, "Intermittent technicien", d("2026-03-15"), config) as EmployerCostEstimate;
    expect(e.detail.ceiling.cents).toBe(400500);
    expect(e.employerCostCents).toBe(250000 + e.employerContributionsCents);
    expect(e.congesSpectaclesCents).toBe(38750);
    expect(e.detail.rgdu).toBeUndefined();
    expect(e.note).toContain("pas un bulletin de paie");
    // With 151,67 h the RGDU × 100/90 comes off: 0,1910 × 2 500 = 477,50 €.
    const withHours = estimateEmployerCost(250000, "Intermittent technicien", d("2026-03-15"), config, { hours: 151.67 }) as EmployerCostEstimate;
    expect(e.employerContributionsCents - withHours.employerContributionsCents).toBe(47750);
  });

  test("a short engagement prorates the ceiling; a cadre gets the cadre prévoyance; other statuses are refused", () => {
    const short = estimateEmployerCost(150000, "Intermittent technicien", d("2026-03-02"), config, { workedDays: 5, ceilingMethod: "daysWorked" }) as EmployerCostEstimate;
    expect(short.detail.ceiling.cents).toBe(110000);
    expect(short.ratio).toBeGreaterThan(0.6);
    expect(short.ratio).toBeLessThan(0.7); // the "≈ 65 %" of budget templates (worked case TC7)
    const cadre = estimateEmployerCost(150000, "Intermittent technicien cadre", d("2026-03-02"), config) as EmployerCostEstimate;
    expect(cadre.lines.map((l) => l.code)).toContain("PREVOYANCE_CADRES");
    expect(cadre.lines.map((l) => l.code)).not.toContain("PREVOYANCE_INTERMITTENTS");
    expect(estimateEmployerCost(150000, "Artiste", d("2026-03-02"), config)).toEqual({ error: expect.stringContaining("intermittents techniciens") });
  });
});
