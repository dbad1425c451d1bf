/**
 * The add-in's own sheets (titles starting with « Cap PAD »), with how each prints. A sheet's print
 * contract is resolved against its content (`print.ts`) when it is built, and again by the file host
 * before every save, so that a page break or a print area never depends on what a spreadsheet library
 * kept of the file it read. A new owned sheet declares itself here (a test lists the owned sheets the
 * commands write that do not); one that does not keeps the page setup it was written with.
 */
import type { PrintContract } from "../print";
import { REMINDER_LOG_SHEET } from "./accounts";
import { PAIE } from "./crew";
import { SCENARIO_HISTORY_SHEET } from "./scenarioHistory";

export interface OwnedSheetSpec {
  /** The sheet's name, or a pattern for sheets named after a document (issued invoices). */
  name: string | RegExp;
  /** For a pattern: what A1 starts with (the owned marker and the kind of document). */
  title?: RegExp;
  print: PrintContract;
  /**
   * The sheet keeps one block per month computed, the latest first: the hosts read its cells with the
   * snapshot, so that the command that rewrites it keeps the other months as they were.
   */
  keepsMonths?: boolean;
}

export const ALERTS_SHEET = "Alertes";
export const SYNTHESE_SHEET = "Synthese";
export const FERIES_SHEET = "Feries";
export const GANTT_SHEET = "Gantt";
export const OVERRUN_SHEET = "Depassement";
export const PAIE_SHEET = "Paie";
export const ATTENDANCE_SHEET = "Fiches de présence";
export const PAY_ITEMS_SHEET = "Éléments variables de paie";
export const QUOTE_SHEET = "Devis";
export const COST_REPORT_SHEET = "Rapport de coûts";
export const TECHNICAL_SHEET = "Bilan technique";
export const PLANNING_PRINT_SHEET = "Planning à imprimer";
export const CHARGE_SHEET = "Charge";
/** Title of the grids under `Charge`'s hours that its colors read (kept off paper). */
export const CHARGE_DATA_START = "Données des couleurs";
/** The options of each production with scenarios, to sign: one A4 portrait page per production, one page wide. */
export const PROPOSAL_SHEET = "Proposition au producteur";
/** The monthly VAT summary written by the accounting export. */
export const VAT_SHEET = "TVA";
export const REMINDERS_SHEET = "Relances";
/** Each reminder letter starts at its reference line (« N/Réf. : facture FA-2026-0001 — … »): one per page. */
export const REMINDER_PAGE = /^N\/Réf\. : facture /;
/** Under the letters, for the screen: the overdue invoices with no letter today (reminded recently). */
export const REMINDERS_WAITING_START = /^Factures en retard sans lettre aujourd'hui/;

/** Title of each attendance sheet (« Fiche de présence — Semaine du … »): one per printed page. */
export const ATTENDANCE_PAGE = /^Fiche de présence — /;
/** Each production of a per-production report starts a page: « Production FLEUVE — … ». */
export const PRODUCTION_PAGE = /^Production \S+( — | \(|$)/;
/** Each printed page of the pay items starts at its header row: « Élément — novembre 2026 », « Élément (suite) — … ». */
export const PAY_ITEMS_PAGE = /^Élément( \(suite\))? — /;
/** Each month of a sheet that keeps the months computed starts a page: « Novembre 2026 — … ». */
export const MONTH_PAGE = /^(Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre) \d{4} — /;

/**
 * Issued invoices and credit notes, named after their number: one A4 portrait page, printed from the
 * seller's name down (row 1 holds the owned marker, kept off the client's copy), six columns.
 */
export const INVOICE_SHEETS: OwnedSheetSpec = { name: /./, title: /^Cap PAD — (facture|avoir) émis/, print: { landscape: false, pagesWide: 1, firstRow: 2, lastColumn: 5 } };
export const INVOICE_PRINT = INVOICE_SHEETS.print;

/** The row that starts the full list under the groups of a long `Alertes` sheet (kept off paper). */
export const ALERTS_LIST_START = /^Liste complète des alertes/;

export const OWNED_SHEETS: readonly OwnedSheetSpec[] = [
  { name: ALERTS_SHEET, print: { landscape: true, repeatRows: 4, endsBefore: ALERTS_LIST_START } },
  { name: SYNTHESE_SHEET, print: { landscape: true, repeatRows: 4, repeatColumns: 1 } },
  { name: FERIES_SHEET, print: { landscape: false, repeatRows: 5 } },
  { name: GANTT_SHEET, print: { landscape: true, repeatRows: 9, repeatColumns: 3 } },
  { name: OVERRUN_SHEET, print: { landscape: true, pageStarts: PRODUCTION_PAGE } },
  { name: PLANNING_PRINT_SHEET, print: { landscape: true, pageStarts: PRODUCTION_PAGE } },
  { name: PROPOSAL_SHEET, print: { landscape: false, pageStarts: PRODUCTION_PAGE, pagesWide: 1 } },
  // The Alerte column stays off paper: its sentences are listed under each month's table.
  { name: PAIE_SHEET, keepsMonths: true, print: { landscape: true, pageStarts: MONTH_PAGE, repeatColumns: 3, lastColumn: PAIE.columns.findIndex((c) => c.header === "Minimum conventionnel") } },
  { name: ATTENDANCE_SHEET, print: { landscape: false, pageStarts: ATTENDANCE_PAGE, pagesWide: 1 } },
  { name: PAY_ITEMS_SHEET, keepsMonths: true, print: { landscape: true, pageStarts: PAY_ITEMS_PAGE, pagesWide: 1 } },
  { name: QUOTE_SHEET, print: { landscape: true } },
  // Up to « Écart (%) »: the comments stay on screen.
  { name: COST_REPORT_SHEET, print: { landscape: true, repeatRows: 5, lastColumn: 9 } },
  { name: TECHNICAL_SHEET, print: { landscape: true } },
  // Several pages across (52 weeks do not fit one page at 8 pt), the names and lines repeated on each.
  { name: CHARGE_SHEET, print: { landscape: true, repeatRows: 8, repeatColumns: 2, endsBefore: new RegExp(`^${CHARGE_DATA_START}`) } },
  { name: SCENARIO_HISTORY_SHEET, print: { landscape: true, repeatRows: 3 } },
  // Accounts: one month of VAT per page.
  { name: VAT_SHEET, print: { landscape: false, pageStarts: MONTH_PAGE } },
  // Reminder letters (`cappad relance`), one A4 page each, printed from the first letter down: the owned
  // title and the list of invoices reminded recently stay on screen.
  { name: REMINDERS_SHEET, print: { landscape: false, pagesWide: 1, firstRow: 2, pageStarts: REMINDER_PAGE, endsBefore: REMINDERS_WAITING_START } },
  { name: REMINDER_LOG_SHEET, print: { landscape: true, repeatRows: 3 } },
  INVOICE_SHEETS,
];

/** The spec of an owned sheet, by its name (and A1 for sheets named after a document). */
export function ownedSheetSpec(name: string, a1 = ""): OwnedSheetSpec | undefined {
  const lower = name.toLowerCase();
  return OWNED_SHEETS.find((s) => (typeof s.name === "string" ? s.name.toLowerCase() === lower : s.name.test(name) && (s.title?.test(a1) ?? true)));
}

/** The print contract of a named owned sheet (declared above). */
export function ownedPrint(name: string): PrintContract {
  const spec = ownedSheetSpec(name);
  if (!spec) throw new Error(`feuille ${name} absente de src/sheets/contract/sheets.ts`);
  return spec.print;
}

/** Owned sheets whose earlier months the hosts read back with the snapshot. */
export function sheetsKeepingMonths(): string[] {
  return OWNED_SHEETS.flatMap((s) => (s.keepsMonths && typeof s.name === "string" ? [s.name] : []));
}
