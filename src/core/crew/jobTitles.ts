/**
 * Job titles as the grids write them and as people type them. The collective agreements name every
 * job in the masculine ("Chef monteur", "Étalonneur"); the crew table says "Chef monteuse",
 * "Étalonneuse", "Assistante de post-production". It is the same grid line (the agreements apply
 * whatever the gender), so titles are compared on a key where each feminine word form becomes the
 * grid's masculine one, after case, accents and spacing are ignored (`foldKey`).
 */

import { foldKey } from "./model";

/** Whole words whose feminine form is irregular. */
const IRREGULAR: Record<string, string> = {
  cheffe: "chef",
  premiere: "premier",
  "1re": "1er",
  "1ere": "1er",
  seconde: "second",
};

/** Regular endings, longest first: monteuse → monteur, directrice → directeur, assistante → assistant. */
const ENDINGS: [string, string][] = [
  ["euse", "eur"],
  ["trice", "teur"],
  ["eure", "eur"],
  ["ante", "ant"],
  ["ointe", "oint"],
  ["ee", "e"],
];

function masculine(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  for (const [fem, masc] of ENDINGS) if (word.length > fem.length + 2 && word.endsWith(fem)) return word.slice(0, -fem.length) + masc;
  return word;
}

/** The key a job title is matched on: "Chef Monteuse " and "chef monteur" give the same key. */
export function jobKey(title: string): string {
  return foldKey(title).replace(/[a-z0-9]+/g, masculine);
}
