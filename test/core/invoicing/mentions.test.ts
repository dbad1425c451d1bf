/**
 * Every mandatory mention (Code de commerce L441-9, CGI annexe II art. 242 nonies A) refused when
 * missing or malformed, with its stable code and field, and a French message; including the four new
 * mentions of décret n° 2022-1299 (client SIREN, delivery address of goods, nature of the operations,
 * VAT-on-debits option).
 */
import type { Client, InvoiceDraft, Seller } from "../../../src/core/invoicing/invoice";
import { checkMandatoryMentions, MENTION_LABEL } from "../../../src/core/invoicing/mentions";
import { issueInvoice } from "../../../src/core/invoicing/register";
import { CLIENT, CLIENT_BE, CLIENT_US, D, LINES, SELLER, draft } from "./fixtures";

type Case = [label: string, change: { seller?: Partial<Seller>; client?: Partial<Client>; draft?: Partial<InvoiceDraft> }, code: string, field: string];

const addr = (over: Partial<Seller["address"]>) => ({ ...SELLER.address, ...over });
const caddr = (over: Partial<Client["address"]>) => ({ ...CLIENT.address, ...over });
const line0 = (over: Partial<(typeof LINES)[number]>) => [{ ...LINES[0], ...over }, ...LINES.slice(1)];

const CASES: Case[] = [
  // Seller identity.
  ["dénomination", { seller: { name: " " } }, "FACT_MENTION_MANQUANTE", "seller.name"],
  ["forme juridique", { seller: { legalForm: "" } }, "FACT_MENTION_MANQUANTE", "seller.legalForm"],
  ["capital social", { seller: { shareCapitalCents: undefined } }, "FACT_MENTION_MANQUANTE", "seller.shareCapital"],
  ["adresse du siège", { seller: { address: addr({ city: "" }) } }, "FACT_MENTION_MANQUANTE", "seller.address"],
  ["pays du siège illisible", { seller: { address: addr({ countryCode: "Fra" }) } }, "FACT_MENTION_MANQUANTE", "seller.address"],
  ["SIREN de la société", { seller: { siren: "" } }, "FACT_MENTION_MANQUANTE", "seller.siren"],
  ["SIREN de la société faux", { seller: { siren: "842317548" } }, "FACT_MENTION_INVALIDE", "seller.siren"],
  ["SIRET de la société", { seller: { siret: "" } }, "FACT_MENTION_MANQUANTE", "seller.siret"],
  ["SIRET d'une autre société", { seller: { siret: "51234567900017" } }, "FACT_MENTION_INVALIDE", "seller.siret"],
  ["RCS", { seller: { registration: "" } }, "FACT_MENTION_MANQUANTE", "seller.registration"],
  ["TVA intracommunautaire", { seller: { vatNumber: undefined } }, "FACT_MENTION_MANQUANTE", "seller.vatNumber"],
  ["TVA intracommunautaire fausse", { seller: { vatNumber: "FR00842317547" } }, "FACT_MENTION_INVALIDE", "seller.vatNumber"],
  // Payment terms.
  ["pénalités de retard", { seller: { latePaymentTerms: "" } }, "FACT_MENTION_MANQUANTE", "seller.latePaymentTerms"],
  ["escompte", { seller: { earlyPaymentDiscount: "" } }, "FACT_MENTION_MANQUANTE", "seller.earlyPaymentDiscount"],
  ["délai au-delà de 60 jours", { client: { paymentDelayDays: 90 } }, "FACT_DELAI_EXCESSIF", "client.paymentDelayDays"],
  ["délai non entier", { client: { paymentDelayDays: 30.5 } }, "FACT_MENTION_INVALIDE", "client.paymentDelayDays"],
  // New mentions of the reform.
  ["option TVA sur les débits (réforme)", { seller: { vatOnDebits: undefined } }, "FACT_MENTION_MANQUANTE", "seller.vatOnDebits"],
  ["SIREN du client (réforme)", { client: { siren: undefined } }, "FACT_MENTION_MANQUANTE", "client.siren"],
  ["SIREN du client faux", { client: { siren: "512345678" } }, "FACT_MENTION_INVALIDE", "client.siren"],
  ["SIRET du client incohérent", { client: { siret: "84231754700011" } }, "FACT_MENTION_INVALIDE", "client.siret"],
  ["nature des opérations (réforme)", { draft: { nature: undefined } }, "FACT_MENTION_MANQUANTE", "draft.nature"],
  ["adresse de livraison des biens (réforme)", { draft: { nature: "biens" } }, "FACT_MENTION_MANQUANTE", "draft.deliveryAddress"],
  ["adresse de livraison, opérations mixtes", { draft: { nature: "mixte" } }, "FACT_MENTION_MANQUANTE", "draft.deliveryAddress"],
  ["adresse de livraison incomplète", { draft: { nature: "biens", deliveryAddress: { line1: "", postalCode: "", city: "Lyon", countryCode: "FR" } } }, "FACT_MENTION_INVALIDE", "draft.deliveryAddress"],
  // Buyer.
  ["nom du client", { client: { name: "" } }, "FACT_MENTION_MANQUANTE", "client.name"],
  ["adresse du client", { client: { address: caddr({ postalCode: "" }) } }, "FACT_MENTION_MANQUANTE", "client.address"],
  ["TVA du client européen", { client: { ...CLIENT_BE, vatNumber: undefined } }, "FACT_MENTION_MANQUANTE", "client.vatNumber"],
  ["TVA du client mal formée", { client: { vatNumber: "FR7551234567" } }, "FACT_MENTION_INVALIDE", "client.vatNumber"],
  // Dates.
  ["date de réalisation", { draft: { servicePeriod: undefined, deliveryDate: undefined } }, "FACT_MENTION_MANQUANTE", "draft.serviceDate"],
  ["période à l'envers", { draft: { servicePeriod: { start: D(2026, 11, 20), end: D(2026, 11, 2) } } }, "FACT_MENTION_INVALIDE", "draft.serviceDate"],
  ["date de facture", { draft: { issueDate: Number.NaN } }, "FACT_MENTION_MANQUANTE", "draft.issueDate"],
  // Lines.
  ["aucune ligne", { draft: { lines: [] } }, "FACT_LIGNES_VIDES", "draft.lines"],
  ["désignation", { draft: { lines: line0({ label: "" }) } }, "FACT_MENTION_MANQUANTE", "lines[0].label"],
  ["quantité", { draft: { lines: line0({ quantity: 0 }) } }, "FACT_MENTION_MANQUANTE", "lines[0].quantity"],
  ["quantité à 5 décimales", { draft: { lines: line0({ quantity: 1.23456 }) } }, "FACT_MENTION_INVALIDE", "lines[0].quantity"],
  ["prix unitaire", { draft: { lines: line0({ unitPriceCents: Number.NaN }) } }, "FACT_MENTION_MANQUANTE", "lines[0].unitPrice"],
  ["prix négatif", { draft: { lines: line0({ unitPriceCents: -100 }) } }, "FACT_MENTION_INVALIDE", "lines[0].unitPrice"],
  ["taux de TVA", { draft: { lines: line0({ vatRate: Number.NaN }) } }, "FACT_MENTION_MANQUANTE", "lines[0].vatRate"],
  ["taux de TVA inconnu", { draft: { lines: line0({ vatRate: 19 }) } }, "FACT_TVA_INCONNUE", "lines[0].vatRate"],
  ["ancien taux (19,6 % en 2026)", { draft: { lines: line0({ vatRate: 19.6 }) } }, "FACT_TVA_INCONNUE", "lines[0].vatRate"],
  ["TVA en franchise", { seller: { vatFranchise: true } }, "FACT_TVA_INCONNUE", "lines[0].vatRate"],
  // EN 16931 BR-O-11/12: a 0 % line for a client outside the EU (O) beside lines at 20 % and 10 % (S).
  ["hors champ et taxé sur une facture", { client: CLIENT_US, draft: { lines: line0({ vatRate: 0 }) } }, "FACT_TVA_HORS_CHAMP_MELANGEE", "lines[0].vatRate"],
  ["total négatif", { draft: { lines: [{ label: "Remise", quantity: -1, unit: "forfait", unitPriceCents: 1000, vatRate: 20 }] } }, "FACT_TOTAL_NEGATIF", "draft.lines"],
];

function apply(change: Case[1]): { d: InvoiceDraft; s: Seller } {
  const client = { ...CLIENT, ...change.client };
  return { d: draft({ ...change.draft, client }), s: { ...SELLER, ...change.seller } };
}

describe("mandatory mentions", () => {
  test("a complete invoice has no blocking problem", () => {
    expect(checkMandatoryMentions(draft(), SELLER)).toEqual([]);
  });

  test.each(CASES)("refused without %s", (_label, change, code, field) => {
    const { d, s } = apply(change);
    const issues = checkMandatoryMentions(d, s);
    const hit = issues.find((i) => i.code === code && i.field === field);
    expect(hit).toBeDefined();
    expect(hit!.severity).toBe("error");
    expect(hit!.message).toMatch(/[a-zé]/); // a French sentence, never a bare code
    // Issuing is refused with the same list, and no number is consumed.
    const r = issueInvoice({ draft: d, seller: s, register: [] });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.issues).toEqual(issues);
  });

  test("messages name the mention in French", () => {
    const issues = checkMandatoryMentions(draft({ client: { ...CLIENT, siren: undefined }, nature: undefined }), { ...SELLER, vatOnDebits: undefined });
    expect(issues.map((i) => i.message)).toEqual([
      `Mention obligatoire manquante : ${MENTION_LABEL["seller.vatOnDebits"]}.`,
      "Mention obligatoire manquante : le SIREN du client.",
      "Mention obligatoire manquante : la nature des opérations (biens, services ou mixte).",
    ]);
  });

  test("what is not required is not asked", () => {
    // A sole trader prints no share capital.
    expect(checkMandatoryMentions(draft(), { ...SELLER, legalForm: "EI", shareCapitalCents: undefined })).toEqual([]);
    // Goods delivered at the client's address, or to a given address.
    expect(checkMandatoryMentions(draft({ nature: "biens", deliveredAtClientAddress: true }), SELLER)).toEqual([]);
    expect(
      checkMandatoryMentions(draft({ nature: "mixte", deliveryAddress: { line1: "3 rue du Labo", postalCode: "69007", city: "Lyon", countryCode: "FR" } }), SELLER),
    ).toEqual([]);
    // A single completion date instead of a period.
    expect(checkMandatoryMentions(draft({ servicePeriod: undefined, deliveryDate: D(2026, 11, 27) }), SELLER)).toEqual([]);
    // A private person: no SIREN.
    expect(checkMandatoryMentions(draft({ client: { ...CLIENT, siren: undefined, siret: undefined, vatNumber: undefined, isBusiness: false } }), SELLER)).toEqual([]);
    // An EU business: its VAT number, no SIREN; the 0 % line is reverse-charged.
    expect(checkMandatoryMentions(draft({ client: CLIENT_BE, lines: line0({ vatRate: 0 }).slice(0, 1) }), SELLER)).toEqual([]);
    // A client outside the EU with 0 % lines only: "not subject to VAT" (O), nothing mixed.
    expect(checkMandatoryMentions(draft({ client: CLIENT_US, lines: LINES.map((l) => ({ ...l, vatRate: 0 })) }), SELLER)).toEqual([]);
    // Franchise: no VAT number, 0 % lines.
    expect(
      checkMandatoryMentions(draft({ lines: LINES.map((l) => ({ ...l, vatRate: 0 })) }), { ...SELLER, vatFranchise: true, vatNumber: undefined }),
    ).toEqual([]);
    // 19,6 % was the normal rate in 2013.
    expect(checkMandatoryMentions(draft({ issueDate: D(2013, 6, 3), servicePeriod: { start: D(2013, 6, 1), end: D(2013, 6, 2) }, lines: line0({ vatRate: 19.6 }).slice(0, 1) }), SELLER)).toEqual([]);
  });

  test("a line not subject to VAT beside a taxed one is refused in French, naming both lines and the rule", () => {
    const issues = checkMandatoryMentions(draft({ client: CLIENT_US, lines: [LINES[0], { ...LINES[1], vatRate: 0 }] }), SELLER);
    expect(issues).toEqual([
      {
        code: "FACT_TVA_HORS_CHAMP_MELANGEE",
        severity: "error",
        field: "lines[1].vatRate",
        message:
          "Ligne 2 : une prestation hors du champ de la TVA française (0 % pour un client hors de l'Union européenne, art. 259-1 du CGI) ne peut pas figurer sur la même facture qu'une ligne à 20 % (ligne 1) : la norme EN 16931 l'interdit (règles BR-O-11 et BR-O-12). Émettez deux factures.",
      },
    ]);
    // Débours (E) beside 20 % lines for a French client are allowed: only O stands alone.
    expect(checkMandatoryMentions(draft({ lines: [LINES[0], { ...LINES[1], vatRate: 0 }] }), SELLER)).toEqual([]);
  });

  test("no payment term: the legal 30 days after the service apply, said but not blocking", () => {
    const issues = checkMandatoryMentions(draft({ client: { ...CLIENT, paymentDelayDays: undefined } }), SELLER);
    expect(issues).toEqual([expect.objectContaining({ code: "FACT_DELAI_PAR_DEFAUT", severity: "info", field: "client.paymentDelayDays" })]);
    const r = issueInvoice({ draft: draft({ client: { ...CLIENT, paymentDelayDays: undefined } }), seller: SELLER, register: [] });
    // L441-10: 30 days after the end of the service (27/11/2026), not after the invoice date (30/11):
    // 27/11 + 30 = 27/12/2026 (it was 30/12 when the default counted from the invoice date).
    expect(r.ok && r.invoice.dueDate).toBe(D(2026, 12, 27));
  });
});
