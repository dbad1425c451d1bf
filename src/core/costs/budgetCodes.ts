/**
 * Budget codes (postes) of the CNC devis: which chapter a code belongs to and what it is called (CNC
 * detailed budget 2018, sources in the data file). The nomenclature itself is data
 * (`src/data/costs/budgetCodes.ts`); the rule here is the numbering: the first digit of a poste is its
 * chapter (11…19 → 1, 81… → 8, 8.2 → 8, 82101 → 8), codes that do not start with a digit 1–9 (frais
 * généraux, imprévus, …) sit below the nine chapters.
 */
import {
  BELOW_THE_LINE,
  CNC_CHAPTERS,
  CNC_POSTES,
  UNASSIGNED_BUDGET_CODE,
  UNASSIGNED_BUDGET_LABEL,
} from "../../data/costs/budgetCodes";

export const BELOW_THE_LINE_LABEL = "Hors chapitres (frais généraux, imprévus, autres)";

export interface BudgetCodeInfo {
  code: string;
  label: string;
  /** 1–9, or null below the line. */
  chapter: number | null;
  chapterLabel: string;
  /** The code and title come from the CNC sources (false: a Cap PAD example or a user code). */
  verified: boolean;
}

const POSTE_BY_KEY = new Map(
  [...CNC_POSTES, ...BELOW_THE_LINE, { code: UNASSIGNED_BUDGET_CODE, label: UNASSIGNED_BUDGET_LABEL, verified: false }].map(
    (p) => [normalizeBudgetCode(p.code), p],
  ),
);
const CHAPTER_LABEL = new Map(CNC_CHAPTERS.map((c) => [c.chapter, c.label]));

/** Trimmed, upper case, inner spaces removed: "8 2" and " 82 " are the same poste as "82". */
export function normalizeBudgetCode(code: string): string {
  return code.replace(/\s+/g, "").toUpperCase();
}

export function chapterOf(code: string): number | null {
  const c = normalizeBudgetCode(code).charCodeAt(0);
  return c >= 49 && c <= 57 ? c - 48 : null; // '1'..'9'
}

export function chapterLabel(chapter: number | null): string {
  if (chapter === null) return BELOW_THE_LINE_LABEL;
  return CHAPTER_LABEL.get(chapter) ?? `Chapitre ${chapter}`;
}

/** What the catalogue knows of a code; a user's own code gets its chapter and an empty label. */
export function budgetCodeInfo(code: string): BudgetCodeInfo {
  const known = POSTE_BY_KEY.get(normalizeBudgetCode(code));
  const chapter = chapterOf(code);
  return {
    code,
    label: known?.label ?? "",
    chapter,
    chapterLabel: chapterLabel(chapter),
    verified: known?.verified ?? false,
  };
}
