/**
 * The technical step of "Vérifier et recalculer" on real workbooks: each check fires on a crafted row
 * and stays silent on a clean one, bad cells are alerts on their cell, durations agree with the
 * timecode functions, the JSON sections, the demo's story, nothing typed changes, idempotence.
 */
import { checkCommand } from "../../../src/commands/check";
import { reportJson } from "../../../src/commands/types";
import { DEMO_RUSH_ROWS } from "../../../src/demo/technical";
import { openWorkbook } from "../../../src/hosts/xlsx/workbook";
import { tcDuree, tcSomme } from "../../../src/functions/functions";
import { dumpCells } from "../../helpers/workbooks";
import { PRODUCTIONS } from "../../../src/sheets/contract/planning";
import { cellOf, day, demoBytes, run, tableRows } from "../planning/fixtures";
import { card, deliverable, PRODUCTION, SME, technicalBytes, type TechnicalRows } from "./fixtures";

async function check(rows: TechnicalRows = {}) {
  const r = await run(await technicalBytes(rows), checkCommand);
  const tech = r.report.alerts.filter((a) => a.code.startsWith("TECH_") || a.code.startsWith("CELLULE_"));
  return { r, tech, codes: tech.map((a) => a.code) };
}

describe("technical checks through the workbook", () => {
  test("a clean card and clean deliverables raise no technical alert; Durée is PAD.TC.DUREE of the card", async () => {
    const { r, codes } = await check();
    expect(codes).toEqual([]);
    const wb = await openWorkbook(r.bytes!);
    expect(tableRows(wb, "Rushes")[0]["Durée"]).toBe(tcDuree("08:12:00:00", "09:18:40:12"));
    expect(tableRows(wb, "Rushes")[0]["Alerte"]).toBeNull();
  });

  test.each([
    ["missing second backup", "TECH_SAUVEGARDE_MANQUANTE", "Rushes!N4", { rushes: [card({ "Sauvegarde 2": null })] }],
    ["no backup at all", "TECH_SAUVEGARDE_MANQUANTE", "Rushes!M4", { rushes: [card({ "Sauvegarde 1": "non", "Sauvegarde 2": null })] }],
    ["no verification", "TECH_VERIFICATION_MANQUANTE", "Rushes!O4", { rushes: [card({ Vérifié: null })] }],
    ["a 23,976 camera on a 25 ips project", "TECH_CADENCE_RUSH", "Rushes!G4", { rushes: [card({ "Cadence (ips)": "23,976", "TC fin": "09:18:40:12" })] }],
    ["a smaller resolution", "TECH_RESOLUTION_RUSH", "Rushes!H4", { rushes: [card({ Résolution: "1280x720" })] }],
    ["a reused card", "TECH_TC_CHEVAUCHEMENT", "Rushes!J5", { rushes: [card(), card({ Support: "A032", "TC début": "09:00:00:00", "TC fin": "09:30:00:00" })] }],
    ["rushes after the start of the edit", "TECH_RUSHES_APRES_MONTAGE", "Rushes!A4", { rushes: [card({ Date: day("2026-11-09") })] }],
    ["a 23,976 project delivered at 25 ips", "TECH_CONVERSION_CADENCE", "Livrables!C4", { production: { ...PRODUCTION, "Cadence projet": "23.976" } }],
    ["a UHD deliverable from an HD project", "TECH_UPSCALING", "Livrables!C6", { deliverables: [deliverable(), SME, deliverable({ Livrable: "PAD UHD", Spécification: "Arte — PAD UHD", "Durée mesurée": null })] }],
    ["5.1 asked, stereo planned", "TECH_MIX_51", "Livrables!C4", { production: { ...PRODUCTION, Mix: "stéréo" } }],
    ["M&E missing with foreign sales", "TECH_ME_MANQUANT", cellOf(PRODUCTIONS, "Ventes à l'étranger", 0), { production: { ...PRODUCTION, "Ventes à l'étranger": "oui" } }],
    ["SME subtitles missing", "TECH_SME_MANQUANT", cellOf(PRODUCTIONS, "Diffuseur", 0), { deliverables: [deliverable()] }],
    ["52'40\" for a 52' slot", "TECH_DUREE_CASE", "Livrables!G4", { deliverables: [deliverable({ "Durée mesurée": "00:52:40:00" }), SME] }],
    ["loudness out of tolerance", "TECH_LOUDNESS", "Livrables!H4", { deliverables: [deliverable({ "Loudness mesuré (LUFS)": -20.5 }), SME] }],
    ["true peak above the ceiling", "TECH_TRUE_PEAK", "Livrables!I4", { deliverables: [deliverable({ "True peak mesuré (dBTP)": -1 }), SME] }],
    ["due after the PAD", "TECH_LIVRABLE_APRES_PAD", "Livrables!E5", { deliverables: [deliverable(), { ...SME, "Date due": day("2027-02-01") }] }],
    ["no due date", "TECH_LIVRABLE_SANS_DATE", "Livrables!E5", { deliverables: [deliverable(), { ...SME, "Date due": null }] }],
    ["an unknown Spécification", "TECH_SPEC_INCONNUE", "Livrables!C4", { deliverables: [deliverable({ Spécification: "France TV — PAD 8K" }), SME] }],
    ["an unknown broadcaster", "TECH_DIFFUSEUR_INCONNU", cellOf(PRODUCTIONS, "Diffuseur", 0), { production: { ...PRODUCTION, Diffuseur: "Chaîne du Nord" }, deliverables: [deliverable({ Spécification: null }), SME] }],
  ] as [string, string, string, TechnicalRows][])("%s → %s on %s", async (_label, code, cell, rows) => {
    const { tech } = await check(rows);
    const hit = tech.filter((a) => a.code === code);
    expect(hit.map((a) => a.cell)).toContain(cell);
    expect(hit[0].message).toContain(cell);
    expect(hit[0].production).toBe("FLEUVE");
  });

  test("the row's Alerte cell says the column and the problem; the Alertes sheet names the card and the cell", async () => {
    const { r, tech } = await check({ rushes: [card({ "Sauvegarde 2": null })] });
    expect(tech[0].message).toBe("FLEUVE, carte A031 (caméra A, jour 8), Rushes!N4 : pas de seconde sauvegarde ; ne réutilisez pas le support avant la deuxième copie.");
    const wb = await openWorkbook(r.bytes!);
    expect(tableRows(wb, "Rushes")[0]["Alerte"]).toBe("Sauvegarde 2 : pas de seconde sauvegarde ; ne réutilisez pas le support avant la deuxième copie.");
  });

  test("unusable cells are alerts on their cell, never a crash; the rest of the row is still checked", async () => {
    const { codes, tech } = await check({ rushes: [card({ "TC fin": "09:18:40:27", "Cadence (ips)": "26", Résolution: "3.4K ARRI", "Sauvegarde 2": null })] });
    const at = (code: string) => tech.filter((a) => a.code === code).map((a) => a.cell);
    expect(at("CELLULE_INVALIDE")).toEqual(expect.arrayContaining(["Rushes!G4"]));
    expect(at("TECH_RESOLUTION_INCONNUE")).toEqual(["Rushes!H4"]);
    expect(codes).toContain("TECH_SAUVEGARDE_MANQUANTE");
    const bad = await check({ rushes: [card({ "TC fin": "09:18:40:27" })] });
    expect(bad.tech.map((a) => [a.code, a.cell])).toEqual([["CELLULE_INVALIDE", "Rushes!K4"]]);
    expect(bad.tech[0].message).toContain("à 25 ips, les images vont de 00 à 24");
    const swapped = await check({ rushes: [card({ "TC début": "09:18:40:12", "TC fin": "08:12:00:00" })] });
    expect(swapped.codes).toEqual(["TECH_TC_SORTIE_AVANT_ENTREE"]);
  });

  test("a deliverable status that is neither the list's nor one of its spellings is said (it counted as « not delivered » in silence)", async () => {
    const { tech } = await check({ deliverables: [deliverable({ Statut: "peut-être" }), SME] });
    expect(tech.map((a) => [a.code, a.cell])).toEqual([["CELLULE_INVALIDE", "Livrables!F4"]]);
    const spelled = await check({ deliverables: [deliverable({ Statut: "Livrée" }), SME] });
    expect(spelled.codes).not.toContain("CELLULE_INVALIDE");
  });

  test("a frame count no rush can have (10^15 images, which the timecode module still adds exactly) is said on its cell", async () => {
    const { tech } = await check({ rushes: [card({ "TC fin": 1e15 })] });
    expect(tech.map((a) => [a.code, a.cell])).toEqual([["CELLULE_INVALIDE", "Rushes!K4"]]);
  });

  test("a production code absent from Productions is said, and its card checked at 25 ips", async () => {
    const { tech } = await check({ rushes: [card({ Production: "FLEUVES" })] });
    expect(tech.map((a) => [a.code, a.cell])).toEqual([["TECH_PRODUCTION_INCONNUE", "Rushes!B4"]]);
  });
});

describe("check on the demo workbook", () => {
  let json: Record<string, unknown>;
  let result: Awaited<ReturnType<typeof run>>;
  let demo: Uint8Array;
  beforeAll(async () => {
    demo = await demoBytes();
    result = await run(demo, checkCommand);
    json = JSON.parse(JSON.stringify(reportJson(result.report)));
  });

  test("the story: one missing backup, one 23,976 camera, one loudness failure; GLACIER's late card, reused card and Arte's demands", () => {
    const alerts = result.report.alerts.filter((a) => a.code.startsWith("TECH_"));
    const of = (code: string) => alerts.filter((a) => a.code === code).map((a) => `${a.production} ${a.cell}`);
    expect(of("TECH_SAUVEGARDE_MANQUANTE")).toEqual(["FLEUVE Rushes!N14"]);
    expect(of("TECH_CADENCE_RUSH")).toEqual(["FLEUVE Rushes!G10"]);
    expect(of("TECH_LOUDNESS")).toEqual(["FLEUVE Livrables!H7"]);
    expect(of("TECH_RUSHES_APRES_MONTAGE")).toEqual(["GLACIER Rushes!A21"]);
    expect(of("TECH_TC_CHEVAUCHEMENT")).toEqual(["GLACIER Rushes!J18"]);
    expect(of("TECH_UPSCALING")).toEqual(["GLACIER Livrables!C11"]);
    expect(of("TECH_ME_MANQUANT")).toEqual([`GLACIER ${cellOf(PRODUCTIONS, "Ventes à l'étranger", 1)}`]);
    // Nothing else is flagged: no missing SME, no slot, no unverified card.
    expect(new Set(alerts.map((a) => a.code))).toEqual(
      new Set(["TECH_SAUVEGARDE_MANQUANTE", "TECH_CADENCE_RUSH", "TECH_LOUDNESS", "TECH_RUSHES_APRES_MONTAGE", "TECH_TC_CHEVAUCHEMENT", "TECH_UPSCALING", "TECH_MIX_51", "TECH_ME_MANQUANT", "TECH_LIVRABLE_APRES_PAD", "TECH_LIVRABLE_SANS_DATE"]),
    );
    expect(result.report.alerts.filter((a) => a.sheet === "Rushes" || a.sheet === "Livrables" || a.sheet === "Specs").every((a) => a.code.startsWith("TECH_"))).toBe(true);
  });

  test("JSON: rushes with their duration (PAD.TC.DUREE) and alert codes; deliverables with status, the missing M&E included", () => {
    const rushes = json.rushes as { row: number; production: string; duration: string; alerts: string[] }[];
    expect(rushes).toHaveLength(DEMO_RUSH_ROWS.length);
    rushes.forEach((r, i) => {
      expect(Object.keys(r)).toEqual(["row", "production", "duration", "alerts"]);
      expect(r.row).toBe(4 + i);
      const rate = String(DEMO_RUSH_ROWS[i]["Cadence (ips)"]).replace(",", ".");
      expect(r.duration).toBe(tcDuree(DEMO_RUSH_ROWS[i]["TC début"], DEMO_RUSH_ROWS[i]["TC fin"], rate));
    });
    expect(rushes.find((r) => r.row === 14)!.alerts).toEqual(["TECH_SAUVEGARDE_MANQUANTE"]);
    const deliverables = json.deliverables as { production: string; deliverable: string; status: string; alerts: string[] }[];
    expect(deliverables.map((d) => Object.keys(d))[0]).toEqual(["production", "deliverable", "status", "alerts"]);
    expect(deliverables.find((d) => d.deliverable === "Extrait presse")).toEqual({ production: "FLEUVE", deliverable: "Extrait presse", status: "refusé", alerts: ["TECH_LOUDNESS"] });
    expect(deliverables.find((d) => d.status === "manquant")).toEqual({ production: "GLACIER", deliverable: "Version internationale (M&E)", status: "manquant", alerts: ["TECH_ME_MANQUANT"] });
  });

  test("JSON: totals per shooting day and per production are PAD.TC.SOMME of the cards (in the project's rate)", () => {
    const rushes = json.rushes as { production: string; duration: string }[];
    const totals = json.rushTotals as { production: string; day: number | null; cards: number; duration: string; volumeGb: number; storageGb: number }[];
    const glacier = totals.find((t) => t.production === "GLACIER" && t.day === null)!;
    expect(glacier.duration).toBe(tcSomme([rushes.filter((r) => r.production === "GLACIER").map((r) => r.duration)]));
    expect(glacier.storageGb).toBeCloseTo(glacier.volumeGb * 2, 6);
    const fleuve = totals.find((t) => t.production === "FLEUVE" && t.day === null)!;
    expect(fleuve.cards).toBe(11);
    const costs = json.technicalCosts as { production: string; rateCode: string; quantity: number; amount: number | null }[];
    expect(costs.map((c) => [c.production, c.rateCode, c.quantity, c.amount])).toEqual([
      ["FLEUVE", "CONV-RUSHES", 0.64, 38.4],
      ["FLEUVE", "CORR-LOUDNESS", 1, 450],
      ["GLACIER", "MIX-51", 90, 3150],
      ["GLACIER", "UPSCALE-UHD", 90, 1350],
      ["GLACIER", "VERSION-ME", 90, 1800],
    ]);
  });

  test("only computed cells and Cap PAD's sheets change; a second check changes nothing", async () => {
    const before = dumpCells(await openWorkbook(demo));
    const after = dumpCells(await openWorkbook(result.bytes!));
    const ownSheets = new Set(["Alertes", "Bilan technique", "Feries", "Gantt", "Synthese", "Rapport de coûts", "Paie"]);
    const computed = /^(Rushes!(Q|R)\d+|Livrables!J\d+)$/;
    for (const [cell, v] of before) {
      const sheet = cell.split("!")[0];
      if (ownSheets.has(sheet) || !["Rushes", "Livrables", "Specs"].includes(sheet)) continue;
      if (!computed.test(cell)) expect([cell, after.get(cell)]).toEqual([cell, v]);
    }
    const again = await run(result.bytes!, checkCommand);
    expect(again.apply.cellsWritten).toBe(0);
  });
});
