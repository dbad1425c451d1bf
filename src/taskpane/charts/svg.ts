/**
 * What both pictures of the pane share: SVG markup written by hand, every text escaped (a production
 * code or a name typed in the workbook is text, never markup), French short dates and month names.
 */
import { toFrench, ymdFromDay, type DayNumber } from "../../core/dates/civil";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text or an attribute value made safe for XML (SVG is parsed as XML: an unescaped `<` would not even parse). */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** `<tag a="1" …>` with escaped values; undefined attributes left out. */
export function tag(name: string, attrs: Record<string, string | number | undefined>, content?: string): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join("");
  return content === undefined ? `<${name}${a}/>` : `<${name}${a}>${content}</${name}>`;
}

/** The picture's root: an image for screen readers, named by its title and described by its desc. */
export function svgRoot(id: string, width: number, height: number, title: string, desc: string, body: string): string {
  return tag(
    "svg",
    { xmlns: "http://www.w3.org/2000/svg", width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-labelledby": `${id}-title ${id}-desc`, class: "chart", "font-family": "Segoe UI, Arial, sans-serif" },
    tag("title", { id: `${id}-title` }, esc(title)) + tag("desc", { id: `${id}-desc` }, esc(desc)) + body,
  );
}

/** A text cut to `max` characters with an ellipsis (the whole text stays in the title). */
export function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const MONTHS_SHORT = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];

/** « janv. », « févr. »… */
export function shortMonth(day: DayNumber): string {
  return MONTHS_SHORT[ymdFromDay(day).month - 1];
}

/** « 30/11 » */
export function dayMonth(day: DayNumber): string {
  return toFrench(day).slice(0, 5);
}

/** Rounded to 0.1 px: short markup, positions a test can compute by hand. */
export function px(n: number): number {
  return Math.round(n * 10) / 10;
}
