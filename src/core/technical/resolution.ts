/**
 * Picture sizes as users type them: a name (`HD`, `UHD`, `4K`…, see `src/data/technical/resolutions.ts`),
 * `WIDTHxHEIGHT` (`1920x1080`, `2880 × 1620`), or a line count with its scan (`1080i25`, `2160p`).
 * Compared by their pixel height (what decides an upscale) and width.
 */
import { RESOLUTION_NAMES } from "../../data/technical/resolutions";
import { foldWords } from "./words";

export interface Resolution {
  width: number;
  height: number;
  /** French label for messages: "HD 1920×1080". */
  label: string;
}

const BY_NAME = new Map<string, Resolution>();
for (const r of RESOLUTION_NAMES) for (const n of r.names) BY_NAME.set(foldWords(n), { width: r.width, height: r.height, label: r.label });

function known(width: number, height: number): Resolution {
  const hit = RESOLUTION_NAMES.find((r) => r.width === width && r.height === height);
  return { width, height, label: hit?.label ?? `${width}×${height}` };
}

/** The resolution a text names, or undefined when it is not one. */
export function parseResolution(text: string): Resolution | undefined {
  const t = foldWords(text);
  if (t === "") return undefined;
  const named = BY_NAME.get(t);
  if (named) return named;
  const wxh = /^(\d{3,5}) ?[x×*] ?(\d{3,5})\b/.exec(t);
  if (wxh) return known(Number(wxh[1]), Number(wxh[2]));
  // 1080i25, 1080p, 2160p50, 1080psf25: a line count names its standard size.
  const lines = /^(\d{3,4}) ?(i|p|psf)(\d+([.,]\d+)?)?$/.exec(t);
  if (lines) return BY_NAME.get(lines[1]);
  return undefined;
}

/** The first resolution named by a word of a longer text ("PAD UHD" → UHD), for deliverables without a spec. */
export function resolutionInText(text: string): Resolution | undefined {
  for (const word of foldWords(text).split(" ")) {
    const r = parseResolution(word);
    if (r) return r;
  }
  return undefined;
}

export function sameResolution(a: Resolution, b: Resolution): boolean {
  return a.width === b.width && a.height === b.height;
}
