/** The shapes of the legends, drawn like the marks of the pictures (same classes, same sizes). */
import { diamond } from "./timeline";
import { tag } from "./svg";

const symbol = (body: string, width = 16): string => tag("svg", { xmlns: "http://www.w3.org/2000/svg", width, height: 16, viewBox: `0 0 ${width} 16`, "aria-hidden": "true", focusable: "false", class: "chart legend-symbol" }, body);

export const TIMELINE_LEGEND: [symbol: string, text: string][] = [
  [symbol(tag("circle", { class: "mark-baseline", cx: 8, cy: 8, r: 6.5 })), "PAD référence (figé)"],
  [symbol(tag("path", { class: "mark-forecast", d: diamond(8, 8, 5.5) })), "PAD prévu"],
  [symbol(tag("path", { class: "mark-forecast late", d: diamond(8, 8, 5.5) })), "PAD prévu en retard"],
  [symbol(tag("rect", { class: "mark-target", x: 6.5, y: 0, width: 3, height: 16 })), "PAD contractuel"],
  [symbol(tag("rect", { class: "delay", x: 0, y: 6, width: 16, height: 4 })), "Retard sur le contrat"],
  [symbol(tag("line", { class: "today", x1: 8, x2: 8, y1: 0, y2: 16 })), "Aujourd'hui"],
];

export function workloadLegend(maxHours: number | null, maxDays: number): [symbol: string, text: string][] {
  const cell = (lv: string, text = ""): string => symbol(tag("rect", { class: `cell l${lv}`, x: 1, y: 1, width: 20, height: 14, rx: 2 }) + text, 22);
  const limit = maxHours === null ? `plus de ${maxDays} jours` : `plus de ${maxHours} h ou de ${maxDays} jours`;
  return [
    [cell("1"), "peu"],
    [cell("4"), maxHours === null ? "beaucoup" : `jusqu'à ${maxHours} h`],
    [cell("over"), `surcharge (${limit}) : rouge, encadré, chiffre en gras`],
  ];
}
