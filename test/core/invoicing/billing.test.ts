/**
 * "Facturer" from the séances of November 2026, by hand:
 *   Salle 1 (MONT-SALLE 250 €/j): 3 séances in the period → 3 j × 250 = 750 €
 *   Audi PS (POSTSYNC 140 €/h): 3,5 h + 2 h → 5,5 h × 140 = 770 €
 *   Titreur (TITRES 900 € forfait): 2 séances of task T4 → once, 900 €
 *   Sous-titres (ST-SME 9 €/min, programme 52 min) → 52 × 9 = 468 €
 *   Léa (own rate 480 €/j, no VAT given → normal rate 20 %): 2 séances → 960 €
 *   Interne: not billable ; Salle 1 on 1 December: outside the period.
 */
import { invoiceLinesFromBookings } from "../../../src/core/invoicing/billing";
import { rateCardFromRows } from "../../../src/core/costs/rateCard";
import { dayFromYmd } from "../../../src/core/dates/civil";
import { DEFAULT_RATE_CARD } from "../../../src/data/costs/rateCard";
import { checkMandatoryMentions } from "../../../src/core/invoicing/mentions";
import { issueInvoice } from "../../../src/core/invoicing/register";
import { SELLER, draft } from "./fixtures";

const { rateCard } = rateCardFromRows(DEFAULT_RATE_CARD);
const nov = (d: number) => dayFromYmd(2026, 11, d);

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
      { day: nov(3), production: "EP1", task: "T1", resource: "Léa" },
      { day: nov(4), production: "EP1", task: "T1", resource: "Léa" },
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
