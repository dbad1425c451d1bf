/**
 * The plain data the payroll engine works on. The sheets layer maps the workbook tables onto these
 * shapes (`Equipe` → CrewMember, `Seances` → Booking, `Productions` → PayrollProduction,
 * `Indisponibilites` → Unavailability); the engine never sees a cell, only these values.
 *
 * Everything computed here is an estimate for budgets and for checking the payroll provider's
 * payslips, never a payslip.
 */

import type { RowPlace } from "../alerts";
import type { DayNumber } from "../dates/civil";
import type { Minutes } from "../dates/time";
import type { Cents } from "../money";

/**
 * Collective agreements of post-production, as the `Convention` cells write them: production
 * companies (2642 audiovisual, 3097 cinema, 2412 animation) and technical facilities (2717, replaced
 * on 1 April 2025 by the CCN des entreprises au service de la création et de l'événement, IDCC 3252).
 */
export type AgreementCode = "IDCC 2642" | "IDCC 3097" | "IDCC 2412" | "IDCC 2717" | "IDCC 3252";
export const AGREEMENTS: readonly AgreementCode[] = ["IDCC 2642", "IDCC 3097", "IDCC 2412", "IDCC 2717", "IDCC 3252"];

/** `Equipe[Statut]`. Only the two intermittent technician statuses are paid by this engine. */
export type CrewStatus =
  | "Intermittent technicien"
  | "Intermittent technicien cadre"
  | "Artiste"
  | "Permanent"
  | "Prestataire";

/** `Equipe[Unité salaire]`. */
export type SalaryUnit = "heure" | "jour" | "semaine 35 h" | "semaine 39 h";

export interface CrewMember {
  name: string;
  /** `Equipe[Type]`: only "Personne" rows are people the labour-law checks and payroll apply to. */
  type?: "Personne" | "Salle" | "Prestataire";
  /** `Fonction`, matched against the `Grilles` table (case and accents ignored). */
  role: string;
  status: CrewStatus;
  /** Default: the production's agreement. */
  agreement?: AgreementCode;
  /** Agreed gross pay, in cents, per `salaryUnit`. */
  salaryCents?: Cents;
  salaryUnit?: SalaryUnit;
  /**
   * Hours a day's pay covers when the unit is "jour" (default: parameter JOUR_BASE_HEURES of the
   * agreement: 7 h in the audiovisual agreement, whose `Minimum jour` is the 7 h day, 8 h at the
   * technical providers).
   */
  dayBaseHours?: number;
  congesSpectaclesNumber?: string;
  /** Identity items the payroll provider needs; optional, never required by the engine. */
  nir?: string;
  address?: string;
  iban?: string;
  firstContract?: boolean;
  place?: RowPlace<keyof CrewMember>;
}

/** Programme genre (`Productions[Genre]`): decides the CCNPA night window. */
export type ProductionGenre = string;

export interface PayrollProduction {
  code: string;
  /**
   * `Productions[Convention]` as typed; blank = the employer's (employer.ts says when a production's
   * agreement applies at all: only where the employer is its producer).
   */
  agreement?: AgreementCode;
  /** `Productions[Client]`: a facility working for a client is not the programme's producer. */
  client?: string;
  /** Holiday zone text (`Productions[Zone]`); blank = mainland France. */
  zone?: string;
  genre?: ProductionGenre;
  /** `Numéro d'objet` (France Travail spectacle), copied to the pay items. */
  objectNumber?: string;
  /** Cinema annexe II shooting weeks: equivalence hours apply. Off by default. */
  equivalence?: boolean;
  place?: RowPlace<keyof PayrollProduction>;
}

/** One row of `Seances`: one resource, one day, one task of one production. */
export interface Booking {
  day: DayNumber;
  production: string;
  task?: string;
  resource: string;
  /** Arrival, minutes since midnight. */
  start?: Minutes;
  /** Departure; at or before `start` means the next morning (work across midnight). */
  end?: Minutes;
  breakMinutes?: number;
  comment?: string;
  place?: RowPlace<keyof Booking>;
}

export interface Unavailability {
  resource: string;
  from: DayNumber;
  to: DayNumber;
  reason?: string;
  place?: RowPlace<keyof Unavailability>;
}

export interface TaskRef {
  id: string;
  production: string;
}

/**
 * A CDDU as signed (`Contrats`). When the workbook gives none, the engine infers one contract per
 * person, production and civil week (the usual weekly engagement), see `contracts.ts`. Blank terms
 * (function, status, pay) are the person's in `Equipe`.
 */
export interface ContractInput {
  person: string;
  /** One production code… */
  production?: string;
  /** …or several (a contract covering two programmes of the same employer). */
  productions?: readonly string[];
  start: DayNumber;
  /** Initial end date (renewals excluded: the unemployment surcharge looks at it). */
  end: DayNumber;
  /** The job title of the grid (`Contrats[Fonction]`). */
  role?: string;
  status?: CrewStatus;
  salaryCents?: Cents;
  salaryUnit?: SalaryUnit;
  /** `Contrats[Numéro d'objet]` (France Travail spectacle). */
  objectNumber?: string;
  /** Exemptions from the 0,5 pt unemployment surcharge on short CDDU. */
  hiredOnCdiAfter?: boolean;
  seasonal?: boolean;
  place?: RowPlace<keyof ContractInput>;
}

/** The productions a contract input covers (`production` and `productions` together). */
export function contractProductions(c: ContractInput): string[] {
  const all = [...(c.production ? [c.production] : []), ...(c.productions ?? [])].map((p) => p.trim()).filter((p) => p !== "");
  return [...new Map(all.map((p) => [foldKey(p), p])).values()];
}

/**
 * foldKey's answers by text: a year's séance log folds the same few hundred names and codes tens of
 * thousands of times (foldKey took 144 ms of self time in a profile of `cappad check` on a year's
 * workbook of 19,760 séances). Cleared when full, so that memory stays bounded.
 */
const folded = new Map<string, string>();
const FOLDED_MAX = 10_000;

/** Case, accents and spacing ignored: how names typed by hand are compared. */
export function foldKey(text: string): string {
  const known = folded.get(text);
  if (known !== undefined) return known;
  const key = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, " ")
    .trim();
  if (folded.size >= FOLDED_MAX) folded.clear();
  folded.set(text, key);
  return key;
}

export function isIntermittentTechnician(status: CrewStatus): boolean {
  return status === "Intermittent technicien" || status === "Intermittent technicien cadre";
}

export function isCadre(status: CrewStatus): boolean {
  return status === "Intermittent technicien cadre";
}

export function parseAgreement(text: string | undefined): AgreementCode | undefined {
  if (!text) return undefined;
  // The same one or two texts for every séance of a facility (CONVENTION_PRESTATAIRES): 7 MB of regex
  // results per check of a year's workbook when read again each time.
  if (agreementOfText.has(text)) return agreementOfText.get(text);
  const code = readAgreement(text);
  if (agreementOfText.size < FOLDED_MAX) agreementOfText.set(text, code);
  return code;
}

const agreementOfText = new Map<string, AgreementCode | undefined>();

function readAgreement(text: string): AgreementCode | undefined {
  const digits = /(\d{4})/.exec(text);
  if (!digits) return undefined;
  const code = `IDCC ${digits[1]}` as AgreementCode;
  return AGREEMENTS.includes(code) ? code : undefined;
}
