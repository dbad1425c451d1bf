/**
 * Mutations that keep the workbook consistent but hostile: a production, a person or a client renamed
 * everywhere to a name starting with `=`, `+`, `-`, `@`, holding markup, accents or emoji (it then
 * reaches the report sheets, the pay items CSV and the e-invoice); and dependency loops in
 * `Prédécesseurs` (a task waiting for itself, two tasks waiting for each other).
 */
import { foldText } from "../../src/sheets/read";
import { findColumn } from "../../src/sheets/spec";
import type { BoundRef, Build } from "./build";
import { dataCell, dataRowCount, headersOf } from "./tables";
import { MARKUP } from "./values";

const HOSTILE_NAMES = ["=FLEUVE", "+FLEUVE", "-FLEUVE", "@FLEUVE", "＝FLEUVE", "Fleuve 🎬 été", MARKUP, `"Rivière" & <Co>`];

function columnIndexOf(bound: BoundRef, header: string): number {
  const c = findColumn(bound.spec, header);
  return c ? headersOf(bound.t).findIndex((h) => findColumn(bound.spec, h) === c) : -1;
}

function textOf(v: unknown): string {
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : "";
}

/** Replaces `from` by `to` in a column of a table (whole cells, or `;`-separated items). */
function replaceIn(b: Build, table: string, header: string, from: string, to: string, items = false): number {
  const bound = b.bound().find((x) => x.spec.name === table);
  if (!bound) return 0;
  const col = columnIndexOf(bound, header);
  if (col < 0) return 0;
  let n = 0;
  for (let r = 0; r < dataRowCount(bound.t); r++) {
    const cell = dataCell(bound.t, r, col);
    const text = textOf(cell.value);
    if (items) {
      const parts = text.split(";");
      if (!parts.some((p) => foldText(p) === foldText(from))) continue;
      cell.value = parts.map((p) => (foldText(p) === foldText(from) ? to : p)).join(";");
    } else {
      if (foldText(text) !== foldText(from)) continue;
      cell.value = to;
    }
    n++;
  }
  return n;
}

/** Replaces the `Valeur` of a Champ/Valeur field. */
function replaceField(b: Build, table: string, label: string, from: string, to: string): number {
  const bound = b.bound().find((x) => x.spec.name === table);
  if (!bound) return 0;
  const field = columnIndexOf(bound, "Champ");
  const value = columnIndexOf(bound, "Valeur");
  if (field < 0 || value < 0) return 0;
  let n = 0;
  for (let r = 0; r < dataRowCount(bound.t); r++)
    if (foldText(textOf(dataCell(bound.t, r, field).value)) === foldText(label) && foldText(textOf(dataCell(bound.t, r, value).value)) === foldText(from)) {
      dataCell(bound.t, r, value).value = to;
      n++;
    }
  return n;
}

/** Some value of a column (the first non-blank one of a random row onwards). */
function someValue(b: Build, table: string, header: string): string | undefined {
  const bound = b.bound().find((x) => x.spec.name === table);
  const col = bound ? columnIndexOf(bound, header) : -1;
  if (!bound || col < 0) return undefined;
  const n = dataRowCount(bound.t);
  const start = b.rnd.int(Math.max(1, n));
  for (let k = 0; k < n; k++) {
    const text = textOf(dataCell(bound.t, (start + k) % n, col).value).trim();
    if (text && !text.includes(";")) return text;
  }
  return undefined;
}

const PRODUCTION_COLUMNS = ["Taches", "Fermetures", "Seances", "Bulletins", "Budget", "Achats", "LignesFacture", "Factures", "Rushes", "Livrables"];

function renameProduction(b: Build): void {
  const from = someValue(b, "Productions", "Code");
  if (!from) return;
  const to = b.rnd.pick(HOSTILE_NAMES);
  let n = replaceIn(b, "Productions", "Code", from, to);
  for (const t of PRODUCTION_COLUMNS) n += replaceIn(b, t, "Production", from, to);
  n += replaceField(b, "EnteteFacture", "Production", from, to);
  b.note("production-renommee", `production « ${from} » renommée « ${to} » partout (${n} cellules)`);
}

function renamePerson(b: Build): void {
  const from = someValue(b, "Equipe", "Nom");
  if (!from) return;
  const to = b.rnd.pick(["=Léa", "@Léa Martin", "+Léa", "-Léa", `Léa ${MARKUP}`, "Zoë 🎧 Ørsted", "Léa\nMartin"]);
  let n = replaceIn(b, "Equipe", "Nom", from, to);
  n += replaceIn(b, "Seances", "Ressource", from, to);
  n += replaceIn(b, "Indisponibilites", "Ressource", from, to);
  n += replaceIn(b, "Bulletins", "Nom", from, to);
  n += replaceIn(b, "Taches", "Ressources", from, to, true);
  b.note("personne-renommee", `« ${from} » renommé·e « ${to.replace("\n", "\\n")} » partout (${n} cellules)`);
}

function renameClient(b: Build): void {
  const from = someValue(b, "Clients", "Nom");
  if (!from) return;
  const to = b.rnd.pick([`=${from}`, `@${from}`, `${from} ${MARKUP}`, `${from} & fils <SA>`, `${from} 🎬`]);
  let n = replaceIn(b, "Clients", "Nom", from, to);
  n += replaceIn(b, "Productions", "Client", from, to);
  n += replaceField(b, "EnteteFacture", "Client", from, to);
  b.note("client-renomme", `client « ${from} » renommé « ${to} » partout (${n} cellules)`);
}

/** A task waiting for itself, or two tasks of one production waiting for each other. */
export function loop(b: Build): void {
  const bound = b.bound().find((x) => x.spec.name === "Taches");
  if (!bound) return;
  const id = columnIndexOf(bound, "ID");
  const production = columnIndexOf(bound, "Production");
  const links = columnIndexOf(bound, "Prédécesseurs");
  if (id < 0 || production < 0 || links < 0) return;
  const rows = Array.from({ length: dataRowCount(bound.t) }, (_, r) => r).filter((r) => /^[A-Za-z]+\d+$/.test(textOf(dataCell(bound.t, r, id).value).trim()));
  if (rows.length === 0) return;
  const a = b.rnd.pick(rows);
  const idA = textOf(dataCell(bound.t, a, id).value).trim();
  const prodA = textOf(dataCell(bound.t, a, production).value);
  const mates = rows.filter((r) => r !== a && textOf(dataCell(bound.t, r, production).value) === prodA);
  if (mates.length === 0 || b.rnd.chance(0.4)) {
    b.put(bound, a, links, idA, "boucle", "boucle", "la tâche attend sa propre fin");
    return;
  }
  const m = b.rnd.pick(mates);
  const idB = textOf(dataCell(bound.t, m, id).value).trim();
  b.put(bound, a, links, idB, "boucle", "boucle", `${idA} attend ${idB}`);
  b.put(bound, m, links, `${idA}FD+1`, "boucle", "boucle", `${idB} attend ${idA}`);
}

export const SEMANTIC_MUTATIONS: readonly ((b: Build) => void)[] = [renameProduction, renamePerson, renameClient];
