/**
 * Mandatory mentions of a French B2B invoice (Code de commerce L441-9, CGI annexe II
 * art. 242 nonies A), checked before a number is assigned: "Émettre la facture" refuses, with this
 * French list, until every one is present. Includes the four new mentions of the e-invoicing reform
 * (décret 2022-1299): client SIREN, delivery address of goods when different, nature of the
 * operations, VAT-on-debits option.
 *
 * Each problem has a stable code and the field it concerns (`client.siren`, `lines[2].vatRate`…) so
 * that the sheets layer can point at the cell:
 * - `FACT_MENTION_MANQUANTE`: a mandatory mention is empty;
 * - `FACT_MENTION_INVALIDE`: it is there but malformed (SIREN key, VAT key, 4+ decimals…);
 * - `FACT_LIGNES_VIDES`, `FACT_TVA_INCONNUE`, `FACT_TOTAL_NEGATIF`, `FACT_DELAI_EXCESSIF`: the rest;
 * - `FACT_TVA_HORS_CHAMP_MELANGEE`: lines "not subject to VAT" beside taxed ones (EN 16931 BR-O-11/12);
 * - `FACT_DELAI_PAR_DEFAUT` (info): no agreed payment term, the legal 30 days apply.
 * Not checked (cannot be known from the workbook): the buyer's purchase-order number is required
 * only when the buyer issued one; it is printed when given.
 */
import { toFrench } from "../dates/civil";
import { PAYMENT_TERM_LIMITS } from "../../data/invoicing/legalMentions";
import { hasAtMostFourDecimals } from "../costs/rateCard";
import {
  countryCode,
  isValidSiren,
  isValidSiret,
  isValidVatNumber,
  sirenOfSiret,
  compactIdentifier,
} from "./identifiers";
import type { Client, InvoiceDraft, InvoiceIssue, PostalAddress, Seller } from "./invoice";
import { OPERATION_NATURES } from "./invoice";
import { maxAgreedDays, PAYMENT_TERM_MODE_LABEL } from "./paymentTerms";
import { isEuCountry, lineVat } from "./vat";
import { lineNetCents } from "./totals";

const MISSING = "FACT_MENTION_MANQUANTE";
const INVALID = "FACT_MENTION_INVALIDE";

/** French names of the mentions, by field. */
export const MENTION_LABEL: Readonly<Record<string, string>> = {
  "seller.name": "la dénomination de la société",
  "seller.legalForm": "la forme juridique de la société",
  "seller.shareCapital": "le montant du capital social",
  "seller.address": "l'adresse du siège de la société",
  "seller.siren": "le SIREN de la société",
  "seller.siret": "le SIRET de la société",
  "seller.registration": "le numéro RCS (ou RM) et la ville du greffe",
  "seller.vatNumber": "le numéro de TVA intracommunautaire de la société",
  "seller.latePaymentTerms": "le taux des pénalités de retard",
  "seller.earlyPaymentDiscount": "les conditions d'escompte (ou la mention « pas d'escompte »)",
  "seller.vatOnDebits": "l'option pour le paiement de la TVA d'après les débits (oui ou non)",
  "seller.seriesPrefix": "le préfixe de la série de factures",
  "client.name": "le nom du client",
  "client.address": "l'adresse du client",
  "client.siren": "le SIREN du client",
  "client.siret": "le SIRET du client",
  "client.vatNumber": "le numéro de TVA intracommunautaire du client",
  "client.paymentDelayDays": "le délai de paiement du client",
  "draft.issueDate": "la date de la facture",
  "draft.serviceDate": "la date ou la période de réalisation de la prestation",
  "draft.nature": "la nature des opérations (biens, services ou mixte)",
  "draft.deliveryAddress": "l'adresse de livraison des biens",
  "draft.lines": "au moins une ligne de facture",
};

const LINE_FIELD_LABEL: Readonly<Record<string, string>> = {
  label: "la désignation",
  quantity: "la quantité",
  unitPrice: "le prix unitaire HT",
  vatRate: "le taux de TVA",
};

// Legal forms of sole traders: no share capital to print.
const NO_CAPITAL_FORM = /^(ei|eirl|entrepreneur individuel|entreprise individuelle|micro)/i;

function issue(code: string, field: string, message: string, severity: InvoiceIssue["severity"] = "error"): InvoiceIssue {
  return { code, severity, field, message };
}

function missing(field: string): InvoiceIssue {
  return issue(MISSING, field, `Mention obligatoire manquante : ${MENTION_LABEL[field] ?? field}.`);
}

function blank(text: string | undefined): boolean {
  return (text ?? "").trim() === "";
}

function addressIncomplete(a: PostalAddress | undefined): boolean {
  return !a || blank(a.line1) || blank(a.postalCode) || blank(a.city) || countryCode(a.countryCode) === undefined;
}

export function checkSellerMentions(seller: Seller): InvoiceIssue[] {
  const out: InvoiceIssue[] = [];
  if (blank(seller.name)) out.push(missing("seller.name"));
  if (blank(seller.legalForm)) out.push(missing("seller.legalForm"));
  else if (!NO_CAPITAL_FORM.test(seller.legalForm.trim()) && !(seller.shareCapitalCents !== undefined && seller.shareCapitalCents > 0)) {
    out.push(missing("seller.shareCapital"));
  }
  if (addressIncomplete(seller.address)) out.push(missing("seller.address"));
  if (blank(seller.siren)) out.push(missing("seller.siren"));
  else if (!isValidSiren(seller.siren)) {
    out.push(issue(INVALID, "seller.siren", `Le SIREN de la société (${seller.siren}) n'est pas valide (9 chiffres, clé de contrôle).`));
  }
  if (blank(seller.siret)) out.push(missing("seller.siret"));
  else if (!isValidSiret(seller.siret) || (isValidSiren(seller.siren) && sirenOfSiret(seller.siret) !== compactIdentifier(seller.siren))) {
    out.push(issue(INVALID, "seller.siret", `Le SIRET de la société (${seller.siret}) n'est pas valide ou ne commence pas par son SIREN.`));
  }
  if (blank(seller.registration)) out.push(missing("seller.registration"));
  if (!seller.vatFranchise) {
    if (blank(seller.vatNumber)) out.push(missing("seller.vatNumber"));
    else if (!isValidVatNumber(seller.vatNumber, isValidSiren(seller.siren) ? seller.siren : undefined)) {
      out.push(issue(INVALID, "seller.vatNumber", `Le numéro de TVA de la société (${seller.vatNumber}) ne correspond pas à son SIREN.`));
    }
  }
  if (blank(seller.latePaymentTerms)) out.push(missing("seller.latePaymentTerms"));
  if (blank(seller.earlyPaymentDiscount)) out.push(missing("seller.earlyPaymentDiscount"));
  if (seller.vatOnDebits === undefined) out.push(missing("seller.vatOnDebits"));
  if (blank(seller.seriesPrefix)) out.push(missing("seller.seriesPrefix"));
  return out;
}

export function checkClientMentions(client: Client): InvoiceIssue[] {
  const out: InvoiceIssue[] = [];
  if (blank(client.name)) out.push(missing("client.name"));
  if (addressIncomplete(client.address)) out.push(missing("client.address"));
  const country = countryCode(client.address?.countryCode) ?? "FR";
  const business = client.isBusiness !== false;
  if (business && country === "FR") {
    // New mention of the reform: the client's SIREN (B2B).
    if (blank(client.siren)) out.push(missing("client.siren"));
    else if (!isValidSiren(client.siren)) {
      out.push(issue(INVALID, "client.siren", `Le SIREN du client ${client.name} (${client.siren}) n'est pas valide (9 chiffres, clé de contrôle).`));
    }
    if (!blank(client.siret) && (!isValidSiret(client.siret) || (isValidSiren(client.siren) && sirenOfSiret(client.siret) !== compactIdentifier(client.siren)))) {
      out.push(issue(INVALID, "client.siret", `Le SIRET du client ${client.name} (${client.siret}) n'est pas valide ou ne commence pas par son SIREN.`));
    }
  }
  if (business && country !== "FR" && isEuCountry(country) && blank(client.vatNumber)) {
    // EU client outside France: its VAT number is mandatory (reverse charge).
    out.push(missing("client.vatNumber"));
  }
  if (!blank(client.vatNumber) && !isValidVatNumber(client.vatNumber, country === "FR" && isValidSiren(client.siren) ? client.siren : undefined)) {
    out.push(issue(INVALID, "client.vatNumber", `Le numéro de TVA du client ${client.name} (${client.vatNumber}) n'est pas valide.`));
  }
  out.push(...paymentTermIssues(client));
  return out;
}

/** The client's payment term: a whole number of days within the legal maximum of its way of counting. */
function paymentTermIssues(client: Client): InvoiceIssue[] {
  const days = client.paymentDelayDays;
  const mode = client.paymentTermMode ?? "invoiceDate";
  if (days === undefined && mode === "invoiceDate") {
    const d = PAYMENT_TERM_LIMITS.defaultDaysAfterService;
    return [issue("FACT_DELAI_PAR_DEFAUT", "client.paymentDelayDays", `Aucun délai de paiement n'est indiqué pour ${client.name} : le délai légal de ${d} jours après la fin de la prestation s'applique.`, "info")];
  }
  if (days === undefined) return [];
  if (!Number.isInteger(days) || days < 0) return [issue(INVALID, "client.paymentDelayDays", `Le délai de paiement de ${client.name} doit être un nombre entier de jours.`)];
  const max = maxAgreedDays(mode);
  if (days <= max) return [];
  const how = mode === "invoiceDate" ? "à compter de la date de facture" : `fin de mois (calcul « ${PAYMENT_TERM_MODE_LABEL[mode]} »)`;
  return [
    issue(
      "FACT_DELAI_EXCESSIF",
      "client.paymentDelayDays",
      `Le délai de paiement de ${client.name} (${days} jours ${how}) dépasse le maximum légal de ${max} jours ${how} (art. L441-10 du Code de commerce).`,
    ),
  ];
}

/**
 * EN 16931 BR-O-11 and BR-O-12: an invoice with lines "not subject to VAT" (category O: services to a
 * client outside the EU, CGI art. 259-1) has no line of any other category. Refused on the first O
 * line: two invoices are needed (the e-invoice could not be written, and a platform would reject it).
 */
function notSubjectMixIssues(draft: InvoiceDraft, seller: Seller): InvoiceIssue[] {
  const categories = draft.lines.map((l) => {
    if (!Number.isFinite(l.vatRate)) return undefined;
    const v = lineVat(l, seller, draft.client, draft.issueDate);
    return v.ok ? v.category : undefined;
  });
  const first = categories.indexOf("O");
  const other = categories.findIndex((c) => c !== undefined && c !== "O");
  if (first < 0 || other < 0) return [];
  return [
    issue(
      "FACT_TVA_HORS_CHAMP_MELANGEE",
      `lines[${first}].vatRate`,
      `Ligne ${first + 1} : une prestation hors du champ de la TVA française (0 % pour un client hors de l'Union européenne, art. 259-1 du CGI) ne peut pas figurer sur la même facture qu'une ligne à ${draft.lines[other].vatRate} % (ligne ${other + 1}) : la norme EN 16931 l'interdit (règles BR-O-11 et BR-O-12). Émettez deux factures.`,
    ),
  ];
}

/** Every mention of the draft, the seller and the client; an empty list (or only info) means "issue". */
export function checkMandatoryMentions(draft: InvoiceDraft, seller: Seller): InvoiceIssue[] {
  const out: InvoiceIssue[] = [...checkSellerMentions(seller), ...checkClientMentions(draft.client)];
  if (!Number.isInteger(draft.issueDate)) out.push(missing("draft.issueDate"));
  if (draft.servicePeriod === undefined && draft.deliveryDate === undefined) out.push(missing("draft.serviceDate"));
  else if (draft.servicePeriod && draft.servicePeriod.end < draft.servicePeriod.start) {
    out.push(issue(INVALID, "draft.serviceDate", `La période de réalisation se termine (${toFrench(draft.servicePeriod.end)}) avant de commencer (${toFrench(draft.servicePeriod.start)}).`));
  }
  if (!draft.nature || !OPERATION_NATURES.includes(draft.nature)) out.push(missing("draft.nature"));
  else if (draft.nature !== "services" && !draft.deliveryAddress && !draft.deliveredAtClientAddress) {
    // New mention: delivery address of goods when it differs from the client's address; the user says
    // either where, or that it is the client's address.
    out.push(missing("draft.deliveryAddress"));
  } else if (draft.deliveryAddress && addressIncomplete(draft.deliveryAddress)) {
    out.push(issue(INVALID, "draft.deliveryAddress", "L'adresse de livraison est incomplète (rue, code postal, ville, pays)."));
  }

  if (draft.lines.length === 0) {
    out.push(issue("FACT_LIGNES_VIDES", "draft.lines", "La facture n'a aucune ligne."));
    return out;
  }
  let total = 0;
  draft.lines.forEach((line, i) => {
    const f = (name: string): string => `lines[${i}].${name}`;
    const n = i + 1;
    if (blank(line.label)) {
      out.push(issue(MISSING, f("label"), `Ligne ${n} : mention obligatoire manquante : ${LINE_FIELD_LABEL.label}.`));
    }
    if (!Number.isFinite(line.quantity) || line.quantity === 0) {
      out.push(issue(MISSING, f("quantity"), `Ligne ${n} : mention obligatoire manquante : ${LINE_FIELD_LABEL.quantity}.`));
    } else if (!hasAtMostFourDecimals(line.quantity)) {
      out.push(issue(INVALID, f("quantity"), `Ligne ${n} : la quantité ${line.quantity} a plus de 4 décimales (limite de la facture électronique).`));
    }
    if (!Number.isInteger(line.unitPriceCents)) {
      out.push(issue(MISSING, f("unitPrice"), `Ligne ${n} : mention obligatoire manquante : ${LINE_FIELD_LABEL.unitPrice}.`));
    } else if (line.unitPriceCents < 0) {
      out.push(issue(INVALID, f("unitPrice"), `Ligne ${n} : le prix unitaire ne peut pas être négatif (une remise s'écrit avec une quantité négative).`));
    }
    if (!Number.isFinite(line.vatRate)) {
      out.push(issue(MISSING, f("vatRate"), `Ligne ${n} : mention obligatoire manquante : ${LINE_FIELD_LABEL.vatRate}.`));
    } else {
      const v = lineVat(line, seller, draft.client, draft.issueDate);
      if (!v.ok) {
        out.push(
          issue(
            "FACT_TVA_INCONNUE",
            f("vatRate"),
            v.reason === "franchiseWithVat"
              ? `Ligne ${n} : la société est en franchise de TVA (art. 293 B du CGI) ; le taux doit être 0 %.`
              : `Ligne ${n} : ${line.vatRate} % n'est pas un taux de TVA français en vigueur le ${toFrench(draft.issueDate)} (20, 10, 5,5, 2,1 ou 0).`,
          ),
        );
      }
    }
    if (Number.isFinite(line.quantity) && Number.isInteger(line.unitPriceCents)) total += lineNetCents(line.quantity, line.unitPriceCents);
  });
  out.push(...notSubjectMixIssues(draft, seller));
  if (total <= 0 && !out.some((o) => o.field.startsWith("lines["))) {
    out.push(issue("FACT_TOTAL_NEGATIF", "draft.lines", "Le total HT de la facture est nul ou négatif : pour annuler ou réduire une facture, émettez un avoir."));
  }
  return out;
}
