/** Reading a PDF that LibreOffice printed (poppler's pdfinfo, pdftotext, pdftoppm): page texts, colored pixels. */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as zlib from "zlib";

/** The text of each page, in order. */
export function pdfPageTexts(pdf: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
  return Array.from({ length: count }, (_, i) => execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), pdf, "-"], { encoding: "utf8" }));
}

/** Pixels of a page (1-based) close to a `#RRGGBB` color, from a 40 dpi render. */
export function colorPixels(pdf: string, page: number, hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const ppm = execFileSync("pdftoppm", ["-f", String(page), "-l", String(page), "-r", "40", pdf]);
  // P6 header "P6 <width> <height> <max>" then the RGB bytes.
  const offset = /^P6\s+\d+\s+\d+\s+\d+\s/.exec(ppm.subarray(0, 40).toString("latin1"))![0].length;
  let count = 0;
  for (let i = offset; i + 2 < ppm.length; i += 3) if (Math.abs(ppm[i] - r) < 8 && Math.abs(ppm[i + 1] - g) < 8 && Math.abs(ppm[i + 2] - b) < 8) count++;
  return count;
}

/**
 * The size, in points, of every piece of text printed on each page of a PDF, read from the pages'
 * content streams: the font size set by `Tf`, scaled by the text matrix (`Tm`) and the current
 * transformation (`cm`, kept across `q`/`Q`), taken at each text-showing operator (`Tj`, `TJ`, `'`, `"`)
 * that shows something. Enough for the uncompressed or Flate-compressed streams LibreOffice writes.
 */
export function pdfTextSizes(pdf: string): number[][] {
  const bytes = fs.readFileSync(pdf);
  const text = bytes.toString("latin1");
  const objects = new Map<number, { start: number; end: number }>();
  for (const m of text.matchAll(/(\d+) 0 obj\b/g)) {
    const start = m.index! + m[0].length;
    objects.set(Number(m[1]), { start, end: text.indexOf("endobj", start) });
  }
  const dict = (n: number): string => {
    const o = objects.get(n)!;
    const s = text.indexOf("stream", o.start);
    return text.slice(o.start, s >= 0 && s < o.end ? s : o.end);
  };
  const stream = (n: number): string => {
    const o = objects.get(n)!;
    let s = text.indexOf("stream", o.start) + "stream".length;
    if (text[s] === "\r") s++;
    if (text[s] === "\n") s++;
    const raw = bytes.subarray(s, text.lastIndexOf("endstream", o.end));
    return (/\/FlateDecode/.test(dict(n)) ? zlib.inflateSync(raw) : raw).toString("latin1");
  };
  const root = Number(/\/Root (\d+) 0 R/.exec(text)![1]);
  const pages: number[] = [];
  const walk = (n: number): void => {
    const d = dict(n);
    if (/\/Type\s*\/Pages\b/.test(d)) for (const k of /\/Kids\s*\[([^\]]*)\]/.exec(d)![1].matchAll(/(\d+) 0 R/g)) walk(Number(k[1]));
    else pages.push(n);
  };
  walk(Number(/\/Pages (\d+) 0 R/.exec(dict(root))![1]));
  return pages.map((p) => {
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(dict(p));
    const refs = contents ? [...contents[1].matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1])) : [];
    return shownTextSizes(refs.map(stream).join("\n"));
  });
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const times = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

/** Tokens of a content stream: numbers, names, strings (shown or not), arrays flattened, operators. */
function tokens(content: string): { kind: "num" | "str" | "op" | "other"; value: string }[] {
  const out: { kind: "num" | "str" | "op" | "other"; value: string }[] = [];
  let i = 0;
  while (i < content.length) {
    const c = content[i];
    if (/\s/.test(c)) i++;
    else if (c === "%") while (i < content.length && content[i] !== "\n") i++;
    else if (c === "(") {
      let depth = 0;
      let s = "";
      for (; i < content.length; i++) {
        const ch = content[i];
        if (ch === "\\") {
          s += content[++i];
          continue;
        }
        if (ch === "(" && depth++ === 0) continue;
        if (ch === ")" && --depth === 0) break;
        s += ch;
      }
      i++;
      out.push({ kind: "str", value: s });
    } else if (c === "<" && content[i + 1] !== "<") {
      const end = content.indexOf(">", i);
      out.push({ kind: "str", value: content.slice(i + 1, end).replace(/\s/g, "") });
      i = end + 1;
    } else if (c === "[" || c === "]" || c === "{" || c === "}") {
      out.push({ kind: "other", value: c });
      i++;
    } else if (c === "<" || c === ">") {
      out.push({ kind: "other", value: content.slice(i, i + 2) });
      i += 2;
    } else {
      const m = /^[^\s()<>[\]{}/%]+|^\/[^\s()<>[\]{}/%]*/.exec(content.slice(i, i + 200))!;
      const word = m[0];
      out.push({ kind: /^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) ? "num" : word.startsWith("/") ? "other" : "op", value: word });
      i += word.length;
    }
  }
  return out;
}

function shownTextSizes(content: string): number[] {
  const sizes: number[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  let tm: Matrix = IDENTITY;
  let line: Matrix = IDENTITY;
  let size = 0;
  let leading = 0;
  let nums: number[] = [];
  let shown = false;
  const moveLine = (tx: number, ty: number): void => {
    line = times([1, 0, 0, 1, tx, ty], line);
    tm = line;
  };
  for (const t of tokens(content)) {
    if (t.kind === "num") nums.push(Number(t.value));
    else if (t.kind === "str") shown ||= t.value.length > 0;
    else if (t.kind === "op") {
      const n = nums;
      switch (t.value) {
        case "q":
          stack.push(ctm);
          break;
        case "Q":
          ctm = stack.pop() ?? IDENTITY;
          break;
        case "cm":
          ctm = times(n.slice(-6) as Matrix, ctm);
          break;
        case "BT":
          tm = line = IDENTITY;
          break;
        case "Tf":
          size = n[n.length - 1];
          break;
        case "TL":
          leading = n[n.length - 1];
          break;
        case "Tm":
          tm = line = n.slice(-6) as Matrix;
          break;
        case "Td":
          moveLine(n[n.length - 2], n[n.length - 1]);
          break;
        case "TD":
          leading = -n[n.length - 1];
          moveLine(n[n.length - 2], n[n.length - 1]);
          break;
        case "T*":
          moveLine(0, -leading);
          break;
        case "Tj":
        case "TJ":
        case "'":
        case '"':
          if (shown) {
            const m = times(tm, ctm);
            sizes.push(Math.abs(size) * Math.hypot(m[2], m[3]));
          }
          break;
      }
      nums = [];
      shown = false;
    }
  }
  return sizes;
}
