/** The technical check in Excel (Office.js fake): at most 3 syncs, the same alerts and Durée as the file host. */
import { checkCommand } from "../../../src/commands/check";
import { runCommandInExcel } from "../../../src/hosts/excel/run";
import { runOnBytes } from "../../../src/hosts/file/runner";
import { installFrom, xlsxOf } from "../../hosts/excel/helpers";
import { TODAY } from "../planning/fixtures";
import { card, technicalSheets } from "./fixtures";

test("check with Rushes, Livrables and Specs: ≤ 3 syncs, same report as the file host, Durée and Alerte written", async () => {
  const bytes = await xlsxOf(technicalSheets({ rushes: [card(), card({ Support: "B024", Caméra: "B", "Cadence (ips)": "23,976", "Sauvegarde 2": null })] }));
  const env = await installFrom(bytes);
  try {
    const excel = await runCommandInExcel(checkCommand, { today: TODAY });
    const file = await runOnBytes(bytes, checkCommand, { today: TODAY });
    expect(excel.syncs).toBeLessThanOrEqual(3);
    expect(excel.report.alerts).toEqual(file.report.alerts);
    expect(excel.report.alerts.filter((a) => a.sheet === "Rushes").map((a) => a.code)).toEqual(["TECH_CADENCE_RUSH", "TECH_SAUVEGARDE_MANQUANTE"]);
    expect(env.fake.value("Rushes", "Q4")).toBe("01:06:40:12");
    expect(String(env.fake.value("Rushes", "R5"))).toContain("Cadence (ips) : tourné à 23,976 ips");
    expect(excel.apply.sheetsWritten).toContain("Bilan technique");
  } finally {
    env.uninstall();
  }
});
