/**
 * "Facturer" from the séances of November 2026, by hand:
 *   Salle 1 (MONT-SALLE 250 €/j): 3 séances in the period → 3 j × 250 = 750 €
 *   Audi PS (POSTSYNC 140 €/h): 3,5 h + 2 h → 5,5 h × 140 = 770 €
 *   Titreur (TITRES 900 € forfait): 2 séances of task T4 → once, 900 €
 *   Sous-titres (ST-SME 9 €/min, programme 52 min) → 52 × 9 = 468 €
 *   Léa (own rate 480 €/j, no VAT given → normal rate 20 %): 2 days worked → 960 €
 *   Interne: not billable ; Salle 1 on 1 December: outside the period.
 * A room's séance without times is a booked day; a person's day needs its hours (the attendance sheet
 * counts only days with hours), so Léa's séances carry theirs.
 */
import { invoiceLinesFromBookings } from "../../../src/core/invoicing/billing";
import { rateCardFromRows } from "../../../src/core/costs/rateCard";
import { dayFromYmd } from "../../../src/core/dates/civil";
import { DEFAULT_RATE_CARD } from "../../../src/data/costs/rateCard";
import { checkMandatoryMentions } from "../../../src/core/invoicing/mentions";
import { issueInvoice } from "../../../src/core/invoicing/register";
import { daysWorked } from "../../../src/core/crew/attendance";
import type { BillableBooking } from "../../../src/core/invoicing/billing";
import type { CostResource } from "../../../src/core/costs/resourceRates";
import type { RateCardRow } from "../../../src/core/costs/rateCard";
import { SELLER, draft } from "./fixtures";

const { rateCard } = rateCardFromRows(DEFAULT_RATE_CARD);
const nov = (d: number) => dayFromYmd(2026, 11, d);

/** Lines as [code, label, quantity, unit, unit price in cents] for one production in November. */
function bill(bookings: BillableBooking[], resources: CostResource[], rows: readonly RateCardRow[] = DEFAULT_RATE_CARD) {
  const { lines, alerts } = invoiceLinesFromBookings({ bookings, resources, rateCard: rateCardFromRows(rows).rateCard, period: { start: nov(1), end: nov(30) } });
  return { lines: lines.map((l) => [l.code ?? "", l.label, l.quantity, l.unit, l.unitPriceCents]), alerts: alerts.map((a) => a.code) };
}

const weekday = { sunday: false, holiday: false };
const sunday = { sunday: true, holiday: false };

test("invoice lines from the séances of a period", () => {
  const { lines, alerts } = invoiceLinesFromBookings({
    bookings: [
      { day: nov(3), production: "EP1", task: "T1", resource: "Salle 1" },
      { day: nov(4), production: "EP1", task: "T1", resource: "Salle 1" },
      { day: nov(5), production: "EP1", task: "T1", resource: "Salle 1" },
      { day: dayFromYmd(2026, 12, 1), production: "EP1", task: "T1", resource: "Salle 1" },
      { day: nov(6), production: "EP1", task: "T3", resource: "Audi PS", hours: 3.5 },
      { day: nov(9), production: "EP1", task: "T3", resource: "Audi PS", hours: 2 },
      { day: nov(10), production: "EP1", task: "T4", resource: "Titreur" },
      { day: nov(12), production: "EP1", task: "T4", resource: "Titreur" },
      { day: nov(13), production: "EP1", task: "T5", resource: "Sous-titres" },
      { day: nov(3), production: "EP1", task: "T1", resource: "Léa", hours: 8 },
      { day: nov(4), production: "EP1", task: "T1", resource: "Léa", hours: 9 },
      { day: nov(4), production: "EP1", task: "T1", resource: "Interne" },
      { day: nov(5), production: "EP1", task: "T9", resource: "Audi PS" },
    ],
    resources: [
      { id: "Salle 1", kind: "salle", rateCode: "MONT-SALLE" },
      { id: "Audi PS", kind: "salle", rateCode: "POSTSYNC" },
      { id: "Titreur", kind: "prestataire", rateCode: "TITRES" },
      { id: "Sous-titres", kind: "prestataire", rateCode: "ST-SME" },
      { id: "Léa", kind: "personne", ownRate: { priceCents: 48000, unit: "jour" } },
      { id: "Interne", kind: "personne", ownRate: { priceCents: 10000, unit: "jour" } },
    ],
    rateCard,
    period: { start: nov(1), end: nov(30) },
    programmeMinutes: { EP1: 52 },
    notBillable: ["Interne"],
  });
  expect(lines.map((l) => [l.code ?? "", l.label, l.quantity, l.unit, l.unitPriceCents, l.vatRate])).toEqual([
    ["MONT-SALLE", "Salle de montage image (Avid / Premiere), sans monteur", 3, "jour", 25000, 20],
    ["", "Léa", 2, "jour", 48000, 20],
    ["POSTSYNC", "Auditorium de post-synchronisation", 5.5, "heure", 14000, 20],
    ["TITRES", "Titrage et génériques début et fin", 1, "forfait", 90000, 20],
    ["ST-SME", "Sous-titrage sourds et malentendants", 52, "minute", 900, 20],
  ]);
  expect(alerts.map((a) => a.code)).toEqual(["FACTURER_HEURES_MANQUANTES"]);
  // The lines make a valid invoice: 750 + 960 + 770 + 900 + 468 = 3 848 € HT.
  const r = issueInvoice({ draft: draft({ lines }), seller: SELLER, register: [] });
  expect(checkMandatoryMentions(draft({ lines }), SELLER)).toEqual([]);
  expect(r.ok && r.invoice.totals.htCents).toBe(384800);
});

describe("days worked, not séances", () => {
  test("a person with two séances on one day is billed one day, as many days as the attendance sheet counts", () => {
    // Hugo: 02/11 09:00–13:00 (4 h); 03/11 09:00–12:30 (3,5 h) and 13:30–19:00 (5,5 h); 05/11 8,5 h.
    // Four séances, three dates: 3 days × 280 € = 840 €, not 4 × 280 = 1 120 €.
    const seances = [
      { day: nov(2), production: "FLEUVE", task: "F01", resource: "Hugo", hours: 4 },
      { day: nov(3), production: "FLEUVE", task: "F01", resource: "Hugo", hours: 3.5 },
      { day: nov(3), production: "FLEUVE", task: "F02", resource: "Hugo", hours: 5.5 },
      { day: nov(5), production: "FLEUVE", task: "F02", resource: "Hugo", hours: 8.5 },
    ];
    const r = bill(seances, [{ id: "Hugo", kind: "personne", ownRate: { priceCents: 28000, unit: "jour", vatRate: 20 } }]);
    expect(r).toEqual({ lines: [["", "Hugo", 3, "jour", 28000]], alerts: [] });
    // The attendance sheet's day count, from the same function: 3.
    expect(daysWorked(seances.map((b) => ({ day: b.day, minutes: b.hours * 60 })))).toHaveLength(3);
  });

  test("a person's séance without its times is not billed, as the attendance sheet does not count it; a room's is a booked day", () => {
    const r = bill(
      [
        { day: nov(2), production: "FLEUVE", resource: "Hugo", hours: 4 },
        { day: nov(4), production: "FLEUVE", resource: "Hugo" },
        { day: nov(4), production: "FLEUVE", resource: "Salle 1" },
      ],
      [
        { id: "Hugo", kind: "personne", ownRate: { priceCents: 28000, unit: "jour", vatRate: 20 } },
        { id: "Salle 1", kind: "salle", rateCode: "MONT-SALLE" },
      ],
    );
    expect(r).toEqual({
      lines: [
        ["", "Hugo", 1, "jour", 28000],
        ["MONT-SALLE", "Salle de montage image (Avid / Premiere), sans monteur", 1, "jour", 25000],
      ],
      alerts: ["FACTURER_HEURES_MANQUANTES"],
    });
  });

  test("two rooms on one rate-card line: each room's days, summed on the line", () => {
    // Salle 1 and Salle 2 both MONT-SALLE on 02/11 (two séances for Salle 1): 1 + 1 = 2 days.
    const r = bill(
      [
        { day: nov(2), production: "FLEUVE", resource: "Salle 1", hours: 4 },
        { day: nov(2), production: "FLEUVE", resource: "Salle 1", hours: 4 },
        { day: nov(2), production: "FLEUVE", resource: "Salle 2", hours: 8 },
      ],
      [
        { id: "Salle 1", kind: "salle", rateCode: "MONT-SALLE" },
        { id: "Salle 2", kind: "salle", rateCode: "MONT-SALLE" },
      ],
    );
    expect(r.lines).toEqual([["MONT-SALLE", "Salle de montage image (Avid / Premiere), sans monteur", 2, "jour", 25000]]);
  });
});

describe("half-days", () => {
  const HALF: RateCardRow = { code: "MONT-DEMI", label: "Salle de montage, à la demi-journée", unit: "demi-journée", priceEuros: 150, vatPercent: 20, budgetCode: "8.2" };

  test("a day of 4 h or less is one half-day, a longer day two, a room's day of unknown hours two", () => {
    // 02/11: 3,5 h → 1; 03/11: 2 h + 2 h = 4 h → 1 (the day counts, not the séances);
    // 04/11: 9 h → 2; 05/11: no times (a room) → 2. 6 half-days × 150 € = 900 €.
    const r = bill(
      [
        { day: nov(2), production: "FLEUVE", resource: "Salle 1", hours: 3.5 },
        { day: nov(3), production: "FLEUVE", resource: "Salle 1", hours: 2 },
        { day: nov(3), production: "FLEUVE", resource: "Salle 1", hours: 2 },
        { day: nov(4), production: "FLEUVE", resource: "Salle 1", hours: 9 },
        { day: nov(5), production: "FLEUVE", resource: "Salle 1" },
      ],
      [{ id: "Salle 1", kind: "salle", rateCode: "MONT-DEMI" }],
      [HALF],
    );
    expect(r).toEqual({ lines: [["MONT-DEMI", "Salle de montage, à la demi-journée", 6, "demi-journée", 15000]], alerts: [] });
  });
});

describe("Sunday, night and holiday surcharges of the rate card", () => {
  const MONTEUR: RateCardRow = { code: "MONTEUR", label: "Chef monteur image (mise à disposition)", unit: "jour", priceEuros: 480, vatPercent: 20, budgetCode: "2.1", surcharges: { sunday: 0.25 } };
  const editor: CostResource = { id: "Léa", kind: "personne", rateCode: "MONTEUR" };

  test("a Sunday séance with a 25 % surcharge line: the day at its price, and a line that says the surcharge", () => {
    // Fri 06/11 9 h, Sun 08/11 7 h: 2 days × 480 € = 960 €; Sunday: 1 day × 480 × 25 % = 120 €.
    const bookings = [
      { day: nov(6), production: "FLEUVE", resource: "Léa", hours: 9, dateKind: weekday },
      { day: nov(8), production: "FLEUVE", resource: "Léa", hours: 7, dateKind: sunday },
    ];
    expect(bill(bookings, [editor], [MONTEUR]).lines).toEqual([
      ["MONTEUR", "Chef monteur image (mise à disposition)", 2, "jour", 48000],
      ["MONTEUR", "Chef monteur image (mise à disposition) — majoration dimanche (+25 %)", 1, "jour", 12000],
    ]);
    // Issued, it adds up: 960 + 120 = 1 080 € HT.
    const { lines } = invoiceLinesFromBookings({ bookings, resources: [editor], rateCard: rateCardFromRows([MONTEUR]).rateCard, period: { start: nov(1), end: nov(30) } });
    const issued = issueInvoice({ draft: draft({ lines }), seller: SELLER, register: [] });
    expect(issued.ok && issued.invoice.totals.htCents).toBe(108000);
  });

  test("no surcharge by default: a Sunday on a line without one is a day like the others", () => {
    const { surcharges: _s, ...plain } = MONTEUR;
    const r = bill([{ day: nov(8), production: "FLEUVE", resource: "Léa", hours: 7, dateKind: sunday }], [editor], [plain as RateCardRow]);
    expect(r.lines).toEqual([["MONTEUR", "Chef monteur image (mise à disposition)", 1, "jour", 48000]]);
  });

  test("a holiday on a Sunday takes the holiday surcharge, not both; night hours as a share of the 8 h day", () => {
    // Sun 01/11 (Toussaint) 8 h of which 2 at night; holiday +100 %, Sunday +25 %, night +50 %.
    // Holiday: 1 day × 480 € = 480 €; night: 2 h ÷ 8 h = 0,25 day × 240 € = 60 €; no Sunday line.
    const row: RateCardRow = { ...MONTEUR, surcharges: { ...MONTEUR.surcharges, holiday: 1, night: 0.5 } };
    const r = bill([{ day: nov(1), production: "FLEUVE", resource: "Léa", hours: 8, nightHours: 2, dateKind: { sunday: true, holiday: true } }], [editor], [row]);
    expect(r.lines).toEqual([
      ["MONTEUR", "Chef monteur image (mise à disposition)", 1, "jour", 48000],
      ["MONTEUR", "Chef monteur image (mise à disposition) — majoration jour férié (+100 %)", 1, "jour", 48000],
      ["MONTEUR", "Chef monteur image (mise à disposition) — majoration de nuit (+50 %)", 0.25, "jour", 24000],
    ]);
    // Without a holiday surcharge, that Sunday holiday takes the Sunday one: 1 day × 120 €.
    const sundayOnly = bill([{ day: nov(1), production: "FLEUVE", resource: "Léa", hours: 8, dateKind: { sunday: true, holiday: true } }], [editor], [MONTEUR]);
    expect(sundayOnly.lines[1]).toEqual(["MONTEUR", "Chef monteur image (mise à disposition) — majoration dimanche (+25 %)", 1, "jour", 12000]);
  });

  test("by the hour: the hours on each calendar day and the night hours", () => {
    // POSTSYNC 140 €/h, +25 % on Sunday (35 €), +50 % at night (70 €). Sat 07/11 20:00 → Sun 08/11 02:00:
    // 6 h, of which 2 h on Sunday and 4 h at night (22:00–02:00 in this séance's rules).
    const row: RateCardRow = { code: "POSTSYNC", label: "Auditorium de post-synchronisation", unit: "heure", priceEuros: 140, vatPercent: 20, budgetCode: "8.6", surcharges: { sunday: 0.25, night: 0.5 } };
    const r = bill(
      [{ day: nov(7), production: "FLEUVE", resource: "Audi", hours: 6, nightHours: 4, parts: [{ minutes: 240, sunday: false, holiday: false }, { minutes: 120, sunday: true, holiday: false }], dateKind: weekday }],
      [{ id: "Audi", kind: "salle", rateCode: "POSTSYNC" }],
      [row],
    );
    // 6 × 140 = 840 € + 2 × 35 = 70 € + 4 × 70 = 280 € = 1 190 € HT.
    expect(r.lines).toEqual([
      ["POSTSYNC", "Auditorium de post-synchronisation", 6, "heure", 14000],
      ["POSTSYNC", "Auditorium de post-synchronisation — majoration dimanche (+25 %)", 2, "heure", 3500],
      ["POSTSYNC", "Auditorium de post-synchronisation — majoration de nuit (+50 %)", 4, "heure", 7000],
    ]);
  });
});
