/**
 * The FEC (fichier des écritures comptables), flat-file form of article A47 A-1 of the Livre des
 * procédures fiscales (arrêté of 29 July 2013; https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000027804775),
 * commented by BOFiP BOI-CF-IOR-60-40-20 (https://bofip.impots.gouv.fr/bofip/9028-PGP):
 * - first line: the 18 field names, exactly, in order; one line per entry line;
 * - one separator for the whole file: the tab; records end with CR LF;
 * - dates AAAAMMJJ; amounts with a decimal comma, no thousands separator, sign first;
 * - characters in ISO 8859-15 (the text lists ASCII, ISO 8859-15 or EBCDIC);
 * - file name `<SIREN>FEC<AAAAMMJJ>.txt`, the date being the closing date of the period.
 * The optional pairs (subsidiary account, lettering, foreign currency) stay empty together.
 */
import { ymdFromDay, type DayNumber } from "../dates/civil";
import type { Cents } from "../money";
import { JOURNAL_LABEL, type JournalEntry } from "./entries";

export const FEC_FIELDS = [
  "JournalCode",
  "JournalLib",
  "EcritureNum",
  "EcritureDate",
  "CompteNum",
  "CompteLib",
  "CompAuxNum",
  "CompAuxLib",
  "PieceRef",
  "PieceDate",
  "EcritureLib",
  "Debit",
  "Credit",
  "EcritureLet",
  "DateLet",
  "ValidDate",
  "Montantdevise",
  "Idevise",
] as const;

/** Fields that may never be empty (A47 A-1; the DGFiP's Test Compta Demat refuses them empty). */
export const FEC_MANDATORY: readonly (typeof FEC_FIELDS)[number][] = [
  "JournalCode",
  "JournalLib",
  "EcritureNum",
  "EcritureDate",
  "CompteNum",
  "CompteLib",
  "PieceRef",
  "PieceDate",
  "EcritureLib",
  "Debit",
  "Credit",
  "ValidDate",
];

export const FEC_SEPARATOR = "\t";
export const FEC_EOL = "\r\n";

export function fecDate(day: DayNumber): string {
  const { year, month, day: d } = ymdFromDay(day);
  return `${String(year).padStart(4, "0")}${String(month).padStart(2, "0")}${String(d).padStart(2, "0")}`;
}

/** `1234,56`, `-0,05`: comma, no thousands separator, sign first. */
export function fecAmount(cents: Cents): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? "-" : ""}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, "0")}`;
}

/** A text field: no separator nor line break inside, trimmed. */
const field = (text: string): string => text.replace(/[\t\r\n]+/g, " ").trim();

/** The FEC as text (header and one line per entry line). `validDay`: the date the entries are handed over as definitive. */
export function fecText(entries: readonly JournalEntry[], validDay: DayNumber): string {
  const rows: string[] = [FEC_FIELDS.join(FEC_SEPARATOR)];
  for (const e of entries) {
    for (const l of e.lines) {
      const cells = [
        e.journal,
        JOURNAL_LABEL[e.journal],
        e.number,
        fecDate(e.day),
        l.account,
        l.accountLabel,
        l.auxNumber,
        l.auxLabel,
        e.pieceRef,
        fecDate(e.pieceDay),
        e.label,
        fecAmount(l.debitCents),
        fecAmount(l.creditCents),
        "",
        "",
        fecDate(validDay),
        "",
        "",
      ];
      rows.push(cells.map(field).join(FEC_SEPARATOR));
    }
  }
  return rows.join(FEC_EOL) + FEC_EOL;
}

/** The eight characters where ISO 8859-15 differs from ISO 8859-1. */
const LATIN9: Readonly<Record<string, number>> = {
  "€": 0xa4,
  Š: 0xa6,
  š: 0xa8,
  Ž: 0xb4,
  ž: 0xb8,
  Œ: 0xbc,
  œ: 0xbd,
  Ÿ: 0xbe,
};
const LATIN1_ONLY = new Set([0xa4, 0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe]);

/** Text → ISO 8859-15 bytes; a character outside it becomes "?" (never a silent wrong letter). */
export function latin9(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize("NFC")) {
    const code = ch.codePointAt(0)!;
    if (LATIN9[ch] !== undefined) out.push(LATIN9[ch]);
    else if (code < 0x100 && !LATIN1_ONLY.has(code)) out.push(code);
    else out.push(0x3f);
  }
  return Uint8Array.from(out);
}

/** `123456789FEC20261231.txt` */
export function fecFileName(siren: string, closingDay: DayNumber): string {
  return `${siren.replace(/\s/g, "")}FEC${fecDate(closingDay)}.txt`;
}
