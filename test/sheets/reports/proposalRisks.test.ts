/** The proposal's risks sentence names the pay surcharges an option adds (they are in its extra cost). */
import { risks, type ProposalOption } from "../../../src/sheets/reports/proposal";

const option = (name: string, payCents: number): ProposalOption => ({ name, slipDays: 0, slipReference: "baseline", gainedDays: 0, extraCents: payCents, sundayCents: 0, payCents, hasBaseline: true, overloads: [], added: [], changes: [] });

describe("risques d'une option", () => {
  test("pay surcharges the option adds are said; none or fewer than the plan's are not a risk", () => {
    const plan = option("Plan actuel", 0);
    // 65,00 €: the worked case of a sixth planned day (48 h against 40 h, test/core/costs/scenarioPay.test.ts).
    expect(risks(option("Samedis", 6500), plan, 5)).toEqual(["heures supplémentaires et majorations de paie : 65,00\u00a0€ de plus, comptées dans le surcoût"]);
    expect(risks(option("Deuxième monteur", -21763), plan, 5)).toEqual(["aucun relevé"]);
  });
});
