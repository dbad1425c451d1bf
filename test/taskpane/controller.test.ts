/**
 * The pane's behaviour without a page: what it says when a choice or a field is missing, when the
 * workbook changed under it, when Excel is too old, and in file mode (opening, a file that is not a
 * workbook, a changed workbook not downloaded yet).
 */
import { PaneController, type PaneView } from "../../src/taskpane/controller";
import { FileHost } from "../../src/taskpane/hosts";
import { FakeExcel, installFakeOffice } from "../fakes/excelFake";
import { demoXlsx, TODAY } from "./helpers";

/** A view that only records where the pane wants the keyboard focus. */
function recordingView(): PaneView & { focused: string[]; draws: number } {
  return {
    focused: [],
    draws: 0,
    draw() {
      this.draws++;
    },
    focus(key: string) {
      this.focused.push(key);
    },
  };
}

describe("in Excel", () => {
  let uninstall = (): void => undefined;
  afterEach(() => uninstall());

  async function paneOn(fake: FakeExcel): Promise<{ pane: PaneController; view: ReturnType<typeof recordingView> }> {
    uninstall = installFakeOffice(fake);
    const pane = new PaneController({ today: () => TODAY, download: () => undefined });
    const view = recordingView();
    pane.attach(view);
    await pane.start();
    return { pane, view };
  }

  test("a missing choice or field is asked for, with the focus on it, and nothing runs", async () => {
    const fake = await FakeExcel.fromXlsx(await demoXlsx());
    const { pane, view } = await paneOn(fake);
    const runs = fake.runs.length;
    pane.model.month = undefined;
    await pane.run("payroll");
    expect(pane.model.result).toMatchObject({ actionId: "payroll", attention: true, lines: [expect.stringMatching(/choisissez d'abord un mois/)] });
    expect(view.focused.pop()).toBe("choice-month");
    await pane.run("new-production");
    expect(pane.model.open).toBe("new-production");
    expect(view.focused.pop()).toBe("field-new-production-code");
    pane.setValue("new-production", "code", "LUNE");
    await pane.submit("new-production");
    expect(pane.model.result!.lines[0]).toBe("Pour « Nouvelle production », indiquez : Genre, PAD contractuel.");
    expect(view.focused.pop()).toBe("field-new-production-genre");
    await pane.run("new-production"); // pressing the button again folds the form
    expect(pane.model.open).toBeUndefined();
    expect(fake.runs.length).toBe(runs);
  });

  test("rows moved by a co-author between the read and the write: nothing is written, and the pane says to run it again", async () => {
    const fake = await FakeExcel.fromXlsx(await demoXlsx());
    const { pane } = await paneOn(fake);
    const writes = fake.state.cellWrites.length;
    fake.onBeforeSync = (syncInRun, f) => {
      if (syncInRun === 2) f.moveTableRow("Taches", 0, 3);
    };
    await pane.run("check");
    fake.onBeforeSync = undefined;
    const failure = pane.model.result!.failure!;
    expect(failure.title).toMatch(/a changé pendant le calcul/);
    expect(failure.todo).toMatch(/Relancez/);
    expect(failure.nothingWritten).toBe(true);
    expect(fake.state.cellWrites.length).toBe(writes);
    expect(pane.model.busy).toBeUndefined();
  });

  test("an Excel that answers after the wait: the pane starts on files, then moves into Excel", async () => {
    const fake = new FakeExcel();
    uninstall = installFakeOffice(fake);
    const office = (globalThis as unknown as { Office: { onReady(): Promise<unknown> } }).Office;
    const onReady = office.onReady;
    office.onReady = () => new Promise((resolve) => setTimeout(() => resolve(onReady()), 80));
    const pane = new PaneController({ today: () => TODAY, download: () => undefined, officeTimeoutMs: 10 });
    pane.attach(recordingView());
    await pane.start();
    expect(pane.model.host?.kind).toBe("file");
    for (let i = 0; i < 100 && !pane.model.workbook; i++) await new Promise((r) => setTimeout(r, 10));
    expect(pane.model.host?.kind).toBe("excel");
    expect(pane.model.workbook?.hasCapPadTables).toBe(false);
  });

  test("an Excel older than ExcelApi 1.8 is said in French and runs nothing; a missing 1.11 or 1.13 is a notice", async () => {
    const old = await paneOn(new FakeExcel({ excelApi: "1.7" }));
    expect(old.pane.model.blocker).toMatch(/trop ancienne/);
    await old.pane.run("check");
    expect(old.pane.model.result).toBeUndefined();
    uninstall();
    const older = await paneOn(new FakeExcel({ excelApi: "1.10" }));
    expect(older.pane.model.blocker).toBeUndefined();
    expect(older.pane.model.notices).toEqual([expect.stringMatching(/validez votre cellule/), expect.stringMatching(/cellule par cellule/)]);
  });
});

describe("in a browser, on a file", () => {
  async function filePane(): Promise<PaneController> {
    const pane = new PaneController({ today: () => TODAY, download: () => undefined });
    pane.attach(recordingView());
    await pane.start();
    return pane;
  }

  test("outside Office the pane works on files: opening reads the workbook, and a file that is no workbook is said", async () => {
    const pane = await filePane();
    expect(pane.model.host).toBeInstanceOf(FileHost);
    await pane.openFile(new File([(await demoXlsx()) as BlobPart], "demo.xlsx"));
    expect(pane.model.workbook!.productions.map((p) => p.code)).toEqual(["FLEUVE", "GLACIER"]);
    expect(pane.model.month).toBe(pane.model.workbook!.months[0]);

    await pane.openFile(new File(["Nom;Prénom\n"], "equipe.csv"));
    expect(pane.model.result!.failure).toMatchObject({ title: "Ce fichier ne peut pas être utilisé.", detail: "equipe.csv n'est pas un classeur Excel (.xlsx)." });
    expect((pane.model.host as FileHost).bytes).toBeUndefined();
  });

  test("a file the browser cannot read becomes a French failure card, not an unhandled rejection", async () => {
    const pane = await filePane();
    const unreadable = new File([""], "disparu.xlsx");
    const error = Object.assign(new Error("The requested file could not be read."), { name: "NotReadableError" });
    unreadable.arrayBuffer = () => Promise.reject(error);
    await expect(pane.openFile(unreadable)).resolves.toBeUndefined();
    expect(pane.model.result!.failure).toMatchObject({ title: "Le fichier choisi n'a pas pu être lu.", nothingWritten: true });
    expect(pane.model.busy).toBeUndefined();
  });

  test("a workbook changed and not downloaded is not dropped by opening another one without asking", async () => {
    const pane = await filePane();
    const demo = (await demoXlsx()) as BlobPart;
    await pane.openFile(new File([demo], "demo.xlsx"));
    await pane.run("check");
    const host = pane.model.host as FileHost;
    expect(host.changed).toBe(true);
    const other = new File([demo], "autre.xlsx");
    await pane.openFile(other);
    expect(pane.model.pendingFile).toBe(other);
    expect(host.fileName).toBe("demo.xlsx");
    await pane.resolvePending(false);
    expect(host.fileName).toBe("demo.xlsx");
    await pane.openFile(other);
    await pane.resolvePending(true);
    expect(host.fileName).toBe("autre.xlsx");
    expect(host.changed).toBe(false);
  });

  test("« Vue d'ensemble »: nothing before a check; the check's overview kept; its pictures loaded only when unfolded; a new file forgets it", async () => {
    const pane = await filePane();
    const demo = (await demoXlsx()) as BlobPart;
    await pane.openFile(new File([demo], "demo.xlsx"));
    // Opening reads the workbook, it does not plan it: no pictures yet.
    expect(pane.model.overview).toBeUndefined();
    await pane.run("check");
    expect(pane.model.overview!.timeline.map((p) => p.code)).toEqual(["FLEUVE", "GLACIER"]);
    expect(pane.model.overview!.workload.rows[0].name).toBe("Léa Martin");
    expect(pane.charts()).toBeUndefined();
    pane.setOverviewOpen(true);
    for (let i = 0; i < 100 && !pane.charts(); i++) await new Promise((r) => setTimeout(r, 20));
    expect(pane.model.overviewOpen).toBe(true);
    expect(typeof pane.charts()?.timelineSvg).toBe("function");
    // The checked workbook was not downloaded: the pane asks, the user opens the other file anyway.
    await pane.openFile(new File([demo], "autre.xlsx"));
    await pane.resolvePending(true);
    expect(pane.model.overview).toBeUndefined();
  });

  test("with no file opened, creating a workbook makes one to download", async () => {
    const pane = await filePane();
    await pane.run("template-all");
    const host = pane.model.host as FileHost;
    expect(host.fileName).toBe("cap-pad.xlsx");
    expect(host.changed).toBe(true);
    expect(pane.model.result!.lines.join(" ")).toMatch(/Nouveau classeur « cap-pad\.xlsx » créé/);
    expect(pane.model.workbook!.hasCapPadTables).toBe(true);
  });
});
