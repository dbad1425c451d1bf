/** `Equipe` → the crew members the payroll engine pays (and the rooms and providers it does not). */
import { parseAgreement, type CrewMember, type CrewStatus, type SalaryUnit } from "../../core/crew/model";
import type { SheetSource } from "../source";
import { CREW_STATUSES, EQUIPE, SALARY_UNITS } from "../contract/crew";
import { CONVENTIONS, RESOURCE_TYPES } from "../contract/planning";
import { foldText, type RowReader } from "../read";
import { quietText } from "./cells";
import { placeOf } from "./place";
import { isBlank } from "../../workbook/values";

/** The column of each field of a crew member the payroll alerts point at. */
const COLUMN = {
  name: "Nom",
  role: "Fonction",
  status: "Statut",
  agreement: "Convention",
  salaryCents: "Salaire",
  salaryUnit: "Unité salaire",
} as const satisfies Partial<Record<keyof CrewMember, string>>;

function member(row: RowReader): CrewMember | undefined {
  // Nom, Type and Fonction are also the plan's (planningOf reads and reports them): read quietly here.
  const name = quietText(row, "Nom");
  if (!name) return undefined;
  // A type outside the list is said by planningOf (or, in a command that does not read the plan, by the
  // check of unread cells): saying it here too would give the cell two alerts.
  const typed = quietText(row, "Type");
  const type = typed === undefined ? undefined : (RESOURCE_TYPES.find((t) => foldText(t) === foldText(typed)) as CrewMember["type"]);
  let status = row.choice("Statut", CREW_STATUSES) as CrewStatus | undefined;
  if (!status && (type === undefined || type === "Personne") && isBlank(row.raw("Statut"))) {
    status = "Intermittent technicien";
    row.alert("PAIE_STATUT_PAR_DEFAUT", "info", `${row.cell("Statut")} (Statut) : vide, ${name} est compté comme intermittent technicien non cadre.`, "Statut");
  }
  const convention = row.choice("Convention", CONVENTIONS);
  return {
    name,
    type,
    role: quietText(row, "Fonction") ?? "",
    status: status ?? "Prestataire",
    agreement: parseAgreement(convention),
    salaryCents: row.money("Salaire", { min: 0 }),
    salaryUnit: row.choice("Unité salaire", SALARY_UNITS) as SalaryUnit | undefined,
    congesSpectaclesNumber: row.text("N° Congés Spectacles"),
    place: placeOf(row, COLUMN, name),
  };
}

/** Every readable row of `Equipe` (memoised; absent table: nobody). */
export function crewMembersOf(ctx: SheetSource): CrewMember[] {
  return ctx.memo("crew.members", () => {
    const table = ctx.table(EQUIPE);
    return (table?.rows ?? []).flatMap((row) => {
      const m = member(row);
      return m ? [m] : [];
    });
  });
}
