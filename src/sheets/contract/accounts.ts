/** The chart of accounts of the accounting export (`PlanComptable`), typed by the user, dated. */
import type { AccountUsage } from "../../core/accounts/chart";
import type { TableSpec } from "../spec";
import { input, list } from "./columns";

/** `PlanComptable[Usage]`: what the account is used for, as the user reads it. */
export const ACCOUNT_USAGE_LABEL: Record<AccountUsage, string> = {
  clients: "clients",
  suppliers: "fournisseurs",
  services: "prestations",
  purchases: "achats par poste",
  vatCollected: "TVA collectée",
  vatCollectedPending: "TVA collectée en attente",
  vatDeductible: "TVA déductible",
  vatDeductiblePending: "TVA déductible en attente",
  bank: "banque",
};

export const PLAN_COMPTABLE: TableSpec = {
  name: "PlanComptable",
  sheet: "PlanComptable",
  columns: [
    input("Compte", "text", { required: true, width: 10 }),
    input("Libellé", "text", { required: true, width: 34 }),
    list("Usage", Object.values(ACCOUNT_USAGE_LABEL), {
      required: true,
      width: 24,
    }),
    input("Poste/Taux", "text", {
      width: 11,
      note: "Achats : début du code de poste (8 = chapitre 8) ; TVA : le taux (20, 10, 5.5) ; vide = tous",
    }),
    input("Du", "date", { required: true, width: 11 }),
    input("Au", "date", { width: 11 }),
    input("Source", "text", { width: 50, wrap: true }),
  ],
};

export const ACCOUNTS_TABLES = [PLAN_COMPTABLE];
