/**
 * Cross-check of the general contributions against modele-social, the Urssaf's publicodes rules
 *, on cases both cover: a technician non-cadre, CDD d'usage, whole month, at
 * 2 500 € (under the ceiling) and 6 000 € (over it: T2, CET), in March 2026 and June 2025.
 *
 * Loading: modele-social is an ES module (`export const json = "…"; export default JSON.parse(json)`).
 * Under jest (CommonJS through ts-jest, node_modules not transformed) `await import("modele-social")`
 * is compiled to `require()` and fails with "SyntaxError: Unexpected token 'export'". So we read the
 * file and parse its JSON string, as its format allows; publicodes has a CommonJS build and
 * loads normally.
 *
 * Version note: modele-social 11.1.0 declares the CDD motif with nested possibilities
 * ('classique . usage'), which the installed publicodes 1.9.1 rejects in `setSituation` ("ne fait pas
 * partie des possibilités"). We drop that one rule's list of
 * possibilities so that the motif can be set, which is what switches the intermittent rules on
 * (without it modele-social silently applies the general CDD rules and a précarité indemnity).
 *
 * Where the intermittent rules differ from modele-social's (each asserted below, not hidden):
 *  1. Congés Spectacles: 15,50 % (Audiens) against modele-social's outdated 15,40 %.
 *  2. AFDAS: 2,10 % of gross; modele-social adds 50 €/month (probably 50 €/year).
 *  3. Unemployment annexe 8: the specific 5 % employer and 2,40 % employee are missing from
 *     modele-social (only the general 4 % is there), and so is the 0,5 pt short-CDDU surcharge.
 *  4. Prévoyance and health: Audiens intermittents' prévoyance (0,34 % + 0,12 % T1) and the spectacle
 *     health fund (0,77 % T1), against modele-social's SVP prévoyance (1,20 % TA), FCAP and a default
 *     company health plan — hence different CSG bases (the abated part is compared instead).
 *  5. RGDU: the coefficient × 100/90 for employers paying leave through a fund (Congés Spectacles);
 *     modele-social leaves that flag off by default. Both agree when the flag is set the same way.
 *  6. CPF-CDD 1 %: modele-social charges it on this CDD; no source lists it for
 *     intermittents (AFDAS covers their training) and we do not ship it.
 *  7. Occupational health (Thalie Santé) is ours only; modele-social has no such line.
 *  8. Ceiling: modele-social works on whole months; our short-contract proration is not
 *     comparable there, so the cross-check uses whole months (full PMSS).
 *  9. RGDU's SMIC from June 2026: the BOSS (June 2026) keeps the SMIC of 1 January for the whole year;
 *     modele-social 11.1.0 still uses the SMIC of the month (12,31 € from June). Both agree until May.
 * 10. Forfait social: ours is 8 % of the Audiens prévoyance and health fund from 11 employees;
 *     modele-social's is on its own (SVP) prévoyance: not compared.
 */
import { readFileSync } from "fs";
import { computeContributions, computeRgdu, csgBase, prorateCeiling, rgduSmicHourly, ContributionResult } from "../../../src/core/crew";
import { config, d } from "./fixtures";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const publicodes = require("publicodes") as typeof import("publicodes");

type Engine = InstanceType<typeof publicodes.default>;

function loadRules(): Record<string, unknown> {
  const file = require.resolve("modele-social/dist/index.js");
  const text = readFileSync(file, "utf8");
  const m = /export const json = (?:\/\*@__PURE__\*\/ )?("(?:[^"\\]|\\.)*");/s.exec(text);
  if (!m) throw new Error("format de modele-social inattendu");
  const rules = JSON.parse(JSON.parse(m[1]) as string) as Record<string, Record<string, unknown>>;
  const motif = structuredClone(rules["salarié . contrat . CDD . motif"]) as Record<string, unknown> & { avec: { classique: Record<string, unknown> } };
  delete motif["une possibilité"];
  delete motif.avec.classique["une possibilité"];
  rules["salarié . contrat . CDD . motif"] = motif;
  return rules;
}

let engine: Engine;
beforeAll(() => {
  engine = new publicodes.default(loadRules() as never, { logger: { log() {}, warn() {}, error() {} } });
});

function situation(date: string, grossEuros: number, extra: Record<string, string> = {}) {
  engine.setSituation({
    date: `'${date}'`,
    "salarié . contrat": "'CDD'",
    "salarié . contrat . CDD . motif": "'classique . usage'",
    "salarié . convention collective": "'SVP'",
    "salarié . régimes spécifiques . intermittents du spectacle": "'technicien'",
    "salarié . contrat . salaire brut": `${grossEuros} €/mois`,
    ...extra,
  } as never);
}

/** modele-social amount in cents (0 when not applicable). */
function ms(rule: string): number {
  const v = engine.evaluate(rule).nodeValue;
  return typeof v === "number" ? Math.round(v * 100) : 0;
}

function ours(day: string, grossCents: number, opts: { hours?: number; fund?: boolean; cadre?: boolean } = {}): ContributionResult {
  const ceiling = prorateCeiling(config, { method: "calendar", month: d(day), calendarDays: 30, workedDays: 30 });
  const rgdu = opts.hours !== undefined ? computeRgdu(config, { grossCents, smicBaseCents: opts.hours * (config.parameters.find((p) => p.code === "SMIC_HORAIRE" && p.from <= d(day) && (p.to === undefined || d(day) <= p.to))!.value as number) * 100, day: d(day), employerSize: "under50", paidLeaveFund: opts.fund ?? false }) : undefined;
  return computeContributions(config, [{ day: d(day), cents: grossCents }], ceiling, { cadre: opts.cadre ?? false, employerSize: "under50", shortContract: false, surcharge: false }, rgdu);
}

const line = (r: ContributionResult, code: string) => r.lines.find((l) => l.code === code) ?? { employeeCents: 0, employerCents: 0, baseCents: 0 };

/** Shared lines: [our code, employee side rule, employer side rule]. */
const SHARED: [string, string | undefined, string | undefined][] = [
  ["VIEILLESSE_PLAFONNEE", "salarié . cotisations . vieillesse . salarié . plafonnée", "salarié . cotisations . vieillesse . employeur . plafonnée"],
  ["VIEILLESSE_DEPLAFONNEE", "salarié . cotisations . vieillesse . salarié . déplafonnée", "salarié . cotisations . vieillesse . employeur . déplafonnée"],
  ["MALADIE", undefined, "salarié . cotisations . maladie . employeur"],
  ["ALLOCATIONS_FAMILIALES", undefined, "salarié . cotisations . allocations familiales"],
  ["FNAL", undefined, "salarié . cotisations . FNAL"],
  ["CSA", undefined, "salarié . cotisations . CSA"],
  ["ATMP", undefined, "salarié . cotisations . ATMP"],
  ["DIALOGUE_SOCIAL", undefined, "salarié . cotisations . contribution au dialogue social"],
  ["CHOMAGE", undefined, "salarié . cotisations . chômage"],
  ["AGS", undefined, "salarié . cotisations . AGS"],
  ["TAXE_APPRENTISSAGE", undefined, "salarié . cotisations . taxe d'apprentissage"],
];

describe.each([
  ["01/03/2026", "2026-03-01", 2500],
  ["01/03/2026", "2026-03-01", 6000],
  ["01/06/2025", "2025-06-01", 2500],
  ["01/06/2025", "2025-06-01", 6000],
])("modele-social at %s, %p € a month", (msDate, day, gross) => {
  let r: ContributionResult;
  beforeAll(() => {
    situation(msDate, gross);
    r = ours(day, gross * 100);
  });

  test("the ceiling is the PMSS of the year", () => {
    expect(r.ceiling.cents).toBe(ms("plafond sécurité sociale"));
  });

  test.each(SHARED)("%s: same amounts, to the cent", (code, employeeRule, employerRule) => {
    const l = line(r, code);
    if (employeeRule) expect(l.employeeCents).toBe(ms(employeeRule));
    if (employerRule) expect(l.employerCents).toBe(ms(employerRule));
  });

  test("AGIRC-ARRCO with the intermittents' 50/50 split, CEG and CET (T1 + T2)", () => {
    const ret = (side: "employeeCents" | "employerCents") => line(r, "RETRAITE_COMPLEMENTAIRE_T1")[side] + line(r, "RETRAITE_COMPLEMENTAIRE_T2")[side];
    // One cent of slack: modele-social rounds the sum of T1 and T2, we round each tranche (as payslips).
    expect(Math.abs(ret("employeeCents") - ms("salarié . cotisations . retraite complémentaire . salarié"))).toBeLessThanOrEqual(1);
    expect(Math.abs(ret("employerCents") - ms("salarié . cotisations . retraite complémentaire . employeur"))).toBeLessThanOrEqual(1);
    const ceg = (side: "employeeCents" | "employerCents") => line(r, "CEG_T1")[side] + line(r, "CEG_T2")[side];
    expect(Math.abs(ceg("employeeCents") - ms("salarié . cotisations . CEG . salarié"))).toBeLessThanOrEqual(1);
    expect(Math.abs(ceg("employerCents") - ms("salarié . cotisations . CEG . employeur"))).toBeLessThanOrEqual(1);
    const cet = line(r, "CET");
    expect(cet.employeeCents + cet.employerCents).toBe(ms("salarié . cotisations . CET"));
  });

  test("CSG/CRDS: same abated base (98,25 % up to 4 PSS) and same rates", () => {
    // Difference 4: the employer prévoyance added to the base is not the same scheme; compare the abated part.
    expect(csgBase(gross * 100, r.ceiling.cents, 1.75, 4, 0)).toBe(ms("salarié . cotisations . CSG-CRDS . assiette de base . assiette abattue"));
    const base = line(r, "CSG_DEDUCTIBLE").baseCents;
    const extras = ["PREVOYANCE_INTERMITTENTS", "SANTE_FONDS_COLLECTIF"].reduce((s, c) => s + line(r, c).employerCents, 0);
    expect(base).toBe(csgBase(gross * 100, r.ceiling.cents, 1.75, 4, 0) + extras);
    expect(engine.evaluate("salarié . cotisations . CSG-CRDS . CSG . déductible . taux").nodeValue).toBe(6.8);
    expect(engine.evaluate("salarié . cotisations . CSG-CRDS . CSG . non déductible . taux").nodeValue).toBe(2.4);
    expect(engine.evaluate("salarié . cotisations . CSG-CRDS . CRDS . taux").nodeValue).toBe(0.5);
  });

  test("where the intermittent rules differ (differences 1, 2, 3, 6, 7 of the header)", () => {
    // 1. Congés Spectacles: 15,50 % vs 15,40 % → 0,10 % of gross apart.
    expect(line(r, "CONGES_SPECTACLES").employerCents - ms("salarié . régimes spécifiques . intermittents du spectacle . caisse des congés spectacle")).toBe(gross * 0.1);
    // 2. AFDAS: modele-social's 50 €/month flat amount.
    expect(ms("salarié . régimes spécifiques . intermittents du spectacle . formation professionnelle") - line(r, "AFDAS").employerCents).toBe(5000);
    // 3. Annexe 8: 2,40 % employee and 5 % employer on gross capped at 4 PSS, absent from modele-social.
    expect(line(r, "CHOMAGE_ANNEXE_8")).toMatchObject({ employeeCents: gross * 2.4, employerCents: gross * 5 });
    expect(engine.evaluate("salarié . cotisations . assurance chômage").nodeValue).toBeCloseTo(ms("salarié . cotisations . chômage") / 100 + ms("salarié . cotisations . AGS") / 100, 2);
    // 6. CPF-CDD: charged by modele-social, not shipped by us.
    expect(ms("salarié . cotisations . CPF CDD")).toBe(gross);
    expect(r.lines.find((l) => l.code.includes("CPF"))).toBeUndefined();
    // 7. Occupational health: ours only.
    expect(line(r, "SANTE_TRAVAIL").employerCents).toBeGreaterThan(0);
  });
});

describe("an intermittent technician cadre at 6 000 € in March 2026: tranche 2 and APEC", () => {
  // modele-social applies the intermittents' 50/50 split to tranche 1 of "techniciens et cadre" and to
  // tranche 2 of "technicien . non cadre" only: a cadre's tranche 2 keeps 12,95 % / 8,64 %.
  let r: ContributionResult;
  beforeAll(() => {
    situation("01/03/2026", 6000, { "salarié . contrat . statut cadre": "oui" });
    r = ours("2026-03-01", 600000, { cadre: true });
  });

  test("AGIRC-ARRCO T1 + T2 to the cent of modele-social (one cent of slack for its single rounding)", () => {
    const ret = (side: "employeeCents" | "employerCents") => line(r, "RETRAITE_COMPLEMENTAIRE_T1")[side] + line(r, "RETRAITE_COMPLEMENTAIRE_T2")[side];
    expect(Math.abs(ret("employerCents") - ms("salarié . cotisations . retraite complémentaire . employeur"))).toBeLessThanOrEqual(1);
    expect(Math.abs(ret("employeeCents") - ms("salarié . cotisations . retraite complémentaire . salarié"))).toBeLessThanOrEqual(1);
    expect(engine.evaluate("salarié . cotisations . retraite complémentaire . employeur . taux T2").nodeValue).toBe(12.95);
  });

  test("APEC: 0,036 % + 0,024 % of 6 000 €, as modele-social", () => {
    expect(line(r, "APEC").employerCents).toBe(ms("salarié . cotisations . APEC . employeur"));
    expect(line(r, "APEC").employeeCents + line(r, "APEC").employerCents).toBe(ms("salarié . cotisations . APEC"));
  });
});

describe("RGDU against modele-social (difference 5)", () => {
  // Whole month of 151,67 h at 2 500 €: SMICref = 151,67 × 12,02 = 1 823,03 €.
  // 3 × 1 823,03 / 2 500 = 2,18764; ½ × 1,18764 = 0,59382; 0,59382^1,75 = 0,40170;
  // C = 0,02 + 0,3781 × 0,40170 = 0,17188 → 0,1719; reduction 0,1719 × 2 500 = 429,75 € (TC5).
  test("without the paid-leave-fund flag: both 0,1719 and 429,75 €", () => {
    situation("01/03/2026", 2500);
    const rg = computeRgdu(config, { grossCents: 250000, smicBaseCents: 151.67 * 1202, day: d("2026-03-01"), employerSize: "under50", paidLeaveFund: false });
    expect(rg.coefficient).toBe(engine.evaluate("salarié . cotisations . exonérations . RGDU . coefficient").nodeValue);
    expect(rg.amountCents).toBe(ms("salarié . cotisations . exonérations . RGDU"));
    expect(rg.amountCents).toBe(42975);
  });

  test("with it (× 100/90), as every employer of intermittents must: both agree again", () => {
    situation("01/03/2026", 2500, { "salarié . cotisations . exonérations . RGDU . caisse de congés payés": "oui" });
    const rg = computeRgdu(config, { grossCents: 250000, smicBaseCents: 151.67 * 1202, day: d("2026-03-01"), employerSize: "under50" });
    expect(rg.coefficient).toBe(engine.evaluate("salarié . cotisations . exonérations . RGDU . coefficient").nodeValue);
    expect(rg.amountCents).toBe(ms("salarié . cotisations . exonérations . RGDU"));
    expect(rg.coefficient).toBe(0.191); // 0,17188 × 100/90 = 0,19098 → 0,1910
  });

  test("difference 9: in December 2026 we keep the SMIC of 1 January (BOSS), modele-social 11.1.0 the SMIC of December", () => {
    // 151,67 h at 2 500 €: with 12,02 € the coefficient is March's 0,1719 (without the fund flag);
    // modele-social uses 151,67 × 12,31 = 1 867,02 € → 3 × 1 867,02 / 2 500 = 2,24042 → C = 0,1839.
    situation("01/12/2026", 2500);
    expect(engine.evaluate("SMIC . horaire").nodeValue).toBe(12.31);
    expect(engine.evaluate("salarié . cotisations . exonérations . RGDU . coefficient").nodeValue).toBe(0.1839);
    const smic = rgduSmicHourly(config, d("2026-12-01"))!;
    expect(smic).toBe(12.02);
    const rg = computeRgdu(config, { grossCents: 250000, smicBaseCents: 151.67 * smic * 100, day: d("2026-12-01"), employerSize: "under50", paidLeaveFund: false });
    expect(rg.coefficient).toBe(0.1719);
  });

  test("TC5 totals are reproduced by the oracle as loaded here (regression of the loading itself)", () => {
    situation("01/03/2026", 2500);
    expect(ms("salarié . coût total employeur")).toBe(358565);
    expect(ms("salarié . rémunération . net . à payer avant impôt")).toBe(193755);
    expect(ms("salarié . cotisations . salarié")).toBe(56245);
  });
});
