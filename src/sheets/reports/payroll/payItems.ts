/**
 * "Éléments variables de paie" (the sheet of that name and its CSV): its columns are a document shape,
 * so they live with the sheets; every figure comes from the payroll engine (core/crew).
 *
 * What the coordinator sends the payroll provider, one line per person
 * × production for the month, with every item a payroll provider asks for (identity, production and contract,
 * attendance per day and per civil week, night/Sunday/holiday/6th-day/equivalence flags, agreed pay
 * and whether it is at the minimum, overtime by band, bonuses and expenses to fill in, absences,
 * analytic split). Items the log does not hold (bonuses, meal allowances, expenses, absences, travel)
 * are left blank for the coordinator: the engine never invents them.
 *
 * The CSV is what French Excel opens by double-click: UTF-8 with a BOM, `;` separator, decimal comma,
 * CRLF. A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with
 * an apostrophe, so that a name like "=HYPERLINK(…)" typed in a séance never runs as a formula in the
 * provider's spreadsheet (CSV injection, OWASP).
 */

import { DayNumber, isoWeekday, parseMonthKey, toFrench, weekStart } from "../../../core/dates/civil";
import { formatMinutes } from "../../../core/dates/time";
import { eurosFromCents } from "../../../core/money";
import type { PreparedBooking } from "../../../core/crew/bookings";
import { PAY_ITEMS_DISCLAIMER, WEEKDAYS_FR } from "../../../core/crew/labels";
import { formatNumber } from "../../../core/format/number";
import { foldKey, isCadre } from "../../../core/crew/model";
import type { PayrollLine, PayrollResult } from "../../../core/crew/payroll";
import { MINUTES_PER_DAY } from "../../../core/crew/hours";
import { hourlyRateCents } from "../../../core/crew/gross";
import { toCsv } from "../../../core/format/csv";

export const PAY_ITEMS_COLUMNS = [
  "Période",
  "Nom",
  "NIR",
  "N° Congés Spectacles",
  "Adresse",
  "IBAN",
  "Premier contrat",
  "Production",
  "Numéro d'objet",
  "Convention",
  "Fonction (intitulé de la grille)",
  "Spécialisé",
  "Statut cadre",
  "Type de contrat",
  "Début contrat",
  "Fin contrat",
  "Contrats",
  "Jours travaillés",
  "Détail des journées",
  "Heures par semaine civile",
  "Heures",
  "Heures de nuit",
  "Heures dimanche",
  "Heures jours fériés",
  "Jours fériés travaillés",
  "6e jour travaillé",
  "Déplacement / voyage",
  "Régime d'équivalence",
  "Salaire convenu",
  "Unité salaire",
  "Au minimum conventionnel",
  "Minimum conventionnel",
  "HS 25 %",
  "HS 50 %",
  "Autres heures majorées",
  "Primes",
  "Paniers repas",
  "Frais sur justificatifs",
  "Défraiement",
  "Absences (maladie, AT)",
  "Ventilation analytique",
  "Brut estimé",
  "Alertes",
  "Mention",
] as const;

export type PayItemsColumn = (typeof PAY_ITEMS_COLUMNS)[number];
export type PayItemValue = string | number | null;
export type PayItemsLine = Record<PayItemsColumn, PayItemValue>;

const yesNo = (b: boolean | undefined): string => (b === undefined ? "" : b ? "Oui" : "Non");
const shortDate = (d: DayNumber) => toFrench(d).slice(0, 5);

function lineBookings(line: PayrollLine, first: DayNumber, last: DayNumber): PreparedBooking[] {
  const seen = new Set<number>();
  const out: PreparedBooking[] = [];
  for (const b of line.bookings) {
    const d = b.booking.day;
    if (d < first || d > last || seen.has(b.index)) continue;
    seen.add(b.index);
    out.push(b);
  }
  return out.sort((a, b) => a.booking.day - b.booking.day || (a.startAbs ?? 0) - (b.startAbs ?? 0));
}

/** "lun. 02/03 09:00–19:00, pause 60 min : 9 h". */
function describeBooking(b: PreparedBooking): string {
  const wd = WEEKDAYS_FR[isoWeekday(b.booking.day) - 1].slice(0, 3) + ".";
  if (!b.times) return `${wd} ${shortDate(b.booking.day)} horaires manquants`;
  const end = b.times.end >= MINUTES_PER_DAY ? `${formatMinutes(b.times.end - MINUTES_PER_DAY)} (+1 j)` : formatMinutes(b.times.end);
  const pause = b.times.breakMinutes > 0 ? `, pause ${b.times.breakMinutes} min` : "";
  return `${wd} ${shortDate(b.booking.day)} ${formatMinutes(b.times.start)}–${end}${pause} : ${formatNumber(b.minutes / 60, { decimals: 2 })} h`;
}

/** The pay items of a payroll month, one line per `Paie` line. */
export function payItems(result: PayrollResult): PayItemsLine[] {
  return result.lines.map((l) => payItemsLine(l));
}

export function payItemsLine(l: PayrollLine): PayItemsLine {
  const days = l.workedDays.map((d) => d.day);
  // Séances of the month only (a week straddling two months appears in both months' items).
  const month = parseMonthKey(l.period);
  const bookings = month ? lineBookings(l, month.first, month.last) : [];
  const p = l.person;

  const weekHours = new Map<DayNumber, number>();
  for (const b of bookings) weekHours.set(weekStart(b.booking.day), (weekHours.get(weekStart(b.booking.day)) ?? 0) + b.minutes / 60);
  // 6th day: the 6th (or later) day worked for this production in one civil week.
  const daysPerWeek = new Map<DayNumber, DayNumber[]>();
  for (const d of days) daysPerWeek.set(weekStart(d), [...(daysPerWeek.get(weekStart(d)) ?? []), d]);
  const sixth = [...daysPerWeek.values()].reduce((s, list) => s + Math.max(0, list.length - 5), 0);

  const holidays = new Map<DayNumber, string>();
  for (const b of bookings) for (const part of b.parts) if (part.holiday && part.minutes > 0) holidays.set(b.booking.day, part.holiday);

  let atMinimum = "Grille inconnue";
  if (p.salaryCents === undefined) atMinimum = l.minimumRate ? "Salaire non renseigné : estimé au minimum" : "Salaire non renseigné";
  else if (l.minimumRate && l.terms) {
    const diff = hourlyRateCents(l.terms) - l.minimumRate.hourlyCents;
    atMinimum = diff < -0.005 ? "Sous le minimum" : diff <= 0.5 ? "Oui" : "Au-dessus du minimum";
  }

  const tasks = [...new Set(bookings.map((b) => b.booking.task?.trim()).filter((t): t is string => !!t))];
  const contracts = [...l.contracts].sort((a, b) => a.start - b.start);
  return {
    Période: l.period,
    Nom: l.name,
    NIR: p.nir ?? "",
    "N° Congés Spectacles": p.congesSpectaclesNumber ?? "",
    Adresse: p.address ?? "",
    IBAN: p.iban ?? "",
    "Premier contrat": yesNo(p.firstContract),
    Production: l.production,
    "Numéro d'objet": l.productionInfo.objectNumber ?? "",
    Convention: l.agreement,
    "Fonction (intitulé de la grille)": l.role,
    Spécialisé: yesNo(foldKey(l.role).includes("specialise")),
    "Statut cadre": yesNo(isCadre(l.status)),
    "Type de contrat": "CDDU",
    "Début contrat": contracts.length > 0 ? toFrench(contracts[0].start) : "",
    "Fin contrat": contracts.length > 0 ? toFrench(contracts[contracts.length - 1].end) : "",
    Contrats: contracts
      .map((c) => `${toFrench(c.start)} au ${toFrench(c.end)}${c.productions.length > 1 ? ` (${c.productions.join(" ; ")})` : ""}${c.inferred ? " (déduit des séances)" : ""}${c.regime === "day" ? ", à la journée" : ""}`)
      .join(" ; "),
    "Jours travaillés": l.days,
    "Détail des journées": bookings.map(describeBooking).join(" ; "),
    "Heures par semaine civile": [...weekHours.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([w, h]) => `semaine du ${toFrench(w)} : ${formatNumber(h, { decimals: 2 })} h`)
      .join(" ; "),
    Heures: l.hours,
    "Heures de nuit": l.nightHours,
    "Heures dimanche": l.sundayHours,
    "Heures jours fériés": l.holidayHours,
    "Jours fériés travaillés": [...holidays.entries()].map(([d, n]) => `${toFrench(d)} (${n})`).join(" ; "),
    "6e jour travaillé": sixth,
    "Déplacement / voyage": "",
    "Régime d'équivalence": yesNo(Boolean(l.productionInfo.equivalence)),
    "Salaire convenu": p.salaryCents === undefined ? null : eurosFromCents(p.salaryCents),
    "Unité salaire": p.salaryUnit ?? "",
    "Au minimum conventionnel": atMinimum,
    "Minimum conventionnel": l.minimumCents === undefined ? null : eurosFromCents(l.minimumCents),
    "HS 25 %": l.overtime25,
    "HS 50 %": l.overtime50,
    "Autres heures majorées": l.overtimeOther.map((o) => `${formatNumber(o.percent, { decimals: 2 })} % : ${formatNumber(o.hours, { decimals: 2 })} h`).join(" ; "),
    Primes: "",
    "Paniers repas": "",
    "Frais sur justificatifs": "",
    Défraiement: "",
    "Absences (maladie, AT)": "",
    "Ventilation analytique": tasks.length > 0 ? `${l.production} ; tâches ${tasks.join(", ")}` : l.production,
    "Brut estimé": eurosFromCents(l.grossCents),
    Alertes: l.alertText,
    Mention: PAY_ITEMS_DISCLAIMER,
  };
}

// --- CSV -------------------------------------------------------------------------------------

/** The pay items as CSV. */
export function payItemsCsv(lines: readonly PayItemsLine[]): string {
  return toCsv(
    PAY_ITEMS_COLUMNS,
    lines.map((l) => PAY_ITEMS_COLUMNS.map((c) => l[c])),
  );
}
