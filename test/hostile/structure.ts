/**
 * Mutations of a workbook's structure, applied before any cell is touched (so that the cells the
 * later mutations expect alerts on keep their address): tables moved to another place or sheet,
 * renamed, emptied, grown to 20,000 rows; headers renamed or duplicated; columns removed, added or
 * shuffled; sheets deleted; the 1904 date system.
 */
import { isOwnedTitle } from "../../src/workbook/model";
import { findColumn } from "../../src/sheets/spec";
import { normalizeHeader } from "../../src/workbook/snapshot";
import type { BoundRef, Build } from "./build";
import { dataRowCount, gridOf, headersOf, placeGrid, renameHeader, renameTable, type Grid, type GridCell } from "./tables";
import { HOSTILE_TEXTS } from "./values";

/** Sheet names users give (spaces, accents, apostrophes and emoji need quoting in addresses). */
const SHEET_NAMES = ["Mon planning", "Feuil2", "Données 🎬", "L'équipe", "Tab-2026", "Copie de Planning"];

function freeSheet(b: Build): string {
  const base = b.rnd.pick(SHEET_NAMES);
  let name = base;
  for (let i = 2; b.wb.getWorksheet(name); i++) name = `${base} ${i}`;
  return name;
}

/** What the commands must say about a contract column that is no longer found. */
function expectMissing(b: Build, bound: BoundRef, header: string, reason: string): void {
  const col = findColumn(bound.spec, header);
  if (!col) return;
  if (col.computed) b.expectHeader(bound, "TABLE_COLONNE_CALCULEE_ABSENTE", col.header, reason);
  else if (!col.optional) b.expectHeader(bound, "TABLE_COLONNE_ABSENTE", col.header, reason);
}

function moveTable(b: Build): void {
  const bound = b.someTable();
  if (!bound) return;
  const { t } = bound;
  const grid = gridOf(t);
  if (b.rnd.chance(0.5)) {
    const ws = b.wb.addWorksheet(freeSheet(b));
    const placed = placeGrid(t, grid, { ws, top: b.rnd.int(6), left: b.rnd.int(4) });
    b.note("table-deplacee-feuille", `table ${t.name} déplacée sur la feuille « ${ws.name} » en ${placed.ws.getCell(placed.top + 1, placed.left + 1).address}`);
  } else {
    // To the right of everything on its sheet, a few rows lower: never over other cells.
    const left = t.ws.columnCount + 2;
    const placed = placeGrid(t, grid, { ws: t.ws, top: t.top + b.rnd.int(4), left });
    b.note("table-deplacee", `table ${t.name} déplacée en ${placed.ws.name}!${placed.ws.getCell(placed.top + 1, placed.left + 1).address}`);
  }
}

function renameTableAway(b: Build): void {
  const bound = b.someTable();
  if (!bound) return;
  if (b.rnd.chance(0.5)) {
    // Case only: Excel finds tables whatever their case, so Cap PAD still reads it.
    const name = b.rnd.chance(0.5) ? bound.t.name.toUpperCase() : bound.t.name.toLowerCase();
    b.note("table-renommee-casse", `table ${bound.t.name} renommée ${name}`);
    renameTable(bound.t, name);
  } else {
    const name = `Tableau${1 + b.rnd.int(9)}_${bound.t.name}`;
    b.note("table-renommee", `table ${bound.t.name} renommée ${name} (Cap PAD ne la lit plus)`);
    renameTable(bound.t, name);
  }
}

function renameColumn(b: Build): void {
  const bound = b.someTable();
  if (!bound) return;
  const headers = headersOf(bound.t);
  const col = b.rnd.int(headers.length);
  const old = headers[col];
  if (b.rnd.chance(0.3)) {
    // Case and spacing only: still the same column for Cap PAD.
    const name = `  ${old.toUpperCase()} `;
    if (headers.some((h, j) => j !== col && normalizeHeader(h) === normalizeHeader(name))) return;
    renameHeader(bound.t, col, name);
    b.note("en-tete-casse", `${bound.t.name} : en-tête « ${old} » écrit « ${name} »`);
    return;
  }
  const name = `${old} (ancien ${1 + b.rnd.int(99)})`;
  renameHeader(bound.t, col, name);
  b.note("en-tete-renomme", `${bound.t.name} : en-tête « ${old} » renommé « ${name} »`);
  expectMissing(b, bound, old, "en-tete-renomme");
}

function duplicateHeader(b: Build): void {
  const bound = b.someTable((x) => headersOf(x.t).length > 1);
  if (!bound) return;
  const headers = headersOf(bound.t);
  const [i, j] = b.rnd.sample(headers.map((_, k) => k), 2);
  // A trailing space: Excel accepts the two names, Cap PAD reads them as one.
  const text = `${headers[i].trim()} `;
  if (headers.includes(text)) return;
  const lost = headers[j];
  renameHeader(bound.t, j, text);
  b.note("en-tete-double", `${bound.t.name} : l'en-tête « ${lost} » devient « ${text} », doublon de « ${headers[i]} »`);
  b.expectHeader(bound, "TABLE_EN_TETE_DOUBLE", headers[i], "en-tete-double", i < j ? text : headers[i]);
  expectMissing(b, bound, lost, "en-tete-double");
}

function reshape(b: Build, bound: BoundRef, change: (g: Grid) => Grid, kind: string, detail: string): void {
  placeGrid(bound.t, change(gridOf(bound.t)), { ws: bound.t.ws, top: bound.t.top, left: bound.t.left });
  b.note(kind, `${bound.t.name} : ${detail}`);
}

function removeColumn(b: Build): void {
  const bound = b.someTable((x) => headersOf(x.t).length > 2);
  if (!bound) return;
  const headers = headersOf(bound.t);
  const col = b.rnd.int(headers.length);
  reshape(b, bound, (g) => ({ columns: g.columns.filter((_, j) => j !== col), rows: g.rows.map((r) => r.filter((_, j) => j !== col)) }), "colonne-supprimee", `colonne « ${headers[col]} » supprimée`);
  if (!headersOf(bound.t).some((h) => normalizeHeader(h) === normalizeHeader(headers[col]))) expectMissing(b, bound, headers[col], "colonne-supprimee");
}

function addColumn(b: Build): void {
  const bound = b.someTable();
  if (!bound) return;
  const at = b.rnd.int(headersOf(bound.t).length + 1);
  const name = b.rnd.pick(["Notes perso", "Mon calcul", "Validé par", "À voir 🎬"]);
  if (headersOf(bound.t).some((h) => normalizeHeader(h) === normalizeHeader(name))) return;
  reshape(
    b,
    bound,
    (g) => ({
      columns: [...g.columns.slice(0, at), { name, filterButton: true }, ...g.columns.slice(at)],
      rows: g.rows.map((r, i): GridCell[] => [...r.slice(0, at), { value: i % 3 === 2 ? { formula: "ROW()*2", result: i * 2 } : b.rnd.pick(HOSTILE_TEXTS) }, ...r.slice(at)]),
    }),
    "colonne-ajoutee",
    `colonne « ${name} » ajoutée en position ${at + 1}`,
  );
}

function shuffleColumns(b: Build): void {
  const bound = b.someTable((x) => headersOf(x.t).length > 1);
  if (!bound) return;
  const order = b.rnd.sample(headersOf(bound.t).map((_, j) => j), headersOf(bound.t).length);
  reshape(b, bound, (g) => ({ columns: order.map((j) => g.columns[j]), rows: g.rows.map((r) => order.map((j) => r[j])) }), "colonnes-melangees", `colonnes dans l'ordre ${order.map((j) => j + 1).join(", ")}`);
}

function emptyTable(b: Build): void {
  const bound = b.someTable();
  if (!bound) return;
  reshape(b, bound, (grid) => ({ columns: grid.columns, rows: [] }), "table-vide", "toutes les lignes supprimées");
}

function deleteSheet(b: Build): void {
  const sheets = [...new Set(b.bound().map((x) => x.t.ws))].filter((ws) => !isOwnedTitle(String(ws.getCell(1, 1).value ?? "")));
  if (sheets.length < 2) return;
  const ws = b.rnd.pick(sheets);
  b.note("feuille-supprimee", `feuille « ${ws.name} » supprimée (tables ${Object.keys((ws as unknown as { tables: object }).tables).join(", ")})`);
  b.wb.removeWorksheet(ws.id);
}

/** Rows of `t` repeated up to `count`, each copy made distinct (IDs suffixed, dates shifted). */
export function growTable(b: Build, count: number): void {
  const candidates = ["Seances", "Rushes", "Achats", "Taches"];
  const bound = b.someTable((x) => candidates.includes(x.spec.name));
  if (!bound) return;
  const headers = headersOf(bound.t);
  const dateCol = headers.findIndex((h) => findColumn(bound.spec, h)?.type === "date" && findColumn(bound.spec, h)?.required);
  const idCols = ["ID", "Prédécesseurs"].map((h) => headers.findIndex((x) => normalizeHeader(x) === normalizeHeader(h)));
  reshape(
    b,
    bound,
    (grid) => {
      const n = grid.rows.length;
      const rows: GridCell[][] = [];
      for (let i = 0; i < count; i++) {
        const copy = Math.floor(i / n);
        rows.push(
          grid.rows[i % n].map((c, j) => {
            if (copy === 0) return c;
            if (j === dateCol && typeof c.value === "number") return { ...c, value: c.value + 7 * copy };
            if (idCols.includes(j) && typeof c.value === "string" && c.value.trim()) return { ...c, value: c.value.replace(/([A-Za-z]+\d+)/g, `$1-${copy}`) };
            return c;
          }),
        );
      }
      return { columns: grid.columns, rows };
    },
    "table-20000-lignes",
    `${count} lignes (les ${dataRowCount(bound.t)} lignes recopiées)`,
  );
}

function date1904(b: Build): void {
  if (b.date1904) return;
  (b.wb.properties as { date1904?: boolean }).date1904 = true;
  let shifted = 0;
  // The same dates in the 1904 system (an old Mac workbook): every date-formatted serial moves by 1462 days.
  for (const ws of b.wb.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "number" && cell.value >= 1462 && isDateFormat(cell.numFmt)) {
          cell.value = cell.value - 1462;
          shifted++;
        }
      }),
    );
  b.note("calendrier-1904", `classeur au calendrier 1904 (${shifted} dates converties)`);
}

function isDateFormat(fmt: string | undefined): boolean {
  const f = (fmt ?? "").replace(/"[^"]*"|\[[^\]]*\]/g, "");
  return /[dy]/i.test(f);
}

export const STRUCTURE_MUTATIONS: readonly ((b: Build) => void)[] = [
  moveTable,
  moveTable,
  renameTableAway,
  renameColumn,
  renameColumn,
  duplicateHeader,
  removeColumn,
  addColumn,
  shuffleColumns,
  emptyTable,
  deleteSheet,
];

export { date1904 as toDate1904 };
