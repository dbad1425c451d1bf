/** `Clients` → the invoice engine's clients, found by name as the draft's header writes it. */
import type { Client } from "../../core/invoicing/invoice";
import { parsePaymentTermMode } from "../../core/invoicing/paymentTerms";
import type { SheetSource } from "../source";
import { CLIENTS, PAYMENT_TERM_MODES } from "../contract/costs";
import { foldText, type RowReader } from "../read";

export interface ClientRow {
  client: Client;
  row: RowReader;
}

/** Which `Clients` column holds each client mention. */
export const CLIENT_COLUMN_OF: Readonly<Record<string, string>> = {
  "client.name": "Nom",
  "client.address": "Adresse",
  "client.siren": "SIREN",
  "client.siret": "SIRET",
  "client.vatNumber": "TVA intracom",
  "client.paymentDelayDays": "Délai de paiement (j)",
  "client.paymentTermMode": "Calcul du délai",
};

export function clientsOf(ctx: SheetSource): Map<string, ClientRow> {
  return ctx.memo("invoicing.clients", () => {
    const out = new Map<string, ClientRow>();
    for (const row of ctx.table(CLIENTS)?.rows ?? []) {
      const name = row.text("Nom", { required: true });
      if (!name) continue;
      const key = foldText(name);
      if (out.has(key)) {
        row.alert("CLIENT_DOUBLON", "warning", `${row.cell("Nom")} : le client « ${name} » apparaît deux fois dans Clients ; seule la première ligne est lue.`, "Nom");
        continue;
      }
      const client: Client = {
        name,
        siren: row.text("SIREN"),
        siret: row.text("SIRET"),
        vatNumber: row.text("TVA intracom"),
        address: { line1: row.text("Adresse") ?? "", postalCode: row.text("Code postal") ?? "", city: row.text("Ville") ?? "", countryCode: row.text("Pays") ?? "FR" },
        routingAddress: row.text("Adresse de routage"),
        paymentDelayDays: row.number("Délai de paiement (j)", { integer: true, min: 0, what: "un nombre de jours" }),
        paymentTermMode: parsePaymentTermMode(row.choice("Calcul du délai", PAYMENT_TERM_MODES)),
      };
      out.set(key, { client, row });
    }
    return out;
  });
}

export function findClient(ctx: SheetSource, name: string): ClientRow | undefined {
  return clientsOf(ctx).get(foldText(name));
}
