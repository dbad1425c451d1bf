/**
 * Every button of the task pane, pressed in Excel (the Office.js fake that enforces load/sync), in the
 * order a coordinator uses them on a new workbook: each Excel.run waits for cell edits and costs at most
 * three syncs, every write happens with calculation suspended and lands only where the workbook
 * contract lets that command write, and each action leaves what it should in the workbook.
 */
import { ACTIONS, actionById } from "../../src/taskpane/actions";
import { PaneController } from "../../src/taskpane/controller";
import { FakeExcel, installFakeOffice } from "../fakes/excelFake";
import { readValue, rectA1 } from "../fakes/fakeWorkbookState";
import { before, forbiddenWrites, TODAY, type Before } from "./helpers";
import { addDays } from "../../src/core/dates/civil";
import { expectValidEInvoices } from "../helpers/schemas";

/** Empties a table as a user would: every row deleted but the one a table keeps, whose cells are cleared. */
function emptyTable(fake: FakeExcel, name: string): void {
  const table = fake.table(name);
  fake.deleteTableRows(name, 0, fake.tableRows(name).length - 1);
  const body = table.bodyRect;
  fake.setValues(table.sheet.name, rectA1(body).split(":")[0], [Array.from({ length: body.right - body.left + 1 }, () => null)]);
}

interface Step {
  /** Sets the pane's choices before pressing the button. */
  setup?(pane: PaneController, fake: FakeExcel): void;
  /** What the workbook and the pane hold afterwards. */
  check(ctx: { pane: PaneController; fake: FakeExcel; files: string[]; runs: number }): void | Promise<void>;
}

/** The pane's day: the reminders step moves it two months on, then back. */
let paneToday = TODAY;

const sheetNames = (fake: FakeExcel): string[] => fake.state.sheets.map((s) => s.name);
const rowsOf = (fake: FakeExcel, table: string): number => fake.tableRows(table).filter((r) => r.some((v) => v !== "")).length;

/** The pane's buttons in a coordinator's order; every action of actions.ts must have its step here. */
const STEPS: [id: string, step: Step][] = [
  [
    "template-demo",
    {
      check: ({ pane, fake }) => {
        expect(sheetNames(fake)).toEqual(expect.arrayContaining(["Productions", "Planning (2)", "Equipe"]));
        // The user's own sheet named "Planning" is untouched: the template got a suffix, and the pane says so.
        expect(fake.value("Planning", "A1")).toBe("Mon planning à moi");
        expect(pane.model.result!.lines.join(" ")).toMatch(/« Planning » existait déjà.*« Planning \(2\) »/);
        expect(pane.model.workbook!.productions.map((p) => p.code)).toEqual(["FLEUVE", "GLACIER"]);
      },
    },
  ],
  [
    "template-all",
    {
      check: ({ pane, fake }) => {
        // Every table is there already: nothing is inserted twice, and the pane says why.
        expect(sheetNames(fake).filter((n) => n.startsWith("Productions"))).toEqual(["Productions"]);
        expect(pane.model.result!.lines.join(" ")).toMatch(/non inséré/);
      },
    },
  ],
  [
    "template-one",
    {
      setup: (pane) => pane.choose("template", "equipe"),
      check: ({ pane, fake }) => {
        expect(sheetNames(fake).filter((n) => n.startsWith("Equipe"))).toEqual(["Equipe"]);
        expect(pane.model.result!.lines.join(" ")).toMatch(/existe déjà/);
      },
    },
  ],
  [
    "check",
    {
      check: ({ pane, fake }) => {
        expect(String(fake.value("Alertes", "A1"))).toMatch(/^Cap PAD/);
        expect(pane.model.alerts!.length).toBeGreaterThan(0);
        expect(pane.model.checkedAt).toMatch(/^\d\d:\d\d$/);
        const statut = fake.table("Productions").headers().indexOf("Statut");
        expect(fake.tableRows("Productions").every((r) => String(r[statut]) !== "")).toBe(true);
        expect(pane.model.workbook!.productions.every((p) => p.status !== "")).toBe(true);
      },
    },
  ],
  [
    "new-production",
    {
      setup: (pane) => {
        for (const [k, v] of Object.entries({ code: "LUNE", title: "La Lune", genre: "Documentaire", pad: "2027-06-30" })) pane.setValue("new-production", k, v);
      },
      check: ({ pane, fake, runs }) => {
        const production = fake.table("Taches").headers().indexOf("Production");
        expect(fake.tableRows("Taches").filter((r) => r[production] === "LUNE").length).toBeGreaterThan(3);
        expect(pane.model.workbook!.productions.map((p) => p.code)).toContain("LUNE");
        expect(runs).toBe(2); // the new plan, then the check it asks for
      },
    },
  ],
  [
    "baseline",
    {
      check: ({ fake }) => {
        const ref = fake.table("Taches").headers().indexOf("Fin réf.");
        expect(fake.tableRows("Taches").every((r) => r[ref] !== "")).toBe(true);
      },
    },
  ],
  [
    "overrun-report",
    {
      check: ({ pane, fake }) => {
        expect(String(fake.value("Depassement", "A1"))).toMatch(/^Cap PAD/);
        expect(pane.model.result!.lines.join(" ")).toMatch(/FLEUVE/);
      },
    },
  ],
  [
    "apply-scenario",
    {
      setup: (pane) => {
        pane.choose("production", "FLEUVE");
        pane.setValue("apply-scenario", "scenario", "Deuxième monteur");
      },
      check: ({ pane, fake, runs }) => {
        // Hugo joins Léa on F03: its resources and its duration (⌈25 × 1 / 2⌉ = 13) are written, the old values kept.
        const headers = fake.table("Taches").headers();
        const [id, resources, duration] = ["ID", "Ressources", "Durée (j)"].map((h) => headers.indexOf(h));
        const f03 = fake.tableRows("Taches").find((r) => r[id] === "F03")!;
        expect(String(f03[resources])).toMatch(/Hugo Bernard$/);
        expect(f03[duration]).toBe(13);
        const history = fake.table("HistoriqueScenarios").headers();
        expect(fake.tableRows("HistoriqueScenarios").map((r) => [r[history.indexOf("Colonne")], r[history.indexOf("Nouvelle valeur")]])).toEqual([
          ["Ressources", String(f03[resources])],
          ["Durée (j)", "13"],
        ]);
        expect(pane.model.result!.lines.join(" ")).toMatch(/Scénario « Deuxième monteur » appliqué à FLEUVE/);
        expect(runs).toBe(2); // the scenario written, then the check it asks for
      },
    },
  ],
  [
    "payroll",
    {
      setup: (pane) => pane.choose("month", "2026-11"),
      check: ({ fake, files }) => {
        expect(sheetNames(fake)).toContain("Paie");
        expect(files.some((f) => f.endsWith(".csv"))).toBe(true);
      },
    },
  ],
  [
    "propose-contracts",
    {
      setup: (pane, fake) => {
        // The demo's Contrats are typed: the coordinator empties the table to have them proposed again.
        emptyTable(fake, "Contrats");
        pane.choose("month", "2026-11");
      },
      check: ({ pane, fake }) => {
        // Hugo and Léa, on FLEUVE and GLACIER: four contracts from the November séances.
        expect(pane.model.result!.lines.join(" ")).toMatch(/4 contrat\(s\) proposé\(s\)/);
        const name = fake.table("Contrats").headers().indexOf("Nom");
        expect(fake.tableRows("Contrats").map((r) => r[name])).toEqual(["Hugo Bernard", "Hugo Bernard", "Léa Martin", "Léa Martin"]);
      },
    },
  ],
  ["payslip-check", { check: ({ pane }) => expect(pane.model.result!.lines.join(" ")).toMatch(/bulletin/i) }],
  ["quote", { check: ({ fake }) => expect(sheetNames(fake)).toContain("Devis") }],
  ["quote-technical", { check: ({ pane }) => expect(pane.model.result!.lines.join(" ")).toMatch(/Surcoûts techniques/) }],
  ["cost-report", { check: ({ fake }) => expect(sheetNames(fake)).toContain("Rapport de coûts") }],
  [
    "quote-freeze",
    {
      setup: (pane) => {
        pane.choose("production", "");
        pane.setValue("quote-freeze", "technical", "oui");
      },
      check: ({ pane, fake, runs }) => {
        // FLEUVE's surcharges (loudness correction 450 € on 8.7) are now accepted; then the check runs.
        const headers = fake.table("Budget").headers();
        const [production, poste, accepted] = ["Production", "Poste", "Surcoûts techniques acceptés"].map((h) => headers.indexOf(h));
        expect(fake.tableRows("Budget").find((r) => r[production] === "FLEUVE" && r[poste] === "8.7")![accepted]).toBe(450);
        expect(runs).toBe(2);
        // The pane shows FLEUVE's money as the check wrote it in Synthese, surcharges accepted included.
        const money = pane.model.workbook!.productions.find((p) => p.code === "FLEUVE")!.money!;
        expect(money.find((f) => f.key === "technicalExtraCost")!.value).toBe(488.4);
        expect(money.map((f) => f.label)).toContain("Marge prévue");
      },
    },
  ],
  [
    "invoice-period",
    {
      setup: (pane, fake) => {
        // The demo's draft already has lines: the coordinator empties it first, as the command asks.
        emptyTable(fake, "LignesFacture");
        pane.choose("production", "FLEUVE");
        pane.choose("month", "2026-11");
      },
      check: ({ pane, fake }) => {
        const lines = pane.model.result!.lines.join(" ");
        expect(lines).toMatch(/[1-9]\d* ligne\(s\) ajoutée\(s\)/);
        const added = Number(/(\d+) ligne\(s\) ajoutée\(s\)/.exec(lines)![1]);
        const production = fake.table("LignesFacture").headers().indexOf("Production");
        expect(fake.tableRows("LignesFacture").filter((r) => r[production] === "FLEUVE").length).toBeGreaterThanOrEqual(added);
      },
    },
  ],
  // The demo's register holds its two October invoices; checking the draft adds none.
  ["invoice-check", { check: ({ fake }) => expect(rowsOf(fake, "Factures")).toBe(2) }],
  [
    "invoice-issue",
    {
      check: ({ pane, fake, runs }) => {
        expect(rowsOf(fake, "Factures")).toBe(3);
        expect(pane.model.workbook!.invoices.map((i) => i.number)).toEqual(["FA-2026-0003", "FA-2026-0002", "FA-2026-0001"]);
        expect(pane.model.invoice).toBe(pane.model.workbook!.invoices[0].number);
        expect(runs).toBe(2); // issue, then the check it asks for
      },
    },
  ],
  [
    "e-invoice",
    {
      check: async ({ pane, files }) => {
        expect(files.some((f) => f.endsWith(".xml"))).toBe(true);
        expect(pane.model.result!.files.length).toBeGreaterThan(0);
        // The file the pane offers conforms (XSD, EN 16931).
        await expectValidEInvoices(pane.model.result!.files.filter((f) => f.name.endsWith(".xml")).map((f) => ({ name: f.name, xml: String(f.content) })));
      },
    },
  ],
  [
    "payment",
    {
      setup: (pane) => {
        pane.setValue("payment", "facture", pane.model.workbook!.invoices[0].number);
        pane.setValue("payment", "montant", "100,00");
      },
      check: ({ pane, fake, runs }) => {
        expect(rowsOf(fake, "Paiements")).toBe(4); // the demo's two receipts and supplier payment, then this receipt
        // 100,00 € of a larger TTC, before its due date: partiellement payée, the rest listed « à encaisser »
        // beside the rest of the demo's FA-2026-0002, late.
        expect(pane.model.workbook!.invoices[0].status).toBe("partiellement payée");
        expect(pane.model.workbook!.dues!.filter((d) => d.kind === "à encaisser").map((d) => d.invoice).sort()).toEqual(["FA-2026-0002", pane.model.workbook!.invoices[0].number]);
        expect(runs).toBe(2); // the payment, then the check it asks for
      },
    },
  ],
  [
    "reminders",
    {
      // Two months later, the invoice issued above is overdue (100,00 € of it paid), and so is still the
      // demo's FA-2026-0002, never reminded: a first reminder each (one step at a time, whatever the delay).
      setup: () => void (paneToday = addDays(TODAY, 60)),
      check: ({ pane, fake, runs }) => {
        paneToday = TODAY;
        const number = pane.model.workbook!.invoices[0].number;
        expect(pane.model.result!.lines.join(" ")).toMatch(new RegExp(`2 lettre\\(s\\) à imprimer .*${number} : première relance`));
        expect(String(fake.value("Relances", "A1"))).toMatch(/^Cap PAD — Relances/);
        const log = fake.table("RelancesEnvoyees").headers();
        const logged = fake.tableRows("RelancesEnvoyees").map((r) => [r[log.indexOf("Facture")], r[log.indexOf("Niveau")]]);
        expect(logged.sort()).toEqual([["FA-2026-0002", "Première relance"], [number, "Première relance"]].sort());
        expect(runs).toBe(1); // nothing typed changes: no check afterwards
      },
    },
  ],
  [
    "credit-note",
    {
      check: ({ pane, fake }) => {
        expect(rowsOf(fake, "Factures")).toBe(4);
        expect(pane.model.workbook!.invoices.map((i) => i.status)).toContain("annulée par avoir");
      },
    },
  ],
  [
    "accounting-export",
    {
      // No dates typed: the month chosen at the top of the pane, November.
      setup: (pane) => pane.choose("month", "2026-11"),
      check: ({ pane, fake, files }) => {
        // Offered as a download under the CLI's default name: the demo's SIREN, FEC, the period's last day.
        expect(files).toEqual(["912345675FEC20261130.txt"]);
        const fec = pane.model.result!.files[0];
        expect(fec.mime).toBe("text/plain; charset=ISO-8859-15");
        const lines = Buffer.from(fec.content as Uint8Array).toString("latin1").split("\r\n");
        expect(lines[0].split("\t").slice(0, 3)).toEqual(["JournalCode", "JournalLib", "EcritureNum"]);
        // November's documents only: the October invoices are outside the period, their receipts inside.
        const pieces = new Set(lines.slice(1, -1).map((l) => l.split("\t")[8]));
        expect(pieces.has("FA-2026-0002")).toBe(false);
        expect(pieces.has("FILMS DU FLEUVE FA-2026-0002 PARTIEL")).toBe(true);
        expect(pane.model.result!.lines[0]).toMatch(/^FEC du 01\/11\/2026 au 30\/11\/2026 : 912345675FEC20261130\.txt, \d+ écritures/);
        expect(sheetNames(fake)).toContain("TVA");
      },
    },
  ],
];

describe("the task pane's actions in Excel (Office.js fake)", () => {
  const fake = new FakeExcel({ sheets: ["Feuil1", "Planning"] });
  fake.setValues("Planning", "A1", [["Mon planning à moi"]]);
  const files: string[] = [];
  const pane = new PaneController({ today: () => paneToday, download: (name) => void files.push(name) });
  let uninstall = (): void => undefined;

  beforeAll(async () => {
    uninstall = installFakeOffice(fake);
    await pane.start();
  });
  afterAll(() => uninstall());

  test("the pane finds Excel and reads the workbook in one sync", () => {
    expect(pane.model.host?.kind).toBe("excel");
    expect(pane.model.blocker).toBeUndefined();
    expect(fake.runs).toHaveLength(1);
    expect(fake.syncsOfRun(1)).toHaveLength(1);
    expect(pane.model.workbook?.hasCapPadTables).toBe(false);
  });

  test("every action of actions.ts has its step in this test", () => {
    expect(STEPS.map(([id]) => id).sort()).toEqual(ACTIONS.map((a) => a.id).sort());
  });

  test.each(STEPS)("%s", async (id, step) => {
    const action = actionById(id)!;
    const command = (await action.load()).name;
    // The workbook as each run finds it (a second run, the check, sees the rows the first appended).
    const befores = new Map<number, Before>();
    fake.onBeforeSync = (syncInRun, f) => {
      if (syncInRun === 1) befores.set(f.runs.length, before(f));
    };
    const firstRun = fake.runs.length + 1;
    const firstSync = fake.syncs.length;
    files.length = 0;
    step.setup?.(pane, fake);
    await pane.run(id);
    if (action.fields?.length || action.confirm) await pane.submit(id);
    expect(pane.model.result?.failure).toBeUndefined();
    expect(pane.model.result?.actionId).toBe(id);

    const runs = fake.runs.length - firstRun + 1;
    expect(runs).toBeGreaterThanOrEqual(1);
    for (let n = firstRun; n <= fake.runs.length; n++) {
      expect(fake.runs[n - 1].options).toEqual({ delayForCellEdit: true });
      expect(fake.syncsOfRun(n).length).toBeLessThanOrEqual(3);
    }
    const writes = fake.state.cellWrites.filter((w) => w.sync > firstSync);
    for (const w of writes) expect(fake.calculationSuspendedInSync).toContain(w.sync);
    // The first run is the action's command; a second one is the check it asks for afterwards.
    const runOf = (sync: number): number => fake.syncs[sync - 1].run;
    for (let n = firstRun; n <= fake.runs.length; n++)
      expect(forbiddenWrites(befores.get(n)!, writes.filter((w) => runOf(w.sync) === n), n === firstRun ? command : "check")).toEqual([]);
    await step.check({ pane, fake, files: [...files], runs });
  });

  test("an alert link selects its cell in Excel", async () => {
    const alert = pane.model.alerts!.find((a) => a.cell)!;
    pane.select(alert.cell);
    await new Promise((r) => setTimeout(r, 50));
    const [sheet, cell] = alert.cell.split("!");
    expect(fake.state.selection).toEqual({ sheet: sheet.replace(/^'|'$/g, ""), address: cell });
    expect(String(readValue(fake.sheet(fake.state.selection!.sheet).cell(0, 0)))).not.toBe("");
  });
});
