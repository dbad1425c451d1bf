import { firstTrue, shiftFormula } from "./formulas";

describe("shiftFormula", () => {
  test("moves relative parts, keeps absolute ones, strings, names and structured references", () => {
    expect(shiftFormula('AND(H$9<>"",$E10<>"",H$9<=$F10,$G10="En retard A1")', 2, 3)).toBe('AND(K$9<>"",$E12<>"",K$9<=$F12,$G12="En retard A1")');
    expect(shiftFormula("WORKDAY.INTL($E$3-1,1,$E$7,Feries)+Z1", 1, 1)).toBe("WORKDAY.INTL($E$3-1,1,$E$7,Feries)+AA2");
    expect(shiftFormula("INDEX(Taches[ID],1)&B2", 1, 0)).toBe("INDEX(Taches[ID],1)&B3");
  });
  test("firstTrue numbers the rules", () => {
    expect(firstTrue(["A1=1", "B1=2"])).toBe("IF(A1=1,1,IF(B1=2,2,0))");
  });
});
