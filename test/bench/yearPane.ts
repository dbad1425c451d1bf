/**
 * Every command of the pane (src/taskpane/actions.ts, in the pane's order) on the year workbook loaded
 * into the Office.js fake (test/fakes/excelFake.ts), one after the other on the same workbook as a
 * coordinator would press them: the check first, then the planning, payroll, costs and invoice
 * buttons (the invoice issued is the one the credit note and the e-invoice then use). The fake records
 * each sync's request and answer sizes (`SyncRecord.requestBytes`, `responseBytes`) and refuses one past
 * 5 MB as Excel on the web does; the figure printed is the largest of the two over the command's syncs.
 * The re-check an action with `thenCheck` triggers in the pane is the « Vérifier » row itself.
 */
import { runCommandInExcel } from "../../src/hosts/excel/run";
import { ACTIONS, type PaneChoices } from "../../src/taskpane/actions";
import { FakeExcel, installFakeOffice } from "../fakes/excelFake";
import type { BenchResult } from "./types";
import { YEAR_TODAY } from "./yearWorkbook";

const LIMIT_MB = 5;
const mb = (bytes: number): number => bytes / 1e6;

export async function paneCommandsInFake(bytes: Uint8Array): Promise<BenchResult[]> {
  const fake = await FakeExcel.fromXlsx(bytes);
  const uninstall = installFakeOffice(fake);
  const rows: BenchResult[] = [];
  const choices: PaneChoices = {
    production: "P01",
    month: "2026-11",
    template: "gantt",
    values: { code: "NOUVELLE", title: "Nouvelle production", genre: "Série", pad: "2027-06-30", technical: "non", format: "ubl" },
  };
  try {
    for (const action of ACTIONS) {
      if (action.needs?.includes("invoice")) choices.invoice = issuedInvoice(fake);
      // The check runs on the whole workbook, as the pane's button does with no production chosen.
      const options = action.id === "check" ? {} : (action.options?.(choices) ?? {});
      const before = fake.syncs.length;
      let outcome = "";
      try {
        const r = await runCommandInExcel(await action.load(), { today: YEAR_TODAY, options });
        const a = r.apply;
        outcome = ` ; écrit : ${a.cellsWritten} cellule(s), ${a.rowsAppended} ligne(s), ${a.sheetsWritten.length} feuille(s)`;
      } catch (e) {
        outcome = ` ; ÉCHEC : ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}`;
      }
      const syncs = fake.syncs.slice(before);
      const request = Math.max(0, ...syncs.map((s) => s.requestBytes));
      const answer = Math.max(0, ...syncs.map((s) => s.responseBytes));
      const refused = syncs.filter((s) => s.error).map((s) => s.error);
      // Past 3 syncs, what each one carried (number of queued actions), to see which step splits.
      const detail = syncs.length > 3 ? ` (actions par synchro : ${syncs.map((s) => s.actions).join(" / ")})` : "";
      rows.push({
        name: `Volet (Office.js simulé) : « ${action.label} » — ${syncs.length} synchro(s)${detail}, requête max ${mb(request).toFixed(2)} Mo, réponse max ${mb(answer).toFixed(2)} Mo${refused.length ? `, refusée(s) : ${refused.join(", ")}` : ""}${outcome}`,
        ms: mb(Math.max(request, answer)),
        baselineName: "limite d'Excel sur le web par requête",
        baselineMs: LIMIT_MB,
        unit: "Mo",
        goal: "≤ 5 Mo et ≤ 3 synchros",
      });
    }
  } finally {
    uninstall();
  }
  return rows;
}

/** The number of the first invoice in the register (`Factures`), once « Émettre la facture » has run. */
function issuedInvoice(fake: FakeExcel): string | undefined {
  try {
    const first = fake.tableRows("Factures")[0]?.[0];
    return typeof first === "string" && first ? first : undefined;
  } catch {
    return undefined;
  }
}
