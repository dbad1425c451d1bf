/**
 * The rate card (`Tarifs`): what one unit of a room, a person or a service costs before VAT, and the
 * budget code (poste) its cost goes to. Also the one place quantities are multiplied by prices, so
 * that the quote, the cost report and the invoice lines round the same way.
 *
 * Quantities are fractional (half a day, 2.25 hours) and may be summed over thousands of séances, so
 * they are kept as integers of 1/10,000 of a unit (the French rule BR-FR-DEC-02 allows 4 decimals):
 * sums stay exact, and an amount is `quantity × unit price` rounded once, half away from zero.
 */
import { centsFromEuros, type Cents } from "../money";
import { MAX_QUANTITY_DECIMALS } from "../../data/invoicing/eInvoiceCodes";

export const RATE_UNITS = ["jour", "demi-journée", "heure", "forfait", "plan", "minute"] as const;
export type RateUnit = (typeof RATE_UNITS)[number];

/** The kinds of work a rate-card line may bill with a surcharge. */
export type SurchargeKind = "sunday" | "night" | "holiday";
export const SURCHARGE_KINDS: readonly SurchargeKind[] = ["sunday", "holiday", "night"];

/** Surcharges of a rate-card line, in percent of its price (25 = +25 %); absent = none. */
export type Surcharges = Partial<Record<SurchargeKind, number>>;

export interface RateCardEntry {
  code: string;
  label: string;
  unit: RateUnit;
  priceCents: Cents;
  vatRate: number;
  budgetCode: string;
  surcharges?: Surcharges;
}

/** Each surcharge said in French (invoice line labels, messages). */
export const SURCHARGE_LABEL: Readonly<Record<SurchargeKind, string>> = { sunday: "majoration dimanche", holiday: "majoration jour férié", night: "majoration de nuit" };

/**
 * A rate-card line as typed (the workbook layer maps its columns to these fields; the shipped example
 * rows are written in them): the price in euros as typed, the surcharges as a percentage cell holds
 * them (25 % = 0.25, blank or absent = none). Cells that are not numbers arrive as NaN.
 */
export interface RateCardRow {
  code: string;
  label: string;
  unit: string;
  priceEuros: number;
  vatPercent: number;
  budgetCode: string;
  surcharges?: Partial<Record<SurchargeKind, number | null>>;
}

/** The field of a rate-card row an issue is about (a surcharge is its kind). */
export type RateCardField = Exclude<keyof RateCardRow, "surcharges"> | SurchargeKind;

/** A rate-card row left out: which row (0-based index), which field, what is wrong (no location). */
export interface RateCardIssue {
  code: string;
  index: number;
  field: RateCardField;
  message: string;
}

/** Entries by code (codes compared case-insensitively, spaces trimmed: they are typed by hand). */
export class RateCard {
  private readonly byKey = new Map<string, RateCardEntry>();
  constructor(entries: Iterable<RateCardEntry>) {
    for (const e of entries) this.byKey.set(codeKey(e.code), e);
  }
  get(code: string | undefined): RateCardEntry | undefined {
    return code === undefined ? undefined : this.byKey.get(codeKey(code));
  }
  get size(): number {
    return this.byKey.size;
  }
  entries(): RateCardEntry[] {
    return [...this.byKey.values()];
  }
}

export function codeKey(code: string): string {
  return code.trim().toUpperCase();
}

export function isRateUnit(text: string): text is RateUnit {
  return (RATE_UNITS as readonly string[]).includes(text);
}

/** Quantity scale: 1 unit = 10,000 (four decimals). */
export const QTY_SCALE = 10 ** MAX_QUANTITY_DECIMALS;

/** A quantity in 1/10,000 units (rounded to 4 decimals); throws on a non-finite number. */
export function toScaledQuantity(quantity: number): number {
  if (!Number.isFinite(quantity)) throw new RangeError("quantité non finie");
  const scaled = Math.round(quantity * QTY_SCALE);
  return scaled === 0 ? 0 : scaled;
}

export function fromScaledQuantity(scaled: number): number {
  return scaled / QTY_SCALE;
}

/** True when the quantity has at most 4 decimals (what an e-invoice can carry). */
export function hasAtMostFourDecimals(quantity: number): boolean {
  return Number.isFinite(quantity) && Math.abs(quantity * QTY_SCALE - Math.round(quantity * QTY_SCALE)) < 1e-6;
}

/**
 * `a × b / c` rounded half away from zero, exactly, for safe integers (the products stay below 2^53
 * for any realistic invoice: 10^11 cents × 10^4). The one rounding of money from quantities and rates.
 */
export function mulDivRound(a: number, b: number, c: number): number {
  const n = a * b;
  if (!Number.isSafeInteger(n)) {
    // Beyond 2^53 fall back to floating point: still correct to the cent for any real amount.
    const v = n / c;
    const r = Math.sign(v) * Math.round(Math.abs(v));
    return r === 0 ? 0 : r;
  }
  const sign = Math.sign(n) * Math.sign(c);
  const an = Math.abs(n);
  const ac = Math.abs(c);
  const q = Math.floor(an / ac);
  const r = an - q * ac;
  const rounded = 2 * r >= ac ? q + 1 : q;
  return rounded === 0 ? 0 : sign * rounded;
}

/** Amount of a scaled quantity at a unit price: `quantity × price`, rounded once to the cent. */
export function amountOfScaled(scaledQuantity: number, priceCents: Cents): Cents {
  return mulDivRound(scaledQuantity, priceCents, QTY_SCALE);
}

/** Amount of a plain quantity at a unit price, rounded to the cent. */
export function amountOf(quantity: number, priceCents: Cents): Cents {
  return amountOfScaled(toScaledQuantity(quantity), priceCents);
}

/**
 * Builds the rate card from its rows. Rows with an empty code, an unknown unit, a negative price or an
 * impossible VAT rate are left out with an issue; a duplicate code keeps the first row.
 */
export function rateCardFromRows(rows: readonly RateCardRow[]): { rateCard: RateCard; issues: RateCardIssue[] } {
  const issues: RateCardIssue[] = [];
  const entries: RateCardEntry[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const entry = rateCardEntry(row, seen, (code, field, message) => {
      issues.push({ code, index, field, message });
      return undefined;
    });
    if (!entry) return;
    seen.add(codeKey(entry.code));
    entries.push(entry);
  });
  return { rateCard: new RateCard(entries), issues };
}

/** Says why a row is left out; returns undefined, the entry a refused row gives. */
type Refuse = (code: string, field: RateCardField, message: string) => undefined;

function rateCardEntry(row: RateCardRow, seen: ReadonlySet<string>, refuse: Refuse): RateCardEntry | undefined {
  const code = String(row.code ?? "").trim();
  if (!code) return refuse("TARIF_CODE_MANQUANT", "code", "le code du tarif est vide.");
  if (seen.has(codeKey(code))) return refuse("TARIF_CODE_DOUBLON", "code", `le code ${code} existe déjà plus haut ; cette ligne est ignorée.`);
  const unit = String(row.unit ?? "").trim();
  if (!isRateUnit(unit)) return refuse("TARIF_UNITE_INCONNUE", "unit", `tarif ${code} : unité « ${unit} » inconnue (jour, demi-journée, heure, forfait, plan ou minute).`);
  const price = row.priceEuros;
  if (typeof price !== "number" || !Number.isFinite(price) || price < 0) return refuse("TARIF_PRIX_INVALIDE", "priceEuros", `tarif ${code} : le prix HT doit être un nombre positif.`);
  const vat = row.vatPercent;
  if (typeof vat !== "number" || !Number.isFinite(vat) || vat < 0 || vat >= 100)
    return refuse("TARIF_TVA_INVALIDE", "vatPercent", `tarif ${code} : le taux de TVA doit être un pourcentage (20, 10, 5,5…).`);
  const surcharges: Surcharges = {};
  for (const kind of SURCHARGE_KINDS) {
    const f = row.surcharges?.[kind];
    if (f === undefined || f === null) continue;
    if (typeof f !== "number" || !Number.isFinite(f) || f < 0 || f > 1)
      return refuse("TARIF_MAJORATION_INVALIDE", kind, `tarif ${code} : la ${SURCHARGE_LABEL[kind]} doit être un pourcentage entre 0 et 100 % (vide = pas de majoration).`);
    // The cell holds a fraction (25 % = 0.25); kept in percent, to the hundredth of a point.
    if (f > 0) surcharges[kind] = Math.round(f * 10000) / 100;
  }
  const entry: RateCardEntry = { code, label: String(row.label ?? "").trim(), unit, priceCents: centsFromEuros(price), vatRate: vat, budgetCode: String(row.budgetCode ?? "").trim() };
  if (Object.keys(surcharges).length > 0) entry.surcharges = surcharges;
  return entry;
}

/** A surcharge's unit price: `price × percent`, rounded once to the cent (half away from zero). */
export function surchargePriceCents(priceCents: Cents, percent: number): Cents {
  return mulDivRound(priceCents, Math.round(percent * 100), 10000);
}
