/**
 * `cappad relance` on two unpaid invoices, day after day: the first reminder, nothing more the same day
 * (one row in « Relances envoyées »), nothing before 8 days have passed, then the second reminder, then
 * the formal notice; the letter's cells (sender, client's address, object, deadline, figures — the very
 * figures of `latePenalty`), and nothing written outside the command's two owned sheets.
 */
import type ExcelJS from "exceljs";
import { remindersCommand } from "../../../src/commands/accounts/reminders";
import { claimedCents, halfYearRates, latePenalty } from "../../../src/core/accounts/latePenalties";
import { toFrench } from "../../../src/core/dates/civil";
import { ECB_RATES, LATE_PENALTY_POINTS, RECOVERY_INDEMNITY } from "../../../src/data/invoicing/latePayment";
import { openWorkbook, saveWorkbook } from "../../../src/hosts/xlsx/workbook";
import { DEMO_CLIENTS, DEMO_COMPANY } from "../../../src/demo/invoicing";
import type { FileRunResult } from "../../../src/hosts/file/runner";
import { dumpCells } from "../../helpers/workbooks";
import { recordsOf, run } from "../invoicing/helpers";
import { D, overdueWorkbook } from "./reminderFixtures";

const OWNED = ["Relances", "Relances envoyées"];

/** The text of each row of a sheet (its cells joined), and the value right of a label. */
async function sheetOf(bytes: Uint8Array, name = "Relances"): Promise<{ lines: string[]; valueBeside(label: RegExp): unknown; ws: ExcelJS.Worksheet }> {
  const ws = (await openWorkbook(bytes)).getWorksheet(name)!;
  const rows: unknown[][] = [];
  ws.eachRow((row, n) => (rows[n - 1] = (row.values as unknown[]).slice(1)));
  const lines = Array.from(rows, (r) => (r ?? []).filter((v) => v !== null && v !== undefined && v !== "").join(" | "));
  return {
    ws,
    lines,
    valueBeside: (label) => {
      const row = Array.from(rows).find((r) => typeof r?.[0] === "string" && label.test(r[0]));
      return row?.[5];
    },
  };
}

const logOf = async (bytes: Uint8Array) => (await recordsOf(bytes, "RelancesEnvoyees")).map((r) => [toFrench(Math.round(Number(r.Date)) - 25569), r.Facture, r.Niveau]);
const sectionOf = (r: FileRunResult) => r.report.sections.reminders as Record<string, unknown>[];
const levels = (r: FileRunResult) => sectionOf(r).map((x) => [x.facture, x.niveau, x.lettre]);

describe("cappad relance: the letters follow what was sent", () => {
  let start: Uint8Array;
  beforeAll(async () => {
    start = await overdueWorkbook();
  }, 60000);

  test("first reminder; the same day again records nothing more; then nothing before 8 days; then the second; then the formal notice", async () => {
    // 15/08/2026: FA-2026-0001 is 15 days late, never reminded → first reminder (not the second its
    // 15 days would allow); FA-2026-0002 falls due that very day: not late.
    const first = await run(start, remindersCommand, {}, D("2026-08-15"));
    expect(levels(first)).toEqual([["FA-2026-0001", "Première relance", true]]);
    expect(await logOf(first.bytes!)).toEqual([["15/08/2026", "FA-2026-0001", "Première relance"]]);

    // The same day again: the same letter, no second row, and only the Relances sheet rewritten.
    const again = await run(first.bytes!, remindersCommand, {}, D("2026-08-15"));
    expect(await logOf(again.bytes!)).toHaveLength(1);
    expect(again.patch.ops.filter((op) => op.kind === "append")).toEqual([]);
    expect(again.report.summary.join(" ")).toMatch(/déjà notée\(s\) aujourd'hui/);
    expect((await sheetOf(again.bytes!)).lines).toEqual((await sheetOf(first.bytes!)).lines);

    // 20/08: 5 days after its first letter, none for FA-2026-0001 (the next is said: 15 + 8 days =
    // 23/08); FA-2026-0002, 5 days late, gets its first reminder.
    const early = await run(again.bytes!, remindersCommand, {}, D("2026-08-20"));
    expect(sectionOf(early)[0]).toMatchObject({ facture: "FA-2026-0001", lettre: false, niveau: "Première relance", dejaEnvoyees: [{ date: "2026-08-15", niveau: "Première relance" }], prochaineRelance: { date: "2026-08-23", niveau: "Seconde relance" } });
    expect(levels(early)).toEqual([
      ["FA-2026-0001", "Première relance", false],
      ["FA-2026-0002", "Première relance", true],
    ]);
    const waiting = await sheetOf(early.bytes!);
    expect(waiting.lines.filter((l) => l.startsWith("N/Réf."))).toEqual(["N/Réf. : facture FA-2026-0002 — première relance"]);
    expect(waiting.lines.join("\n")).toMatch(/FA-2026-0001 \(Les Films du Fleuve\).*première relance envoyée le 15\/08\/2026 ; seconde relance à partir du 23\/08\/2026/);

    // 24/08: the second reminder of FA-2026-0001. 05/09 (36 days late, 12 days after it): its formal
    // notice; FA-2026-0002 (21 days late, first letter on 20/08) its second reminder.
    const second = await run(early.bytes!, remindersCommand, {}, D("2026-08-24"));
    expect(levels(second)).toEqual([
      ["FA-2026-0001", "Seconde relance", true],
      ["FA-2026-0002", "Première relance", false],
    ]);
    const notice = await run(second.bytes!, remindersCommand, {}, D("2026-09-05"));
    expect(levels(notice)).toEqual([
      ["FA-2026-0001", "Mise en demeure", true],
      ["FA-2026-0002", "Seconde relance", true],
    ]);
    expect(await logOf(notice.bytes!)).toEqual([
      ["15/08/2026", "FA-2026-0001", "Première relance"],
      ["20/08/2026", "FA-2026-0002", "Première relance"],
      ["24/08/2026", "FA-2026-0001", "Seconde relance"],
      ["05/09/2026", "FA-2026-0001", "Mise en demeure"],
      ["05/09/2026", "FA-2026-0002", "Seconde relance"],
    ]);
    // After the formal notice, no other letter: said, not sent.
    const after = await run(notice.bytes!, remindersCommand, {}, D("2026-10-01"));
    expect(sectionOf(after)[0]).toMatchObject({ facture: "FA-2026-0001", lettre: false, niveau: "Mise en demeure", prochaineRelance: null });
    expect(await logOf(after.bytes!)).toHaveLength(6);
  }, 120000);

  test("the formal notice as printed: sender, client's address, object, deadline, the figures of latePenalty; no internal note", async () => {
    let bytes = start;
    for (const day of ["2026-08-15", "2026-08-24"]) bytes = (await run(bytes, remindersCommand, {}, D(day))).bytes!;
    const result = await run(bytes, remindersCommand, {}, D("2026-09-05"));
    const { lines, valueBeside } = await sheetOf(result.bytes!);
    const letter = lines.slice(lines.findIndex((l) => l.startsWith("N/Réf. : facture FA-2026-0001")), lines.findIndex((l) => l.startsWith("N/Réf. : facture FA-2026-0002")));
    const text = letter.join("\n");
    // Sender and client.
    expect(text).toContain(String(DEMO_COMPANY.name));
    expect(text).toContain(String(DEMO_COMPANY.line1));
    expect(text).toContain("SIRET 912 345 675 00017");
    const client = DEMO_CLIENTS[0];
    expect(text).toMatch(new RegExp(`${client.Nom}\\n.*${client.Adresse}\\n.*${client["Code postal"]} ${client.Ville}`));
    expect(text).toContain("Lille, le 05/09/2026");
    expect(text).toContain("Lettre recommandée avec accusé de réception");
    expect(text).toContain("Objet : Mise en demeure de payer — facture n° FA-2026-0001 du 01/07/2026");
    expect(text).toMatch(/nous vous mettons en demeure de nous régler/);
    expect(text).toMatch(/dans un délai de 8 jours, soit au plus tard le 13\/09\/2026/);
    expect(text).toMatch(/Malgré nos relances du 15\/08\/2026 et du 24\/08\/2026, notre facture n° FA-2026-0001/);
    expect(text).toMatch(/IBAN : FR76 3000 6000 0112 3456 7890 189 — BIC : AGRIFRPP/);
    expect(letter.join(" ")).toMatch(/taux de la BCE du semestre .* majoré de 10 points/);
    expect(text).toMatch(/Code de commerce, art\. L\. 441-10 II/);
    expect(text).toMatch(/D\. 441-5/);
    // One figure, one function: what latePenalty computes on what is due (TTC less the 1 000,00 € paid).
    const [invoice] = await recordsOf(result.bytes!, "Factures");
    const dueCents = Math.round(Number(invoice.TTC) * 100) - 100000;
    const penalty = latePenalty(dueCents, D("2026-07-31"), D("2026-09-05"), halfYearRates(ECB_RATES), LATE_PENALTY_POINTS.points, RECOVERY_INDEMNITY.cents);
    expect(penalty.daysLate).toBe(36);
    expect(valueBeside(/^Reste dû/)).toBe(dueCents / 100);
    expect(valueBeside(/^Pénalités de retard : 36 jours de retard au 05\/09\/2026/)).toBe(penalty.penaltyCents / 100);
    expect(valueBeside(/^Indemnité forfaitaire/)).toBe(40);
    expect(valueBeside(/^Total réclamé/)).toBe(claimedCents(dueCents, penalty) / 100);
    expect(sectionOf(result)[0]).toMatchObject({ du: dueCents / 100, penalites: penalty.penaltyCents / 100, indemnite: 40, joursDeRetard: 36 });
    // What the coordinator must check goes to the alerts, never onto the letter.
    expect(lines.join("\n")).not.toMatch(/vérifier/i);
    const unconfirmed = ECB_RATES.some((r) => r.note && r.from <= "2026-09-05" && r.to >= "2026-08-01");
    expect(result.report.alerts.some((a) => a.code === "RELANCE_TAUX_A_VERIFIER")).toBe(unconfirmed);
  }, 120000);

  test("writes only its two owned sheets: every other cell of the workbook is unchanged", async () => {
    const result = await run(start, remindersCommand, {}, D("2026-09-05"));
    const others = (cells: Map<string, string>) => new Map([...cells].filter(([k]) => !OWNED.some((s) => k.startsWith(`${s}!`) || k.startsWith(`'${s}'!`))));
    expect(others(dumpCells(await openWorkbook(result.bytes!)))).toEqual(others(dumpCells(await openWorkbook(start))));
    expect(new Set(result.patch.ops.map((op) => (op.kind === "sheet" ? `sheet ${op.sheet.name}` : op.kind === "append" ? `append ${op.table}` : `${op.kind} ${"table" in op ? op.table : ""}`)))).toEqual(new Set(["sheet Relances", "sheet Relances envoyées"]));
    // Appended the next time, to its table only.
    const next = await run(result.bytes!, remindersCommand, {}, D("2026-09-20"));
    const ops = next.patch.ops.filter((op) => op.kind !== "sheet");
    expect(ops.map((op) => [op.kind, "table" in op ? op.table : "", op.kind === "columns" ? op.columns.length : op.kind === "append" ? op.rows.length : 0])).toEqual([
      ["columns", "RelancesEnvoyees", 0],
      ["append", "RelancesEnvoyees", 2],
    ]);
  }, 120000);

  test("a sheet of the user's named « Relances envoyées »: left alone, the letters written, and said not recorded", async () => {
    const wb = await openWorkbook(start);
    wb.addWorksheet("Relances envoyées").getCell("A1").value = "Mes notes de relance";
    const result = await run(await saveWorkbook(wb), remindersCommand, {}, D("2026-08-15"));
    expect(result.report.alerts.filter((a) => a.code === "FEUILLE_OCCUPEE").map((a) => a.sheet)).toEqual(["Relances envoyées"]);
    expect(result.report.summary.join(" ")).toMatch(/lettres écrites mais non notées dans « Relances envoyées »/);
    const after = await openWorkbook(result.bytes!);
    expect(after.getWorksheet("Relances envoyées")!.getCell("A1").value).toBe("Mes notes de relance");
    expect((await sheetOf(result.bytes!)).lines.filter((l) => l.startsWith("N/Réf."))).toEqual(["N/Réf. : facture FA-2026-0001 — première relance"]);
  }, 60000);
});
