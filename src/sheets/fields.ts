/**
 * Forms kept as two-column tables (`Champ`, `Valeur`): the company (`Societe`) and the invoice draft's
 * header (`EnteteFacture`). Each known field is found by its label (case, accents and spacing
 * tolerated) and read through the same typed getters as any table cell, so a bad value is an alert on
 * its `Valeur` cell. Labels the add-in does not know are said once; a label typed twice keeps the first.
 */
import { foldText, type BoundTable, type RowReader } from "./read";

const VALUE = "Valeur";

export class FieldRows<K extends string> {
  constructor(
    private readonly rows: ReadonlyMap<K, RowReader>,
    readonly table: BoundTable | undefined,
    readonly labels: Readonly<Record<K, string>>,
  ) {}

  row(key: K): RowReader | undefined {
    return this.rows.get(key);
  }

  has(key: K): boolean {
    return this.rows.has(key);
  }

  text(key: K): string | undefined {
    return this.rows.get(key)?.text(VALUE);
  }

  date(key: K, date1904: boolean): number | undefined {
    return this.rows.get(key)?.date(VALUE, date1904);
  }

  money(key: K): number | undefined {
    return this.rows.get(key)?.money(VALUE, { min: 0 });
  }

  number(key: K, opts: { integer?: boolean; min?: number } = {}): number | undefined {
    return this.rows.get(key)?.number(VALUE, opts);
  }

  bool(key: K): boolean | undefined {
    return this.rows.get(key)?.bool(VALUE);
  }

  choice(key: K, values: readonly string[]): string | undefined {
    return this.rows.get(key)?.choice(VALUE, values);
  }

  /**
   * Where a field's value is (its `Valeur` cell), or the table's first cell when the field's row is
   * missing, for alerts about it.
   */
  locate(key: K): { sheet: string; row: number; cell: string; id: string } {
    const r = this.rows.get(key);
    if (r) return { sheet: r.sheet, row: r.sheetRow, cell: r.cell(VALUE), id: this.labels[key] };
    const snap = this.table?.snapshot;
    if (!snap) return { sheet: "", row: 0, cell: "", id: this.labels[key] };
    const first = this.table!.rows[0];
    return first
      ? { sheet: first.sheet, row: first.sheetRow, cell: first.cell("Champ"), id: this.labels[key] }
      : { sheet: snap.sheet, row: snap.headerRow + 1, cell: "", id: this.labels[key] };
  }
}

/** Binds the field rows of a Champ/Valeur table to their keys. */
export function readFields<K extends string>(table: BoundTable | undefined, labels: Readonly<Record<K, string>>): FieldRows<K> {
  const byLabel = new Map<string, K>();
  for (const key of Object.keys(labels) as K[]) byLabel.set(foldText(labels[key]), key);
  const rows = new Map<K, RowReader>();
  for (const row of table?.rows ?? []) {
    const label = row.text("Champ");
    if (label === undefined) continue;
    const key = byLabel.get(foldText(label));
    if (key === undefined) {
      row.alert("CHAMP_INCONNU", "info", `${row.cell("Champ")} : le champ « ${label} » n'est pas lu par Cap PAD (champs attendus : ${Object.values<string>(labels).join(", ")}).`, "Champ");
      continue;
    }
    if (rows.has(key)) {
      row.alert("CHAMP_DOUBLE", "warning", `${row.cell("Champ")} : le champ « ${label} » apparaît deux fois ; seule la première ligne est lue.`, "Champ");
      continue;
    }
    rows.set(key, row);
  }
  return new FieldRows(rows, table, labels);
}
