/**
 * `Productions` (project settings), `Rushes`, `Livrables` and `Specs` read into the technical engine's
 * input (`src/core/technical/model.ts`), each object aligned with the row reader it comes from. The
 * productions come from the planning step's memoised reading (`planningOf`): the same rows, plus the
 * columns only this feature reads, plus what the schedule says (planned PAD, start of the picture edit).
 */
import type { DayNumber } from "../../core/dates/civil";
import { deliverableKindOf, findSpec, unknownProject, type AudioLayout, type Deliverable, type Mix, type Project, type Rush, type Spec } from "../../core/technical";
import { foldWords, hasPhrase } from "../../core/technical/words";
import { DEFAULT_RATE } from "../../core/timecode";
import { EDITING_STAGE, EDITING_TASK_WORDS } from "../../data/technical/rushes";
import { LIVRABLES, RUSHES, SPECS, DELIVERABLE_STATUSES } from "../contract/technical";
import { planningOf, type PlanningData } from "../planning";
import type { SheetSource } from "../source";
import type { BoundTable, RowReader } from "../read";
import { doneCell, rateCell, resolutionCell, timecodeCell } from "./cells";

export interface TechnicalInput {
  projects: Project[];
  /** `Productions` row of each project, index for index. */
  projectRows: RowReader[];
  rushes: Rush[];
  rushRows: RowReader[];
  deliverables: Deliverable[];
  deliverableRows: RowReader[];
  specs: Spec[];
  tables: { rushes?: BoundTable; deliverables?: BoundTable; specs?: BoundTable };
  /** The project of a production code (a default 25 ips one for codes not in `Productions`). */
  projectOf(production: string): Project;
  /** The `Productions` row of a code, if any. */
  productionRow(production: string): RowReader | undefined;
}

const MIXES: readonly Mix[] = ["stéréo", "5.1"];
const AUDIO_LAYOUTS: readonly AudioLayout[] = ["stéréo", "5.1", "stéréo + 5.1"];
const codeKey = (code: string): string => code.trim().toUpperCase();

export function readTechnical(ctx: SheetSource): TechnicalInput {
  const d1904 = ctx.date1904;
  const plan = planningOf(ctx);
  const projects: Project[] = [];
  const projectRows: RowReader[] = [];
  const editing = editingStarts(plan);
  plan.input.productions.forEach((p, i) => {
    if (!p.code) return;
    const row = plan.rows.productions[i];
    const rate = rateCell(row, "Cadence projet");
    projects.push({
      production: p.code,
      rate: rate ?? DEFAULT_RATE,
      rateTyped: rate !== undefined,
      resolution: resolutionCell(row, "Résolution projet", p.code),
      mix: row.choice("Mix", MIXES) as Mix | undefined,
      broadcaster: row.text("Diffuseur"),
      programmeMinutes: p.durationMinutes,
      padDate: p.padTarget ?? plan.result.productions[i]?.padForecast,
      editingStart: editing.get(codeKey(p.code))?.start,
      editingTask: editing.get(codeKey(p.code))?.id,
      foreignSales: row.bool("Ventes à l'étranger"),
    });
    projectRows.push(row);
  });
  const byCode = new Map(projects.map((p, i) => [codeKey(p.production), i]));
  const projectOf = (code: string): Project => {
    const i = byCode.get(codeKey(code));
    return i === undefined ? unknownProject(code) : projects[i];
  };
  const productionRow = (code: string): RowReader | undefined => {
    const i = byCode.get(codeKey(code));
    return i === undefined ? undefined : projectRows[i];
  };
  const known = (row: RowReader, code: string): void => {
    if (plan.tables.productions && byCode.size > 0 && !byCode.has(codeKey(code)))
      row.alert("TECH_PRODUCTION_INCONNUE", "warning", `${row.cell("Production")} (Production) : « ${code} » n'est pas un code de la table Productions ; la cadence du projet est prise à 25 ips.`, "Production", code);
  };

  const specTable = ctx.table(SPECS);
  const specRows = specTable?.rows ?? [];
  const specs = specRows.map((r) => specOf(r));

  const rushTable = ctx.table(RUSHES);
  const rushRows = rushTable?.rows ?? [];
  const rushes = rushRows.map((r) => {
    const production = r.text("Production", { required: true }) ?? "";
    if (production) known(r, production);
    return rushOf(r, production, projectOf(production), d1904);
  });

  const deliverableTable = ctx.table(LIVRABLES);
  const deliverableRows = deliverableTable?.rows ?? [];
  const deliverables = deliverableRows.map((r) => {
    const production = r.text("Production", { required: true }) ?? "";
    if (production) known(r, production);
    return deliverableOf(r, production, projectOf(production), specs, d1904);
  });

  return { projects, projectRows, rushes, rushRows, deliverables, deliverableRows, specs, tables: { rushes: rushTable, deliverables: deliverableTable, specs: specTable }, projectOf, productionRow };
}

/** Planned start of each production's picture edit: the task named so, else the first of its stage. */
function editingStarts(plan: PlanningData): Map<string, { start: DayNumber; id: string }> {
  const named = new Map<string, { start: DayNumber; id: string }>();
  const staged = new Map<string, { start: DayNumber; id: string }>();
  const keep = (map: Map<string, { start: DayNumber; id: string }>, key: string, start: DayNumber, id: string): void => {
    const current = map.get(key);
    if (!current || start < current.start) map.set(key, { start, id });
  };
  for (const t of plan.result.tasks) {
    if (!Number.isFinite(t.start)) continue;
    const task = plan.input.tasks[t.index];
    const key = codeKey(t.production);
    if (EDITING_TASK_WORDS.some((w) => hasPhrase(task.name ?? "", w))) keep(named, key, t.start, t.id);
    else if (foldWords(task.stage ?? "") === foldWords(EDITING_STAGE)) keep(staged, key, t.start, t.id);
  }
  for (const [key, v] of staged) if (!named.has(key)) named.set(key, v);
  return named;
}

function specOf(r: RowReader): Spec {
  const name = r.text("Spécification", { required: true }) ?? "";
  const deliverable = r.text("Livrable");
  const rate = rateCell(r, "Cadence (ips)");
  const slotRate = rate ?? DEFAULT_RATE;
  r.choice("Balayage", ["entrelacé", "progressif"]);
  r.number("Débit (Mb/s)", { min: 0, what: "un débit en Mb/s" });
  return {
    name,
    broadcaster: r.text("Diffuseur", { required: true }) ?? "",
    deliverable,
    kind: deliverableKindOf(deliverable ?? name),
    required: r.bool("Obligatoire") === true,
    rate,
    resolution: resolutionCell(r, "Résolution"),
    audio: r.choice("Audio", AUDIO_LAYOUTS) as AudioLayout | undefined,
    loudnessTarget: r.number("Loudness cible (LUFS)", { what: "un niveau en LUFS" }),
    loudnessTolerance: r.number("Tolérance loudness (LU)", { min: 0, what: "une tolérance en LU" }),
    truePeakMax: r.number("True peak max (dBTP)", { what: "un niveau en dBTP" }),
    slotFrames: timecodeCell(r, "Durée case", slotRate),
    slotToleranceFrames: timecodeCell(r, "Tolérance case", slotRate),
    slotRate,
  };
}

function rushOf(r: RowReader, production: string, project: Project, d1904: boolean): Rush {
  const rate = rateCell(r, "Cadence (ips)");
  const effective = rate ?? project.rate;
  r.number("Pistes son", { integer: true, min: 0, what: "un nombre de pistes" });
  return {
    ref: `ligne ${r.sheetRow}`,
    production,
    date: r.date("Date", d1904, { required: true }),
    shootingDay: r.number("Jour de tournage", { integer: true, min: 0, what: "un numéro de jour" }),
    media: r.text("Support"),
    camera: r.text("Caméra"),
    rate,
    resolution: resolutionCell(r, "Résolution", production || undefined),
    tcIn: timecodeCell(r, "TC début", effective),
    tcOut: timecodeCell(r, "TC fin", effective),
    volumeGb: r.number("Volume (Go)", { min: 0, what: "un volume en Go" }),
    backup1: doneCell(r, "Sauvegarde 1"),
    backup2: doneCell(r, "Sauvegarde 2"),
    verified: doneCell(r, "Vérifié"),
  };
}

/** Statuses meaning the deliverable has left ("livré", "validé" of the drop-down, and their spellings). */
const DELIVERED = new Set([...DELIVERABLE_STATUSES.slice(2, 4), "livrée", "validée", "accepté", "acceptée"].map(foldWords));
/** What a status cell may say: the drop-down's words and the spellings above (anything else is said). */
const KNOWN_STATUSES = new Set([...DELIVERABLE_STATUSES.map(foldWords), ...DELIVERED, ...["refusée"].map(foldWords)]);

function deliverableOf(r: RowReader, production: string, project: Project, specs: readonly Spec[], d1904: boolean): Deliverable {
  const name = r.text("Livrable", { required: true }) ?? "";
  const kind = deliverableKindOf(name);
  const specTyped = r.text("Spécification");
  const spec = findSpec(specs, { name, kind, specTyped }, project.broadcaster);
  const measuredRate = spec?.rate ?? project.rate;
  const status = r.text("Statut");
  if (status !== undefined && !KNOWN_STATUSES.has(foldWords(status))) r.invalid("Statut", `un statut parmi : ${DELIVERABLE_STATUSES.join(", ")}`);
  return {
    production,
    name,
    kind,
    spec,
    specTyped,
    due: r.date("Date due", d1904),
    status,
    delivered: status !== undefined && DELIVERED.has(foldWords(status)),
    measuredFrames: timecodeCell(r, "Durée mesurée", measuredRate),
    measuredRate,
    loudness: r.number("Loudness mesuré (LUFS)", { what: "un niveau en LUFS" }),
    truePeak: r.number("True peak mesuré (dBTP)", { what: "un niveau en dBTP" }),
  };
}
