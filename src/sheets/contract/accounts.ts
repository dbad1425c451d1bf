/** Receipts from clients and payments to suppliers (`Paiements`). */
import type { TableSpec } from "../spec";
import { input, list } from "./columns";

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

export const ACCOUNTS_TABLES = [PAIEMENTS];
