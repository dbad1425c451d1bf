/**
 * Scale: a 20,000-row table still costs at most 3 syncs to check and to recompute, every request and
 * answer staying under Excel on the web's 5 MB; a patch too large for one request is split into a few
 * write syncs, never into a refused request.
 */
import { checkCommand } from "../../../src/commands/check";
import { runCommandInExcel } from "../../../src/hosts/excel/run";
import { SEANCES } from "../../../src/sheets/contract/crew";
import { columnLetters } from "../../../src/sheets/address";
import { fromIso, serialFromDay } from "../../../src/core/dates/civil";
import { command, hoursCommand } from "./commands";
import { installNew } from "./helpers";
import type { FakeExcel } from "../../fakes/excelFake";

const today = fromIso("2026-11-27")!;
const ROWS = 20_000;
const LIMIT = 5_000_000;

/** A Seances table of `n` séances typed by hand (General cells), over two years of days. */
function seedSeances(fake: FakeExcel, n: number, comment: (i: number) => string | null = () => null): void {
  const headers = SEANCES.columns.map((c) => c.header);
  const first = fromIso("2025-01-06")!;
  const resources = ["Léa Martin", "Hugo Bernard", "Nadia Haddad", "Marc Lefèvre", "Auditorium A"];
  const rows = Array.from({ length: n }, (_, i) => [
    serialFromDay(first + (i % 700))!,
    i % 2 ? "FLEUVE" : "GLACIER",
    `T${(i % 40) + 1}`,
    resources[i % resources.length],
    (8 + (i % 3)) / 24,
    (17 + (i % 4) / 2) / 24,
    (i % 4) * 15,
    comment(i),
  ]);
  fake.addTable("Seances", "A1", "Seances", headers, rows);
}

function expectUnderLimit(fake: FakeExcel, allowRefusedFirstRead = false): void {
  fake.syncsOfRun().forEach((s, i) => {
    // A workbook past 5 MB costs one refused answer (the first read), then reads in chunks.
    expect(s.requestBytes).toBeLessThan(LIMIT);
    if (allowRefusedFirstRead && i === 0) {
      expect(s.error).toBe("ResponsePayloadSizeLimitExceeded");
      expect(s.responseBytes).toBeGreaterThan(LIMIT);
    } else {
      expect(s.error).toBeUndefined();
      expect(s.responseBytes).toBeLessThan(LIMIT);
    }
  });
}

describe(`a ${ROWS.toLocaleString("fr-FR")}-row table`, () => {
  let uninstall: () => void = () => undefined;
  afterEach(() => uninstall());

  test("is checked in at most 3 syncs, each under 5 MB", async () => {
    const env = installNew({ sheets: ["Seances"] });
    uninstall = env.uninstall;
    seedSeances(env.fake, ROWS);
    const r = await runCommandInExcel(checkCommand, { today });
    expect(r.syncs).toBeLessThanOrEqual(3);
    expectUnderLimit(env.fake);
    // The whole table really went through the read.
    expect(env.fake.syncsOfRun()[0].responseBytes).toBeGreaterThan(ROWS * 40);
  });

  test("is recomputed (20,000 cells written) in 3 syncs: one read, one guard, one write", async () => {
    const env = installNew({ sheets: ["Seances"] });
    uninstall = env.uninstall;
    seedSeances(env.fake, ROWS);
    const r = await runCommandInExcel(hoursCommand, { today });
    expect(r.syncs).toBe(3);
    expect(r.apply.cellsWritten).toBe(ROWS + Math.floor(ROWS / 7)); // hours, plus the Sundays
    expectUnderLimit(env.fake);
    const heures = columnLetters(SEANCES.columns.findIndex((c) => c.header === "Heures"));
    expect(env.fake.value("Seances", `${heures}2`)).toBe(17 - 8); // first séance: 8 h to 17 h, no pause
    expect(env.fake.cell("Seances", `${heures}2`)?.numberFormat).toBe("0.00");
    const again = await runCommandInExcel(hoursCommand, { today });
    expect(again.syncs).toBe(2);
    expect(again.apply.cellsWritten).toBe(0);
  });

  test("a table past 5 MB is read in chunks and its patch written in several requests, each under the limit", async () => {
    const env = installNew({ sheets: ["Seances"] });
    uninstall = env.uninstall;
    const long = (i: number): string => `Séance ${i} : ${"commentaire détaillé sur le déroulé de la séance, ".repeat(6)}`;
    seedSeances(env.fake, ROWS, long);
    const echo = command("check", (ctx) => {
      const t = ctx.table(SEANCES)!;
      for (const row of t.rows) ctx.set(row, "Alerte", row.text("Commentaire") ?? null);
    });
    const r = await runCommandInExcel(echo, { today });
    expect(r.apply.cellsWritten).toBe(ROWS);
    expect(r.apply.writeRequests.length).toBeGreaterThan(1);
    for (const bytes of r.apply.writeRequests) expect(bytes).toBeLessThanOrEqual(4_000_000);
    expect(r.syncs).toBe(env.fake.syncsOfRun().length);
    expect(r.syncs).toBeGreaterThan(3);
    expectUnderLimit(env.fake, true);
    const alerte = columnLetters(SEANCES.columns.findIndex((c) => c.header === "Alerte"));
    expect(env.fake.value("Seances", `${alerte}${ROWS + 1}`)).toBe(long(ROWS - 1).trim()); // RowReader.text trims
  });
});
