/**
 * The employer of the crew and the collective agreement each contract follows.
 *
 * The workbook belongs to one employer (`Societe[Convention de l'employeur]`):
 * - a production company (IDCC 2642 production audiovisuelle, 3097 production cinématographique,
 *   2412 films d'animation): a production's own `Convention` applies to the crew it hires for it (it
 *   is the programme's producer), the employer's otherwise;
 * - a technical facility (IDCC 2717, "entreprises techniques au service de la création et de
 *   l'événement", replaced on 1 April 2025 by IDCC 3252): its crew follows the facility agreement, dated
 *   by the parameter CONVENTION_PRESTATAIRES (2717 until 31 March 2025, 3252 from 1 April 2025: the
 *   CCN of 27 June 2024, extended by the arrêté of 13 March 2025). The productions' `Convention` (their
 *   producers' agreement) does not apply to a facility's crew.
 *
 * The contract's object can move a facility's contract to another agreement (CCN 2717 art. 1.3.1 and
 * 1.3.2, https://www.legifrance.gouv.fr/conv_coll/id/KALIARTI000019906626):
 * - a programme the facility produces itself (it holds the rights): the production agreement (IDCC 2642,
 *   or the one typed on the production). The workbook says so by a production with a `Convention` and
 *   no `Client` (nobody is billed for it);
 * - an animation programme or digital visual effects: the functions, pay and CDDU terms of the
 *   animation agreement (IDCC 2412). A production of genre "Animation" does it for all its crew; a
 *   person's `Equipe[Convention]` does it for one person (a VFX artist).
 * Each such choice is said once as an information, so that the coordinator can check the object.
 * Without an employer agreement (a workbook without `Societe`), the production's agreement applies,
 * IDCC 2642 by default, as before.
 */

import { type Alert, placedAlert, type RowPlace } from "../alerts";
import type { DayNumber } from "../dates/civil";
import type { ParameterReader } from "./parameters";
import { AgreementCode, CrewMember, foldKey, parseAgreement, PayrollProduction } from "./model";

export type EmployerKind = "production" | "facility";

export interface Employer {
  name?: string;
  /** `Societe[Convention de l'employeur]`. */
  agreement?: AgreementCode;
  /** `Societe[Code postal]`: the commune whose versement mobilité rate applies. */
  postalCode?: string;
  city?: string;
  /** Where the agreement and the postal code are typed (alerts point at the `value` typed there). */
  agreementPlace?: RowPlace<"value">;
  postalCodePlace?: RowPlace<"value">;
}

export const FACILITY_AGREEMENTS: readonly AgreementCode[] = ["IDCC 2717", "IDCC 3252"];
export const ANIMATION_AGREEMENT: AgreementCode = "IDCC 2412";
/** The audiovisual production agreement: the default of a production company, as before employers were known. */
export const DEFAULT_PRODUCTION_AGREEMENT: AgreementCode = "IDCC 2642";
const ANIMATION_GENRE = "animation";

export function employerKind(employer: Employer | undefined): EmployerKind | undefined {
  if (!employer?.agreement) return undefined;
  return FACILITY_AGREEMENTS.includes(employer.agreement) ? "facility" : "production";
}

/** The facility agreement in force on a day (parameter CONVENTION_PRESTATAIRES), else the one typed. */
export function facilityAgreementOn(employer: Employer, day: DayNumber, params: ParameterReader): AgreementCode {
  return parseAgreement(params.text("CONVENTION_PRESTATAIRES", day)) ?? employer.agreement ?? "IDCC 3252";
}

export type AgreementBasis = "person" | "production" | "employer" | "animation" | "ownProgramme" | "default";

export interface AgreementChoice {
  agreement: AgreementCode;
  basis: AgreementBasis;
}

/** A production the facility produces itself: an agreement typed, and no client billed for it. */
function isOwnProgramme(production: PayrollProduction): boolean {
  return production.agreement !== undefined && !FACILITY_AGREEMENTS.includes(production.agreement) && !production.client?.trim();
}

/** The agreement of a person's work on a production on a day (see the header for the rules). */
export function agreementFor(
  employer: Employer | undefined,
  person: CrewMember | undefined,
  production: PayrollProduction | undefined,
  day: DayNumber,
  params: ParameterReader,
): AgreementChoice {
  const choice = rawAgreement(employer, person, production, day, params);
  // "IDCC 2717" typed anywhere means the facility agreement of the day: 3252 since 1 April 2025.
  if (!FACILITY_AGREEMENTS.includes(choice.agreement)) return choice;
  const agreement = parseAgreement(params.text("CONVENTION_PRESTATAIRES", day)) ?? choice.agreement;
  // The same choice when the day's agreement is the one chosen (every séance of a facility's year).
  return agreement === choice.agreement ? choice : { ...choice, agreement };
}

function rawAgreement(employer: Employer | undefined, person: CrewMember | undefined, production: PayrollProduction | undefined, day: DayNumber, params: ParameterReader): AgreementChoice {
  const kind = employerKind(employer);
  if (person?.agreement && !(kind === "facility" && FACILITY_AGREEMENTS.includes(person.agreement))) return { agreement: person.agreement, basis: "person" };
  if (kind === "facility") {
    if (production && foldKey(production.genre ?? "") === ANIMATION_GENRE) return { agreement: ANIMATION_AGREEMENT, basis: "animation" };
    if (production && isOwnProgramme(production)) return { agreement: production.agreement!, basis: "ownProgramme" };
    return { agreement: facilityAgreementOn(employer!, day, params), basis: "employer" };
  }
  if (production?.agreement) return { agreement: production.agreement, basis: "production" };
  if (kind === "production") return { agreement: employer!.agreement!, basis: "employer" };
  return { agreement: DEFAULT_PRODUCTION_AGREEMENT, basis: "default" };
}

/** An information alert on the agreement cell of a production's or a person's row. */
function notice(place: RowPlace<"agreement"> | undefined, message: string, production?: string): Alert {
  return placedAlert(place, "PAIE_CONVENTION_OBJET", "info", message, "agreement", production);
}

/**
 * The agreement choices a coordinator should see once (information alerts, code PAIE_CONVENTION_OBJET):
 * the object rule applied to a facility's production or person, and a producer's agreement typed on
 * a production a facility only serves.
 */
export function agreementNotices(employer: Employer | undefined, crew: readonly CrewMember[], productions: readonly PayrollProduction[], day: DayNumber, params: ParameterReader): Alert[] {
  if (employerKind(employer) !== "facility") return [];
  const facility = facilityAgreementOn(employer!, day, params);
  const who = employer!.name ? `${employer!.name}, prestataire technique (${facility})` : `l'employeur, prestataire technique (${facility})`;
  const out: Alert[] = [];
  for (const p of productions) {
    const choice = agreementFor(employer, undefined, p, day, params);
    if (choice.basis === "animation")
      out.push(notice(p.place, `${p.code} est un programme d'animation : les CDDU de ${who} y suivent les fonctions, salaires et conditions de la convention de l'animation (${ANIMATION_AGREEMENT}), CCN 2717 art. 1.3.2.`, p.code));
    else if (choice.basis === "ownProgramme")
      out.push(notice(p.place, `${p.code} n'a pas de client : ${who} en est le producteur, ses techniciens y sont payés selon ${choice.agreement} (CCN 2717 art. 1.3.1). Indiquez le client si c'est une prestation.`, p.code));
    else if (p.agreement && p.agreement !== facility && !FACILITY_AGREEMENTS.includes(p.agreement))
      out.push(notice(p.place, `${p.agreement} est la convention du producteur de ${p.code} (client ${p.client}) : ${who} paie ses techniciens selon ${facility} (CCN 2717 art. 1.3.1) ; cette colonne est ignorée par la paie.`, p.code));
  }
  for (const m of crew)
    if (m.agreement && !FACILITY_AGREEMENTS.includes(m.agreement))
      out.push(
        notice(
          m.place,
          `${m.name} est payé selon ${m.agreement} et non ${facility}, la convention de ${who} : ${m.agreement === ANIMATION_AGREEMENT ? "animation ou effets visuels numériques (CCN 2717 art. 1.3.2)" : "à réserver aux programmes que le studio produit lui-même (CCN 2717 art. 1.3.1)"}.`,
        ),
      );
  return out;
}
