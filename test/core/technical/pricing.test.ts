/** Suggested lines priced at the rate card and added to the plan's quote. */
import { rateCardFromRows } from "../../../src/core/costs/rateCard";
import { buildQuote } from "../../../src/core/costs/quote";
import { addToQuote, asQuoteLines, priceCostLines, TECHNICAL_LINE_TAG } from "../../../src/core/technical";
import { DEFAULT_RATE_CARD } from "../../../src/data/costs/rateCard";
import { TECHNICAL_COST_RATES } from "../../../src/data/technical/technicalCosts";
import { DELIVERABLE_KINDS } from "../../../src/data/technical/deliverableKinds";

const { rateCard } = rateCardFromRows(DEFAULT_RATE_CARD);

test("every rate code the checks suggest exists in the shipped rate card", () => {
  const codes = [...Object.values(TECHNICAL_COST_RATES), ...DELIVERABLE_KINDS.flatMap((k) => (k.missingRate ? [k.missingRate] : []))];
  for (const code of codes) expect([code, rateCard.get(code)?.code]).toEqual([code, code]);
});

test("lines are priced once (quantity × price, rounded to the cent); an unknown code stays unpriced and out of the quote", () => {
  const priced = priceCostLines(
    [
      { production: "FLEUVE", rateCode: "conv-rushes", quantity: 0.64, reason: "r" },
      { production: "FLEUVE", rateCode: "INCONNU", quantity: 3, reason: "r" },
    ],
    rateCard,
  );
  expect(priced.map((l) => l.amountCents)).toEqual([3840, undefined]);
  expect(asQuoteLines(priced)).toEqual([
    { production: "FLEUVE", budgetCode: "8.1", rateCode: "CONV-RUSHES", label: "Transcodage et conversion de cadence des rushes", unit: "heure", quantity: 0.64, unitPriceCents: 6000, amountCents: 3840, tasks: [TECHNICAL_LINE_TAG] },
  ]);
});

test("added to the plan's quote: a line of the same production, poste and rate adds its quantity; totals follow", () => {
  const plan = buildQuote({
    tasks: [{ id: "F12", production: "FLEUVE", durationDays: 2, resources: [{ resource: "Sous-titreur", quantity: 10 }] }],
    resources: [{ id: "Sous-titreur", kind: "prestataire", rateCode: "ST-SME" }],
    rateCard,
  });
  const extra = asQuoteLines(priceCostLines([{ production: "FLEUVE", rateCode: "ST-SME", quantity: 52, reason: "r" }, { production: "FLEUVE", rateCode: "MIX-51", quantity: 52, reason: "r" }], rateCard));
  const q = addToQuote(plan, extra);
  expect(q.lines.map((l) => [l.rateCode, l.quantity, l.amountCents, l.tasks])).toEqual([
    ["ST-SME", plan.lines[0].quantity + 52, (plan.lines[0].quantity + 52) * 900, [...plan.lines[0].tasks, TECHNICAL_LINE_TAG]],
    ["MIX-51", 52, 52 * 3500, [TECHNICAL_LINE_TAG]],
  ]);
  expect(q.totalCents).toBe(q.lines.reduce((s, l) => s + l.amountCents, 0));
  expect(plan.lines[0].tasks).toEqual(["F12"]);
});
