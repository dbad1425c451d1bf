/**
 * The rate card (`Tarifs`): what one unit of a room, a person or a service costs before VAT, and the
 * budget code (poste) its cost goes to. Also the one place quantities are multiplied by prices, so
 * that the quote, the cost report and the invoice lines round the same way.
 *
 * Quantities are fractional (half a day, 2.25 hours) and may be summed over thousands of séances, so
 * they are kept as integers of 1/10,000 of a unit (the French rule BR-FR-DEC-02 allows 4 decimals):
 * sums stay exact, and an amount is `quantity × unit price` rounded once, half away from zero.
 */
import type { Alert } from "../alerts";
import { centsFromEuros, type Cents } from "../money";
import type { RateCardRow } from "../../data/costs/rateCard";
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

/** The `Tarifs` column of each surcharge (a percentage cell, blank = none). */
export const SURCHARGE_COLUMN: Readonly<Record<SurchargeKind, "Majoration dimanche" | "Majoration nuit" | "Majoration férié">> = {
  sunday: "Majoration dimanche",
  night: "Majoration nuit",
  holiday: "Majoration férié",
};

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
 * Builds the rate card from `Tarifs` rows (French headers, prices in euros as typed). Rows with an
 * empty code, an unknown unit or a negative price are left out with an alert; a duplicate code keeps
 * the first row.
 */
export function rateCardFromRows(
  rows: readonly RateCardRow[],
  sheet = "Tarifs",
  firstRow = 2,
): { rateCard: RateCard; alerts: Alert[] } {
  const alerts: Alert[] = [];
  const entries: RateCardEntry[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const sheetRow = firstRow + i;
    const code = String(row.Code ?? "").trim();
    const alert = (code_: string, message: string): void => {
      alerts.push({ code: code_, severity: "error", sheet, row: sheetRow, id: code, cell: "", message });
    };
    if (!code) return alert("TARIF_CODE_MANQUANT", `${sheet}, ligne ${sheetRow} : le code du tarif est vide.`);
    if (seen.has(codeKey(code))) {
      return alert("TARIF_CODE_DOUBLON", `${sheet}, ligne ${sheetRow} : le code ${code} existe déjà plus haut ; cette ligne est ignorée.`);
    }
    const unit = String(row.Unité ?? "").trim();
    if (!isRateUnit(unit)) {
      return alert(
        "TARIF_UNITE_INCONNUE",
        `${sheet}, tarif ${code} : unité « ${unit} » inconnue (jour, demi-journée, heure, forfait, plan ou minute).`,
      );
    }
    const price = row["Prix HT"];
    if (typeof price !== "number" || !Number.isFinite(price) || price < 0) {
      return alert("TARIF_PRIX_INVALIDE", `${sheet}, tarif ${code} : le prix HT doit être un nombre positif.`);
    }
    const vat = row["TVA (%)"];
    if (typeof vat !== "number" || !Number.isFinite(vat) || vat < 0 || vat >= 100) {
      return alert("TARIF_TVA_INVALIDE", `${sheet}, tarif ${code} : le taux de TVA doit être un pourcentage (20, 10, 5,5…).`);
    }
    const surcharges: Surcharges = {};
    for (const kind of SURCHARGE_KINDS) {
      const f = row[SURCHARGE_COLUMN[kind]];
      if (f === undefined || f === null) continue;
      if (typeof f !== "number" || !Number.isFinite(f) || f < 0 || f > 1) {
        return alert("TARIF_MAJORATION_INVALIDE", `${sheet}, tarif ${code} : la ${SURCHARGE_COLUMN[kind].toLowerCase()} doit être un pourcentage entre 0 et 100 % (vide = pas de majoration).`);
      }
      // The cell holds a fraction (25 % = 0.25); kept in percent, to the hundredth of a point.
      if (f > 0) surcharges[kind] = Math.round(f * 10000) / 100;
    }
    seen.add(codeKey(code));
    const entry: RateCardEntry = { code, label: String(row.Libellé ?? "").trim(), unit, priceCents: centsFromEuros(price), vatRate: vat, budgetCode: String(row.Poste ?? "").trim() };
    if (Object.keys(surcharges).length > 0) entry.surcharges = surcharges;
    entries.push(entry);
  });
  return { rateCard: new RateCard(entries), alerts };
}

/** A surcharge's unit price: `price × percent`, rounded once to the cent (half away from zero). */
export function surchargePriceCents(priceCents: Cents, percent: number): Cents {
  return mulDivRound(priceCents, Math.round(percent * 100), 10000);
}
