/**
 * "Figer le devis": the plan's proposal fills what the user left blank, never what they typed.
 * Budget: EP1 2.1 typed 10 000 €, EP1 8.2 blank, EP1 8.7 typed 0 €, EP2 2.1 blank.
 * Proposal: EP1 2.1 12 000, EP1 8.2 3 000, EP1 8.6 1 300 (no line), EP1 8.7 2 700, EP2 2.1 4 000.
 * Technical surcharges: EP1 8.7 1 800 (M&E), EP1 8.8 1 350 (upscale, no line).
 */
import { freezeQuote, quoteDifferences, type FreezeBudgetLine, type PosteAmount } from "../../../src/core/costs/quoteFreeze";

const BUDGET: FreezeBudgetLine[] = [
  { production: "EP1", budgetCode: "2.1", quoteCents: 1000000 },
  { production: "EP1", budgetCode: "8.2" },
  { production: "EP1", budgetCode: "8.7", quoteCents: 0 },
  { production: "EP2", budgetCode: "2.1" },
];
const PROPOSAL: PosteAmount[] = [
  { production: "EP1", budgetCode: "2.1", amountCents: 1200000 },
  { production: "EP1", budgetCode: "8.2", amountCents: 300000 },
  { production: "EP1", budgetCode: "8.6", amountCents: 130000 },
  { production: "EP1", budgetCode: "8.7", amountCents: 270000 },
  { production: "EP2", budgetCode: "2.1", amountCents: 400000 },
];
const TECHNICAL: PosteAmount[] = [
  { production: "EP1", budgetCode: "8.7", amountCents: 180000 },
  { production: "EP1", budgetCode: "8.8", amountCents: 135000 },
];

describe("Figer le devis", () => {
  test("blank quotes receive the proposal, typed ones (0 € included) are kept and said, missing postes are added", () => {
    const f = freezeQuote({ budget: BUDGET, proposal: PROPOSAL });
    // EP1 8.2 (index 1) ← 3 000 ; EP2 2.1 (index 3) ← 4 000. EP1 2.1 and 8.7 are typed: untouched.
    expect(f.fills).toEqual([
      { index: 1, quoteCents: 300000 },
      { index: 3, quoteCents: 400000 },
    ]);
    expect(f.appends).toEqual([{ production: "EP1", budgetCode: "8.6", label: expect.any(String), quoteCents: 130000, acceptedTechnicalCents: undefined }]);
    // Typed 10 000 against 12 000 proposed; typed 0 against 2 700.
    expect(f.differences.map((d) => [d.budgetCode, d.quoteCents, d.proposalCents])).toEqual([
      ["2.1", 1000000, 1200000],
      ["8.7", 0, 270000],
    ]);
  });

  test("with the technical surcharges: blank accepted surcharges are filled, a poste without a line is added", () => {
    const f = freezeQuote({ budget: BUDGET, proposal: PROPOSAL, technical: TECHNICAL });
    expect(f.fills).toContainEqual({ index: 2, acceptedTechnicalCents: 180000 });
    expect(f.appends.find((a) => a.budgetCode === "8.8")).toEqual({ production: "EP1", budgetCode: "8.8", label: expect.any(String), quoteCents: undefined, acceptedTechnicalCents: 135000 });
    // Surcharges already accepted are kept as typed.
    const again = freezeQuote({ budget: BUDGET.map((b, i) => (i === 2 ? { ...b, acceptedTechnicalCents: 100000 } : b)), proposal: PROPOSAL, technical: TECHNICAL });
    expect(again.fills.find((x) => x.index === 2)).toBeUndefined();
  });

  test("one production only (case ignored); a second run on the frozen budget changes nothing", () => {
    const one = freezeQuote({ budget: BUDGET, proposal: PROPOSAL, production: "ep2" });
    expect(one.fills).toEqual([{ index: 3, quoteCents: 400000 }]);
    expect(one.appends).toEqual([]);
    // The budget as the first run leaves it.
    const first = freezeQuote({ budget: BUDGET, proposal: PROPOSAL, technical: TECHNICAL });
    const frozen: FreezeBudgetLine[] = BUDGET.map((b, i) => {
      const fill = first.fills.find((x) => x.index === i);
      return { ...b, quoteCents: b.quoteCents ?? fill?.quoteCents, acceptedTechnicalCents: b.acceptedTechnicalCents ?? fill?.acceptedTechnicalCents };
    });
    for (const a of first.appends) frozen.push({ production: a.production, budgetCode: a.budgetCode, quoteCents: a.quoteCents ?? 0, acceptedTechnicalCents: a.acceptedTechnicalCents ?? 0 });
    const second = freezeQuote({ budget: frozen, proposal: PROPOSAL, technical: TECHNICAL });
    expect([second.fills, second.appends]).toEqual([[], []]);
  });

  test("a poste written twice is compared once, on its first line; postes the plan does not price are not compared", () => {
    const budget: FreezeBudgetLine[] = [
      { production: "EP1", budgetCode: "8.2", quoteCents: 300000 },
      { production: "ep1", budgetCode: " 8.2 ", quoteCents: 1 },
      { production: "EP1", budgetCode: "8.1", quoteCents: 250000 },
    ];
    expect(quoteDifferences(budget, PROPOSAL)).toEqual([]);
  });
});
