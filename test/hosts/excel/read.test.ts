/**
 * Reading: the Office.js host must read, in one sync, the snapshot the file host reads from the same
 * workbook (both built from one exceljs rendering of real templates).
 */
import { readSnapshot as readFileSnapshot } from "../../../src/hosts/file/read";
import { readSnapshot } from "../../../src/hosts/excel/read";
import { countSyncs } from "../../../src/hosts/excel/batch";
import type { Snapshot } from "../../../src/workbook/snapshot";
import { equipeSheet } from "../../../src/sheets/templates/crew";
import { buildAlertsSheet } from "../../../src/sheets/reports/alertsSheet";
import { DEMO_CREW } from "../../../src/demo/crew";
import { fromIso } from "../../../src/core/dates/civil";
import type { Alert } from "../../../src/core/alerts";
import { SheetBuilder } from "../../../src/sheets/render";
import { SEANCES } from "../../../src/sheets/contract/crew";
import { excel, installFrom, reopen, xlsxOf } from "./helpers";

const today = fromIso("2026-11-27")!;

const alerts: Alert[] = [
  { code: "PLAN_CYCLE", severity: "error", sheet: "Planning", row: 5, id: "T3", cell: "Planning!G5", message: "La tâche T3 dépend d'elle-même." },
  { code: "PAIE_REPOS_11H", severity: "warning", sheet: "Seances", row: 7, id: "", cell: "Seances!E7", message: "Moins de 11 h de repos entre deux séances." },
];

function seancesSheet(): ReturnType<SheetBuilder["build"]> {
  const b = new SheetBuilder("Seances", false);
  b.title("Séances", "Une ligne par séance.");
  b.table(SEANCES, 2, 0, [
    { Date: { day: fromIso("2026-11-23")! }, Production: "FLEUVE", Tâche: "T1", Ressource: "Léa Martin", Arrivée: 9 / 24, Départ: 18.5 / 24, "Pause (min)": 60, Commentaire: "#N/A" },
    { Date: { day: fromIso("2026-11-29")! }, Production: "GLACIER", Tâche: "T2", Ressource: "Auditorium A", Arrivée: 10 / 24, Départ: 19 / 24, "Pause (min)": 45, Commentaire: true },
  ]);
  return b.build();
}

async function excelSnapshot(): Promise<{ snapshot: Snapshot; syncs: number }> {
  return excel().run(async (context) => {
    const syncs = countSyncs(context);
    const snapshot = await readSnapshot(context);
    return { snapshot, syncs: syncs.count };
  });
}

/** The file host reads A1 of every sheet; the Excel host only of the sheets the contract names. */
function comparable(s: Snapshot, a1Of: Set<string>): Snapshot {
  return {
    ...s,
    sheets: s.sheets.map(({ a1, ...rest }) => (a1 !== undefined && a1Of.has(rest.name.toLowerCase()) ? { ...rest, a1 } : rest)),
    tables: Object.fromEntries(Object.entries(s.tables).map(([k, t]) => [k, { ...t, formulas: undefined }])),
  };
}

describe("readSnapshot (Office.js) reads what the file host reads", () => {
  let uninstall: () => void = () => undefined;
  afterEach(() => uninstall());

  test.each([false, true])("same snapshot from one rendered workbook (date1904 = %s), in one sync", async (date1904) => {
    const bytes = await xlsxOf([equipeSheet(DEMO_CREW), seancesSheet(), buildAlertsSheet(alerts, today)], { date1904 });
    const fileSnap = readFileSnapshot(await reopen(bytes));
    const env = await installFrom(bytes);
    uninstall = env.uninstall;
    const { snapshot, syncs } = await excelSnapshot();
    expect(syncs).toBe(1);
    expect(env.fake.syncsOfRun()).toHaveLength(1);
    const contractSheets = new Set(["equipe", "seances", "alertes"]);
    expect(comparable(snapshot, contractSheets)).toEqual(comparable(fileSnap, contractSheets));
    // What the comparison rests on is really there.
    expect(snapshot.date1904).toBe(date1904);
    expect(Object.keys(snapshot.tables).sort()).toEqual(["Alertes", "Equipe", "Seances"]);
    expect(snapshot.tables.Equipe.rows.map((r) => r[0])).toEqual(DEMO_CREW.map((c) => c.Nom));
    expect(snapshot.tables.Seances.rows[0][7]).toEqual({ error: "#N/A" });
    expect(snapshot.tables.Seances.rows[1][7]).toBe(true);
    expect(snapshot.sheets.find((s) => s.name === "Alertes")?.a1).toMatch(/^Cap PAD/);
    expect(snapshot.tables.Seances.formulas).toBeUndefined();
  });

  test("a workbook whose answer passes 5 MB is read in chunks, with the same result", async () => {
    const bytes = await xlsxOf([equipeSheet(DEMO_CREW), seancesSheet()]);
    const env = await installFrom(bytes);
    uninstall = env.uninstall;
    const reference = (await excelSnapshot()).snapshot;
    // Shrink the fake's limit so that this small workbook plays a huge one.
    const full = env.fake.syncsOfRun()[0].responseBytes;
    const limit = Math.floor(full * 0.7);
    env.fake.maxResponseBytes = limit;
    const { snapshot, syncs } = await excelSnapshot();
    expect(snapshot).toEqual(reference);
    expect(syncs).toBeGreaterThan(2);
    const run = env.fake.syncsOfRun();
    expect(run[0].error).toBe("ResponsePayloadSizeLimitExceeded");
    for (const s of run.filter((x) => !x.error)) expect(s.responseBytes).toBeLessThanOrEqual(limit);
  });
});
