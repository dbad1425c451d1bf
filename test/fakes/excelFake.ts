/**
 * An in-memory fake of the subset of Office.js (Excel JavaScript API) that Cap PAD uses, which
 * ENFORCES Excel's batching rules instead of merely answering calls:
 *
 * - every property read needs a `load()` and the `sync()` that delivers it, else it throws
 *   `PropertyNotLoaded` as office.js does (`Utility.throwIfNotLoaded`); a property set locally can be
 *   read back, as in office.js;
 * - methods and property sets are queued and applied, in order, at `sync()`; objects are resolved
 *   then (a `getItem` of a missing sheet fails the sync with `ItemNotFound`);
 * - `*OrNullObject` gives objects whose `isNullObject` is known after the sync; children of a null
 *   object are null objects and read as null (office.js skips the not-loaded check on null objects);
 * - collections have `items` after `load("items/…")`;
 * - each sync's request and response size is measured (UTF-8 bytes of the actions, object paths and
 *   loaded data — the same order of magnitude as office.js' JSON) and Excel on the web's 5 MB limit
 *   raises `RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded`
 *   (docs/concepts/resource-limits-and-performance-optimization.md);
 * - requirement sets are configurable: an API newer than `supportedSets.ExcelApi` fails with
 *   `ApiNotFound`, and `Office.context.requirements.isSetSupported` answers from the same table;
 * - `insertWorksheetsFromBase64` really parses the xlsx (exceljs) and adds its sheets and tables.
 *
 * Tests and the task pane's browser tests install it with `installFakeOffice(fake)`; it imports
 * nothing Node-only (exceljs is loaded through the same lazy loader as the file host, which bundles).
 */
import { dayFromYmd, serialFromDay } from "../../src/core/dates/civil";
import {
  FakeOfficeError,
  FakeSheet,
  FakeTable,
  FakeWorkbookState,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
  readFormula,
  readValue,
  rectA1,
  splitSheetAddress,
  writeValue,
  quoteSheet,
  type FakeCell,
  type FakeConditionalFormat,
  type FakeFormat,
  type FakeValidation,
  type Rect,
} from "./fakeWorkbookState";
import { dumpState, importXlsxSheets, loadExcelJSIntoState, loadXlsxIntoState, printAreaText, type FakeDump } from "./fakeXlsx";

export { FakeOfficeError, FakeWorkbookState };
export type { FakeDump };

// ---------------------------------------------------------------------------------------------
// Sizes

/** UTF-8 byte length of a string, without allocating (JSON payloads can be megabytes). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function jsonBytes(x: unknown): number {
  return utf8Length(JSON.stringify(x) ?? "null");
}

// ---------------------------------------------------------------------------------------------
// Request context and proxies

interface Delivery {
  bytes: number;
  apply(): void;
}

interface Action {
  object: FakeObject<unknown>;
  op: string;
  args: unknown;
  exec(): Delivery | void | Promise<Delivery | void>;
}

export interface SyncRecord {
  /** 1-based number of the `Excel.run` call on this fake. */
  run: number;
  /** 1-based sync number inside that run. */
  index: number;
  requestBytes: number;
  responseBytes: number;
  actions: number;
  /** Operation names, in order (`load`, `set values`, `add`, …). */
  ops: string[];
  error?: string;
}

export class FakeClientResult<T> {
  private v: T | undefined;
  private delivered = false;
  get value(): T {
    if (!this.delivered) throw notLoaded("value");
    return this.v as T;
  }
  _deliver(v: T): void {
    this.v = v;
    this.delivered = true;
  }
}

function notLoaded(prop: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: Action[] = [];
  private resolved: FakeObject<unknown>[] = [];
  private syncCount = 0;
  private nextPathId = 1;

  constructor(
    readonly fake: FakeExcel,
    readonly runNumber: number,
  ) {
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
  }

  get pending(): number {
    return this.queue.length;
  }

  _pathId(): number {
    return this.nextPathId++;
  }

  _enqueue(object: FakeObject<unknown>, op: string, args: unknown, exec: Action["exec"]): void {
    this.queue.push({ object, op, args, exec });
  }

  _noteResolved(o: FakeObject<unknown>): void {
    this.resolved.push(o);
  }

  async sync(): Promise<void> {
    const index = ++this.syncCount;
    await this.fake.onBeforeSync?.(index, this.fake);
    const actions = this.queue;
    this.queue = [];
    this.resolved = [];
    const record: SyncRecord = { run: this.runNumber, index, requestBytes: requestSize(actions), responseBytes: 0, actions: actions.length, ops: actions.map((a) => a.op) };
    this.fake.syncs.push(record);
    const state = this.fake.state;
    state.currentSync = this.fake.syncs.length;
    if (record.requestBytes > this.fake.maxRequestBytes) {
      record.error = "RequestPayloadSizeLimitExceeded";
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `La requête fait ${record.requestBytes} octets (limite ${this.fake.maxRequestBytes}).`);
    }
    const deliveries: Delivery[] = [];
    for (const a of actions) {
      try {
        const d = await a.exec();
        if (d) deliveries.push(d);
      } catch (e) {
        record.error = e instanceof FakeOfficeError ? e.code : String(e);
        // As in Excel: the actions before the failing one are applied, the rest are dropped.
        throw e instanceof FakeOfficeError ? e : new FakeOfficeError("GeneralException", String(e instanceof Error ? e.message : e));
      }
    }
    record.responseBytes = deliveries.reduce((n, d) => n + d.bytes, 0) + 16 * this.resolved.length;
    if (record.responseBytes > this.fake.maxResponseBytes) {
      record.error = "ResponsePayloadSizeLimitExceeded";
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `La réponse fait ${record.responseBytes} octets (limite ${this.fake.maxResponseBytes}).`);
    }
    for (const o of this.resolved) o._isNull = o._target === null;
    for (const d of deliveries) d.apply();
  }
}

function requestSize(actions: Action[]): number {
  let n = 64;
  const paths = new Set<FakeObject<unknown>>();
  for (const a of actions) {
    n += jsonBytes({ Id: 0, O: a.object._pathId, N: a.op, A: a.args === undefined ? null : a.args }) + 8;
    for (let o: FakeObject<unknown> | undefined = a.object; o && !paths.has(o); o = o._parent) paths.add(o);
  }
  for (const p of paths) n += utf8Length(p._segment) + 24;
  return n;
}

type Resolver<T> = (parent: unknown) => T | null;

/** Base of every proxy: lazy resolution at sync, loads, queued sets and calls. */
export class FakeObject<T> {
  _target: T | null | undefined = undefined;
  _isNull: boolean | undefined = undefined;
  readonly _loaded = new Map<string, unknown>();
  readonly _pathId: number;

  constructor(
    readonly context: FakeRequestContext,
    readonly _parent: FakeObject<unknown> | undefined,
    readonly _segment: string,
    private readonly resolver: Resolver<T>,
  ) {
    this._pathId = context._pathId();
  }

  get _fake(): FakeExcel {
    return this.context.fake;
  }
  get _state(): FakeWorkbookState {
    return this.context.fake.state;
  }

  private readonly _children = new Map<string, FakeObject<unknown>>();

  /** Navigation properties return the same proxy each time, as in office.js. */
  _child<C extends FakeObject<unknown>>(name: string, make: () => C): C {
    let c = this._children.get(name) as C | undefined;
    if (!c) this._children.set(name, (c = make()));
    return c;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw notLoaded("isNullObject");
    return this._isNull;
  }

  /** Resolves the Excel object this proxy stands for; only while a sync executes. */
  _resolve(): T | null {
    if (this._target === undefined) {
      const parent = this._parent ? this._parent._resolve() : undefined;
      this._target = this._parent && parent === null ? null : this.resolver(parent);
      this.context._noteResolved(this);
    }
    if (this._target !== null) this._checkAlive(this._target);
    return this._target;
  }

  _must(): T {
    const t = this._resolve();
    if (t === null) throw new FakeOfficeError("InvalidObjectPath", `Objet inexistant : ${this._segment}`);
    return t;
  }

  _checkAlive(t: T): void {
    const d = t as unknown as { deleted?: boolean; sheet?: { deleted?: boolean } };
    if (d.deleted || d.sheet?.deleted) throw new FakeOfficeError("InvalidReference", `L'objet ${this._segment} a été supprimé.`);
  }

  _get(prop: string): unknown {
    if (this._isNull === true) return null;
    if (!this._loaded.has(prop)) throw notLoaded(prop);
    return this._loaded.get(prop);
  }

  _read(_t: T, prop: string): unknown {
    throw new FakeOfficeError("NotImplemented", `Le fake ne sait pas lire ${prop} sur ${this._segment}.`);
  }

  _write(_t: T, prop: string, _value: unknown): void {
    throw new FakeOfficeError("NotImplemented", `Le fake ne sait pas écrire ${prop} sur ${this._segment}.`);
  }

  _set(prop: string, value: unknown): void {
    this._loaded.set(prop, value);
    this.context._enqueue(this, `set ${prop}`, value, () => this._write(this._must(), prop, value));
  }

  /** Queues a call whose effect happens at sync. */
  _call(op: string, args: unknown, fn: (t: T) => void | Promise<void>): void {
    this.context._enqueue(this, op, args, () => fn(this._must()));
  }

  /** Makes the next sync resolve this object (for `isNullObject`, as office.js instantiates it). */
  _instantiate(): this {
    this.context._enqueue(this, "instantiate", undefined, () => {
      this._resolve();
    });
    return this;
  }

  load(props?: string | string[] | { select?: string }): this {
    const list = parseProps(props);
    if (list.length === 0) throw new FakeOfficeError("InvalidArgument", "load() sans propriétés : le fake exige la liste (règle no-empty-load).");
    this.context._enqueue(this, "load", list.join(","), () => {
      const t = this._resolve();
      const data: Record<string, unknown> = {};
      if (t !== null) for (const p of list) data[p] = this._read(t, p);
      return {
        bytes: jsonBytes(data),
        apply: () => {
          for (const p of list) this._loaded.set(p, t === null ? null : data[p]);
        },
      };
    });
    return this;
  }

  track(): this {
    return this;
  }
  untrack(): this {
    return this;
  }
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

function parseProps(props: string | string[] | { select?: string } | undefined): string[] {
  if (props === undefined) return [];
  const text = Array.isArray(props) ? props.join(",") : typeof props === "string" ? props : (props.select ?? "");
  return text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Defines `get`/`set` accessors that go through `_get` / `_set` (loaded values, queued writes). */
function props(cls: { prototype: object }, readOnly: string[], readWrite: string[] = []): void {
  for (const p of readOnly)
    Object.defineProperty(cls.prototype, p, {
      get(this: FakeObject<unknown>) {
        return this._get(p);
      },
      configurable: true,
    });
  for (const p of readWrite)
    Object.defineProperty(cls.prototype, p, {
      get(this: FakeObject<unknown>) {
        return this._get(p);
      },
      set(this: FakeObject<unknown>, v: unknown) {
        this._set(p, v);
      },
      configurable: true,
    });
}

/** A collection: `load("items/a,items/b")` (or `load("a,b")`) delivers `items` with those properties. */
abstract class FakeCollection<T, I extends FakeObject<unknown>> extends FakeObject<T> {
  abstract _list(t: T): unknown[];
  abstract _item(target: unknown, i: number): I;

  get items(): I[] {
    return this._get("items") as I[];
  }

  override load(props?: string | string[] | { select?: string }): this {
    const list = parseProps(props).map((p) => p.replace(/^items\//, ""));
    if (list.length === 0) throw new FakeOfficeError("InvalidArgument", "load() sans propriétés.");
    this.context._enqueue(this, "load", list.join(","), () => {
      const t = this._resolve();
      const targets = t === null ? [] : this._list(t);
      const items = targets.map((target, i) => {
        const item = this._item(target, i);
        item._target = target;
        item._isNull = false;
        return item;
      });
      const data = items.map((item) => Object.fromEntries(list.map((p) => [p, item._read(item._target as never, p)])));
      return {
        bytes: jsonBytes(data),
        apply: () => {
          items.forEach((item, i) => {
            for (const p of list) item._loaded.set(p, data[i][p]);
          });
          this._loaded.set("items", items);
        },
      };
    });
    return this;
  }

  getCount(): FakeClientResult<number> {
    const r = new FakeClientResult<number>();
    this.context._enqueue(this, "getCount", undefined, () => {
      const t = this._resolve();
      const n = t === null ? 0 : this._list(t).length;
      return { bytes: 8, apply: () => r._deliver(n) };
    });
    return r;
  }
}

// ----- Workbook ----------------------------------------------------------------------------------

export class FakeWorkbook extends FakeObject<FakeWorkbookState> {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly settings: FakeSettingCollection;
  readonly functions: FakeFunctions;
  readonly application: FakeApplication;

  constructor(context: FakeRequestContext) {
    super(context, undefined, "workbook", () => context.fake.state);
    this.worksheets = new FakeWorksheetCollection(context, this, "worksheets", (wb) => wb as FakeWorkbookState);
    this.tables = new FakeTableCollection(context, this, "tables", () => ({ sheet: undefined }));
    this.names = new FakeNamedItemCollection(context, this, "names", (wb) => wb as FakeWorkbookState);
    this.settings = new FakeSettingCollection(context, this, "settings", (wb) => wb as FakeWorkbookState);
    this.functions = new FakeFunctions(context, this, "functions", (wb) => wb as FakeWorkbookState);
    this.application = new FakeApplication(context, this, "application", (wb) => wb as FakeWorkbookState);
  }

  insertWorksheetsFromBase64(base64: string, options?: { positionType?: string; relativeTo?: unknown; sheetNamesToInsert?: string[] }): FakeClientResult<string[]> {
    const result = new FakeClientResult<string[]>();
    this.context._enqueue(this, "insertWorksheetsFromBase64", { base64, positionType: options?.positionType }, async () => {
      this._fake._need("1.13", "insertWorksheetsFromBase64");
      const state = this._must();
      let position = state.sheets.length;
      const pt = options?.positionType ?? "End";
      if (pt === "Beginning") position = 0;
      else if ((pt === "Before" || pt === "After") && options?.relativeTo !== undefined) {
        const rel = typeof options.relativeTo === "string" ? state.mustSheet(options.relativeTo) : (options.relativeTo as FakeWorksheet)._must();
        position = state.sheets.indexOf(rel) + (pt === "After" ? 1 : 0);
      }
      const ids = await importXlsxSheets(state, base64ToBytes(base64), { position, only: options?.sheetNamesToInsert });
      return { bytes: jsonBytes(ids), apply: () => result._deliver(ids) };
    });
    return result;
  }
}

export class FakeApplication extends FakeObject<FakeWorkbookState> {
  suspendApiCalculationUntilNextSync(): void {
    this._call("suspendApiCalculationUntilNextSync", undefined, () => {
      this._fake._need("1.6", "suspendApiCalculationUntilNextSync");
      this._fake.calculationSuspendedInSync.push(this._fake.syncs.length);
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._call("suspendScreenUpdatingUntilNextSync", undefined, () => this._fake._need("1.9", "suspendScreenUpdatingUntilNextSync"));
  }
}

interface FunctionResultTarget {
  value: unknown;
  error: string | null;
}

export class FakeFunctions extends FakeObject<FakeWorkbookState> {
  /** `DATE(y, m, d)` as Excel computes it, in the workbook's date system. */
  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(this.context, this, `date(${year},${month},${day})`, (wb) => {
      const serial = serialFromDay(dayFromYmd(year, month, day), (wb as FakeWorkbookState).date1904);
      return serial === undefined ? { value: null, error: "#NUM!" } : { value: serial, error: null };
    });
  }
}

export class FakeFunctionResult extends FakeObject<FunctionResultTarget> {
  override _read(t: FunctionResultTarget, prop: string): unknown {
    if (prop === "value") return t.value;
    if (prop === "error") return t.error;
    return super._read(t, prop);
  }
}
props(FakeFunctionResult, ["value", "error"]);

// ----- Worksheets --------------------------------------------------------------------------------

export class FakeWorksheetCollection extends FakeCollection<FakeWorkbookState, FakeWorksheet> {
  _list(t: FakeWorkbookState): unknown[] {
    return [...t.sheets];
  }
  _item(target: unknown, i: number): FakeWorksheet {
    return new FakeWorksheet(this.context, this, `items[${i}]`, () => target as FakeSheet);
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, this, `getItem(${JSON.stringify(key)})`, (wb) => {
      const s = (wb as FakeWorkbookState).sheets.find((x) => x.name.toLowerCase() === key.toLowerCase() || x.id === key);
      if (!s) throw new FakeOfficeError("ItemNotFound", `La feuille « ${key} » n'existe pas.`);
      return s;
    });
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, this, `getItemOrNullObject(${JSON.stringify(key)})`, (wb) => {
      this._fake._need("1.4", "getItemOrNullObject");
      return (wb as FakeWorkbookState).sheets.find((x) => x.name.toLowerCase() === key.toLowerCase() || x.id === key) ?? null;
    })._instantiate();
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, this, "getActiveWorksheet()", (wb) => (wb as FakeWorkbookState).activeSheet ?? (wb as FakeWorkbookState).sheets[0]);
  }
  add(name?: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.context, this, `add(${JSON.stringify(name ?? null)})`, () => {
      throw new FakeOfficeError("InvalidObjectPath", "feuille pas encore créée");
    });
    this.context._enqueue(this, "add", name ?? null, () => {
      const state = this._must();
      let n = name;
      if (!n) for (let i = 1; !n || state.sheet(n); i++) n = `Feuil${i}`;
      ws._target = state.addSheet(n);
      this.context._noteResolved(ws);
    });
    return ws;
  }
}

export class FakeWorksheet extends FakeObject<FakeSheet> {
  get tables(): FakeTableCollection {
    return this._child("tables", () => new FakeTableCollection(this.context, this, "tables", (s) => ({ sheet: s as FakeSheet })));
  }
  get freezePanes(): FakeFreezePanes {
    return this._child("freezePanes", () => new FakeFreezePanes(this.context, this, "freezePanes", (s) => s as FakeSheet));
  }
  get protection(): FakeWorksheetProtection {
    return this._child("protection", () => new FakeWorksheetProtection(this.context, this, "protection", (s) => s as FakeSheet));
  }
  get pageLayout(): FakePageLayout {
    return this._child("pageLayout", () => new FakePageLayout(this.context, this, "pageLayout", (s) => s as FakeSheet));
  }
  get horizontalPageBreaks(): FakePageBreakCollection {
    return this._child("horizontalPageBreaks", () => new FakePageBreakCollection(this.context, this, "horizontalPageBreaks", (s) => s as FakeSheet));
  }

  override _read(t: FakeSheet, prop: string): unknown {
    switch (prop) {
      case "name":
        return t.name;
      case "id":
        return t.id;
      case "visibility":
        return t.visibility;
      case "position":
        return this._state.sheets.indexOf(t);
      case "tabColor":
        this._fake._need("1.7", "tabColor");
        return t.tabColor;
    }
    return super._read(t, prop);
  }

  override _write(t: FakeSheet, prop: string, value: unknown): void {
    switch (prop) {
      case "name": {
        const other = this._state.sheet(String(value));
        if (other && other !== t) throw new FakeOfficeError("ItemAlreadyExists", `La feuille « ${value} » existe déjà.`);
        const old = t.name;
        t.name = String(value);
        for (const n of this._state.names.values()) if (splitSheetAddress(n.formula).sheet === old) n.formula = n.formula.replace(old, t.name);
        return;
      }
      case "visibility":
        t.visibility = value as FakeSheet["visibility"];
        return;
      case "position":
        this._state.moveSheet(t, Number(value));
        return;
      case "tabColor":
        this._fake._need("1.7", "tabColor");
        t.tabColor = String(value).toUpperCase();
        return;
    }
    super._write(t, prop, value);
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, this, `getRange(${JSON.stringify(address ?? null)})`, (s) => {
      const sheet = s as FakeSheet;
      if (!address) return { sheet, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } };
      const rect = parseAddress(splitSheetAddress(address).address);
      if (!rect) throw new FakeOfficeError("InvalidArgument", `Adresse invalide : ${address}`);
      return { sheet, rect };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, this, `getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, (s) => {
      this._fake._need("1.7", "getRangeByIndexes");
      if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0) throw new FakeOfficeError("InvalidArgument", "getRangeByIndexes : dimensions invalides");
      return { sheet: s as FakeSheet, rect: { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 } };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this.context, this, "getUsedRangeOrNullObject()", (s) => {
      const r = (s as FakeSheet).usedRect();
      return r ? { sheet: s as FakeSheet, rect: r } : null;
    })._instantiate();
  }

  delete(): void {
    this._call("delete", undefined, (t) => this._state.deleteSheet(t));
  }

  activate(): void {
    this._call("activate", undefined, (t) => {
      this._state.activeSheet = t;
    });
  }
}
props(FakeWorksheet, ["id"], ["name", "visibility", "position", "tabColor"]);

export class FakeFreezePanes extends FakeObject<FakeSheet> {
  freezeRows(count?: number): void {
    this._call("freezeRows", count, (s) => {
      this._fake._need("1.7", "freezePanes");
      s.freeze = { rows: count ?? 1, columns: 0 };
    });
  }
  freezeColumns(count?: number): void {
    this._call("freezeColumns", count, (s) => {
      this._fake._need("1.7", "freezePanes");
      s.freeze = { rows: 0, columns: count ?? 1 };
    });
  }
  freezeAt(range: FakeRange | string): void {
    this._call("freezeAt", typeof range === "string" ? range : range._segment, (s) => {
      this._fake._need("1.7", "freezePanes");
      const rect = typeof range === "string" ? parseAddress(range) : range._must().rect;
      if (!rect) throw new FakeOfficeError("InvalidArgument", "freezeAt : adresse invalide");
      s.freeze = { rows: rect.bottom + 1, columns: rect.right + 1 };
    });
  }
  unfreeze(): void {
    this._call("unfreeze", undefined, (s) => {
      s.freeze = undefined;
    });
  }
}

export class FakeWorksheetProtection extends FakeObject<FakeSheet> {
  protect(options?: unknown, password?: string): void {
    this._call("protect", { options, password: password ? "***" : undefined }, (s) => {
      if (s.protected) throw new FakeOfficeError("InvalidOperation", "La feuille est déjà protégée.");
      s.protected = true;
    });
  }
  unprotect(): void {
    this._call("unprotect", undefined, (s) => {
      s.protected = false;
    });
  }
  override _read(t: FakeSheet, prop: string): unknown {
    return prop === "protected" ? t.protected : super._read(t, prop);
  }
}
props(FakeWorksheetProtection, ["protected"]);

export class FakePageLayout extends FakeObject<FakeSheet> {
  override _write(t: FakeSheet, prop: string, value: unknown): void {
    this._fake._need("1.9", "pageLayout");
    if (prop === "orientation") t.pageLayout.landscape = value === "Landscape";
    else if (prop === "paperSize") t.pageLayout.paperSize = String(value);
    else if (prop === "zoom") {
      const z = value as { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
      t.pageLayout.fitToWidth = (z.horizontalFitToPages ?? 0) >= 1 && (z.verticalFitToPages ?? 0) === 0;
      if (t.pageLayout.fitToWidth) t.pageLayout.pagesWide = z.horizontalFitToPages;
    } else if (MARGIN_PROPS[prop]) {
      if (typeof value !== "number" || value < 0) throw new FakeOfficeError("InvalidArgument", `${prop} : marge invalide`);
      t.pageLayout.margins = { ...(t.pageLayout.margins ?? { left: 0, right: 0, top: 0, bottom: 0, header: 0, footer: 0 }), [MARGIN_PROPS[prop]]: Math.round(value * 10) / 10 };
    } else super._write(t, prop, value);
  }
  setPrintArea(range: string): void {
    this._call("setPrintArea", range, (s) => {
      this._fake._need("1.9", "pageLayout");
      s.pageLayout.printArea = printAreaText(range);
    });
  }
  setPrintTitleRows(rows: string): void {
    this._call("setPrintTitleRows", rows, (s) => {
      this._fake._need("1.9", "pageLayout");
      s.pageLayout.printTitleRows = rows;
    });
  }
  setPrintTitleColumns(columns: string): void {
    this._call("setPrintTitleColumns", columns, (s) => {
      this._fake._need("1.9", "pageLayout");
      s.pageLayout.printTitleColumns = columns;
    });
  }
}
const MARGIN_PROPS: Record<string, "left" | "right" | "top" | "bottom" | "header" | "footer"> = {
  leftMargin: "left",
  rightMargin: "right",
  topMargin: "top",
  bottomMargin: "bottom",
  headerMargin: "header",
  footerMargin: "footer",
};
props(FakePageLayout, [], ["orientation", "paperSize", "zoom", ...Object.keys(MARGIN_PROPS)]);

export class FakePageBreakCollection extends FakeObject<FakeSheet> {
  /** A manual break above the range's first row (PageBreakCollection.add, ExcelApi 1.9). */
  add(range: FakeRange | string): void {
    this._call("add", typeof range === "string" ? range : range._segment, (s) => {
      this._fake._need("1.9", "horizontalPageBreaks");
      const rect = typeof range === "string" ? parseAddress(range) : range._must().rect;
      if (!rect) throw new FakeOfficeError("InvalidArgument", "add : adresse invalide");
      s.pageLayout.rowBreaks = [...(s.pageLayout.rowBreaks ?? []), rect.top];
    });
  }
}

// ----- Ranges ------------------------------------------------------------------------------------

export interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

function cellsOf(t: RangeTarget, fn: (row: number, col: number) => void): void {
  for (let r = t.rect.top; r <= t.rect.bottom; r++) for (let c = t.rect.left; c <= t.rect.right; c++) fn(r, c);
}

function grid<V>(t: RangeTarget, fn: (cell: FakeCell | undefined, row: number, col: number) => V): V[][] {
  const rows = t.rect.bottom - t.rect.top + 1;
  const cols = t.rect.right - t.rect.left + 1;
  if (rows * cols > 5_000_000) throw new FakeOfficeError("RangeExceedsLimit", "Plus de 5 millions de cellules demandées (limite d'Excel).");
  const out: V[][] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const row: V[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) row.push(fn(t.sheet.cell(r, c), r, c));
    out.push(row);
  }
  return out;
}

export class FakeRange extends FakeObject<RangeTarget> {
  get worksheet(): FakeWorksheet {
    return this._child("worksheet", () => new FakeWorksheet(this.context, this, "worksheet", (t) => (t as RangeTarget).sheet));
  }
  get format(): FakeRangeFormat {
    return this._child("format", () => new FakeRangeFormat(this.context, this, "format", (t) => t as RangeTarget));
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return this._child("conditionalFormats", () => new FakeConditionalFormatCollection(this.context, this, "conditionalFormats", (t) => t as RangeTarget));
  }
  get dataValidation(): FakeDataValidation {
    return this._child("dataValidation", () => new FakeDataValidation(this.context, this, "dataValidation", (t) => t as RangeTarget));
  }

  override _read(t: RangeTarget, prop: string): unknown {
    const { rect } = t;
    switch (prop) {
      case "address":
        return `${quoteSheet(t.sheet.name)}!${rectA1(rect)}`;
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
      case "cellCount":
        return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
      case "values":
        return grid(t, (c) => readValue(c));
      case "formulas":
        return grid(t, (c) => readFormula(c));
      case "numberFormat":
        return grid(t, (c) => c?.numberFormat ?? "General");
      case "text":
        return grid(t, (c) => String(readValue(c)));
    }
    return super._read(t, prop);
  }

  override _write(t: RangeTarget, prop: string, value: unknown): void {
    const rows = t.rect.bottom - t.rect.top + 1;
    const cols = t.rect.right - t.rect.left + 1;
    if (!Array.isArray(value) || value.length !== rows || value.some((r) => !Array.isArray(r) || r.length !== cols))
      throw new FakeOfficeError("InvalidArgument", `Le tableau (${prop}) ne correspond pas aux dimensions de la plage ${rectA1(t.rect)} (${rows}×${cols}).`);
    const grid2 = value as unknown[][];
    const kind = prop === "numberFormat" ? "numberFormat" : prop === "formulas" ? "formula" : "value";
    if (prop !== "values" && prop !== "formulas" && prop !== "numberFormat") return super._write(t, prop, value);
    cellsOf(t, (r, c) => {
      const v = grid2[r - t.rect.top][c - t.rect.left];
      // Office.js: null in a 2-D array leaves that cell unchanged (docs/excel/excel-add-ins-blank-null-values.md).
      if (v === null || v === undefined) return;
      const cell = t.sheet.ensure(r, c);
      if (prop === "numberFormat") cell.numberFormat = v === "" ? undefined : String(v);
      else writeValue(cell, v, true);
      this._state.cellWrites.push({ sync: this._state.currentSync, sheet: t.sheet.name, address: rectA1({ top: r, left: c, bottom: r, right: c }), kind, value: v });
    });
  }

  private derived(segment: string, fn: (t: RangeTarget) => Rect): FakeRange {
    return new FakeRange(this.context, this, segment, (p) => {
      const t = p as RangeTarget;
      const rect = fn(t);
      if (rect.top < 0 || rect.left < 0 || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLUMNS || rect.bottom < rect.top || rect.right < rect.left)
        throw new FakeOfficeError("InvalidArgument", `${segment} sort de la feuille.`);
      return { sheet: t.sheet, rect };
    });
  }

  getRowsBelow(count = 1): FakeRange {
    return this.derived(`getRowsBelow(${count})`, ({ rect }) => ({ top: rect.bottom + 1, bottom: rect.bottom + count, left: rect.left, right: rect.right }));
  }
  getCell(row: number, column: number): FakeRange {
    return this.derived(`getCell(${row},${column})`, ({ rect }) => ({ top: rect.top + row, bottom: rect.top + row, left: rect.left + column, right: rect.left + column }));
  }
  getRow(row: number): FakeRange {
    return this.derived(`getRow(${row})`, ({ rect }) => ({ top: rect.top + row, bottom: rect.top + row, left: rect.left, right: rect.right }));
  }
  getColumn(column: number): FakeRange {
    return this.derived(`getColumn(${column})`, ({ rect }) => ({ top: rect.top, bottom: rect.bottom, left: rect.left + column, right: rect.left + column }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(`getResizedRange(${deltaRows},${deltaColumns})`, ({ rect }) => ({ ...rect, bottom: rect.bottom + deltaRows, right: rect.right + deltaColumns }));
  }
  /** The part of this range that holds values (ExcelApi 1.4), a null object when it holds none. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, this, `getUsedRangeOrNullObject(${valuesOnly})`, (p) => {
      this._fake._need("1.4", "getUsedRangeOrNullObject");
      const t = p as RangeTarget;
      let r: Rect | undefined;
      cellsOf(t, (row, col) => {
        const c = t.sheet.cell(row, col);
        const used = c && (valuesOnly ? c.formula !== undefined || (c.value !== null && c.value !== "") : true);
        if (!used) return;
        r = r ? { top: Math.min(r.top, row), left: Math.min(r.left, col), bottom: Math.max(r.bottom, row), right: Math.max(r.right, col) } : { top: row, left: col, bottom: row, right: col };
      });
      return r ? { sheet: t.sheet, rect: r } : null;
    })._instantiate();
  }
  /** The merged areas inside this range (ExcelApi 1.13), a null object when there are none. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this, "getMergedAreasOrNullObject()", (p) => {
      this._fake._need("1.13", "getMergedAreasOrNullObject");
      const t = p as RangeTarget;
      const areas = t.sheet.merges.map(parseAddress).filter((m): m is Rect => m !== undefined && m.top <= t.rect.bottom && m.bottom >= t.rect.top && m.left <= t.rect.right && m.right >= t.rect.left);
      return areas.length ? { sheet: t.sheet, areas } : null;
    })._instantiate();
  }
  /** The tables that overlap this range (ExcelApi 1.9). */
  getTables(fullyContained = false): FakeTableScopedCollection {
    return new FakeTableScopedCollection(this.context, this, `getTables(${fullyContained})`, (p) => {
      this._fake._need("1.9", "getTables");
      const t = p as RangeTarget;
      const overlaps = (x: Rect): boolean => (fullyContained ? x.top >= t.rect.top && x.bottom <= t.rect.bottom && x.left >= t.rect.left && x.right <= t.rect.right : x.top <= t.rect.bottom && x.bottom >= t.rect.top && x.left <= t.rect.right && x.right >= t.rect.left);
      return this._state.tables.filter((x) => x.sheet === t.sheet && overlaps(x.rect));
    });
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived(`getOffsetRange(${rowOffset},${columnOffset})`, ({ rect }) => ({ top: rect.top + rowOffset, bottom: rect.bottom + rowOffset, left: rect.left + columnOffset, right: rect.right + columnOffset }));
  }

  merge(across = false): void {
    this._call("merge", across, (t) => {
      const areas = across ? Array.from({ length: t.rect.bottom - t.rect.top + 1 }, (_, i) => ({ ...t.rect, top: t.rect.top + i, bottom: t.rect.top + i })) : [t.rect];
      for (const area of areas) {
        t.sheet.merges.push(rectA1(area));
        // Excel keeps the top-left value and gives its format to the whole merged area.
        const anchor = t.sheet.cell(area.top, area.left);
        cellsOf({ sheet: t.sheet, rect: area }, (r, c) => {
          if (r === area.top && c === area.left) return;
          const cell = t.sheet.ensure(r, c);
          cell.value = null;
          delete cell.formula;
          cell.numberFormat = anchor?.numberFormat;
          cell.format = anchor?.format ? JSON.parse(JSON.stringify(anchor.format)) : undefined;
        });
      }
    });
  }

  select(): void {
    this._call("select", undefined, (t) => {
      this._state.activeSheet = t.sheet;
      this._state.selection = { sheet: t.sheet.name, address: rectA1(t.rect) };
    });
  }

  clear(): void {
    this._call("clear", undefined, (t) => cellsOf(t, (r, c) => t.sheet.cells.delete(FakeSheet.key(r, c))));
  }
}
props(FakeRange, ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "cellCount", "text"], ["values", "formulas", "numberFormat"]);

function formatCells(t: RangeTarget, fn: (f: FakeFormat, row: number, col: number) => void): void {
  if ((t.rect.bottom - t.rect.top + 1) * (t.rect.right - t.rect.left + 1) > 2_000_000)
    throw new FakeOfficeError("NotImplemented", "Le fake ne formate pas des colonnes ou lignes entières cellule par cellule.");
  cellsOf(t, (r, c) => {
    const cell = t.sheet.ensure(r, c);
    cell.format ??= {};
    fn(cell.format, r, c);
  });
}

export class FakeRangeFormat extends FakeObject<RangeTarget> {
  get fill(): FakeFormatPart {
    return this._child("fill", () => new FakeFormatPart(this.context, this, "fill", (t) => t as RangeTarget, { color: "fill" }));
  }
  get font(): FakeFormatPart {
    return this._child("font", () => new FakeFormatPart(this.context, this, "font", (t) => t as RangeTarget, { color: "fontColor", bold: "bold", italic: "italic", size: "size", strikethrough: "strike" }));
  }
  get protection(): FakeFormatPart {
    return this._child("protection", () => new FakeFormatPart(this.context, this, "protection", (t) => t as RangeTarget, { locked: "locked" }));
  }
  get borders(): FakeBorderCollection {
    return this._child("borders", () => new FakeBorderCollection(this.context, this, "borders", (t) => t as RangeTarget));
  }

  override _read(t: RangeTarget, prop: string): unknown {
    if (prop === "columnWidth") return t.sheet.columnWidths.get(t.rect.left) ?? 48;
    if (prop === "rowHeight") return t.sheet.rowHeights.get(t.rect.top) ?? 15;
    const first = t.sheet.cell(t.rect.top, t.rect.left)?.format;
    if (prop === "horizontalAlignment") return first?.hAlign ?? "General";
    if (prop === "verticalAlignment") return first?.vAlign ?? "Bottom";
    if (prop === "wrapText") return first?.wrap ?? false;
    return super._read(t, prop);
  }

  override _write(t: RangeTarget, prop: string, value: unknown): void {
    if (prop === "columnWidth") {
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, Number(value));
      return;
    }
    if (prop === "rowHeight") {
      for (let r = t.rect.top; r <= t.rect.bottom; r++) t.sheet.rowHeights.set(r, Number(value));
      return;
    }
    if (prop === "horizontalAlignment") return formatCells(t, (f) => void (f.hAlign = String(value)));
    if (prop === "verticalAlignment") return formatCells(t, (f) => void (f.vAlign = String(value)));
    if (prop === "wrapText") return formatCells(t, (f) => void (f.wrap = Boolean(value)));
    super._write(t, prop, value);
  }
}
props(FakeRangeFormat, [], ["columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment", "wrapText"]);

/** fill, font, protection: each API property maps to one FakeFormat field, applied to every cell. */
export class FakeFormatPart extends FakeObject<RangeTarget> {
  constructor(
    context: FakeRequestContext,
    parent: FakeObject<unknown>,
    segment: string,
    resolver: Resolver<RangeTarget>,
    private readonly fields: Record<string, keyof FakeFormat>,
  ) {
    super(context, parent, segment, resolver);
    for (const p of Object.keys(fields))
      Object.defineProperty(this, p, {
        get: () => this._get(p),
        set: (v: unknown) => this._set(p, v),
      });
  }
  override _read(t: RangeTarget, prop: string): unknown {
    const field = this.fields[prop];
    if (!field) return super._read(t, prop);
    return t.sheet.cell(t.rect.top, t.rect.left)?.format?.[field] ?? null;
  }
  override _write(t: RangeTarget, prop: string, value: unknown): void {
    const field = this.fields[prop];
    if (!field) return super._write(t, prop, value);
    const v = field === "fill" || field === "fontColor" ? String(value).toUpperCase() : value;
    formatCells(t, (f) => {
      (f as Record<string, unknown>)[field] = v;
    });
  }
  clear(): void {
    this._call("clear", undefined, (t) => formatCells(t, (f) => void delete f.fill));
  }
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"];

export class FakeBorderCollection extends FakeObject<RangeTarget> {
  getItem(index: string): FakeBorder {
    if (!EDGES.includes(index) && !index.startsWith("Diagonal")) throw new FakeOfficeError("InvalidArgument", `Bordure inconnue : ${index}`);
    return new FakeBorder(this.context, this, `getItem(${index})`, (t) => ({ ...(t as RangeTarget), edge: index }));
  }
}

export class FakeBorder extends FakeObject<RangeTarget & { edge: string }> {
  override _write(t: RangeTarget & { edge: string }, prop: string, value: unknown): void {
    if (prop !== "style" && prop !== "color" && prop !== "weight") return super._write(t, prop, value);
    const { rect, edge } = t;
    formatCells(t, (f, r, c) => {
      const sides: (keyof NonNullable<FakeFormat["borders"]>)[] = [];
      if (edge === "EdgeTop" && r === rect.top) sides.push("top");
      if (edge === "EdgeBottom" && r === rect.bottom) sides.push("bottom");
      if (edge === "EdgeLeft" && c === rect.left) sides.push("left");
      if (edge === "EdgeRight" && c === rect.right) sides.push("right");
      if (edge === "InsideHorizontal") {
        if (r < rect.bottom) sides.push("bottom");
        if (r > rect.top) sides.push("top");
      }
      if (edge === "InsideVertical") {
        if (c < rect.right) sides.push("right");
        if (c > rect.left) sides.push("left");
      }
      if (sides.length === 0) return;
      f.borders ??= {};
      if (prop === "color") f.borders.color = String(value).toUpperCase();
      if (prop === "style") for (const s of sides) f.borders[s] = String(value);
    });
  }
}
props(FakeBorder, [], ["style", "color", "weight"]);

// ----- Conditional formats -----------------------------------------------------------------------

const cfSheets = new WeakMap<FakeConditionalFormat, FakeSheet>();

export class FakeConditionalFormatCollection extends FakeObject<RangeTarget> {
  add(type: string): FakeConditionalFormat_ {
    const cf = new FakeConditionalFormat_(this.context, this, `add(${type})`, () => {
      throw new FakeOfficeError("InvalidObjectPath", "format conditionnel pas encore créé");
    });
    this._call("add", type, (t) => {
      this._fake._need("1.6", "conditionalFormats");
      const record: FakeConditionalFormat = { range: rectA1(t.rect), type };
      // A new rule goes on top, as in Excel's rule manager; callers set `priority` to order them.
      t.sheet.conditionalFormats.unshift(record);
      cfSheets.set(record, t.sheet);
      cf._target = record;
      this.context._noteResolved(cf);
    });
    return cf;
  }
  clearAll(): void {
    this._call("clearAll", undefined, (t) => {
      const mine = rectA1(t.rect);
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((c) => c.range !== mine);
    });
  }
}

export class FakeConditionalFormat_ extends FakeObject<FakeConditionalFormat> {
  get custom(): FakeCustomConditionalFormat {
    return new FakeCustomConditionalFormat(this.context, this, "custom", (t) => {
      const cf = t as FakeConditionalFormat;
      if (cf.type !== "Custom") throw new FakeOfficeError("InvalidOperation", "Ce format conditionnel n'est pas de type Custom.");
      return cf;
    });
  }
  override _read(t: FakeConditionalFormat, prop: string): unknown {
    if (prop === "type") return t.type;
    if (prop === "priority") return cfSheets.get(t)!.conditionalFormats.indexOf(t);
    if (prop === "stopIfTrue") return t.stopIfTrue ?? false;
    return super._read(t, prop);
  }
  override _write(t: FakeConditionalFormat, prop: string, value: unknown): void {
    if (prop === "stopIfTrue") {
      t.stopIfTrue = Boolean(value);
      return;
    }
    if (prop === "priority") {
      const sheet = cfSheets.get(t)!;
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== t);
      sheet.conditionalFormats.splice(Math.min(Number(value), sheet.conditionalFormats.length), 0, t);
      return;
    }
    super._write(t, prop, value);
  }
}
props(FakeConditionalFormat_, ["type"], ["priority", "stopIfTrue"]);

export class FakeCustomConditionalFormat extends FakeObject<FakeConditionalFormat> {
  get rule(): FakeCfRule {
    return this._child("rule", () => new FakeCfRule(this.context, this, "rule", (t) => t as FakeConditionalFormat));
  }
  get format(): FakeCfFormat {
    return this._child("format", () => new FakeCfFormat(this.context, this, "format", (t) => t as FakeConditionalFormat));
  }
}

export class FakeCfRule extends FakeObject<FakeConditionalFormat> {
  override _write(t: FakeConditionalFormat, prop: string, value: unknown): void {
    if (prop !== "formula") return super._write(t, prop, value);
    const f = String(value);
    if (!f.startsWith("=")) throw new FakeOfficeError("InvalidArgument", "La formule d'une règle commence par =.");
    t.formula = f;
  }
  override _read(t: FakeConditionalFormat, prop: string): unknown {
    return prop === "formula" ? t.formula : super._read(t, prop);
  }
}
props(FakeCfRule, [], ["formula"]);

export class FakeCfFormat extends FakeObject<FakeConditionalFormat> {
  get fill(): FakeCfPart {
    return this._child("fill", () => new FakeCfPart(this.context, this, "fill", (t) => t as FakeConditionalFormat, { color: "fill" }));
  }
  get font(): FakeCfPart {
    return this._child("font", () => new FakeCfPart(this.context, this, "font", (t) => t as FakeConditionalFormat, { color: "fontColor", bold: "bold", italic: "italic", strikethrough: "strike" }));
  }
}

export class FakeCfPart extends FakeObject<FakeConditionalFormat> {
  constructor(
    context: FakeRequestContext,
    parent: FakeObject<unknown>,
    segment: string,
    resolver: Resolver<FakeConditionalFormat>,
    private readonly fields: Record<string, keyof FakeConditionalFormat>,
  ) {
    super(context, parent, segment, resolver);
    for (const p of Object.keys(fields))
      Object.defineProperty(this, p, {
        get: () => this._get(p),
        set: (v: unknown) => this._set(p, v),
      });
  }
  override _write(t: FakeConditionalFormat, prop: string, value: unknown): void {
    const field = this.fields[prop];
    if (!field) return super._write(t, prop, value);
    (t as unknown as Record<string, unknown>)[field] = field === "fill" || field === "fontColor" ? String(value).toUpperCase() : value;
  }
}

// ----- Data validation ---------------------------------------------------------------------------

interface DvRule {
  list?: { inCellDropDown?: boolean; source: string };
  custom?: { formula: string };
  wholeNumber?: { formula1: unknown; formula2?: unknown; operator: string };
  decimal?: { formula1: unknown; formula2?: unknown; operator: string };
  date?: { formula1: unknown; formula2?: unknown; operator: string };
  textLength?: { formula1: unknown; formula2?: unknown; operator: string };
}

const API_OPERATORS: Record<string, string> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  LessThanOrEqualTo: "lessThanOrEqual",
};

export class FakeDataValidation extends FakeObject<RangeTarget> {
  private record(t: RangeTarget): FakeValidation {
    this._fake._need("1.8", "dataValidation");
    const range = rectA1(t.rect);
    let v = t.sheet.validations.find((x) => x.range === range);
    if (!v) {
      // Excel's defaults for a new rule: blanks ignored, a "Stop" alert shown, no input message.
      v = { range, type: "any", formulae: [], allowBlank: true, showError: true, errorStyle: "stop", showPrompt: false };
      t.sheet.validations.push(v);
    }
    return v;
  }
  override _write(t: RangeTarget, prop: string, value: unknown): void {
    const v = this.record(t);
    const formula = (x: unknown): string => String(x instanceof Date ? x.toISOString() : x).replace(/^=/, "");
    switch (prop) {
      case "rule": {
        const r = value as DvRule;
        if (r.list) {
          v.type = "list";
          const src = String(r.list.source);
          v.formulae = [src.startsWith("=") ? src.slice(1) : `"${src}"`];
          if (src.length > 255) throw new FakeOfficeError("InvalidArgument", "Une liste de validation dépasse 255 caractères.");
        } else if (r.custom) {
          v.type = "custom";
          v.formulae = [formula(r.custom.formula)];
        } else {
          const kind = (["wholeNumber", "decimal", "date", "textLength"] as const).find((k) => r[k]);
          if (!kind) throw new FakeOfficeError("InvalidArgument", "Règle de validation vide.");
          const b = r[kind]!;
          v.type = kind === "wholeNumber" ? "whole" : kind;
          v.operator = API_OPERATORS[b.operator] ?? b.operator;
          v.formulae = [formula(b.formula1), ...(b.formula2 !== undefined ? [formula(b.formula2)] : [])];
        }
        return;
      }
      case "errorAlert": {
        const e = value as { showAlert?: boolean; style?: string; title?: string; message?: string };
        if ((e.title ?? "").length > 32 || (e.message ?? "").length > 255) throw new FakeOfficeError("InvalidArgument", "Titre (32) ou message (255) d'alerte trop long.");
        v.showError = e.showAlert ?? true;
        v.errorStyle = (e.style ?? "Stop").toLowerCase();
        v.errorTitle = e.title || undefined;
        v.error = e.message || undefined;
        return;
      }
      case "prompt": {
        const p = value as { showPrompt?: boolean; title?: string; message?: string };
        if ((p.title ?? "").length > 32 || (p.message ?? "").length > 255) throw new FakeOfficeError("InvalidArgument", "Titre (32) ou message (255) d'aide trop long.");
        v.showPrompt = p.showPrompt ?? false;
        v.promptTitle = p.title || undefined;
        v.prompt = p.message || undefined;
        return;
      }
      case "ignoreBlanks":
        v.allowBlank = Boolean(value);
        return;
    }
    super._write(t, prop, value);
  }
  clear(): void {
    this._call("clear", undefined, (t) => {
      const range = rectA1(t.rect);
      t.sheet.validations = t.sheet.validations.filter((x) => x.range !== range);
    });
  }
}
props(FakeDataValidation, [], ["rule", "errorAlert", "prompt", "ignoreBlanks"]);

// ----- Tables ------------------------------------------------------------------------------------

/** `RangeAreas` as far as the host reads it: its address. */
export class FakeRangeAreas extends FakeObject<{ sheet: FakeSheet; areas: Rect[] }> {
  override _read(t: { sheet: FakeSheet; areas: Rect[] }, prop: string): unknown {
    if (prop === "address") return t.areas.map((a) => `${quoteSheet(t.sheet.name)}!${rectA1(a)}`).join(", ");
    if (prop === "areaCount") return t.areas.length;
    return super._read(t, prop);
  }
}
props(FakeRangeAreas, ["address", "areaCount"]);

/** `Range.getTables()`: the tables a range overlaps. */
export class FakeTableScopedCollection extends FakeCollection<FakeTable[], FakeTable_> {
  _list(t: FakeTable[]): unknown[] {
    return t;
  }
  _item(target: unknown, i: number): FakeTable_ {
    return new FakeTable_(this.context, this, `items[${i}]`, () => target as FakeTable);
  }
}

export class FakeTableCollection extends FakeCollection<{ sheet?: FakeSheet }, FakeTable_> {
  _list(t: { sheet?: FakeSheet }): unknown[] {
    return this._state.tables.filter((x) => !t.sheet || x.sheet === t.sheet);
  }
  _item(target: unknown, i: number): FakeTable_ {
    return new FakeTable_(this.context, this, `items[${i}]`, () => target as FakeTable);
  }
  private find(scope: { sheet?: FakeSheet }, key: string): FakeTable | undefined {
    return this._list(scope).find((x) => (x as FakeTable).name.toLowerCase() === key.toLowerCase() || (x as FakeTable).id === key) as FakeTable | undefined;
  }
  getItem(key: string): FakeTable_ {
    return new FakeTable_(this.context, this, `getItem(${JSON.stringify(key)})`, (scope) => {
      const t = this.find(scope as { sheet?: FakeSheet }, key);
      if (!t) throw new FakeOfficeError("ItemNotFound", `La table « ${key} » n'existe pas.`);
      return t;
    });
  }
  getItemOrNullObject(key: string): FakeTable_ {
    return new FakeTable_(this.context, this, `getItemOrNullObject(${JSON.stringify(key)})`, (scope) => {
      this._fake._need("1.4", "getItemOrNullObject");
      return this.find(scope as { sheet?: FakeSheet }, key) ?? null;
    })._instantiate();
  }
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable_ {
    const table = new FakeTable_(this.context, this, `add(${typeof address === "string" ? JSON.stringify(address) : "range"})`, () => {
      throw new FakeOfficeError("InvalidObjectPath", "table pas encore créée");
    });
    this._call("add", { address: typeof address === "string" ? address : address._segment, hasHeaders }, (scope) => {
      let sheet: FakeSheet;
      let rect: Rect | undefined;
      if (typeof address === "string") {
        const { sheet: sheetName, address: local } = splitSheetAddress(address);
        sheet = sheetName ? this._state.mustSheet(sheetName) : scope.sheet!;
        if (!sheet) throw new FakeOfficeError("InvalidArgument", "tables.add du classeur : l'adresse doit nommer la feuille.");
        rect = parseAddress(local);
      } else {
        const t = address._must();
        sheet = t.sheet;
        rect = t.rect;
      }
      if (!rect) throw new FakeOfficeError("InvalidArgument", `Adresse de table invalide : ${String(address)}`);
      table._target = this._state.addTable(sheet, rect, hasHeaders);
      this.context._noteResolved(table);
    });
    return table;
  }
}

export class FakeTable_ extends FakeObject<FakeTable> {
  get worksheet(): FakeWorksheet {
    return this._child("worksheet", () => new FakeWorksheet(this.context, this, "worksheet", (t) => (t as FakeTable).sheet));
  }
  get columns(): FakeTableColumnCollection {
    return this._child("columns", () => new FakeTableColumnCollection(this.context, this, "columns", (t) => t as FakeTable));
  }
  get rows(): FakeTableRowCollection {
    return this._child("rows", () => new FakeTableRowCollection(this.context, this, "rows", (t) => t as FakeTable));
  }
  override _read(t: FakeTable, prop: string): unknown {
    switch (prop) {
      case "name":
        return t.name;
      case "id":
        return t.id;
      case "style":
        return t.style;
      case "showHeaders":
        return t.showHeaders;
      case "showTotals":
        return t.showTotals;
    }
    return super._read(t, prop);
  }
  override _write(t: FakeTable, prop: string, value: unknown): void {
    if (prop === "name") {
      this._state.checkNewTableName(String(value), t);
      t.name = String(value);
      return;
    }
    if (prop === "style") {
      t.style = String(value);
      return;
    }
    if (prop === "showBandedRows" || prop === "showFilterButton") return;
    super._write(t, prop, value);
  }
  private range(segment: string, fn: (t: FakeTable) => Rect): FakeRange {
    return new FakeRange(this.context, this, segment, (p) => {
      const t = p as FakeTable;
      return { sheet: t.sheet, rect: fn(t) };
    });
  }
  getRange(): FakeRange {
    return this.range("getRange()", (t) => t.rect);
  }
  getHeaderRowRange(): FakeRange {
    return this.range("getHeaderRowRange()", (t) => {
      if (!t.showHeaders) throw new FakeOfficeError("InvalidOperation", "La table n'a pas de ligne d'en-tête.");
      return t.headerRect;
    });
  }
  getDataBodyRange(): FakeRange {
    return this.range("getDataBodyRange()", (t) => t.bodyRect);
  }
  delete(): void {
    this._call("delete", undefined, (t) => {
      t.deleted = true;
      this._state.tables = this._state.tables.filter((x) => x !== t);
    });
  }
  /** `Table.resize` (ExcelApi 1.13): same header row and left column, no overlap with another table. */
  resize(range: FakeRange | string): void {
    this._call("resize", typeof range === "string" ? range : range._segment, (t) => {
      this._fake._need("1.13", "Table.resize");
      const rect = typeof range === "string" ? parseAddress(range) : range._must().rect;
      if (!rect || rect.top !== t.rect.top || rect.left !== t.rect.left || rect.right !== t.rect.right || rect.bottom < t.rect.top + 1)
        throw new FakeOfficeError("InvalidArgument", "resize : la nouvelle plage doit garder la ligne d'en-tête et les colonnes de la table.");
      if (this._state.tables.some((x) => x !== t && x.sheet === t.sheet && x.rect.top <= rect.bottom && x.rect.bottom >= rect.top && x.rect.left <= rect.right && x.rect.right >= rect.left))
        throw new FakeOfficeError("InvalidOperation", "resize : la table chevaucherait une autre table.");
      t.rect = rect;
    });
  }
}
props(FakeTable_, ["id", "showHeaders", "showTotals"], ["name", "style", "showBandedRows", "showFilterButton"]);

interface ColumnTarget {
  table: FakeTable;
  index: number;
  sheet: FakeSheet;
}

export class FakeTableColumnCollection extends FakeCollection<FakeTable, FakeTableColumn> {
  _list(t: FakeTable): unknown[] {
    return t.headers().map((_, index) => ({ table: t, index, sheet: t.sheet }));
  }
  _item(target: unknown, i: number): FakeTableColumn {
    return new FakeTableColumn(this.context, this, `items[${i}]`, () => target as ColumnTarget);
  }
  private find(t: FakeTable, key: string | number): ColumnTarget | null {
    const headers = t.headers();
    const index = typeof key === "number" ? key : headers.findIndex((h) => h.toLowerCase() === key.toLowerCase());
    return index >= 0 && index < headers.length ? { table: t, index, sheet: t.sheet } : null;
  }
  getItem(key: string | number): FakeTableColumn {
    return new FakeTableColumn(this.context, this, `getItem(${JSON.stringify(key)})`, (p) => {
      const c = this.find(p as FakeTable, key);
      if (!c) throw new FakeOfficeError("ItemNotFound", `Colonne « ${key} » introuvable.`);
      return c;
    });
  }
  getItemOrNullObject(key: string | number): FakeTableColumn {
    return new FakeTableColumn(this.context, this, `getItemOrNullObject(${JSON.stringify(key)})`, (p) => this.find(p as FakeTable, key))._instantiate();
  }
}

export class FakeTableColumn extends FakeObject<ColumnTarget> {
  override _read(t: ColumnTarget, prop: string): unknown {
    if (prop === "name") return t.table.headers()[t.index];
    if (prop === "index") return t.index;
    return super._read(t, prop);
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.context, this, "getDataBodyRange()", (p) => {
      const c = p as ColumnTarget;
      const body = c.table.bodyRect;
      return { sheet: c.table.sheet, rect: { ...body, left: body.left + c.index, right: body.left + c.index } };
    });
  }
}
props(FakeTableColumn, ["name", "index"]);

export class FakeTableRowCollection extends FakeObject<FakeTable> {
  add(index?: number | null, values?: unknown[][] | unknown): FakeObject<unknown> {
    const rows = Array.isArray(values) ? (values as unknown[][]) : values === undefined ? undefined : [[values]];
    this._call("rows.add", { index: index ?? null, values: rows }, (t) => {
      if (rows && rows.length > 1) this._fake._need("1.4", "rows.add (plusieurs lignes)");
      const width = t.rect.right - t.rect.left + 1;
      if (rows && rows.some((r) => !Array.isArray(r) || r.length !== width))
        throw new FakeOfficeError("InvalidArgument", `rows.add : chaque ligne doit avoir ${width} valeurs.`);
      const first = this._state.insertTableRows(t, index ?? undefined, rows?.length ?? 1, rows, true);
      rows?.forEach((r, i) =>
        r.forEach((v, j) => {
          if (v !== null && v !== undefined && v !== "")
            this._state.cellWrites.push({ sync: this._state.currentSync, sheet: t.sheet.name, address: rectA1({ top: first + i, left: t.rect.left + j, bottom: first + i, right: t.rect.left + j }), kind: "value", value: v });
        }),
      );
    });
    return new FakeObject<unknown>(this.context, this, "row", () => null);
  }
  override _read(t: FakeTable, prop: string): unknown {
    if (prop === "count") return t.bodyRect.bottom - t.bodyRect.top + 1;
    return super._read(t, prop);
  }
}
props(FakeTableRowCollection, ["count"]);

// ----- Names and settings ------------------------------------------------------------------------

interface NameTarget {
  name: string;
  formula: string;
  comment?: string;
}

export class FakeNamedItemCollection extends FakeCollection<FakeWorkbookState, FakeNamedItem> {
  _list(t: FakeWorkbookState): unknown[] {
    return [...t.names.values()];
  }
  _item(target: unknown, i: number): FakeNamedItem {
    return new FakeNamedItem(this.context, this, `items[${i}]`, () => target as NameTarget);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, this, `getItemOrNullObject(${JSON.stringify(name)})`, (wb) => (wb as FakeWorkbookState).names.get(name.toLowerCase()) ?? null)._instantiate();
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, this, `getItem(${JSON.stringify(name)})`, (wb) => {
      const n = (wb as FakeWorkbookState).names.get(name.toLowerCase());
      if (!n) throw new FakeOfficeError("ItemNotFound", `Nom « ${name} » introuvable.`);
      return n;
    });
  }
  add(name: string, reference: string | FakeRange, comment?: string): FakeNamedItem {
    const item = new FakeNamedItem(this.context, this, `add(${JSON.stringify(name)})`, () => {
      throw new FakeOfficeError("InvalidObjectPath", "nom pas encore créé");
    });
    this._call("add", { name, reference: typeof reference === "string" ? reference : reference._segment, comment }, (wb) => {
      this._fake._need("1.4", "names.add");
      if (wb.names.has(name.toLowerCase()) || wb.table(name)) throw new FakeOfficeError("ItemAlreadyExists", `Le nom « ${name} » existe déjà.`);
      let formula: string;
      if (typeof reference === "string") formula = reference.startsWith("=") ? reference : "=" + reference;
      else {
        const t = reference._must();
        formula = `=${quoteSheet(t.sheet.name)}!${absolute(t.rect)}`;
      }
      const { sheet, address } = splitSheetAddress(formula);
      if (sheet !== undefined) {
        wb.mustSheet(sheet);
        formula = `=${quoteSheet(sheet)}!${address}`; // Excel keeps quotes only where needed
      }
      const n = { name, formula, comment };
      wb.names.set(name.toLowerCase(), n);
      item._target = n;
      this.context._noteResolved(item);
    });
    return item;
  }
}

function absolute(r: Rect): string {
  const cell = (row: number, col: number): string => `$${rectA1({ top: row, left: col, bottom: row, right: col }).replace(/(\d+)$/, "$$$1")}`;
  return r.top === r.bottom && r.left === r.right ? cell(r.top, r.left) : `${cell(r.top, r.left)}:${cell(r.bottom, r.right)}`;
}

export class FakeNamedItem extends FakeObject<NameTarget> {
  override _read(t: NameTarget, prop: string): unknown {
    switch (prop) {
      case "name":
        return t.name;
      case "formula":
        this._fake._need("1.7", "NamedItem.formula");
        return t.formula;
      case "value":
        return t.formula.replace(/^=/, "");
      case "type":
        return t.formula === "=#REF!" ? "Error" : "Range";
      case "comment":
        return t.comment ?? "";
      case "visible":
        return true;
    }
    return super._read(t, prop);
  }
  delete(): void {
    this._call("delete", undefined, (t) => {
      this._state.names.delete(t.name.toLowerCase());
    });
  }
}
props(FakeNamedItem, ["name", "formula", "value", "type", "comment", "visible"]);

interface SettingTarget {
  key: string;
}

export class FakeSettingCollection extends FakeCollection<FakeWorkbookState, FakeSetting> {
  _list(t: FakeWorkbookState): unknown[] {
    return [...t.settings.keys()].map((key) => ({ key }));
  }
  _item(target: unknown, i: number): FakeSetting {
    return new FakeSetting(this.context, this, `items[${i}]`, () => target as SettingTarget);
  }
  add(key: string, value: unknown): FakeSetting {
    const json = JSON.stringify(value);
    this._call("add", { key, value }, (wb) => {
      this._fake._need("1.4", "settings");
      wb.settings.set(key, JSON.parse(json));
    });
    return new FakeSetting(this.context, this, `getItem(${JSON.stringify(key)})`, () => ({ key }));
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, this, `getItemOrNullObject(${JSON.stringify(key)})`, (wb) => ((wb as FakeWorkbookState).settings.has(key) ? { key } : null))._instantiate();
  }
}

export class FakeSetting extends FakeObject<SettingTarget> {
  override _read(t: SettingTarget, prop: string): unknown {
    if (prop === "key") return t.key;
    if (prop === "value") return JSON.parse(JSON.stringify(this._state.settings.get(t.key) ?? null));
    return super._read(t, prop);
  }
  delete(): void {
    this._call("delete", undefined, (t) => void this._state.settings.delete(t.key));
  }
}
props(FakeSetting, ["key", "value"]);

// ---------------------------------------------------------------------------------------------
// The fake itself

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

export interface FakeExcelOptions {
  /** Sheets of a new workbook (default: one sheet "Feuil1"). */
  sheets?: string[];
  date1904?: boolean;
  /** Highest ExcelApi requirement set the simulated Excel supports (default 1.13). */
  excelApi?: string;
}

export class FakeExcel {
  readonly state = new FakeWorkbookState();
  /** Requirement sets and their highest supported version. */
  supportedSets: Record<string, string> = { ExcelApi: "1.13", SharedRuntime: "1.1" };
  /** Excel on the web refuses requests and responses above 5 MB; the fake is slightly stricter. */
  maxRequestBytes = 5_000_000;
  maxResponseBytes = 5_000_000;
  readonly syncs: SyncRecord[] = [];
  /** Options passed to each `Excel.run` (e.g. `delayForCellEdit`). */
  readonly runs: { options?: unknown }[] = [];
  /** Index in `syncs` (1-based) of each sync in which `suspendApiCalculationUntilNextSync` ran. */
  readonly calculationSuspendedInSync: number[] = [];
  /**
   * Called before each sync executes, with its number inside the current run: a test mutates the
   * workbook here to play a co-author editing between the add-in's read and its write.
   */
  onBeforeSync?: (syncInRun: number, fake: FakeExcel) => void | Promise<void>;

  constructor(opts: FakeExcelOptions = {}) {
    for (const name of opts.sheets ?? ["Feuil1"]) this.state.addSheet(name);
    this.state.date1904 = Boolean(opts.date1904);
    if (opts.excelApi) this.supportedSets.ExcelApi = opts.excelApi;
  }

  /** A fake holding the sheets, tables, values, formats and names of an .xlsx file (exceljs). */
  static async fromXlsx(bytes: Uint8Array, opts: Omit<FakeExcelOptions, "sheets" | "date1904"> = {}): Promise<FakeExcel> {
    const fake = new FakeExcel({ ...opts, sheets: [] });
    await loadXlsxIntoState(fake.state, bytes);
    return fake;
  }

  /** A fake holding an exceljs workbook already in memory. */
  static fromExcelJS(wb: Parameters<typeof loadExcelJSIntoState>[1], opts: Omit<FakeExcelOptions, "sheets" | "date1904"> = {}): FakeExcel {
    const fake = new FakeExcel({ ...opts, sheets: [] });
    loadExcelJSIntoState(fake.state, wb);
    return fake;
  }

  isSetSupported(name: string, version = "1.1"): boolean {
    const have = this.supportedSets[name];
    return have !== undefined && compareVersions(have, version) >= 0;
  }

  _need(version: string, what: string): void {
    if (!this.isSetSupported("ExcelApi", version)) throw new FakeOfficeError("ApiNotFound", `${what} demande ExcelApi ${version} (cet Excel : ${this.supportedSets.ExcelApi}).`);
  }

  /** `Excel.run`: a fresh request context; what is still queued when the batch returns is synced. */
  async run<T>(optionsOrBatch: unknown, maybeBatch?: (ctx: FakeRequestContext) => Promise<T>): Promise<T> {
    const batch = (typeof optionsOrBatch === "function" ? optionsOrBatch : maybeBatch) as (ctx: FakeRequestContext) => Promise<T>;
    this.runs.push({ options: typeof optionsOrBatch === "function" ? undefined : optionsOrBatch });
    const ctx = new FakeRequestContext(this, this.runs.length);
    const result = await batch(ctx);
    if (ctx.pending > 0) await ctx.sync();
    return result;
  }

  /** Syncs of the last `Excel.run` (or of run `n`). */
  syncsOfRun(n = this.runs.length): SyncRecord[] {
    return this.syncs.filter((s) => s.run === n);
  }

  /** Cell writes made through the API in the last run (or run `n`). */
  writesOfRun(n = this.runs.length): FakeWorkbookState["cellWrites"] {
    const syncNumbers = new Set(this.syncs.map((s, i) => (s.run === n ? i + 1 : -1)));
    return this.state.cellWrites.filter((w) => syncNumbers.has(w.sync));
  }

  // ----- helpers for tests: set up and mutate the workbook as a user or a co-author would --------

  sheet(name: string): FakeSheet {
    return this.state.mustSheet(name);
  }

  table(name: string): FakeTable {
    return this.state.mustTable(name);
  }

  addSheet(name: string): FakeSheet {
    return this.state.addSheet(name);
  }

  /** Writes raw values (no parsing) from `address` (`B3`) on. */
  setValues(sheet: string, address: string, values: unknown[][]): void {
    const s = this.sheet(sheet);
    const r = parseAddress(address)!;
    values.forEach((row, i) => row.forEach((v, j) => writeValue(s.ensure(r.top + i, r.left + j), v === null ? "" : v, false)));
  }

  /** Adds a table with headers at `address` and these data rows (raw values). */
  addTable(sheet: string, address: string, name: string, headers: string[], rows: unknown[][]): FakeTable {
    const r = parseAddress(address)!;
    this.setValues(sheet, address, [headers, ...rows]);
    return this.state.addTable(this.sheet(sheet), { top: r.top, left: r.left, bottom: r.top + Math.max(1, rows.length), right: r.left + headers.length - 1 }, true, name);
  }

  /** What `Range.values` would return for one cell (`Equipe!A4` or sheet + `A4`). */
  value(sheet: string, address: string): string | number | boolean {
    const r = parseAddress(address)!;
    return readValue(this.sheet(sheet).cell(r.top, r.left));
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    const r = parseAddress(address)!;
    return this.sheet(sheet).cell(r.top, r.left);
  }

  /** A table's data rows as `Range.values` returns them. */
  tableRows(name: string): (string | number | boolean)[][] {
    const t = this.table(name);
    const b = t.bodyRect;
    const out: (string | number | boolean)[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const row: (string | number | boolean)[] = [];
      for (let c = b.left; c <= b.right; c++) row.push(readValue(t.sheet.cell(r, c)));
      out.push(row);
    }
    return out;
  }

  insertTableRows(name: string, index: number, rows: unknown[][]): void {
    this.state.insertTableRows(this.table(name), index, rows.length, rows, false);
  }

  deleteTableRows(name: string, index: number, count = 1): void {
    this.state.deleteTableRows(this.table(name), index, count);
  }

  /** Moves a data row (a co-author sorting or dragging rows). */
  moveTableRow(name: string, from: number, to: number): void {
    const t = this.table(name);
    const b = t.bodyRect;
    const rows: (FakeCell | undefined)[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const row: (FakeCell | undefined)[] = [];
      for (let c = b.left; c <= b.right; c++) row.push(t.sheet.cell(r, c));
      rows.push(row);
    }
    const [moved] = rows.splice(from, 1);
    rows.splice(to, 0, moved);
    rows.forEach((row, i) =>
      row.forEach((cell, j) => {
        const k = FakeSheet.key(b.top + i, b.left + j);
        if (cell) t.sheet.cells.set(k, cell);
        else t.sheet.cells.delete(k);
      }),
    );
  }

  dump(): FakeDump {
    return dumpState(this.state);
  }

  /** The `Excel` global: `run`, `RequestContext` and the enums Cap PAD uses. */
  excelNamespace(): Record<string, unknown> {
    const newContext = (): FakeRequestContext => new FakeRequestContext(this, this.runs.push({}));
    return {
      run: (a: unknown, b?: (ctx: FakeRequestContext) => Promise<unknown>) => this.run(a, b),
      // `new Excel.RequestContext()` (custom functions reading the workbook in a shared runtime).
      RequestContext: function RequestContext() {
        return newContext();
      },
      ConditionalFormatType: { custom: "Custom", cellValue: "CellValue", colorScale: "ColorScale", dataBar: "DataBar", iconSet: "IconSet", presetCriteria: "PresetCriteria", containsText: "ContainsText", topBottom: "TopBottom" },
      WorksheetPositionType: { none: "None", before: "Before", after: "After", beginning: "Beginning", end: "End" },
      SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
      PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
      PaperType: { a4: "A4", letter: "Letter" },
      HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right" },
      VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom" },
      BorderIndex: { edgeTop: "EdgeTop", edgeBottom: "EdgeBottom", edgeLeft: "EdgeLeft", edgeRight: "EdgeRight", insideVertical: "InsideVertical", insideHorizontal: "InsideHorizontal" },
      BorderLineStyle: { none: "None", continuous: "Continuous", dash: "Dash" },
      DataValidationAlertStyle: { stop: "Stop", warning: "Warning", information: "Information" },
      DataValidationOperator: { between: "Between", greaterThanOrEqualTo: "GreaterThanOrEqualTo", lessThanOrEqualTo: "LessThanOrEqualTo" },
      ErrorCodes: {
        itemNotFound: "ItemNotFound",
        itemAlreadyExists: "ItemAlreadyExists",
        invalidArgument: "InvalidArgument",
        apiNotFound: "ApiNotFound",
        responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
        generalException: "GeneralException",
      },
    };
  }

  /** The `Office` global: `onReady`, `HostType`, `context.requirements.isSetSupported`. */
  officeNamespace(): Record<string, unknown> {
    const info = { host: "Excel", platform: "OfficeOnline" };
    return {
      HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
      PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
      onReady: (cb?: (i: typeof info) => void) => {
        cb?.(info);
        return Promise.resolve(info);
      },
      context: {
        host: "Excel",
        platform: "OfficeOnline",
        displayLanguage: "fr-FR",
        requirements: { isSetSupported: (name: string, version?: string) => this.isSetSupported(name, version) },
      },
    };
  }
}

/**
 * Defines `globalThis.Excel` and `globalThis.Office` backed by this fake (jest, or a browser page
 * where the test injects the bundled fake before the pane's scripts run). Returns a function that
 * puts back what was there.
 */
export function installFakeOffice(fake: FakeExcel): () => void {
  const g = globalThis as Record<string, unknown>;
  const previous = { Excel: g.Excel, Office: g.Office };
  g.Excel = fake.excelNamespace();
  g.Office = fake.officeNamespace();
  return () => {
    g.Excel = previous.Excel;
    g.Office = previous.Office;
  };
}

/** base64 → bytes without Node's Buffer (the fake also runs in a browser). */
export function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
