/**
 * Comparing what users type: case, accents and spacing do not matter — the rule the planning already
 * applies to resource names — so "Sous-titres SME", "sous titres  sme" and "SOUS-TITRES SME" are the same
 * deliverable, and "france televisions" the same broadcaster.
 */
import { resourceKey } from "../planning/resources";

export const foldWords: (text: string) => string = resourceKey;

/** Whether `phrase` appears in `text` as whole words (both folded first). */
export function hasPhrase(text: string, phrase: string): boolean {
  const t = ` ${foldWords(text).replace(/[^a-z0-9&.+]+/g, " ")} `;
  const p = foldWords(phrase).replace(/[^a-z0-9&.+]+/g, " ").trim();
  return p !== "" && t.includes(` ${p} `);
}
