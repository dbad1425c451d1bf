/**
 * The rushes and deliverables of a workbook, checked once per command (`technicalOf(ctx)`): the tables
 * read, the engine run, each issue located as an alert on its cell (a missing deliverable, which has
 * no row, on its production's row), and the suggested quote lines combined. The check's `technical`
 * step writes from it; "Devis depuis le planning" takes its `costLines`.
 */
import type { Alert } from "../../core/alerts";
import { checkDeliverables, checkRushes, effectiveRate, technicalCostLines, type DeliverablesResult, type RushesResult, type TechIssue, type TechnicalCostLine } from "../../core/technical";
import { formatTimecode } from "../../core/timecode";
import type { SheetSource } from "../source";
import type { RowReader } from "../read";
import { readTechnical, type TechnicalInput } from "./read";

export interface TechnicalData {
  input: TechnicalInput;
  rushes: RushesResult;
  deliverables: DeliverablesResult;
  /** Suggested quote lines, one per production × rate code. */
  costLines: TechnicalCostLine[];
  /** Every located alert of the checks (already added to the command's alerts). */
  alerts: Alert[];
}

/** The column each issue field is about. */
const HEADER: Record<string, string> = {
  date: "Date",
  rate: "Cadence (ips)",
  resolution: "Résolution",
  tcIn: "TC début",
  tcOut: "TC fin",
  volume: "Volume (Go)",
  backup1: "Sauvegarde 1",
  backup2: "Sauvegarde 2",
  verified: "Vérifié",
  deliverable: "Livrable",
  spec: "Spécification",
  due: "Date due",
  duration: "Durée mesurée",
  loudness: "Loudness mesuré (LUFS)",
  truePeak: "True peak mesuré (dBTP)",
  broadcaster: "Diffuseur",
  foreignSales: "Ventes à l'étranger",
  mix: "Mix",
};

export function technicalOf(ctx: SheetSource): TechnicalData {
  return ctx.memo("technical", () => {
    const input = readTechnical(ctx);
    const rushes = checkRushes(input.rushes, input.projectOf);
    // Without a Livrables table, nothing is owed: no deliverable is "missing" from a list nobody keeps.
    const deliverables = input.tables.deliverables ? checkDeliverables(input.deliverables, input.projects, input.specs, input.projectOf) : { issues: [], productionIssues: [] };
    const alerts = [
      ...rushes.issues.map((i) => located(i, input.rushRows[i.index!], i.production)),
      ...deliverables.issues.map((i) => located(i, input.deliverableRows[i.index!], i.production)),
      ...deliverables.productionIssues.map((i) => located(i, input.productionRow(i.production), i.production)),
    ];
    for (const a of alerts) ctx.addAlert(a);
    return { input, rushes, deliverables, costLines: technicalCostLines(rushes.issues, deliverables.issues, deliverables.productionIssues), alerts };
  });
}

/**
 * An issue on its cell. Core messages read "subject : detail"; the Alertes sheet gets
 * "subject, cell : detail" (as the planning's), the row's own `Alerte` cell "column : detail".
 */
function located(issue: TechIssue, row: RowReader | undefined, production: string): Alert {
  const header = HEADER[issue.field];
  const cut = issue.message.indexOf(" : ");
  const subject = cut < 0 ? "" : issue.message.slice(0, cut);
  const detail = cut < 0 ? issue.message : issue.message.slice(cut + 3);
  if (!row) return { code: issue.code, severity: issue.severity, sheet: "Productions", row: 0, id: production, cell: "", message: issue.message, production };
  const cell = row.cell(header);
  return {
    code: issue.code,
    severity: issue.severity,
    sheet: row.sheet,
    row: row.sheetRow,
    id: row.id,
    cell,
    message: `${subject ? `${subject}, ` : ""}${cell} : ${detail}`,
    production: production || undefined,
    detail: `${header} : ${detail}`,
  };
}

/** `Rushes[Durée]` of row i: its duration at its own rate (what `PAD.TC.DUREE` gives), if computable. */
export function rushDurationText(data: TechnicalData, i: number): string | undefined {
  const frames = data.rushes.frames[i];
  const rush = data.input.rushes[i];
  return frames === undefined ? undefined : formatTimecode(frames, effectiveRate(rush, data.input.projectOf(rush.production)));
}

export type { TechnicalInput } from "./read";
