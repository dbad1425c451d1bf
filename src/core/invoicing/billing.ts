/**
 * "Facturer" (issue 6): the invoice lines of a period, from the séances — billable rooms, providers
 * and people at their RATE (what the client pays; the cost report prices people at their payroll
 * cost instead). One line per production × rate, quantities summed exactly, in the units of the
 * rate card (`resourceRates.ts`): one day per séance for a daily rate, the séance's hours for an
 * hourly rate, once per task for a flat fee or a per-minute rate.
 */
import type { Alert } from "../alerts";
import { type DayNumber, toFrench } from "../dates/civil";
import { fromScaledQuantity, QTY_SCALE, type RateCard, toScaledQuantity } from "../costs/rateCard";
import { type CostResource, isOncePerTask, type Lookup, lookup, plannedQuantity, resolveRate } from "../costs/resourceRates";
import { VAT_RATES } from "../../data/invoicing/vatRates";
import type { InvoiceLineInput } from "./invoice";

export interface BillableBooking {
  day: DayNumber;
  production: string;
  task?: string;
  resource: string;
  hours?: number;
  quantity?: number;
}

export interface BillingRequest {
  bookings: readonly BillableBooking[];
  resources: readonly CostResource[];
  rateCard: RateCard;
  period: { start: DayNumber; end: DayNumber };
  /** Only these productions (default: all). */
  productions?: readonly string[];
  programmeMinutes?: Lookup<number>;
  /** Resources not to bill (e.g. internal staff): by `Equipe[Nom]`. */
  notBillable?: readonly string[];
}

// The normal rate in force today is the default for a resource's own rate without a VAT rate.
const NORMAL_RATE = VAT_RATES.find((r) => r.category === "S" && r.validTo === null && r.label === "Taux normal")!.ratePercent;

export function invoiceLinesFromBookings(req: BillingRequest): { lines: InvoiceLineInput[]; alerts: Alert[] } {
  const alerts: Alert[] = [];
  const resources = new Map(req.resources.map((r) => [r.id, r]));
  const skip = new Set(req.notBillable ?? []);
  const only = req.productions ? new Set(req.productions) : undefined;
  const acc = new Map<string, { line: Omit<InvoiceLineInput, "quantity">; scaled: number }>();
  const oncePerTask = new Set<string>();
  const warned = new Set<string>();
  const warn = (key: string, code: string, message: string, production: string): void => {
    if (warned.has(key)) return;
    warned.add(key);
    alerts.push({ code, severity: "warning", sheet: "Seances", row: 0, id: key, cell: "", production, message });
  };
  const inPeriod = [...req.bookings]
    .filter((b) => b.day >= req.period.start && b.day <= req.period.end && (!only || only.has(b.production)) && !skip.has(b.resource))
    .sort((a, b) => a.day - b.day);

  for (const b of inPeriod) {
    const r = resources.get(b.resource);
    if (!r) {
      warn(b.resource, "FACTURER_RESSOURCE_INCONNUE", `Séances : « ${b.resource} » n'est pas dans la table Equipe ; ses séances ne sont pas facturées.`, b.production);
      continue;
    }
    const rate = resolveRate(r, req.rateCard);
    if (!rate) {
      warn(r.id, "FACTURER_TARIF_MANQUANT", `Séances : « ${r.id} » n'a pas de tarif ; ses séances ne sont pas facturées.`, b.production);
      continue;
    }
    let scaled: number;
    if (b.quantity !== undefined) scaled = toScaledQuantity(b.quantity);
    else if (rate.unit === "jour") scaled = QTY_SCALE;
    else if (rate.unit === "heure") {
      if (b.hours === undefined) {
        warn(`${r.id}|${b.day}`, "FACTURER_HEURES_MANQUANTES", `Séance du ${toFrench(b.day)} de « ${r.id} » : heures inconnues (arrivée et départ) ; elle n'est pas facturée.`, b.production);
        continue;
      }
      scaled = toScaledQuantity(b.hours);
    } else if (isOncePerTask(rate.unit)) {
      const k = `${b.production}|${b.task ?? ""}|${r.id}`;
      if (oncePerTask.has(k)) continue;
      oncePerTask.add(k);
      const q = plannedQuantity(rate.unit, { days: 1, programmeMinutes: lookup(req.programmeMinutes, b.production) });
      if (!q.ok) {
        warn(k, "FACTURER_QUANTITE_MANQUANTE", `« ${r.id} » est facturé à la minute : indiquez la durée du programme de ${b.production}.`, b.production);
        continue;
      }
      scaled = q.scaled;
    } else {
      warn(`${r.id}|${b.day}`, "FACTURER_QUANTITE_MANQUANTE", `« ${r.id} » est facturé au plan : indiquez le nombre de plans de la séance du ${toFrench(b.day)}.`, b.production);
      continue;
    }
    const key = `${b.production}|${rate.rateCode ? "T" + rate.rateCode.toUpperCase() : "R" + r.id}`;
    let slot = acc.get(key);
    if (!slot) {
      const line: Omit<InvoiceLineInput, "quantity"> = {
        production: b.production,
        label: rate.label,
        unit: rate.unit,
        unitPriceCents: rate.priceCents,
        vatRate: rate.vatRate ?? NORMAL_RATE,
      };
      if (rate.rateCode) line.code = rate.rateCode;
      acc.set(key, (slot = { line, scaled: 0 }));
    }
    slot.scaled += scaled;
  }
  const lines = [...acc.values()].map(({ line, scaled }) => ({ ...line, quantity: fromScaledQuantity(scaled) }) as InvoiceLineInput);
  return { lines, alerts };
}
