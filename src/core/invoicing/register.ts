/**
 * The register of issued invoices (`Factures`: Numéro, Date, Client, Production, HT, TVA, TTC,
 * Échéance, Statut, Avoir de) and the two operations that add to it (continuous numbering, corrections
 * by credit note only: CGI annexe II art. 242 nonies A, BR-FR-CO-04/05):
 * - issuing an invoice: every mandatory mention present, next number of the series, totals, due date
 *   from the client's payment term, one row appended;
 * - cancelling one: a credit note (avoir, type 381) referring to it takes the next number, one row
 *   appended with negative amounts (so the register sums to the net turnover), and the cancelled
 *   invoice's status becomes "annulée par avoir" — the only change ever made to an existing row.
 * An issued invoice is never edited nor deleted; `registerEdits` finds rows that were (the guard).
 * Invoices must also be chronological: a number is never given to a date earlier than the last
 * issued one of the series.
 */
import { type DayNumber, toFrench } from "../dates/civil";
import { type Cents } from "../money";
import { BILLING_FRAMEWORK_BY_NATURE, DEFAULT_UNIT_CODE, UNIT_CODES } from "../../data/invoicing/eInvoiceCodes";
import {
  type Client,
  hasBlockingIssue,
  type InvoiceDraft,
  type InvoiceIssue,
  type IssuedInvoice,
  type IssuedLine,
  type OperationNature,
  type Seller,
} from "./invoice";
import { checkMandatoryMentions } from "./mentions";
import { documentNotes } from "./notes";
import { dueDateOf } from "./paymentTerms";
import { confirmNumber, nextInvoiceNumber, type NumberingResult, type SeriesConfig, sequenceOf } from "./numbering";
import { computeTotals, lineNetCents } from "./totals";
import { lineVat } from "./vat";
import { stripInvalidXmlChars } from "./escape";

export type InvoiceStatus = "issued" | "paid" | "cancelled";

/** The words of the `Statut` column (list validation in the template). */
export const INVOICE_STATUS_LABEL: Record<InvoiceStatus, string> = {
  issued: "émise",
  paid: "payée",
  cancelled: "annulée par avoir",
};

export function parseInvoiceStatus(text: string | undefined): InvoiceStatus | undefined {
  const t = (text ?? "").trim().toLowerCase();
  return (Object.keys(INVOICE_STATUS_LABEL) as InvoiceStatus[]).find((k) => INVOICE_STATUS_LABEL[k] === t);
}

export interface RegisterRow {
  number: string;
  date: DayNumber;
  client: string;
  production: string;
  /** Negative for a credit note. */
  htCents: Cents;
  vatCents: Cents;
  ttcCents: Cents;
  /** None for a credit note. */
  dueDate?: DayNumber;
  status: InvoiceStatus;
  /** `Avoir de`: the number of the invoice a credit note cancels, "" for an invoice. */
  creditOf: string;
}

export interface StatusUpdate {
  number: string;
  status: InvoiceStatus;
}

export type IssueResult =
  | { ok: true; invoice: IssuedInvoice; row: RegisterRow; counter: number; issues: InvoiceIssue[] }
  | { ok: false; issues: InvoiceIssue[] };

export type CancelResult =
  | {
      ok: true;
      creditNote: IssuedInvoice;
      row: RegisterRow;
      counter: number;
      statusUpdate: StatusUpdate;
      issues: InvoiceIssue[];
    }
  | { ok: false; issues: InvoiceIssue[] };

export interface IssueRequest {
  draft: InvoiceDraft;
  seller: Seller;
  register: readonly RegisterRow[];
  /** The counter stored in the workbook's add-in settings for this series. */
  storedCounter?: number;
  /** Default: the seller's prefix, 4 digits. */
  series?: SeriesConfig;
}

function seriesOf(seller: Seller, series?: SeriesConfig): SeriesConfig {
  return series ?? { prefix: seller.seriesPrefix.trim() };
}

function numberingIssue(result: NumberingResult): InvoiceIssue[] {
  return result.ok ? [] : [{ code: result.problem.code, severity: "error", field: "register", message: result.problem.message }];
}

/** Issues must follow the dates of the series: no number on a date before the last issued one. */
function chronologyIssue(series: SeriesConfig, register: readonly RegisterRow[], day: DayNumber): InvoiceIssue[] {
  let last: RegisterRow | undefined;
  for (const r of register) if (sequenceOf(series, r.number) !== undefined && (!last || r.date > last.date)) last = r;
  if (last && day < last.date) {
    return [
      {
        code: "FACT_DATE_ANTERIEURE",
        severity: "error",
        field: "draft.issueDate",
        message: `La date de la facture (${toFrench(day)}) est antérieure à celle de la dernière facture émise (${last.number} du ${toFrench(last.date)}) : la numérotation doit suivre l'ordre chronologique.`,
      },
    ];
  }
  return [];
}

function productionLabel(draft: { production?: string; lines: readonly { production?: string }[] }): string {
  if (draft.production?.trim()) return draft.production.trim();
  const set = new Set(draft.lines.map((l) => (l.production ?? "").trim()).filter((p) => p !== ""));
  return [...set].join(", ");
}

function issueLines(draft: InvoiceDraft, seller: Seller): IssuedLine[] {
  return draft.lines.map((l, i) => {
    const vat = lineVat(l, seller, draft.client, draft.issueDate);
    if (!vat.ok) throw new Error(`ligne ${i + 1} : TVA invalide (vérifiée par les mentions)`);
    const line: IssuedLine = {
      ...l,
      label: l.label.trim(),
      lineId: String(i + 1),
      netCents: lineNetCents(l.quantity, l.unitPriceCents),
      vatRate: vat.ratePercent,
      vatCategory: vat.category,
      unitCode: UNIT_CODES[l.unit.trim().toLowerCase()] ?? DEFAULT_UNIT_CODE,
    };
    if (vat.exemptionReason) line.exemptionReason = vat.exemptionReason;
    return line;
  });
}

/** The register row of an issued document (negative amounts for a credit note). */
export function registerRowOf(doc: IssuedInvoice): RegisterRow {
  const sign = doc.kind === "creditNote" ? -1 : 1;
  const row: RegisterRow = {
    number: doc.number,
    date: doc.issueDate,
    client: doc.client.name,
    production: doc.production,
    htCents: sign * doc.totals.htCents || 0,
    vatCents: sign * doc.totals.vatCents || 0,
    ttcCents: sign * doc.totals.ttcCents || 0,
    status: "issued",
    creditOf: doc.creditOf?.number ?? "",
  };
  if (doc.dueDate !== undefined) row.dueDate = doc.dueDate;
  return row;
}

/** The due date of a draft, from its client's term, its service dates and whether it is periodic. */
function dueOfDraft(draft: InvoiceDraft): ReturnType<typeof dueDateOf> {
  return dueDateOf({
    term: { days: draft.client.paymentDelayDays, mode: draft.client.paymentTermMode },
    issueDate: draft.issueDate,
    serviceEnd: draft.servicePeriod?.end ?? draft.deliveryDate,
    periodic: draft.periodic === true,
  });
}

/** The agreed term went past what a periodic invoice allows: said, not blocking (the date is brought back). */
function cappedTermIssue(client: Client): InvoiceIssue {
  return {
    code: "FACT_DELAI_PLAFONNE",
    severity: "warning",
    field: "client.paymentDelayDays",
    message: `Facture périodique : le délai de paiement convenu avec ${client.name} dépasse 45 jours à compter de la date de facture ; l'échéance est ramenée à 45 jours (art. L441-10 du Code de commerce).`,
  };
}

/**
 * "Émettre la facture": refuses with the French list of what is missing, or returns the issued
 * invoice, the register row to append and the counter to store. The caller writes both only after
 * `confirmIssue` on the register as it is at write time.
 */
export function issueInvoice(req: IssueRequest): IssueResult {
  const { draft, seller } = req;
  const series = seriesOf(seller, req.series);
  const issues = checkMandatoryMentions(draft, seller);
  if (hasBlockingIssue(issues)) return { ok: false, issues };
  const chronology = chronologyIssue(series, req.register, draft.issueDate);
  if (chronology.length) return { ok: false, issues: [...issues, ...chronology] };
  const numbering = nextInvoiceNumber(series, req.register, req.storedCounter);
  if (!numbering.ok) return { ok: false, issues: [...issues, ...numberingIssue(numbering)] };

  const lines = issueLines(draft, seller);
  const nature = draft.nature as OperationNature;
  const due = dueOfDraft(draft);
  if (due.capped) issues.push(cappedTermIssue(draft.client));
  const invoice: IssuedInvoice = {
    kind: "invoice",
    typeCode: "380",
    number: numbering.number,
    sequence: numbering.sequence,
    issueDate: draft.issueDate,
    dueDate: due.dueDate,
    paymentTerms: due.text,
    currency: "EUR",
    seller: structuredCopy(seller),
    client: structuredCopy(draft.client),
    nature,
    billingFramework: BILLING_FRAMEWORK_BY_NATURE[nature],
    production: productionLabel(draft),
    lines,
    totals: computeTotals(lines.map((l) => ({ netCents: l.netCents, vatCategory: l.vatCategory, ratePercent: l.vatRate, exemptionReason: l.exemptionReason }))),
    notes: documentNotes({ kind: "invoice", seller, client: draft.client, object: draft.object }),
  };
  if (draft.servicePeriod) invoice.servicePeriod = { ...draft.servicePeriod };
  if (draft.deliveryDate !== undefined) invoice.deliveryDate = draft.deliveryDate;
  if (draft.deliveryAddress) invoice.deliveryAddress = { ...draft.deliveryAddress };
  if (draft.purchaseOrder?.trim()) invoice.purchaseOrder = draft.purchaseOrder.trim();
  if (draft.object?.trim()) invoice.object = draft.object.trim();
  if (draft.periodic) invoice.periodic = true;
  if (numbering.counterWasBehind) {
    issues.push({
      code: "FACT_COMPTEUR_REALIGNE",
      severity: "info",
      field: "register",
      message: `Le compteur de factures enregistré était en retard sur le registre ; il est réaligné (${numbering.number}).`,
    });
  }
  const issued = structuredCopy(invoice);
  return { ok: true, invoice: issued, row: registerRowOf(issued), counter: numbering.sequence, issues };
}

/**
 * The check just before writing (co-authoring): the document's number must still be the next one on
 * the register and the stored counter as they are now. A conflict means: issue again from the fresh
 * state (the draft is unchanged, the number moves on).
 */
export function confirmIssue(
  doc: IssuedInvoice,
  registerNow: readonly RegisterRow[],
  storedCounterNow: number | undefined,
  series?: SeriesConfig,
): { ok: true } | { ok: false; issues: InvoiceIssue[] } {
  const r = confirmNumber(seriesOf(doc.seller, series), registerNow, storedCounterNow, doc.number);
  return r.ok ? { ok: true } : { ok: false, issues: numberingIssue(r) };
}

/** Statuses as the register says them: an invoice named in a credit note's `Avoir de` is cancelled. */
export function deriveStatuses(register: readonly RegisterRow[]): Map<string, InvoiceStatus> {
  const cancelled = new Set(register.map((r) => r.creditOf.trim()).filter((n) => n !== ""));
  const out = new Map<string, InvoiceStatus>();
  for (const r of register) out.set(r.number, cancelled.has(r.number) ? "cancelled" : r.status);
  return out;
}

export interface CancelRequest {
  /** The issued invoice as it was issued (its lines are credited one for one). */
  original: IssuedInvoice;
  register: readonly RegisterRow[];
  storedCounter?: number;
  issueDate: DayNumber;
  /** The company as it is now (its series, terms); default: the original's copy. */
  seller?: Seller;
  series?: SeriesConfig;
}

/** "Annuler par un avoir": a credit note of the whole invoice, referring to it (BR-FR-CO-04/05). */
export function cancelInvoice(req: CancelRequest): CancelResult {
  const { original } = req;
  const seller = req.seller ?? original.seller;
  const fail = (code: string, message: string, field = "register"): CancelResult => ({
    ok: false,
    issues: [{ code, severity: "error", field, message }],
  });
  const row = req.register.find((r) => r.number === original.number);
  if (!row) return fail("FACT_INCONNUE", `La facture ${original.number} n'est pas dans le registre Factures.`);
  if (original.kind !== "invoice" || row.creditOf.trim() !== "") {
    return fail("FACT_AVOIR_NON_ANNULABLE", `${original.number} est un avoir : un avoir ne s'annule pas par un autre avoir ; émettez une nouvelle facture.`);
  }
  if (deriveStatuses(req.register).get(original.number) === "cancelled") {
    return fail("FACT_DEJA_ANNULEE", `La facture ${original.number} est déjà annulée par un avoir.`);
  }
  if (req.issueDate < original.issueDate) {
    return fail("FACT_DATE_ANTERIEURE", `L'avoir ne peut pas être daté (${toFrench(req.issueDate)}) avant la facture qu'il annule (${toFrench(original.issueDate)}).`, "draft.issueDate");
  }
  const series = seriesOf(seller, req.series);
  const chronology = chronologyIssue(series, req.register, req.issueDate);
  if (chronology.length) return { ok: false, issues: chronology };
  const numbering = nextInvoiceNumber(series, req.register, req.storedCounter);
  if (!numbering.ok) return { ok: false, issues: numberingIssue(numbering) };

  const creditOf = { number: original.number, issueDate: original.issueDate };
  const lines = original.lines.map((l) => ({ ...l }));
  const creditNote: IssuedInvoice = {
    ...structuredCopy(original),
    kind: "creditNote",
    typeCode: "381",
    number: numbering.number,
    sequence: numbering.sequence,
    issueDate: req.issueDate,
    seller: structuredCopy(seller),
    lines,
    totals: computeTotals(lines.map((l) => ({ netCents: l.netCents, vatCategory: l.vatCategory, ratePercent: l.vatRate, exemptionReason: l.exemptionReason }))),
    notes: documentNotes({ kind: "creditNote", seller, client: original.client, object: original.object, creditOf }),
    creditOf,
  };
  delete creditNote.dueDate;
  delete creditNote.paymentTerms;
  delete creditNote.periodic;
  return {
    ok: true,
    creditNote,
    row: registerRowOf(creditNote),
    counter: numbering.sequence,
    statusUpdate: { number: original.number, status: "cancelled" },
    issues: [],
  };
}

/** "Payée": allowed on an issued invoice only. */
export function markPaid(register: readonly RegisterRow[], number: string): { ok: true; statusUpdate: StatusUpdate } | { ok: false; issues: InvoiceIssue[] } {
  const row = register.find((r) => r.number === number);
  const status = deriveStatuses(register).get(number);
  const refuse = (code: string, message: string) => ({ ok: false as const, issues: [{ code, severity: "error" as const, field: "register", message }] });
  if (!row) return refuse("FACT_INCONNUE", `La facture ${number} n'est pas dans le registre Factures.`);
  if (row.creditOf.trim() !== "") return refuse("FACT_AVOIR_NON_PAYABLE", `${number} est un avoir : il ne se marque pas « payée ».`);
  if (status === "cancelled") return refuse("FACT_DEJA_ANNULEE", `La facture ${number} est annulée par un avoir : elle ne peut pas être payée.`);
  return { ok: true, statusUpdate: { number, status: "paid" } };
}

/**
 * The append-only guard: rows of `before` that are missing or changed in `after` (any column but
 * `Statut`). An empty list means the register was only appended to.
 */
export function registerEdits(before: readonly RegisterRow[], after: readonly RegisterRow[]): { number: string; change: "removed" | "edited" }[] {
  const byNumber = new Map<string, RegisterRow[]>();
  for (const r of after) {
    const list = byNumber.get(r.number);
    if (list) list.push(r);
    else byNumber.set(r.number, [r]);
  }
  const out: { number: string; change: "removed" | "edited" }[] = [];
  for (const r of before) {
    const candidates = byNumber.get(r.number);
    if (!candidates || candidates.length === 0) {
      out.push({ number: r.number, change: "removed" });
      continue;
    }
    const same = candidates.some(
      (a) =>
        a.date === r.date &&
        a.client === r.client &&
        a.production === r.production &&
        a.htCents === r.htCents &&
        a.vatCents === r.vatCents &&
        a.ttcCents === r.ttcCents &&
        a.dueDate === r.dueDate &&
        a.creditOf === r.creditOf,
    );
    if (!same) out.push({ number: r.number, change: "edited" });
  }
  return out;
}

/**
 * A deep copy whose texts can be written in XML: characters XML 1.0 forbids (a control character
 * pasted from another program) are removed when the document is issued, so that what the register,
 * the printable invoice and the e-invoice say is the same text.
 */
function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_k, v: unknown) => (typeof v === "string" ? stripInvalidXmlChars(v) : v)) as T;
}
