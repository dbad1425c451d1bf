/**
 * The period of the pane's « Export comptable (FEC) »: the two dates typed, else the month chosen at the
 * top of the pane; a lone date goes to the command, which refuses it with its alert (nothing exported).
 */
import { exportFecCommand } from "../../src/commands/accounts/exportFec";
import { emptySnapshot } from "../../src/workbook/snapshot";
import { fecPeriod } from "../../src/taskpane/actions";
import { TODAY } from "./helpers";

describe("the accounting export's period in the pane", () => {
  test("the month chosen: its first to its last day (February of a leap year included)", () => {
    expect(fecPeriod({ month: "2026-11" })).toEqual({ from: "2026-11-01", to: "2026-11-30" });
    expect(fecPeriod({ month: "2028-02" })).toEqual({ from: "2028-02-01", to: "2028-02-29" });
  });

  test("two dates typed win over the month", () => {
    expect(fecPeriod({ month: "2026-11", values: { du: "2026-01-01", au: "2026-12-31" } })).toEqual({ from: "2026-01-01", to: "2026-12-31" });
  });

  test("nothing chosen: no period, and the command says what to give without exporting", async () => {
    expect(fecPeriod({})).toEqual({});
    const r = await exportFecCommand.run({ snapshot: emptySnapshot(), today: TODAY, options: fecPeriod({ values: { du: "2026-11-01", au: "" } }) });
    expect(r.report.alerts.map((a) => a.code)).toEqual(["COMPTA_PERIODE_INVALIDE"]);
    expect(r.report.summary).toEqual(["Export comptable : donnez la période, du AAAA-MM-JJ au AAAA-MM-JJ, la fin après le début."]);
    expect(r.report.files).toEqual([]);
  });
});
