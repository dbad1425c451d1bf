/**
 * A supplier invoice's VAT and total: the supplier's invoice is what it is, so typed figures are kept;
 * a blank VAT is taken at the rate, a blank total is net + VAT. A typed VAT more than a cent away from
 * the rate (each supplier rounds its own lines) or a total that is not net + VAT is reported, not fixed.
 */
import { percentOf, type Cents } from "../money";

export interface SupplierAmounts {
  vatCents: Cents;
  grossCents: Cents;
  /** The VAT the rate gives, when a VAT was typed that differs from it by more than a cent. */
  vatAtRateCents?: Cents;
  /** Net + VAT, when a typed total differs from it. */
  expectedGrossCents?: Cents;
}

/** Tolerance of a typed VAT against the rate: one cent per invoice line, as suppliers round per line. */
export const VAT_TOLERANCE_CENTS = 1;

export function supplierAmounts(netCents: Cents, ratePercent: number | undefined, typedVat: Cents | undefined, typedGross: Cents | undefined): SupplierAmounts {
  const atRate = ratePercent === undefined ? undefined : percentOf(netCents, ratePercent);
  const vatCents = typedVat ?? atRate ?? (typedGross !== undefined ? typedGross - netCents : 0);
  const out: SupplierAmounts = { vatCents, grossCents: typedGross ?? netCents + vatCents };
  if (typedVat !== undefined && atRate !== undefined && Math.abs(typedVat - atRate) > VAT_TOLERANCE_CENTS) out.vatAtRateCents = atRate;
  if (typedGross !== undefined && typedGross !== netCents + vatCents) out.expectedGrossCents = netCents + vatCents;
  return out;
}
