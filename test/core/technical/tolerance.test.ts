/** The tolerance rule shared by PAD.DANS.TOLERANCE and the loudness and slot checks. */
import { atMost, withinTolerance } from "../../../src/core/technical";
import { dansTolerance } from "../../../src/functions/functions";

test("|measure − target| ≤ margin, bounds included, decimal noise forgiven", () => {
  expect(withinTolerance(-22, -23, 1)).toBe(true);
  expect(withinTolerance(-24.0001, -23, 1)).toBe(false);
  expect(withinTolerance(0.4 - 0.1, 0, 0.3)).toBe(true);
  for (const [m, c, t] of [[-22.6, -23, 1], [-24.1, -23, 1], [0.30000000000000004, 0, 0.3]]) expect(dansTolerance(m, c, t)).toBe(withinTolerance(m, c, t));
});

test("a ceiling: at most, bound included", () => {
  expect(atMost(-3, -3)).toBe(true);
  expect(atMost(-2.9, -3)).toBe(false);
  expect(atMost(0.1 + 0.2, 0.3)).toBe(true);
});
