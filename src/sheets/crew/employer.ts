/**
 * The payroll's employer from `Societe`: its collective agreement (`Convention de l'employeur`), which
 * decides the crew's agreement (core/crew/employer.ts), and its postal code (versement mobilité). The
 * `Societe` rows are read once, by the invoicing's reader, whose labels include these fields.
 */
import type { Employer } from "../../core/crew/employer";
import type { RowPlace } from "../../core/alerts";
import { parseAgreement } from "../../core/crew/model";
import type { SheetSource } from "../source";
import { CONVENTIONS } from "../contract/planning";
import { companyOf } from "../invoicing/company";
import type { CompanyField } from "../invoicing/company";

export interface EmployerRead {
  /** Undefined without a `Societe` table: the productions' agreements apply, as before. */
  employer?: Employer;
  /** The `Societe` table exists but says nothing of the agreement. */
  agreementMissing: boolean;
}

export function employerOf(ctx: SheetSource): EmployerRead {
  return ctx.memo("crew.employer", () => {
    const company = companyOf(ctx);
    if (!company.present) return { agreementMissing: false };
    const f = company.fields;
    const place = (key: CompanyField): RowPlace<"value"> | undefined => {
      const at = f.locate(key);
      return at.row > 0 ? { sheet: at.sheet, row: at.row, id: at.id, cells: { value: at.cell } } : undefined;
    };
    const agreement = parseAgreement(f.choice("employerAgreement", CONVENTIONS));
    return {
      employer: {
        name: company.seller.name || undefined,
        agreement,
        postalCode: company.seller.address.postalCode || undefined,
        city: company.seller.address.city || undefined,
        agreementPlace: place("employerAgreement"),
        postalCodePlace: place("postalCode"),
      },
      agreementMissing: agreement === undefined,
    };
  });
}
