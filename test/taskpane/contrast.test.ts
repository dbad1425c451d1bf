/**
 * The pane's colors against their backgrounds, as WCAG 2.1 computes contrast: 4.5:1 for text, 3:1 for
 * icons and the borders that show a control (1.4.3, 1.4.11). Colors are read from taskpane.css itself.
 */
import * as fs from "fs";
import * as path from "path";

const css = fs.readFileSync(path.resolve(__dirname, "../../src/taskpane/taskpane.css"), "utf8");
const vars = new Map([...css.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)].map((m) => [m[1], m[2]]));

function color(name: string): string {
  if (name.startsWith("#")) return name;
  const v = vars.get(name);
  if (!v) throw new Error(`--${name} absent de taskpane.css`);
  return v;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(color(a)), luminance(color(b))].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Text colors on the backgrounds the CSS puts them on. */
const TEXT: [string, string][] = [
  ["fg1", "bg1"], ["fg1", "bg2"], ["fg1", "bg3"], ["fg2", "bg1"], ["fg2", "bg3"], ["fg3", "bg1"], ["fg3", "bg2"],
  ["#ffffff", "brand"], ["#ffffff", "brand-hover"], ["#ffffff", "brand-pressed"], ["brand-fg", "bg1"], ["brand-fg", "bg-hover"],
  ["link", "bg1"], ["link", "bg2"], ["#0f548c", "bg2"],
  ["danger-fg", "danger-bg"], ["danger-fg", "bg1"], ["warning-fg", "warning-bg"], ["warning-fg", "bg1"],
  ["success-fg", "success-bg"], ["success-fg", "bg1"], ["info-fg", "info-bg"], ["fg1", "info-bg"], ["fg1", "danger-bg"], ["fg1", "warning-bg"], ["fg1", "success-bg"],
  ["#707070", "bg3"],
  // The heat map's figures on its four steps, and an overloaded week's white figure on red.
  ["fg1", "heat1"], ["fg1", "heat2"], ["fg1", "heat3"], ["fg1", "heat4"], ["#ffffff", "danger-fg"],
];
/** Icons and control borders. */
const NON_TEXT: [string, string][] = [
  ["warning-icon", "warning-bg"], ["warning-icon", "bg1"], ["warning-icon", "bg2"], ["danger-fg", "bg2"], ["info-fg", "bg2"], ["success-fg", "success-bg"],
  ["stroke-accessible", "bg1"], ["brand", "bg1"], ["fg1", "bg1"],
  // The timeline's marks (forecast, late forecast, contract, baseline ring) on the card.
  ["info-fg", "bg1"], ["danger-fg", "bg1"], ["fg2", "bg1"],
];

describe("contrast of the pane's colors (WCAG AA)", () => {
  test("the formula gives the known extremes", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });

  test.each(TEXT)("text %s on %s ≥ 4.5:1", (fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  test.each(NON_TEXT)("icon or border %s on %s ≥ 3:1", (fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(3);
  });
});
