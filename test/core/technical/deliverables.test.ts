/** Deliverables against Specs: each check fires on a crafted row and stays silent on a clean one. */
import { checkDeliverables, combineSuggestions, deliverableKindOf, findSpec, parseResolution, unknownProject, type Deliverable, type Project, type Spec } from "../../../src/core/technical";
import { RATE_23_976, RATE_25 } from "../../../src/core/timecode";
import { day, deliverable, project, spec, tc } from "./fixtures";

const SME = spec({ deliverable: "Sous-titres SME", rate: undefined, resolution: undefined, audio: undefined, loudnessTarget: undefined, truePeakMax: undefined });
const SPECS: Spec[] = [spec(), spec({ deliverable: "PAD HD 5.1", required: false, audio: "stéréo + 5.1" }), SME];
const subtitles = (extra: Partial<Deliverable> = {}) => deliverable({ name: "Sous-titres SME", spec: SME, measuredFrames: undefined, loudness: undefined, truePeak: undefined, ...extra });

function run(ds: Deliverable[], p: Project = project(), specs: Spec[] = SPECS) {
  const r = checkDeliverables(ds, [p], specs, (code) => (code === p.production ? p : unknownProject(code)));
  return { ...r, codes: [...r.issues, ...r.productionIssues].map((i) => i.code) };
}

describe("deliverables checks", () => {
  test("a clean PAD with its SME subtitles raises nothing", () => {
    expect(run([deliverable(), subtitles()]).codes).toEqual([]);
  });

  test("frame-rate conversion: a 23,976 project delivered at 25 ips, priced per programme minute", () => {
    const r = run([deliverable(), subtitles()], project({ rate: RATE_23_976 }));
    expect(r.codes).toEqual(["TECH_CONVERSION_CADENCE"]);
    expect(r.issues[0].message).toBe("FLEUVE, « PAD HD » (spécification France TV — PAD HD) : livrable à 25 ips, projet à 23,976 ips ; conversion de cadence du programme à prévoir.");
    expect(r.issues[0].cost).toMatchObject({ rateCode: "CONV-CADENCE", quantity: 52, combine: "once" });
  });

  test("upscaling: HD project, UHD deliverable (by its spec or by its name); a down-conversion is silent", () => {
    const uhd = spec({ deliverable: "PAD UHD", resolution: parseResolution("3840x2160"), required: false });
    const r = run([deliverable(), deliverable({ name: "PAD UHD", spec: uhd }), subtitles()]);
    expect(r.codes).toEqual(["TECH_UPSCALING"]);
    expect(r.issues[0]).toMatchObject({ index: 1, cost: { rateCode: "UPSCALE-UHD", quantity: 52 } });
    expect(run([deliverable({ name: "PAD UHD", spec: undefined, specTyped: undefined }), subtitles()], project({ broadcaster: undefined })).codes).toEqual(["TECH_SPEC_INTROUVABLE", "TECH_UPSCALING"]);
    expect(run([deliverable(), subtitles()], project({ resolution: parseResolution("UHD") })).codes).toEqual([]);
  });

  test("5.1 asked while a stereo mix is planned", () => {
    const r = run([deliverable({ name: "PAD HD 5.1", spec: SPECS[1] }), subtitles()], project({ mix: "stéréo" }));
    expect(r.codes).toEqual(["TECH_MIX_51"]);
    expect(r.issues[0].cost).toMatchObject({ rateCode: "MIX-51", quantity: 52 });
    expect(run([deliverable({ name: "PAD HD 5.1", spec: SPECS[1] }), subtitles()]).codes).toEqual([]);
    expect(run([deliverable(), subtitles()], project({ mix: "stéréo" })).codes).toEqual([]);
  });

  test("M&E missing where the contract provides foreign sales; present, or no foreign sales, is silent", () => {
    const r = run([deliverable(), subtitles()], project({ foreignSales: true }));
    expect(r.codes).toEqual(["TECH_ME_MANQUANT"]);
    expect(r.productionIssues[0]).toMatchObject({ field: "foreignSales", missing: "Version internationale (M&E)", cost: { rateCode: "VERSION-ME", quantity: 52 } });
    expect(run([deliverable(), subtitles(), deliverable({ name: "Version internationale (M&E)", spec: undefined })], project({ foreignSales: true })).codes).toEqual([]);
  });

  test("SME subtitles required by the broadcaster and missing; other required deliverables too", () => {
    const r = run([deliverable()]);
    expect(r.codes).toEqual(["TECH_SME_MANQUANT"]);
    expect(r.productionIssues[0].message).toBe("FLEUVE : France Télévisions exige « Sous-titres SME » (spécification France TV — Sous-titres SME), mais aucune ligne « Sous-titres SME » dans Livrables.");
    expect(r.productionIssues[0].cost).toMatchObject({ rateCode: "ST-SME", quantity: 52 });
    // "PAD HD 5.1" meets the required "PAD HD" (same kind).
    expect(run([deliverable({ name: "PAD HD 5.1", spec: SPECS[1] }), subtitles()]).codes).toEqual([]);
    const ad = spec({ deliverable: "Audiodescription", required: true });
    expect(run([deliverable(), subtitles()], project(), [...SPECS, ad]).productionIssues.map((i) => [i.code, i.cost?.rateCode])).toEqual([["TECH_LIVRABLE_MANQUANT", "AUDIODESC"]]);
    expect(run([deliverable(), subtitles()], project({ broadcaster: "Chaîne inconnue" })).codes).toEqual(["TECH_DIFFUSEUR_INCONNU"]);
  });

  test("measured duration outside the slot tolerance (52'40\" for 52'00\" ± 30 s), on the PAD only", () => {
    const r = run([deliverable({ measuredFrames: tc("00:52:40:00") }), subtitles()]);
    expect(r.codes).toEqual(["TECH_DUREE_CASE"]);
    expect(r.issues[0].message).toContain("dure 00:52:40:00 pour une case de 00:52:00:00 ± 00:00:30:00, soit 40 s de trop");
    expect(run([deliverable({ measuredFrames: tc("00:51:29:24") }), subtitles()]).issues[0].message).toContain("30 s de moins");
    expect(run([deliverable({ measuredFrames: tc("00:52:30:00") }), subtitles()]).codes).toEqual([]);
    expect(run([deliverable({ measuredFrames: tc("00:51:30:00") }), subtitles()]).codes).toEqual([]);
    // An extract is not a programme: no slot.
    expect(run([deliverable(), subtitles(), deliverable({ name: "Extrait presse", measuredFrames: tc("00:02:00:00") })]).codes).toEqual([]);
    // A spec's own slot wins over the production's length.
    expect(run([deliverable({ spec: spec({ slotFrames: tc("00:26:00:00") }) }), subtitles()]).codes).toContain("TECH_DUREE_CASE");
  });

  test("loudness and true peak out of tolerance are errors priced once per deliverable", () => {
    const r = run([deliverable({ loudness: -20.6, truePeak: -0.5 }), subtitles()]);
    expect(r.codes).toEqual(["TECH_LOUDNESS", "TECH_TRUE_PEAK"]);
    expect(r.issues[0].message).toBe("FLEUVE, « PAD HD » (spécification France TV — PAD HD) : loudness mesuré −20,6 LUFS, hors de −23 ± 1 LU ; le livrable sera refusé au contrôle qualité du diffuseur.");
    expect(combineSuggestions(r.issues)).toEqual([{ production: "FLEUVE", rateCode: "CORR-LOUDNESS", quantity: 1, reason: "Correction loudness / true peak de « PAD HD » (FLEUVE)" }]);
    expect(run([deliverable({ loudness: -24, truePeak: -3 }), subtitles()]).codes).toEqual([]);
    expect(run([deliverable({ loudness: -24.1 }), subtitles()]).codes).toEqual(["TECH_LOUDNESS"]);
    expect(run([deliverable({ truePeak: -2.9 }), subtitles()]).codes).toEqual(["TECH_TRUE_PEAK"]);
  });

  test("due date after the PAD date, or none (not planned); delivered deliverables are not chased", () => {
    expect(run([deliverable({ due: day("2027-01-29") }), subtitles()]).codes).toEqual(["TECH_LIVRABLE_APRES_PAD"]);
    expect(run([deliverable({ due: undefined }), subtitles()]).codes).toEqual(["TECH_LIVRABLE_SANS_DATE"]);
    expect(run([deliverable({ due: undefined, delivered: true }), subtitles()]).codes).toEqual([]);
    expect(run([deliverable({ due: day("2027-01-22") }), subtitles()]).codes).toEqual([]);
  });

  test("a Spécification that names no Specs row is a warning", () => {
    expect(run([deliverable({ spec: undefined, specTyped: "France TV — PAD HDX" }), subtitles()]).codes).toEqual(["TECH_SPEC_INCONNUE"]);
  });

  test("the programme is converted once however many deliverables need it", () => {
    const uhd = spec({ deliverable: "PAD UHD", resolution: parseResolution("UHD") });
    const r = run([deliverable(), deliverable({ name: "PAD UHD", spec: uhd }), subtitles()], project({ rate: RATE_23_976, programmeMinutes: undefined }));
    const lines = combineSuggestions(r.issues);
    // Without a programme length the measured one (52'10" → 53 min) is used.
    expect(lines.map((l) => [l.rateCode, l.quantity])).toEqual([
      ["CONV-CADENCE", 53],
      ["UPSCALE-UHD", 53],
    ]);
  });
});

describe("spec lookup and deliverable kinds", () => {
  test("by Spécification, else by the broadcaster's deliverable name, else by kind, size and sound", () => {
    const uhd = spec({ deliverable: "PAD UHD", resolution: parseResolution("UHD"), required: false });
    const specs = [...SPECS, uhd];
    const find = (name: string, specTyped?: string) => findSpec(specs, { name, kind: deliverableKindOf(name), specTyped }, "france televisions");
    expect(find("PAD HD")?.name).toBe("France TV — PAD HD");
    expect(find("pad hd 5.1")?.name).toBe("France TV — PAD HD 5.1");
    expect(find("PAD 52' UHD")?.name).toBe("France TV — PAD UHD");
    expect(find("Master 5.1")?.name).toBe("France TV — PAD HD 5.1");
    expect(find("Conducteur musical")).toBeUndefined();
    expect(find("n'importe", "FRANCE TV — SOUS-TITRES SME")?.name).toBe("France TV — Sous-titres SME");
    expect(findSpec(specs, { name: "PAD HD", kind: deliverableKindOf("PAD HD") }, undefined)).toBeUndefined();
  });

  test("kinds from the words of the name", () => {
    const kind = (n: string) => deliverableKindOf(n).kind;
    expect(["PAD HD", "PAD UHD", "Master prêt à diffuser", "DCP", "Version internationale (M&E)", "M&E", "Sous-titres SME", "Audiodescription", "Conducteur musical", "Liste des génériques", "Extrait du PAD", "Dossier de presse"].map(kind)).toEqual([
      "pad", "pad", "pad", "dcp", "me", "me", "sme", "ad", "music", "credits", "extract", "other",
    ]);
  });

  test("resolutions as typed", () => {
    const r = (t: string) => parseResolution(t)?.label;
    expect(["HD", "1920x1080", "1920 × 1080", "1080i25", "1080p", "UHD", "4K", "3840x2160", "2160p25", "2880x1620", "3.4K", ""].map(r)).toEqual([
      "HD 1920×1080", "HD 1920×1080", "HD 1920×1080", "HD 1920×1080", "HD 1920×1080", "UHD 3840×2160", "4K DCI 4096×2160", "UHD 3840×2160", "UHD 3840×2160", "2880×1620", undefined, undefined,
    ]);
  });

  test("RATE_25 default project for an unknown production", () => {
    expect(unknownProject("X")).toEqual({ production: "X", rate: RATE_25, rateTyped: false });
  });
});
