/**
 * The tables of the accounts: the chart of accounts of the accounting export (`PlanComptable`, typed by
 * the user, dated) and the receipts from clients and payments to suppliers (`Paiements`).
 */
import type { AccountUsage } from "../../core/accounts/chart";
import type { TableSpec } from "../spec";
import { computed, input, list } from "./columns";

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

/** `Paiements[Sens]` (core: `PaymentDirection`, received / paid). */
export const PAYMENT_DIRECTIONS = ["reçu", "payé"] as const;

export const PAIEMENTS: TableSpec = {
  name: "Paiements",
  sheet: "Paiements",
  appendableBy: ["payment"],
  columns: [
    input("Date", "date", { required: true, width: 11 }),
    list("Sens", PAYMENT_DIRECTIONS, { width: 8, note: "reçu : un client nous paie ; payé : nous payons un fournisseur" }),
    input("Facture", "text", { required: true, width: 18, note: "Notre numéro de facture (reçu) ou le n° de facture du fournisseur (payé)" }),
    input("Montant", "money", { required: true, width: 12, note: "TTC ; un paiement partiel est une ligne de plus" }),
    input("Mode", "text", { width: 12 }),
    input("Référence", "text", { width: 20, note: "Référence du virement ; pour un paiement à un fournisseur, son nom lève toute ambiguïté" }),
  ],
};

export const ACCOUNTS_TABLES = [PAIEMENTS, PLAN_COMPTABLE];

/**
 * The reminders sent (`cappad relance`): one row per letter, the day it was written, appended by that
 * command only and never rewritten — the next letter's level follows what this log holds.
 */
export const REMINDER_LOG_SHEET = "Relances envoyées";

export const RELANCES_ENVOYEES: TableSpec = {
  name: "RelancesEnvoyees",
  sheet: REMINDER_LOG_SHEET,
  style: "TableStyleLight9",
  appendableBy: ["reminders"],
  columns: [
    computed("Date", "date", { width: 11 }),
    computed("Facture", "text", { width: 15 }),
    computed("Client", "text", { width: 24, wrap: true }),
    computed("Niveau", "text", { width: 16, note: "Première relance, Seconde relance ou Mise en demeure : la relance suivante en découle" }),
    computed("Jours de retard", "integer", { width: 9 }),
    computed("Reste dû", "money", { width: 13 }),
    computed("Pénalités", "money", { width: 12 }),
    computed("Indemnité", "money", { width: 11 }),
  ],
};

export const ACCOUNTS_REPORT_TABLES = [RELANCES_ENVOYEES];
