/**
 * The invoice draft of the `Facture` sheet: its header (`EnteteFacture`, Champ/Valeur) and its lines
 * (`LignesFacture`) → the engine's `InvoiceDraft`, with the client taken from `Clients`, and a locator
 * that turns each problem the engine reports (`client.siren`, `lines[2].vatRate`…) into the cell to fix.
 *
 * An empty `Date de facture` means "today": pressing "Émettre" issues the invoice on the day it is
 * pressed, which is what a coordinator expects.
 */
import type { Cents } from "../../core/money";
import type { Client, FieldLocator, InvoiceDraft, InvoiceLineInput, OperationNature, PostalAddress } from "../../core/invoicing/invoice";
import { lineNetCents } from "../../core/invoicing/totals";
import type { SheetSource } from "../source";
import { RATE_UNITS } from "../contract/crew";
import { ENTETE_FACTURE, ENTETE_FIELDS, FACTURES, LIGNES_FACTURE, OPERATION_NATURE_VALUES } from "../contract/costs";
import { readFields, type FieldRows } from "../fields";
import type { RowReader } from "../read";
import { CLIENT_COLUMN_OF, findClient, type ClientRow } from "./clients";
import { companyOf, locateSellerField, SELLER_FIELD_OF } from "./company";

export type HeaderField = keyof typeof ENTETE_FIELDS;

export interface DraftLine {
  row: RowReader;
  line: InvoiceLineInput;
  /** Quantity × unit price, when both are readable (the `Montant HT` column). */
  netCents?: Cents;
}

export interface Draft {
  draft: InvoiceDraft;
  header: FieldRows<HeaderField>;
  lines: DraftLine[];
  clientRow?: ClientRow;
  /** The `Facture` sheet's tables exist. */
  present: boolean;
  locate: FieldLocator;
}

const LINE_COLUMN: Readonly<Record<string, string>> = { label: "Libellé", quantity: "Quantité", unitPrice: "Prix HT", vatRate: "TVA (%)" };

/** The draft's lines alone (the check step needs them for `Montant HT`). */
export function draftLinesOf(ctx: SheetSource): DraftLine[] {
  return ctx.memo("invoicing.draftLines", () =>
    (ctx.table(LIGNES_FACTURE)?.rows ?? []).map((row) => {
      const quantity = row.number("Quantité", { what: "une quantité" });
      const price = row.money("Prix HT");
      const line: InvoiceLineInput = {
        production: row.text("Production"),
        code: row.text("Code"),
        label: row.text("Libellé") ?? "",
        // Missing numbers stay NaN: the mandatory mentions check names them, line by line.
        quantity: quantity ?? Number.NaN,
        unit: row.choice("Unité", RATE_UNITS) ?? "",
        unitPriceCents: price ?? Number.NaN,
        vatRate: row.number("TVA (%)", { min: 0, max: 99, what: "un taux de TVA (20, 10, 5,5…)" }) ?? Number.NaN,
      };
      const netCents = quantity !== undefined && price !== undefined ? lineNetCents(quantity, price) : undefined;
      return { row, line, netCents };
    }),
  );
}

export function draftOf(ctx: SheetSource): Draft {
  return ctx.memo("invoicing.draft", () => {
    const headerTable = ctx.table(ENTETE_FACTURE);
    const h = readFields(headerTable, ENTETE_FIELDS);
    const lines = draftLinesOf(ctx);
    const clientName = h.text("client") ?? "";
    const clientRow = clientName ? findClient(ctx, clientName) : undefined;
    if (clientName && !clientRow) {
      const at = h.locate("client");
      ctx.addAlert({ code: "FACT_CLIENT_INCONNU", severity: "error", ...at, message: `${at.cell} : le client « ${clientName} » n'est pas dans la table Clients ; ajoutez-le avec son SIREN et son adresse.` });
    }
    const client: Client = clientRow?.client ?? { name: clientName, address: { line1: "", postalCode: "", city: "", countryCode: "FR" } };
    const start = h.date("periodStart", ctx.date1904);
    const end = h.date("periodEnd", ctx.date1904);
    const delivery = h.date("deliveryDate", ctx.date1904);
    const address = h.text("deliveryAddress");
    const draft: InvoiceDraft = {
      client,
      issueDate: h.date("issueDate", ctx.date1904) ?? ctx.today,
      purchaseOrder: h.text("purchaseOrder"),
      object: h.text("object"),
      production: h.text("production"),
      nature: h.choice("nature", OPERATION_NATURE_VALUES) as OperationNature | undefined,
      deliveredAtClientAddress: h.bool("deliveredAtClientAddress") ?? false,
      periodic: h.bool("periodic") ?? false,
      lines: lines.map((l) => l.line),
    };
    if (start !== undefined && end !== undefined) draft.servicePeriod = { start, end };
    if (delivery !== undefined) draft.deliveryDate = delivery;
    if (address) draft.deliveryAddress = parseAddress(address);
    return { draft, header: h, lines, clientRow, present: headerTable !== undefined, locate: locator(ctx, h, lines, clientRow) };
  });
}

function locator(ctx: SheetSource, h: FieldRows<HeaderField>, lines: DraftLine[], clientRow: ClientRow | undefined): FieldLocator {
  const company = companyOf(ctx);
  const headerField: Readonly<Record<string, HeaderField>> = {
    "draft.issueDate": "issueDate",
    "draft.serviceDate": "periodStart",
    "draft.nature": "nature",
    "draft.deliveryAddress": "deliveryAddress",
    "client.name": "client",
  };
  const tableStart = (spec: typeof LIGNES_FACTURE): { sheet: string; row: number; cell: string } => {
    const t = ctx.table(spec);
    const first = t?.rows[0];
    if (first) return { sheet: first.sheet, row: first.sheetRow, cell: first.cell(spec.columns[0].header) };
    return { sheet: t?.snapshot.sheet ?? spec.sheet, row: t ? t.snapshot.headerRow + 1 : 0, cell: "" };
  };
  return (field) => {
    if (SELLER_FIELD_OF[field]) return locateSellerField(company, field);
    const line = /^lines\[(\d+)\]\.(\w+)$/.exec(field);
    if (line) {
      const r = lines[Number(line[1])]?.row;
      if (r) return { sheet: r.sheet, row: r.sheetRow, cell: r.cell(LINE_COLUMN[line[2]] ?? "Libellé"), id: `ligne ${Number(line[1]) + 1}` };
    }
    const column = CLIENT_COLUMN_OF[field];
    if (column && clientRow && field !== "client.name") {
      const r = clientRow.row;
      return { sheet: r.sheet, row: r.sheetRow, cell: r.cell(column), id: clientRow.client.name };
    }
    const hf = headerField[field] ?? (field.startsWith("client.") ? "client" : undefined);
    if (hf) return h.locate(hf);
    if (field === "register") return tableStart(FACTURES);
    return tableStart(LIGNES_FACTURE);
  };
}

/**
 * "3 rue du Labo, Bâtiment B, 69007 Lyon, FR": street, optional complement, postal code and city,
 * optional country. Anything else keeps the text as the street and leaves the rest empty, which the
 * mentions check reports as an incomplete address.
 */
export function parseAddress(text: string): PostalAddress {
  const parts = text.split(",").map((p) => p.trim()).filter((p) => p !== "");
  const i = parts.findIndex((p, k) => k > 0 && /^\d{4,5}\s+\S/.test(p));
  if (i < 0) return { line1: text.trim(), postalCode: "", city: "", countryCode: "FR" };
  const m = /^(\d{4,5})\s+(.+)$/.exec(parts[i])!;
  return { line1: parts[0], line2: parts.slice(1, i).join(", ") || undefined, postalCode: m[1], city: m[2], countryCode: parts[i + 1] ?? "FR" };
}

