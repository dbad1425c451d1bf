/**
 * Invoice numbers (CGI annexe II art. 242 nonies A: one chronological, continuous series): a series
 * prefix plus a continuous counter (`FA-2026-0001`, `FA-2026-0002`…): chronological, no gap, no reuse,
 * at most 35 characters of `A–Z a–z 0–9 + - _ /` (BR-FR-01/02). Series are allowed when justified (a
 * prefix per year…); each has its own counter. Credit notes take their number in the same series by
 * default (they are invoices in law).
 *
 * Two co-authors may press "Émettre" at the same moment on a shared workbook. The counter is kept in
 * two places that a co-author's write changes together: the register (`Factures`, append-only) and the
 * add-in's stored counter (workbook settings). The rule, as a pure function over both:
 * - the register is the truth: the next number is the highest number of the series in it, plus one;
 * - a stored counter AHEAD of the register means someone took a number whose register row has not
 *   arrived yet (or was lost): refuse with `FACT_NUMERO_CONFLIT`, the user retries a moment later
 *   (and after a crash, `repairCounter` realigns the counter on the register, explicitly);
 * - before writing, the command checks its candidate again on the register as it is then
 *   (`confirmNumber`); if another co-author took it meanwhile, that is a conflict and the issue is
 *   computed again from the fresh register (`FACT_NUMERO_CONFLIT`, retry).
 * A register with a duplicate or a hole is refused (`FACT_NUMERO_DOUBLON`, `FACT_NUMERO_TROU`): a
 * number may never be issued on top of a broken sequence without a person looking at it.
 */
import {
  INVOICE_NUMBER_ALLOWED,
  INVOICE_NUMBER_DIGITS,
  INVOICE_NUMBER_MAX_LENGTH,
} from "../../data/invoicing/eInvoiceCodes";

export interface SeriesConfig {
  prefix: string;
  /** Minimum digits of the counter (zero-padded); default from data (4). */
  digits?: number;
}

/** Any register row: only its number matters here. */
export interface NumberedRow {
  number: string;
}

export type NumberingProblemCode =
  | "FACT_NUMERO_CONFLIT"
  | "FACT_NUMERO_DOUBLON"
  | "FACT_NUMERO_TROU"
  | "FACT_NUMERO_INVALIDE";

export interface NumberingProblem {
  code: NumberingProblemCode;
  message: string;
  /** Numbers involved (duplicates, missing numbers, the contested number). */
  numbers: string[];
}

export type NumberingResult =
  | { ok: true; number: string; sequence: number; /** The stored counter lagged behind the register. */ counterWasBehind: boolean }
  | { ok: false; problem: NumberingProblem };

export function formatInvoiceNumber(series: SeriesConfig, sequence: number): string {
  return series.prefix + String(sequence).padStart(series.digits ?? INVOICE_NUMBER_DIGITS, "0");
}

/** The counter of a number of the series, or undefined when the number is not of this series. */
export function sequenceOf(series: SeriesConfig, number: string): number | undefined {
  const n = number.trim();
  if (!n.startsWith(series.prefix)) return undefined;
  const rest = n.slice(series.prefix.length);
  if (!/^\d+$/.test(rest)) return undefined;
  return Number(rest);
}

/** BR-FR-01/02: length and characters. Returns a French reason, or undefined when valid. */
export function invoiceNumberProblem(number: string): string | undefined {
  if (number.length === 0) return "le numéro est vide";
  if (number.length > INVOICE_NUMBER_MAX_LENGTH) {
    return `le numéro « ${number} » dépasse ${INVOICE_NUMBER_MAX_LENGTH} caractères`;
  }
  if (!INVOICE_NUMBER_ALLOWED.test(number)) {
    return `le numéro « ${number} » contient des caractères interdits (seuls A–Z, a–z, 0–9, +, -, _ et / sont admis)`;
  }
  return undefined;
}

/** Checks a series prefix: the numbers it will produce must be valid for years of counters. */
export function seriesPrefixProblem(series: SeriesConfig): string | undefined {
  if (!series.prefix.trim()) return "le préfixe de la série de factures est vide";
  const sample = formatInvoiceNumber(series, 10 ** ((series.digits ?? INVOICE_NUMBER_DIGITS) + 1) - 1);
  const p = invoiceNumberProblem(sample);
  return p ? `préfixe « ${series.prefix} » : ${p}` : undefined;
}

interface SeriesState {
  max: number;
  duplicates: string[];
  missing: string[];
}

function seriesState(series: SeriesConfig, register: readonly NumberedRow[]): SeriesState {
  const seen = new Set<number>();
  const duplicates: string[] = [];
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  for (const row of register) {
    const s = sequenceOf(series, row.number);
    if (s === undefined) continue;
    if (seen.has(s)) duplicates.push(row.number.trim());
    seen.add(s);
    if (s < min) min = s;
    if (s > max) max = s;
  }
  const missing: string[] = [];
  // A series normally starts at 1; one taken over from other software may start higher: holes are
  // looked for between its first and last numbers only.
  for (let s = min; s < max && missing.length < 20; s++) {
    if (!seen.has(s)) missing.push(formatInvoiceNumber(series, s));
  }
  return { max, duplicates, missing };
}

/**
 * The next number of the series given the register and the stored counter (the last sequence the
 * add-in recorded for the series, undefined before the first issue).
 */
export function nextInvoiceNumber(
  series: SeriesConfig,
  register: readonly NumberedRow[],
  storedCounter: number | undefined,
): NumberingResult {
  const prefixProblem = seriesPrefixProblem(series);
  if (prefixProblem) return fail("FACT_NUMERO_INVALIDE", `Numérotation impossible : ${prefixProblem}.`, []);
  const st = seriesState(series, register);
  if (st.duplicates.length > 0) {
    return fail(
      "FACT_NUMERO_DOUBLON",
      `Le registre Factures contient deux fois le numéro ${st.duplicates.join(", ")} : une facture ne peut pas être émise tant que ce doublon n'est pas régularisé (annulez l'une des deux par un avoir et signalez-le à votre expert-comptable).`,
      st.duplicates,
    );
  }
  if (st.missing.length > 0) {
    return fail(
      "FACT_NUMERO_TROU",
      `Le registre Factures saute le ou les numéros ${st.missing.join(", ")} : une ligne du registre a sans doute été supprimée. Rétablissez-la avant d'émettre une nouvelle facture (la numérotation doit être continue).`,
      st.missing,
    );
  }
  const stored = storedCounter ?? 0;
  if (stored > st.max) {
    const contested = formatInvoiceNumber(series, stored);
    return fail(
      "FACT_NUMERO_CONFLIT",
      `Le numéro ${contested} est déjà réservé mais n'apparaît pas encore dans le registre Factures : un co-auteur est sans doute en train d'émettre une facture. Réessayez dans un instant. Si cela persiste, réalignez le compteur sur le registre.`,
      [contested],
    );
  }
  const sequence = st.max + 1;
  const number = formatInvoiceNumber(series, sequence);
  const p = invoiceNumberProblem(number);
  if (p) return fail("FACT_NUMERO_INVALIDE", `Numérotation impossible : ${p}.`, [number]);
  // No counter stored (a file: the CLI keeps none; a workbook never issued from in Excel) is not a counter
  // lagging behind: there is nothing to realign, the register alone gives the number.
  return { ok: true, number, sequence, counterWasBehind: storedCounter !== undefined && stored < st.max };
}

/**
 * The check made just before writing: is `candidate` still the next number on the register and the
 * counter as they are NOW? If not, another co-author took it: a conflict, to retry from the fresh
 * state.
 */
export function confirmNumber(
  series: SeriesConfig,
  registerNow: readonly NumberedRow[],
  storedCounterNow: number | undefined,
  candidate: string,
): NumberingResult {
  const fresh = nextInvoiceNumber(series, registerNow, storedCounterNow);
  if (!fresh.ok) return fresh;
  if (fresh.number !== candidate) {
    return fail(
      "FACT_NUMERO_CONFLIT",
      `Le numéro ${candidate} vient d'être attribué par un co-auteur ; la facture va recevoir le numéro suivant (${fresh.number}).`,
      [candidate],
    );
  }
  return fresh;
}

/** After a crash (counter stored, register row lost before writing): the counter the register justifies. */
export function repairCounter(series: SeriesConfig, register: readonly NumberedRow[]): number {
  return seriesState(series, register).max;
}

function fail(code: NumberingProblemCode, message: string, numbers: string[]): NumberingResult {
  return { ok: false, problem: { code, message, numbers } };
}
