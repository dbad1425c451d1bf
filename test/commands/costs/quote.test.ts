/**
 * "Devis depuis le planning" on the demo: the quote by hand, an unchanged plan writes nothing, and a
 * re-planning shows what changed against the previous quote.
 */
import { quoteCommand } from "../../../src/commands/costs/quote";
import { openWorkbook } from "../../../src/hosts/xlsx/workbook";
import { demoBytes, TODAY } from "../planning/fixtures";
import { recordsOf, run, typeInto } from "../invoicing/helpers";

describe("quote from the plan (demo)", () => {
  test("by hand; unchanged plan: nothing written; F03 three days longer: the difference, line by line", async () => {
    const bytes = await demoBytes();
    const first = await run(bytes, quoteCommand, {}, TODAY);
    // FLEUVE, people at their own day rate (poste 2.1): Hugo F01+F02+F06+F11 = 3+4+3+2 = 12 × 380 = 4 560;
    // Léa F03 25 × 850 = 21 250; Chloé F07 5 × 950 = 4 750; Nadia F08 8 × 780 = 6 240; Marc F10 3 × 950 = 2 850
    // → 39 650. Rooms: Salle montage 2 on F03 25 × 180 = 4 500 (8.2); Studio Bruitage F09 2 × 650 = 1 300 (8.6);
    // Auditorium A F10 3 × 900 = 2 700 (8.7). Total FLEUVE 39 650 + 4 500 + 1 300 + 2 700 = 48 150.
    expect(first.report.sections.quote).toMatchObject({
      productions: [
        { production: "FLEUVE", ht: 48150 },
        { production: "GLACIER", ht: expect.any(Number) },
      ],
    });
    const postes = (first.report.sections.quote as { postes: { production: string; poste: string; ht: number }[] }).postes.filter((p) => p.production === "FLEUVE");
    expect(postes).toEqual([
      { production: "FLEUVE", poste: "2.1", ht: 39650 },
      { production: "FLEUVE", poste: "8.2", ht: 4500 },
      { production: "FLEUVE", poste: "8.6", ht: 1300 },
      { production: "FLEUVE", poste: "8.7", ht: 2700 },
    ]);
    const lines = await recordsOf(first.bytes!, "Devis");
    expect(lines.find((l) => l.Désignation === "Chef monteuse — Léa Martin" && l.Production === "FLEUVE")).toMatchObject({ Quantité: 25, "Prix HT": 850, "Montant HT": 21250, Tâches: "F03" });

    const same = await run(first.bytes!, quoteCommand, {}, TODAY);
    expect(same.bytes).toBeUndefined();
    expect(same.report.summary[0]).toMatch(/^Devis inchangé/);

    // Re-planning: the picture edit F03 takes 28 days instead of 25.
    const tasks = await recordsOf(first.bytes!, "Taches");
    const replanned = await typeInto(first.bytes!, "Taches", tasks.findIndex((t) => t.ID === "F03"), "Durée (j)", 28);
    const second = await run(replanned, quoteCommand, {}, TODAY);
    // + 3 × 850 = 2 550 (Léa) + 3 × 180 = 540 (the room): + 3 090.
    expect(second.report.summary[1]).toBe("Écart avec le devis précédent : 3\u202f090,00\u00a0€ (détail dans la feuille « Devis »).");
    const diff = await recordsOf(second.bytes!, "Devis");
    const lea = diff.find((l) => l.Désignation === "Chef monteuse — Léa Martin" && l.Production === "FLEUVE")!;
    expect([lea["Qté précédente"], lea.Quantité, lea["Montant précédent"], lea["Montant HT"], lea.Écart, lea.Évolution]).toEqual([25, 28, 21250, 23800, 2550, "Modifié"]);
    expect(diff.filter((l) => l.Évolution === "Modifié").map((l) => l.Désignation)).toEqual(["Chef monteuse — Léa Martin", "Salle de montage Avid — Salle montage 2"]);
    const recap = await recordsOf(second.bytes!, "DevisPostes");
    expect(recap.find((r) => r.Libellé === "Total FLEUVE")).toMatchObject({ "Montant précédent": 48150, "Montant HT": 51240, Écart: 3090 });
    // The sheet is Cap PAD's: re-run again after this re-planning, it is unchanged.
    expect(String((await openWorkbook(second.bytes!)).getWorksheet("Devis")!.getCell("A1").value)).toMatch(/^Cap PAD/);
    expect((await run(second.bytes!, quoteCommand, {}, TODAY)).bytes).toBeUndefined();
  });
});

describe("the rate card's cells (hostile workbooks, issue 8)", () => {
  test("a unit that is not in the list is said on its cell, even on a row the engine gives up at its empty code", async () => {
    const [first, second] = [0, 1];
    let bytes = await typeInto(await demoBytes(), "Tarifs", first, "Unité", 42);
    bytes = await typeInto(bytes, "Tarifs", second, "Code", null);
    bytes = await typeInto(bytes, "Tarifs", second, "Unité", "semaine");
    const r = await run(bytes, quoteCommand, {}, TODAY);
    const onUnits = r.report.alerts.filter((a) => a.cell.startsWith("Tarifs!C")).map((a) => [a.code, a.cell]);
    expect(onUnits).toEqual([
      ["CELLULE_INVALIDE", "Tarifs!C4"],
      ["CELLULE_INVALIDE", "Tarifs!C5"],
    ]);
    expect(r.report.alerts.filter((a) => a.code === "TARIF_CODE_MANQUANT").map((a) => a.cell)).toEqual(["Tarifs!A5"]);
  });
});
