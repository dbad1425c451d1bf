/**
 * The pane's « à encaisser / à payer » list: our invoices with something still due (overdue first),
 * and supplier invoices late or due within the week — the same states the check alerts on and writes
 * in `accounts` of its JSON (`balancesOf`), read here from the snapshot the pane already has.
 */
import { AlertSink } from "../../core/alerts";
import { DERIVED_STATUS_LABEL } from "../../core/accounts/invoiceStatus";
import { isDueSoon } from "../../core/accounts/accountsChecks";
import { toIso, type DayNumber } from "../../core/dates/civil";
import { formatEuros } from "../../core/money";
import { bindTable, type BoundTable } from "../../sheets/read";
import type { SheetSource } from "../../sheets/source";
import type { TableSpec } from "../../sheets/spec";
import { registerOf } from "../../sheets/invoicing/register";
import type { Snapshot } from "../../workbook/snapshot";
import { balancesOf } from "../accounts/balances";

export interface PaneDue {
  kind: "à encaisser" | "à payer";
  invoice: string;
  /** Client or supplier. */
  party: string;
  /** "1 234,56 €" still due. */
  due: string;
  /** `AAAA-MM-JJ` */
  dueDate?: string;
  daysLate: number;
  status: string;
}

/** A read-only source over a snapshot: alerts are the check's business, the pane only lists. */
function quietSource(snapshot: Snapshot, today: DayNumber): SheetSource {
  const sink = new AlertSink();
  const tables = new Map<string, BoundTable | undefined>();
  const memos = new Map<string, unknown>();
  return {
    snapshot,
    today,
    date1904: snapshot.date1904,
    sink,
    table: (spec: TableSpec) => {
      if (!tables.has(spec.name)) tables.set(spec.name, bindTable(snapshot, spec, sink));
      return tables.get(spec.name);
    },
    memo: <T>(key: string, compute: () => T): T => {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
    addAlert: () => undefined,
  };
}

export function readDues(snapshot: Snapshot, today: DayNumber): PaneDue[] {
  const ctx = quietSource(snapshot, today);
  const { receivables, payables } = balancesOf(ctx);
  const out: PaneDue[] = [];
  for (const r of registerOf(ctx).rows) {
    const s = receivables.get(r.number)!;
    if (s.dueCents > 0)
      out.push({ kind: "à encaisser", invoice: r.number, party: r.client, due: formatEuros(s.dueCents), dueDate: r.dueDate === undefined ? undefined : toIso(r.dueDate), daysLate: s.daysLate, status: DERIVED_STATUS_LABEL[s.status] });
  }
  for (const p of payables)
    if (p.dueCents > 0 && (p.daysLate > 0 || isDueSoon(p.invoice.dueDay, today)))
      out.push({ kind: "à payer", invoice: p.invoice.number, party: p.invoice.supplier, due: formatEuros(p.dueCents), dueDate: p.invoice.dueDay === undefined ? undefined : toIso(p.invoice.dueDay), daysLate: p.daysLate, status: p.daysLate > 0 ? "en retard" : "cette semaine" });
  // Most late first; then by due date.
  return out.sort((a, b) => b.daysLate - a.daysLate || (a.dueDate ?? "").localeCompare(b.dueDate ?? ""));
}
