/**
 * The fake itself: it must refuse what Excel refuses (reading what was not loaded and synced), apply
 * writes only at sync, answer *OrNullObject after the sync, count syncs and bytes, enforce the 5 MB
 * limit and the requirement sets, and read and write real .xlsx files.
 */
import { equipeSheet } from "../../../src/sheets/templates/crew";
import { DEMO_CREW } from "../../../src/demo/crew";
import { bytesToBase64 } from "../../../src/hosts/excel/values";
import { dumpExcelJS } from "../../fakes/fakeXlsx";
import { FakeExcel, installFakeOffice } from "../../fakes/excelFake";
import { excel, installNew, reopen, xlsxOf } from "./helpers";

describe("the Office.js fake enforces Excel's load/sync rules", () => {
  let uninstall: () => void = () => undefined;
  afterEach(() => uninstall());

  test("a property not loaded, or loaded but not yet synced, throws PropertyNotLoaded", async () => {
    const env = installNew({ sheets: ["Feuil1"] });
    uninstall = env.uninstall;
    env.fake.setValues("Feuil1", "A1", [["bonjour", 42]]);
    await excel().run(async (context) => {
      const range = context.workbook.worksheets.getItem("Feuil1").getRange("A1:B1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["bonjour", 42]]);
      // Loading `values` does not deliver other properties.
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("writes are queued and applied at sync, in order; null in a 2-D array leaves a cell alone", async () => {
    const env = installNew({ sheets: ["Feuil1"] });
    uninstall = env.uninstall;
    env.fake.setValues("Feuil1", "A1", [["garde", 1]]);
    await excel().run(async (context) => {
      const range = context.workbook.worksheets.getItem("Feuil1").getRange("A1:B1");
      range.values = [[null, 2]];
      expect(env.fake.value("Feuil1", "B1")).toBe(1);
      await context.sync();
      expect(env.fake.value("Feuil1", "A1")).toBe("garde");
      expect(env.fake.value("Feuil1", "B1")).toBe(2);
    });
  });

  test("*OrNullObject: isNullObject is known after the sync; children of a null object read as null", async () => {
    const env = installNew({ sheets: ["Feuil1"] });
    uninstall = env.uninstall;
    await excel().run(async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject("Absente");
      const present = context.workbook.worksheets.getItemOrNullObject("Feuil1");
      const range = missing.getRange();
      range.load("values");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(range.isNullObject).toBe(true);
      expect(range.values).toBeNull();
    });
  });

  test("getItem of a missing sheet fails the sync with ItemNotFound; the actions before it are applied", async () => {
    const env = installNew({ sheets: ["Feuil1"] });
    uninstall = env.uninstall;
    await expect(
      excel().run(async (context) => {
        context.workbook.worksheets.getItem("Feuil1").getRange("A1").values = [["avant"]];
        context.workbook.worksheets.getItem("Nulle part").getRange("A1").values = [["jamais"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(env.fake.value("Feuil1", "A1")).toBe("avant");
  });

  test("collections give `items` only after load + sync", async () => {
    const env = installNew({ sheets: ["A", "B"] });
    uninstall = env.uninstall;
    await excel().run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["A", "B"]);
      expect(() => sheets.items[0].visibility).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("syncs and request sizes are recorded; a request over 5 MB is refused whole", async () => {
    const env = installNew({ sheets: ["Feuil1"] });
    uninstall = env.uninstall;
    const big = "x".repeat(1000);
    await expect(
      excel().run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Feuil1");
        ws.getRange("A1").values = [["petit"]];
        await context.sync();
        ws.getRangeByIndexes(0, 1, 6000, 1).values = Array.from({ length: 6000 }, () => [big]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    const [first, second] = env.fake.syncsOfRun();
    expect(first.requestBytes).toBeLessThan(2000);
    expect(second.requestBytes).toBeGreaterThan(6000 * 1000);
    expect(env.fake.value("Feuil1", "A1")).toBe("petit");
    expect(env.fake.value("Feuil1", "B1")).toBe("");
  });

  test("requirement sets: isSetSupported answers from the fake, newer APIs fail with ApiNotFound", async () => {
    const env = installNew({ sheets: ["Feuil1"], excelApi: "1.8" });
    uninstall = env.uninstall;
    const office = (globalThis as unknown as { Office: typeof Office }).Office;
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    await expect(
      excel().run(async (context) => {
        context.workbook.worksheets.getItem("Feuil1").pageLayout.orientation = "Landscape";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("a string starting with = written to a General cell becomes a formula, as in Excel; formatted as text it stays text", async () => {
    const env = installNew({ sheets: ["Feuil1"] });
    uninstall = env.uninstall;
    await excel().run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Feuil1");
      ws.getRange("A1").values = [["=1+1"]];
      const b1 = ws.getRange("B1");
      b1.numberFormat = [["@"]];
      b1.values = [["=1+1"]];
      ws.getRange("C1").values = [["12"]];
      await context.sync();
    });
    expect(env.fake.cell("Feuil1", "A1")?.formula).toBe("=1+1");
    expect(env.fake.cell("Feuil1", "B1")).toMatchObject({ value: "=1+1", numberFormat: "@" });
    expect(env.fake.cell("Feuil1", "B1")?.formula).toBeUndefined();
    expect(env.fake.value("Feuil1", "C1")).toBe(12);
  });

  test("the hook between syncs lets a test play a co-author", async () => {
    const env = installNew({ sheets: ["Feuil1"] });
    uninstall = env.uninstall;
    env.fake.addTable("Feuil1", "A1", "Liste", ["Nom"], [["a"], ["b"]]);
    env.fake.onBeforeSync = (n, fake) => {
      if (n === 2) fake.insertTableRows("Liste", 0, [["nouveau"]]);
    };
    await excel().run(async (context) => {
      const body = context.workbook.tables.getItem("Liste").getDataBodyRange();
      body.load("values");
      await context.sync();
      expect(body.values).toEqual([["a"], ["b"]]);
      const again = context.workbook.tables.getItem("Liste").getDataBodyRange();
      again.load("values");
      await context.sync();
      expect(again.values).toEqual([["nouveau"], ["a"], ["b"]]);
    });
  });

  test("insertWorksheetsFromBase64 really parses the file: sheets, tables, validations", async () => {
    const bytes = await xlsxOf([equipeSheet(DEMO_CREW)]);
    const env = installNew({ sheets: ["Feuil1"] });
    uninstall = env.uninstall;
    let ids: string[] = [];
    await excel().run(async (context) => {
      const result = context.workbook.insertWorksheetsFromBase64(bytesToBase64(bytes), { positionType: "End" });
      expect(() => result.value).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      ids = result.value;
    });
    expect(ids).toHaveLength(1);
    expect(env.fake.state.sheets.map((s) => s.name)).toEqual(["Feuil1", "Equipe"]);
    expect(env.fake.tableRows("Equipe").map((r) => r[0])).toEqual(DEMO_CREW.map((r) => r.Nom));
    const file = dumpExcelJS(await reopen(bytes)).sheets[0];
    const inserted = env.fake.dump().sheets[1];
    expect(inserted.cells).toEqual(file.cells);
    expect(inserted.tables).toEqual(file.tables);
    expect(Object.keys(inserted.validations).length).toBeGreaterThan(0);
    expect(inserted.validations).toEqual(file.validations);
  });

  test("an .xlsx loads into the fake and dumps back as the file holds it", async () => {
    const bytes = await xlsxOf([equipeSheet(DEMO_CREW)], { date1904: true });
    const fake = await FakeExcel.fromXlsx(bytes);
    uninstall = installFakeOffice(fake);
    const dump = fake.dump();
    expect(dump.date1904).toBe(true);
    expect(dump).toEqual(dumpExcelJS(await reopen(bytes)));
    expect(dump.sheets[0].cells.A4.value).toBe(DEMO_CREW[0].Nom);
    expect(dump.sheets[0].freeze).toEqual({ rows: 3, columns: 1 });
  });
});
