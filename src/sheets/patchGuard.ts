/**
 * The Patch guard: what the workbook contract lets each command write. A Patch (src/workbook/patch.ts) may
 * write only computed columns (or an input column a specific command owns, like the baseline), append rows
 * where a command is allowed to, replace the add-in's own sheets, and insert templates without overwriting
 * anything; hosts call `assertPatchAllowed` before writing a single cell.
 */
import { findSheet, findTable, type Snapshot } from "../workbook/snapshot";
import { isOwnedTitle } from "../workbook/model";
import { PatchRefusedError, type Patch } from "../workbook/patch";
import { tableSpec } from "./contract";
import { findColumn, isTypedInto, isWritableBy } from "./spec";

/** Refuses a patch that would touch what the user typed. Throws PatchRefusedError (a bug, never user error). */
export function assertPatchAllowed(patch: Patch, snapshot: Snapshot): void {
  for (const op of patch.ops) {
    switch (op.kind) {
      case "columns": {
        const spec = tableSpec(op.table);
        if (!spec) throw new PatchRefusedError(`table inconnue du contrat : ${op.table}`);
        for (const c of op.columns) {
          if (!findColumn(spec, c.header)) throw new PatchRefusedError(`colonne inconnue : ${op.table}[${c.header}]`);
          if (!isWritableBy(spec, c.header, patch.command))
            throw new PatchRefusedError(
              `la commande ${patch.command} ne peut pas écrire la colonne saisie ${op.table}[${c.header}]`,
            );
          if (c.values.length !== op.expectedKeys.length)
            throw new PatchRefusedError(`colonne ${op.table}[${c.header}] : ${c.values.length} valeurs pour ${op.expectedKeys.length} lignes`);
        }
        break;
      }
      case "extend": {
        const spec = tableSpec(op.table);
        if (!spec || !isTypedInto(spec)) throw new PatchRefusedError(`la table ${op.table} n'est pas une table de saisie : elle ne s'agrandit pas`);
        if (op.rows < 1 || op.expectedKeys.length !== op.rows) throw new PatchRefusedError(`agrandissement de ${op.table} : ${op.rows} ligne(s) pour ${op.expectedKeys.length} clé(s)`);
        break;
      }
      case "append": {
        const spec = tableSpec(op.table);
        if (!spec || !(spec.appendableBy ?? []).includes(patch.command))
          throw new PatchRefusedError(`la commande ${patch.command} ne peut pas ajouter de lignes à ${op.table}`);
        for (const row of op.rows)
          for (const header of Object.keys(row))
            if (!findColumn(spec, header)) throw new PatchRefusedError(`colonne inconnue : ${op.table}[${header}]`);
        break;
      }
      case "sheet": {
        if (!op.sheet.owned) throw new PatchRefusedError(`la feuille ${op.sheet.name} n'est pas une feuille de Cap PAD`);
        const existing = findSheet(snapshot, op.sheet.name);
        if (existing && (existing.a1 === undefined || !isOwnedTitle(existing.a1)))
          throw new PatchRefusedError(`la feuille ${op.sheet.name} existe et n'a pas été créée par Cap PAD`);
        for (const t of op.sheet.tables ?? []) {
          const other = findTable(snapshot, t.name);
          if (other && other.sheet.toLowerCase() !== op.sheet.name.toLowerCase())
            throw new PatchRefusedError(`la table ${t.name} existe déjà sur la feuille ${other.sheet}`);
        }
        break;
      }
      case "template":
        for (const sheet of op.sheets)
          for (const t of sheet.tables ?? [])
            if (findTable(snapshot, t.name)) throw new PatchRefusedError(`la table ${t.name} existe déjà dans le classeur`);
        break;
      case "setting":
        break;
    }
  }
}

/** May a report sheet of this name be written (absent, or ours)? Commands check this to alert instead. */
export function canWriteOwnedSheet(snapshot: Snapshot, name: string): boolean {
  const existing = findSheet(snapshot, name);
  // Not read yet (Excel host): the host decides with a fresh read right before writing.
  return !existing || existing.a1 === undefined || isOwnedTitle(existing.a1);
}
