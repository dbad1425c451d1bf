/**
 * What the task pane shows about the workbook besides the alerts of an action: the productions (which
 * ones have their PAD at risk, and their money as the last check wrote it in `Synthese`), the months
 * that have séances (the payroll month picker), the issued invoices (the e-invoice export picker) and
 * the alerts of the last check as the `Alertes` sheet keeps them (shown when the pane opens, before any
 * new check). Read-only, from a snapshot.
 */
import { AlertSink, type Alert, type Severity, SEVERITY_LABEL } from "../../core/alerts";
import { toIso, toMonthKey } from "../../core/dates/civil";
import { eurosFromCents, formatEuros } from "../../core/money";
import { productionKey } from "../../core/costs/productionMoney";
import { MONEY_FIGURES, type FigureKind } from "../../sheets/reports/moneyFigures";
import { PRODUCTION_STATUS } from "../../core/planning/status";
import type { Snapshot } from "../../workbook/snapshot";
import { INPUT_TABLES } from "../../sheets/contract";
import { FACTURES } from "../../sheets/contract/costs";
import { SEANCES } from "../../sheets/contract/crew";
import { PRODUCTIONS, SYNTHESE_MONTANTS } from "../../sheets/contract/planning";
import { ALERTES } from "../../sheets/contract/reports";
import { SCENARIOS } from "../../sheets/contract/scenarios";
import { bindTable, RowReader, type BoundTable } from "../../sheets/read";
import type { TableSpec } from "../../sheets/spec";
import { isBlank } from "../../workbook/values";
import { findTable } from "../../workbook/snapshot";
import type { PaneDue } from "./dues";

export interface PaneProduction {
  code: string;
  title: string;
  /** `Statut` as the last check wrote it ("" before any check). */
  status: string;
  /** `AAAA-MM-JJ` */
  padTarget?: string;
  padForecast?: string;
  /** Working days between PAD contractuel and PAD prévu (positive = late). */
  padSlipDays?: number;
  /** Late, slipping against its baseline, or unplannable as written: the coordinator looks here first. */
  atRisk: boolean;
  /** Its money as the last check wrote it in `Synthese` (undefined before a check). */
  money?: PaneMoneyFigure[];
}

/** One money figure of a production (`sheets/reports/moneyFigures.ts`), as the `Synthese` sheet holds it. */
export interface PaneMoneyFigure {
  /** French label ("Devis accepté"…). */
  label: string;
  /** Its key in `check --json` (`quote`…). */
  key: string;
  /** An amount or a rate, as the money figure is (MONEY_FIGURES). */
  kind: FigureKind;
  /** As written: euros HT (2 decimals), or the rate as a ratio (0.231 = 23,1 %); null: a rate left empty (nothing invoiced). */
  value: number | null;
}

export interface PaneInvoice {
  number: string;
  client: string;
  production: string;
  status: string;
  date?: string;
  /** "1 234,56 €" */
  total: string;
}

export interface PaneState {
  productions: PaneProduction[];
  /** `AAAA-MM` of the séances, most recent first. */
  months: string[];
  /** Issued invoices and credit notes, most recent first. */
  invoices: PaneInvoice[];
  /** The alerts of the last check (the `Alertes` sheet), or undefined when there is none. */
  lastAlerts?: Alert[];
  /** The names of the `Scenarios` table, in their first order (« Appliquer le scénario » offers them). */
  scenarios: string[];
  /** At least one table of the contract is there (else the pane proposes the templates first). */
  hasCapPadTables: boolean;
  /** What is to be received and paid as of the command's day (`dues.ts`). */
  dues?: PaneDue[];
}

const AT_RISK: readonly string[] = [PRODUCTION_STATUS.late, PRODUCTION_STATUS.slipping, PRODUCTION_STATUS.error];

export function readPaneState(snapshot: Snapshot): PaneState {
  // Unusable cells are the check's business: the pane only skips them. A row counts when any cell
  // holds something (bindTable's rows skip rows without input, and report tables have none).
  const sink = new AlertSink();
  const rowsOf = (spec: TableSpec): RowReader[] => {
    const t: BoundTable | undefined = bindTable(snapshot, spec, sink);
    if (!t) return [];
    return t.snapshot.rows.flatMap((cells, i) => (cells.every((v) => isBlank(v)) ? [] : [new RowReader(t, i, sink)]));
  };
  const d = snapshot.date1904;
  const iso = (r: RowReader, h: string): string | undefined => {
    const day = r.date(h, d);
    return day === undefined ? undefined : toIso(day);
  };

  const productions = rowsOf(PRODUCTIONS).flatMap((r): PaneProduction[] => {
    const code = r.text("Code");
    if (!code) return [];
    const status = r.text("Statut") ?? "";
    const padSlipDays = r.number("Écart PAD (j)");
    const p: PaneProduction = { code, title: r.text("Titre") ?? "", status, padTarget: iso(r, "PAD contractuel"), padForecast: iso(r, "PAD prévu"), padSlipDays, atRisk: false };
    p.atRisk = AT_RISK.includes(status) || (padSlipDays ?? 0) > 0;
    return [p];
  });

  const money = moneyByProduction(rowsOf(SYNTHESE_MONTANTS));
  for (const p of productions) p.money = money.get(productionKey(p.code));

  const months = new Set<string>();
  for (const r of rowsOf(SEANCES)) {
    const day = r.date("Date", d);
    if (day !== undefined) months.add(toMonthKey(day));
  }

  const invoices = rowsOf(FACTURES).flatMap((r): PaneInvoice[] => {
    const number = r.text("Numéro");
    if (!number) return [];
    const ttc = r.money("TTC");
    return [{ number, client: r.text("Client") ?? "", production: r.text("Production") ?? "", status: r.text("Statut") ?? "", date: iso(r, "Date"), total: ttc === undefined ? "" : formatEuros(ttc) }];
  });

  const scenarios = new Set<string>();
  for (const r of rowsOf(SCENARIOS)) {
    const name = r.text("Scénario");
    if (name) scenarios.add(name);
  }

  return {
    productions,
    months: [...months].sort().reverse(),
    invoices: invoices.reverse(),
    scenarios: [...scenarios],
    lastAlerts: findTable(snapshot, ALERTES.name) ? rowsOf(ALERTES).map(alertOfRow) : undefined,
    hasCapPadTables: INPUT_TABLES.some((spec) => findTable(snapshot, spec.name)),
  };
}

/** The money rows of `Synthese` by production (figures the check wrote; an unreadable cell is left out). */
function moneyByProduction(rows: RowReader[]): Map<string, PaneMoneyFigure[]> {
  const out = new Map<string, PaneMoneyFigure[]>();
  for (const r of rows) {
    const code = r.text("Production");
    if (!code) continue;
    out.set(
      productionKey(code),
      MONEY_FIGURES.flatMap((f) => {
        const figure = { label: f.label, key: f.json, kind: f.kind };
        if (f.kind === "money") {
          const cents = r.money(f.label);
          return cents === undefined ? [] : [{ ...figure, value: eurosFromCents(cents) }];
        }
        // A rate may be below 0 or above 100 % (a margin rate): the number written, not an input percentage;
        // left empty by the check when there is none.
        return [{ ...figure, value: r.number(f.label) ?? null }];
      }),
    );
  }
  return out;
}

const SEVERITY_OF_LABEL = new Map(Object.entries(SEVERITY_LABEL).map(([k, v]) => [v, k as Severity]));

/** A row of the `Alertes` sheet back into an alert (an unknown severity label reads as information). */
function alertOfRow(r: RowReader): Alert {
  const production = r.text("Production");
  return {
    code: r.text("Code") ?? "",
    severity: SEVERITY_OF_LABEL.get(r.text("Gravité") ?? "") ?? "info",
    sheet: r.text("Feuille") ?? "",
    row: r.number("Ligne") ?? 0,
    id: r.text("ID") ?? "",
    cell: r.text("Cellule") ?? linkTarget(r, "Cellule"),
    message: r.text("Message") ?? "",
    ...(production ? { production } : {}),
  };
}

/**
 * The cell of an alert link written as `=HYPERLINK("#Taches!H12","Taches!H12")`: a file saved without
 * a spreadsheet engine holds the formula but no computed text, so the text is taken from the formula.
 */
function linkTarget(r: RowReader, header: string): string {
  const j = r.table.columnIndex.get(header) ?? -1;
  const formula = j < 0 ? null : r.table.snapshot.formulas?.[r.index]?.[j];
  const m = formula ? /^=HYPERLINK\("#((?:[^"]|"")*)"/i.exec(formula) : null;
  return m ? m[1].replace(/""/g, '"') : "";
}
