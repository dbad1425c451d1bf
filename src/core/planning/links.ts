/**
 * The `Prédécesseurs` cell: which tasks must progress before this one, MS Project style.
 *
 *   "3"            finish-to-start (FS) after task 3
 *   "3FD+2"        FS with a lag of 2 working days ("3 FD +2j", "3FS+2 jours" are the same)
 *   "3DD-1"        start-to-start with a lead of 1 working day
 *   "3FF;5DF"      several, separated by ";" (or ",")
 * Types: French FD DD FF DF (Project's French edition) or English FS SS FF SF.
 *
 * Task IDs may contain dashes ("F1-12"), so "F1-12" could be task "F1" with a lead of 12 or task
 * "F1-12": when the caller passes the production's IDs the parser keeps the reading whose ID exists,
 * and refuses the text as ambiguous when several do. Bad text gives an error value (the caller turns
 * it into an alert on that cell), never an exception.
 */

export type LinkType = "FS" | "SS" | "FF" | "SF";

export interface ParsedLink {
  predecessorId: string;
  type: LinkType;
  /** Working days; negative = lead. */
  lag: number;
}

export type PredecessorsParse =
  | { ok: true; links: ParsedLink[] }
  | { ok: false; error: string; /** the piece of text at fault */ part: string };

const TYPE_FROM_TEXT: Record<string, LinkType> = {
  FD: "FS",
  FS: "FS",
  DD: "SS",
  SS: "SS",
  FF: "FF",
  DF: "SF",
  SF: "SF",
};

const FRENCH_TYPE: Record<LinkType, string> = { FS: "FD", SS: "DD", FF: "FF", SF: "DF" };

/** Link type names as French users read them. */
export const LINK_TYPE_LABEL: Record<LinkType, string> = {
  FS: "fin → début",
  SS: "début → début",
  FF: "fin → fin",
  SF: "début → fin",
};

const ID = /^[\p{L}\p{N}_.\-/#]+$/u;
const ASCII_ID = /^[A-Za-z0-9_.\-/#]+$/; // the usual case, without the cost of Unicode classes

export interface PredecessorReading {
  id: string;
  type: LinkType;
  lag: number;
  typed: boolean;
}

// The suffix read from the right: a signed lag with its unit, then a type just before it.
const LAG_AT_END = /([+-])\s*(\d+)\s*(j|jo|jr|jrs|jour|jours|jouvré|jouvrés|jours ouvrés|d|day|days)?\s*$/i;
const TYPE_AT_END = /(FD|DD|FF|DF|FS|SS|SF)\s*$/i;

/**
 * Every reading of one item as ID + optional type + optional lag. An item has at most three: the
 * whole text as an ID; the text before a trailing lag as the ID; and that minus a trailing type.
 * (Equivalent to trying every cut, which the tests check, in one pass from the right.)
 */
export function predecessorReadings(item: string): PredecessorReading[] {
  const out: PredecessorReading[] = [];
  const push = (idText: string, typeText: string | undefined, lag: number): void => {
    const id = idText.trim();
    if (id === "" || !(ASCII_ID.test(id) || ID.test(id))) return;
    const type = typeText ? TYPE_FROM_TEXT[typeText.toUpperCase()] : "FS";
    const c: PredecessorReading = { id, type, lag: lag === 0 ? 0 : lag, typed: !!typeText };
    if (!out.some((o) => o.id === c.id && o.type === c.type && o.lag === c.lag)) out.push(c);
  };
  const lagMatch = LAG_AT_END.exec(item);
  const lag = lagMatch ? (lagMatch[1] === "-" ? -1 : 1) * Number(lagMatch[2]) : 0;
  const beforeLag = lagMatch ? item.slice(0, lagMatch.index) : item;
  const typeMatch = TYPE_AT_END.exec(beforeLag);
  if (typeMatch) push(beforeLag.slice(0, typeMatch.index), typeMatch[1], lag);
  push(beforeLag, undefined, lag);
  if (lagMatch) push(item, undefined, 0);
  return out;
}

function explainBadItem(item: string): string {
  if (/%/.test(item)) return `« ${item} » : un décalage en pourcentage n'est pas pris en charge, indiquez des jours ouvrés (ex. 3FD+2j)`;
  if (/[+-]\s*\d+\s*(s|sem|semaines?|w|mois|h|heures?)\b/i.test(item)) {
    return `« ${item} » : le décalage s'exprime en jours ouvrés (ex. +2j), pas en semaines, mois ou heures`;
  }
  if (/[+-]\s*\d+[.,]\d/.test(item)) return `« ${item} » : le décalage doit être un nombre entier de jours ouvrés`;
  return `« ${item} » : illisible (attendu : ID, type FD/DD/FF/DF, décalage, ex. « 12DD+2j »)`;
}

/**
 * Parses a `Prédécesseurs` cell. `isKnownId` (the IDs of the task's production) is used only to
 * choose between readings of texts such as "F1-12"; unknown IDs are reported by the checks, not here.
 */
export function parsePredecessors(
  text: string | number | undefined | null,
  isKnownId?: (id: string) => boolean,
): PredecessorsParse {
  if (text === undefined || text === null) return { ok: true, links: [] };
  const raw = String(text).trim();
  if (raw === "") return { ok: true, links: [] };
  // "3FD+1,5j": a French decimal comma would otherwise be read as a separator.
  const decimal = /[+-]\s*\d+,\d+\s*(?:j\w*)?/.exec(raw);
  if (decimal) return { ok: false, error: `« ${decimal[0]} » : le décalage doit être un nombre entier de jours ouvrés`, part: decimal[0] };

  const links: ParsedLink[] = [];
  for (const piece of raw.split(/[;,\n]/)) {
    const item = piece.trim().replace(/\s+/g, " ");
    if (item === "") continue;
    let found = predecessorReadings(item);
    if (found.length === 0) return { ok: false, error: explainBadItem(item), part: item };
    if (isKnownId) {
      const known = found.filter((c) => isKnownId(c.id));
      if (known.length > 1) {
        const readings = known.map((c) => describe(c)).join(" ou ");
        return { ok: false, error: `« ${item} » est ambigu : ${readings} ? Séparez le décalage par un type (ex. « ${known[0].id} FD${known[0].lag === 0 ? "" : signed(known[0].lag)} »)`, part: item };
      }
      if (known.length === 1) found = known;
    }
    // No resolution (or none known): the explicitly typed reading, else the whole text as the ID.
    const best =
      found.length === 1
        ? found[0]
        : (found.find((c) => c.typed) ?? found.find((c) => c.id === item) ?? found.find((c) => c.lag !== 0) ?? found[0]);
    links.push({ predecessorId: best.id, type: best.type, lag: best.lag });
  }
  return { ok: true, links };
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

function describe(c: PredecessorReading): string {
  return `tâche ${c.id}${c.lag !== 0 ? ` avec un décalage de ${signed(c.lag)} j` : ""}`;
}

/** Writes links back as users type them, French types: "3;5DD+2". */
export function formatPredecessors(links: ReadonlyArray<ParsedLink>): string {
  return links
    .map((l) => {
      const type = l.type === "FS" && l.lag === 0 ? "" : FRENCH_TYPE[l.type];
      return `${l.predecessorId}${type}${l.lag === 0 ? "" : signed(l.lag)}`;
    })
    .join(";");
}
