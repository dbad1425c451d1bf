/**
 * Two co-authors on one shared workbook (the Office.js host on the in-memory fake), issuing invoices
 * and cancelling them by credit notes at the same moment: B's whole command runs between A's read and
 * A's write. A's write is refused (`RowsChangedError`, nothing written) and A retries, as the pane
 * tells the user to. Over a random sequence: no duplicate number, no gap, an issued invoice is never
 * modified — its register row (but for its status when cancelled), its archive rows and its printable
 * sheet stay as issued — the stored counter follows the register, and every command costs at most 3 syncs.
 */
import { creditNoteCommand } from "../../../src/commands/invoicing/creditNote";
import { counterKey } from "../../../src/commands/invoicing/documents";
import { invoiceIssueCommand } from "../../../src/commands/invoicing/issue";
import type { Command, CommandOptions } from "../../../src/commands/types";
import { RowsChangedError } from "../../../src/workbook/patch";
import { runCommandInExcel } from "../../../src/hosts/excel/run";
import { FACTURES, LIGNES_FACTURE } from "../../../src/sheets/contract/costs";
import { installFrom } from "../../hosts/excel/helpers";
import type { FakeExcel } from "../../fakes/excelFake";
import { random } from "../../hostile/random";
import { invoicingWorkbook, TODAY } from "./helpers";

const STATUS = FACTURES.columns.findIndex((c) => c.header === "Statut");


interface Op {
  /** What the co-author types first (a new draft for an issue). */
  prepare(): void;
  command: Command;
  options: CommandOptions;
}

describe("two co-authors issuing and cancelling at the same moment (Office.js)", () => {
  let uninstall: () => void = () => undefined;
  afterEach(() => uninstall());

  test("a random interleaving of 24 rounds: no duplicate, no gap, issued invoices never modified, ≤ 3 syncs", async () => {
    const env = await installFrom(await invoicingWorkbook({ header: { issueDate: null } }));
    uninstall = env.uninstall;
    const fake: FakeExcel = env.fake;
    // A deterministic sequence, so that a failure replays.
    const rnd = random(2026).int;
    let quantity = 1;
    const syncs: number[] = [];
    const firstSeen = new Map<string, unknown[]>();
    /** Each document's printable sheet and archive rows as first seen. */
    const issuedAs = new Map<string, string>();
    const documentOf = (number: string): string => {
      const sheet = fake.dump().sheets.find((x) => x.name === number);
      const archive = fake.tableRows("ArchiveFactures").filter((r) => r[0] === number);
      return JSON.stringify({ cells: sheet?.cells, protection: sheet ? fake.sheet(number).protected : undefined, archive });
    };

    const register = (): (string | number | boolean)[][] => fake.tableRows("Factures").filter((r) => r[0] !== "");
    const typeDraft = (q: number): void => {
      const t = fake.table("LignesFacture");
      const col = t.bodyRect.left + LIGNES_FACTURE.columns.findIndex((c) => c.header === "Quantité");
      fake.sheet(t.sheet.name).ensure(t.bodyRect.top, col).value = q;
    };
    const nextOp = (): Op => {
      const open = register().filter((r) => r[STATUS] === "émise" && r[9] === "");
      if (open.length > 0 && rnd(3) === 0) {
        const number = String(open[rnd(open.length)][0]);
        return { prepare: () => undefined, command: creditNoteCommand, options: { number } };
      }
      const q = quantity++;
      return { prepare: () => typeDraft(q), command: invoiceIssueCommand, options: { issue: true } };
    };
    const runOp = async (op: Op): Promise<void> => {
      op.prepare();
      const r = await runCommandInExcel(op.command, { today: TODAY, options: op.options });
      syncs.push(r.syncs);
    };

    let refusedWrites = 0;
    for (let round = 0; round < 24; round++) {
      const a = nextOp();
      const b = nextOp();
      let bDone = false;
      fake.onBeforeSync = async (n) => {
        // B's whole command lands between A's read (sync 1) and A's guarded write (sync 2).
        if (n === 2 && !bDone) {
          bDone = true;
          await runOp(b);
        }
      };
      for (;;) {
        try {
          await runOp(a);
          break;
        } catch (e) {
          expect(e).toBeInstanceOf(RowsChangedError);
          refusedWrites++;
        }
      }
      fake.onBeforeSync = undefined;
      if (!bDone) await runOp(b);

      // After every round: the register is continuous and nothing issued was edited.
      const rows = register();
      const numbers = rows.map((r) => String(r[0]));
      expect(numbers).toEqual(numbers.map((_, i) => `FA-2026-${String(i + 1).padStart(4, "0")}`));
      for (const r of rows) {
        const fixed = r.filter((_, j) => j !== STATUS);
        if (!firstSeen.has(String(r[0]))) firstSeen.set(String(r[0]), fixed);
        expect(fixed).toEqual(firstSeen.get(String(r[0])));
        const doc = documentOf(String(r[0]));
        if (!issuedAs.has(String(r[0]))) issuedAs.set(String(r[0]), doc);
        expect(doc).toBe(issuedAs.get(String(r[0])));
      }
      expect(fake.state.settings.get(counterKey("FA-2026-"))).toBe(rows.length);
    }

    const rows = register();
    // The interleaving really happened: writes were refused and retried, and both kinds of documents exist.
    expect(refusedWrites).toBeGreaterThan(5);
    expect(rows.some((r) => r[9] !== "")).toBe(true);
    expect(rows.length).toBeGreaterThan(24);
    // Every credit note cancels exactly one invoice, marked so; every document has its sheet.
    const cancelled = rows.filter((r) => r[9] !== "").map((r) => String(r[9]));
    expect(new Set(cancelled).size).toBe(cancelled.length);
    for (const r of rows) {
      expect(r[STATUS]).toBe(cancelled.includes(String(r[0])) ? "annulée par avoir" : "émise");
      expect(String(fake.value(String(r[0]), "F3"))).toBe(r[9] === "" ? "FACTURE" : "AVOIR");
    }
    expect(Math.max(...syncs)).toBeLessThanOrEqual(3);
  });
});
