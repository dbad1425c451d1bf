/**
 * `Societe` → the seller of the invoices (`Seller`). Empty fields stay empty here: the mandatory
 * mentions check (`core/invoicing/mentions.ts`) lists what is missing; a malformed cell (a capital that
 * is not an amount, "peut-être" for an oui/non option) is an alert on its cell.
 */
import type { Seller } from "../../core/invoicing/invoice";
import type { SheetSource } from "../source";
import { SOCIETE, SOCIETE_FIELDS } from "../contract/costs";
import { FieldRows, readFields } from "../fields";

export type CompanyField = keyof typeof SOCIETE_FIELDS;

export interface Company {
  seller: Seller;
  fields: FieldRows<CompanyField>;
  /** The `Societe` table exists. */
  present: boolean;
}

/** Which `Societe` field holds each seller mention (for the refusal list's cells). */
export const SELLER_FIELD_OF: Readonly<Record<string, CompanyField>> = {
  "seller.name": "name",
  "seller.legalForm": "legalForm",
  "seller.shareCapital": "shareCapital",
  "seller.address": "line1",
  "seller.siren": "siren",
  "seller.siret": "siret",
  "seller.registration": "registration",
  "seller.vatNumber": "vatNumber",
  "seller.latePaymentTerms": "latePaymentTerms",
  "seller.earlyPaymentDiscount": "earlyPaymentDiscount",
  "seller.vatOnDebits": "vatOnDebits",
  "seller.seriesPrefix": "seriesPrefix",
};

export function companyOf(ctx: SheetSource): Company {
  return ctx.memo("invoicing.company", () => {
    const table = ctx.table(SOCIETE);
    const f = readFields(table, SOCIETE_FIELDS);
    const t = (k: CompanyField): string => f.text(k) ?? "";
    const optional = (k: CompanyField): string | undefined => f.text(k) || undefined;
    const seller: Seller = {
      name: t("name"),
      legalForm: t("legalForm"),
      shareCapitalCents: f.money("shareCapital"),
      address: { line1: t("line1"), line2: optional("line2"), postalCode: t("postalCode"), city: t("city"), countryCode: t("country") || "FR" },
      siren: t("siren"),
      siret: t("siret"),
      registration: t("registration"),
      vatNumber: optional("vatNumber"),
      iban: optional("iban"),
      bic: optional("bic"),
      email: optional("email"),
      phone: optional("phone"),
      latePaymentTerms: t("latePaymentTerms"),
      earlyPaymentDiscount: t("earlyPaymentDiscount"),
      vatOnDebits: f.bool("vatOnDebits"),
      seriesPrefix: t("seriesPrefix"),
      routingAddress: optional("routingAddress"),
      vatFranchise: f.bool("vatFranchise") ?? false,
    };
    return { seller, fields: f, present: table !== undefined };
  });
}

/** The `Valeur` cell of the field behind a seller mention (`seller.siren` → the SIREN row). */
export function locateSellerField(company: Company, field: string): { sheet: string; row: number; cell: string; id: string } {
  return company.fields.locate(SELLER_FIELD_OF[field] ?? "name");
}
