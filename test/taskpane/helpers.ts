/** Shared set-up of the task pane tests: the demo workbook, and what a pane action may write in Excel. */
import { insertTemplatesCommand } from "../../src/commands/templates";
import { fromIso } from "../../src/core/dates/civil";
import { runOnBytes } from "../../src/hosts/file/runner";
import { tableSpec } from "../../src/sheets/contract";
import { isOwnedTitle } from "../../src/workbook/model";
import { findColumn, isWritableBy } from "../../src/sheets/spec";
import type { FakeExcel } from "../fakes/excelFake";
import { parseAddress, readValue, type CellWrite } from "../fakes/fakeWorkbookState";

export const TODAY = fromIso("2026-11-27")!;

/** The demo workbook as `cappad new --demo` makes it (every template, filled with the demo story). */
export async function demoXlsx(): Promise<Uint8Array> {
  const r = await runOnBytes(undefined, insertTemplatesCommand, { today: TODAY, options: { template: "all", demo: true } });
  return r.bytes!;
}

interface TableShape {
  name: string;
  sheet: string;
  headerRow: number;
  left: number;
  right: number;
  bodyBottom: number;
  headers: string[];
  /** Sheet rows of the body left blank (a new table keeps one): appending fills them first. */
  blankRows: Set<number>;
}

/** Sheets (owned by Cap PAD or not) and tables of the workbook before an action, to judge its writes. */
export interface Before {
  sheets: Map<string, { owned: boolean }>;
  tables: TableShape[];
}

export function before(fake: FakeExcel): Before {
  const sheets = new Map(fake.state.sheets.map((s) => [s.name.toLowerCase(), { owned: isOwnedTitle(String(readValue(s.cell(0, 0)))) }]));
  const tables = fake.state.tables
    .filter((t) => !t.deleted)
    .map((t) => {
      const body = t.bodyRect;
      const blankRows = new Set<number>();
      for (let r = body.top; r <= body.bottom; r++) {
        let blank = true;
        for (let c = body.left; c <= body.right; c++) if (readValue(t.sheet.cell(r, c)) !== "") blank = false;
        if (blank) blankRows.add(r);
      }
      return { name: t.name, sheet: t.sheet.name, headerRow: t.rect.top, left: t.rect.left, right: t.rect.right, bodyBottom: body.bottom, headers: t.headers(), blankRows };
    });
  return { sheets, tables };
}

/**
 * Writes an action made that the workbook contract does not allow (described in French): on a sheet
 * that existed before and is not Cap PAD's, a write must land in a computed column (or one the
 * command owns, like the baseline) of a contract table, or in rows it appends where it may append.
 */
export function forbiddenWrites(b: Before, writes: readonly CellWrite[], command: string): string[] {
  const out: string[] = [];
  for (const w of writes) {
    const sheet = b.sheets.get(w.sheet.toLowerCase());
    if (!sheet || sheet.owned) continue;
    const at = parseAddress(w.address)!;
    // The nearest table above the cell (several tables can share a sheet, one under the other).
    const t = b.tables
      .filter((x) => x.sheet.toLowerCase() === w.sheet.toLowerCase() && at.left >= x.left && at.left <= x.right && at.top > x.headerRow)
      .sort((x, y) => y.headerRow - x.headerRow)[0];
    const spec = t && tableSpec(t.name);
    if (!t || !spec) {
      out.push(`${w.sheet}!${w.address} : hors de toute table du contrat`);
      continue;
    }
    const header = t.headers[at.left - t.left];
    if (at.top > t.bodyBottom || t.blankRows.has(at.top)) {
      if (!(spec.appendableBy ?? []).includes(command)) out.push(`${w.sheet}!${w.address} : ajout de ligne à ${t.name} refusé à ${command}`);
    } else if (!findColumn(spec, header) || !(findColumn(spec, header)!.computed || isWritableBy(spec, header, command)))
      out.push(`${w.sheet}!${w.address} : colonne saisie ${t.name}[${header}]`);
  }
  return out;
}
