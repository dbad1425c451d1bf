/**
 * Tiny DOM helpers. Cell text is always inserted as text (text nodes, attributes through
 * setAttribute), never as HTML: a cell holding `<img src=x onerror=…>` stays inert in the pane.
 */
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === "class") node.className = String(v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  append(node, ...children);
  return node;
}

export function append(node: Element, ...children: Child[]): void {
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(typeof c === "string" ? document.createTextNode(c) : c);
}

/** A button that runs `onClick` (Enter and Space come with the native element). */
export function button(label: Child | Child[], attrs: Record<string, string | boolean | undefined>, onClick: (e: MouseEvent) => void): HTMLButtonElement {
  const b = el("button", { type: "button", ...attrs }, ...(Array.isArray(label) ? label : [label]));
  b.addEventListener("click", onClick);
  return b;
}

export function clear(node: Element): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

const SVG = "http://www.w3.org/2000/svg";

type Shape = [tag: "circle" | "path", attrs: Record<string, string>];
const solid = (d: string): Shape => ["path", { d, fill: "currentColor" }];
const line = (d: string, color = "currentColor"): Shape => ["path", { d, fill: "none", stroke: color, "stroke-width": "1.5", "stroke-linecap": "round", "stroke-linejoin": "round" }];
const disc: Shape = ["circle", { cx: "8", cy: "8", r: "7", fill: "currentColor" }];
const dot = (cy: string): Shape => ["circle", { cx: "8", cy, r: "0.9", fill: "#fff" }];

/** Icons of the pane, 16 px on a 16-unit grid like Fluent's; decorative (hidden from screen readers). */
const ICONS = {
  error: [disc, line("M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8", "#fff")],
  warning: [solid("M8 1.2 15.2 14.3H.8Z"), line("M8 5.8v4", "#fff"), dot("12.2")],
  info: [disc, line("M8 7.2v4.3", "#fff"), dot("4.9")],
  success: [disc, line("M4.9 8.3l2.1 2.1 4.1-4.6", "#fff")],
  download: [line("M8 2v8.5M4.5 7 8 10.5 11.5 7M3 13.8h10")],
  file: [line("M4 1.8h5l3.5 3.5v8.4c0 .3-.2.5-.5.5H4c-.3 0-.5-.2-.5-.5V2.3c0-.3.2-.5.5-.5ZM9 1.8v3.5h3.5")],
  open: [line("M1.8 4.3v8.4c0 .5.4.8.8.8h10.8c.5 0 .8-.3.8-.8V6.2c0-.5-.3-.8-.8-.8H7.8L6.3 3.5H2.6c-.4 0-.8.4-.8.8Z")],
  target: [line("M2.5 8h10M9 4.5 12.5 8 9 11.5")],
  chevron: [line("M6 3.5 10.5 8 6 12.5")],
} satisfies Record<string, Shape[]>;

export type IconName = keyof typeof ICONS;

export function icon(name: IconName, cls = ""): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  for (const [k, v] of Object.entries({ viewBox: "0 0 16 16", width: "16", height: "16", "aria-hidden": "true", focusable: "false", class: `icon icon-${name} ${cls}`.trim() })) svg.setAttribute(k, v);
  for (const [tag, attrs] of ICONS[name] as Shape[]) {
    const shape = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) shape.setAttribute(k, v);
    svg.append(shape);
  }
  return svg;
}

/** Offers bytes or text as a download (file mode, CSV and e-invoice exports). */
export function download(name: string, content: string | Uint8Array, mime: string): void {
  const blob = new Blob([content as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: name, class: "visually-hidden" });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
