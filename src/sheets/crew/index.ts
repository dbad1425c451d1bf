/**
 * The crew and payroll of a workbook, computed once per command: `Equipe`, `Seances`, the payroll
 * reference tables and the plan read into the engine, hours and checks of the whole log, and the
 * payroll of any month on demand. The check's `crew` step, "Préparer la paie", "Vérifier un
 * bulletin" and the costs step (the crew's actual cost) all call `crewOf(ctx)`.
 */
import { analyseCrew, computePayroll, type CrewAnalysis, type CrewInput, type PayrollResult } from "../../core/crew/payroll";
import { payrollSettings } from "../../core/crew/settings";
import { toMonthKey } from "../../core/dates/civil";
import type { SheetSource } from "../source";
import type { Employer } from "../../core/crew/employer";
import { CONTRATS, EQUIPE } from "../contract/crew";
import { SOCIETE } from "../contract/costs";
import type { RowReader } from "../read";
import { payrollConfigOf } from "./config";
import { PARAMETER_COLUMNS } from "./referenceColumns";
import { contractRowsOf } from "./contracts";
import { employerOf } from "./employer";
import { crewMembersOf } from "./equipe";
import { payrollPlanningOf } from "./planning";
import { seanceLogOf } from "./seances";

export interface CrewData {
  input: CrewInput;
  analysis: CrewAnalysis;
  /** The `Seances` row of each booking (same index as `input.bookings`). */
  seanceRows: RowReader[];
  /** `AAAA-MM` of the months with séances, in order. */
  months: string[];
  /** The month's payroll (computed once per month). */
  payroll(month: string): PayrollResult;
}

export function crewOf(ctx: SheetSource): CrewData {
  return ctx.memo("crew", () => {
    const { config, readers } = payrollConfigOf(ctx);
    const log = seanceLogOf(ctx);
    const plan = payrollPlanningOf(ctx);
    const firstDay = log.bookings.reduce((m, b) => Math.min(m, b.day), ctx.today);
    const settings = payrollSettings(config, firstDay);
    for (const p of settings.problems) {
      const row = readers.parameters?.[p.parameter.index];
      const value = PARAMETER_COLUMNS.value.header;
      if (row) row.alert("PAIE_DONNEE_INVALIDE", "warning", `${row.cell(value)} (${value}) : ${p.message}`, value);
    }
    const { employer, agreementMissing } = employerOf(ctx);
    const { contracts } = contractRowsOf(ctx);
    const input: CrewInput = {
      bookings: log.bookings,
      crew: crewMembersOf(ctx),
      productions: plan.productions,
      employer,
      contracts,
      tasks: plan.tasks,
      unavailabilities: plan.unavailabilities,
      crewListed: ctx.table(EQUIPE) !== undefined,
      productionsListed: plan.productionsListed,
      config,
      options: settings.options,
    };
    const analysis = analyseCrew(input);
    sayHowContractsAndAgreementAreKnown(ctx, analysis, agreementMissing ? employer : undefined);
    const months = [...new Set(analysis.contracts.flatMap((c) => c.workedDays.map(toMonthKey)))].sort();
    const payrolls = new Map<string, PayrollResult>();
    const payroll = (month: string): PayrollResult => {
      let r = payrolls.get(month);
      if (!r) payrolls.set(month, (r = computePayroll(input, month, analysis)));
      return r;
    };
    return { input, analysis, seanceRows: log.rows, months, payroll };
  });
}

/**
 * Information alerts once per command: contracts inferred because `Contrats` is empty, and an employer
 * (`Societe`) whose agreement is not given (the productions' agreements then apply).
 */
function sayHowContractsAndAgreementAreKnown(ctx: SheetSource, analysis: CrewAnalysis, employerWithoutAgreement: Employer | undefined): void {
  const paid = analysis.contracts.length > 0;
  if (paid && !analysis.contractsListed)
    ctx.addAlert({
      code: "PAIE_CONTRATS_DEDUITS",
      severity: "info",
      sheet: CONTRATS.sheet,
      row: 0,
      id: "",
      cell: "",
      message: `Table Contrats vide ou absente : la paie déduit un contrat par personne, production et semaine civile des séances. « Proposer les contrats » (cappad contrats) les écrit dans la table pour que vous les corrigiez.`,
    });
  if (paid && employerWithoutAgreement) {
    const at = employerWithoutAgreement.agreementPlace;
    ctx.addAlert({
      code: "PAIE_CONVENTION_EMPLOYEUR",
      severity: "info",
      sheet: at?.sheet ?? SOCIETE.sheet,
      row: at?.row ?? 0,
      id: at?.id ?? "",
      cell: at?.cells?.value ?? "",
      message: `${at?.cells?.value ? `${at.cells.value} : ` : `${SOCIETE.sheet} : `}convention de l'employeur non renseignée : la paie applique la convention de chaque production (IDCC 2642 par défaut). Indiquez IDCC 2642, 3097 ou 2412 pour une société de production, IDCC 3252 pour un prestataire technique.`,
    });
  }
}

export { payrollConfigOf } from "./config";
