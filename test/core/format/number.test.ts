/** The one French number formatter: its exact characters (U+202F grouping, U+00A0 before €). */
import { formatEuros, formatNumber, formatPercent } from "../../../src/core/format/number";
import { csvNumber, toCsv } from "../../../src/core/format/csv";

const NNBSP = "\u202f"; // narrow no-break space: thousands separator
const NBSP = "\u00a0"; // no-break space: before €

describe("formatEuros", () => {
  test.each([
    [0, `0,00${NBSP}€`],
    [5, `0,05${NBSP}€`],
    [-5, `-0,05${NBSP}€`],
    [99999, `999,99${NBSP}€`],
    [123456, `1${NNBSP}234,56${NBSP}€`], // 4-digit euros are grouped too (1 234), as before
    [-123456, `-1${NNBSP}234,56${NBSP}€`],
    [123456789, `1${NNBSP}234${NNBSP}567,89${NBSP}€`],
  ])("%d cents → %j", (cents, text) => expect(formatEuros(cents)).toBe(text));

  test("no signed zero, whatever the sign of nothing", () => {
    expect(formatEuros(-0)).toBe(`0,00${NBSP}€`);
    expect(formatEuros(-0.4)).toBe(`0,00${NBSP}€`); // −0.004 € rounds to 0,00
  });

  test("the characters are exactly digits, comma, U+202F, U+00A0, € and the minus", () => {
    for (const cents of [1, 1000, 100000, 987654321, -42424242]) expect(formatEuros(cents)).toMatch(/^-?\d{1,3}(\u202f\d{3})*,\d\d\u00a0€$/);
  });
});

describe("formatNumber", () => {
  test("decimal comma, every decimal by default (as String(n) shows them)", () => {
    expect(formatNumber(3.5)).toBe("3,5");
    expect(formatNumber(12.125)).toBe("12,125");
    expect(formatNumber(35 / 39)).toBe(String(35 / 39).replace(".", ","));
    expect(formatNumber(1234567)).toBe("1234567"); // no grouping unless asked
  });

  test("at most `decimals`, rounded half away from zero on the number as written", () => {
    expect(formatNumber(8.3333, { decimals: 2 })).toBe("8,33"); // 500 min / 60
    expect(formatNumber(2.675, { decimals: 2 })).toBe("2,68"); // written 2.675 → up (binary 2.67499… would give 2,67)
    expect(formatNumber(-2.675, { decimals: 2 })).toBe("-2,68"); // away from zero
    expect(formatNumber(7.5, { decimals: 2 })).toBe("7,5"); // no trailing zero unless fixed
    expect(formatNumber(-0.001, { decimals: 2 })).toBe("0");
  });

  test("fixed decimals, grouping, typographic minus", () => {
    expect(formatNumber(1204.5, { decimals: 2, fixed: true })).toBe("1204,50");
    expect(formatNumber(0.17905, { decimals: 4, fixed: true })).toBe("0,1791");
    expect(formatNumber(12500, { grouping: true })).toBe(`12${NNBSP}500`);
    expect(formatNumber(-23.46, { decimals: 1, typographicMinus: true })).toBe("\u221223,5");
    expect(formatPercent(12.5)).toBe("12,5 %");
  });
});

describe("CSV numbers and file", () => {
  test("integers as they are, other numbers with two decimals", () => {
    expect(csvNumber(3)).toBe("3");
    expect(csvNumber(-12.5)).toBe("-12,50");
    expect(csvNumber(1138.62)).toBe("1138,62");
    expect(csvNumber(Number.NaN)).toBe("");
  });

  test("BOM, `;`, CRLF, Oui/Non, quoted fields with `;`, formulas neutralised", () => {
    expect(toCsv(["Nom", "Montant", "Cadre"], [["=1+1", 1204.5, true], ['a;"b"', 3, false]])).toBe(
      "\uFEFFNom;Montant;Cadre\r\n'=1+1;1204,50;Oui\r\n\"a;\"\"b\"\"\";3;Non\r\n",
    );
  });
});
