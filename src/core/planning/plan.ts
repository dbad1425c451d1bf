/**
 * One full planning run over plain rows, as a pipeline of named phases. Pure: same input, same
 * output; the workbook layer maps rows in and columns out. A value goes from input to result down
 * `runPlanning`, one phase after the other:
 * 1. productions → groups with their working calendars; closures and unavailability periods checked;
 * 2. task rows → their production (or a stand-in) and ID; each row's own values checked;
 * 3. `Prédécesseurs` → links within a production;
 * 4. the séance log → actual start and progress where a row leaves them empty (`actuals.ts`);
 * 5. engine tasks: duration, the calendar of the task's resources, the actual state;
 * 6. the PAD milestone of each production takes its `PAD contractuel` as deadline;
 * 7. the critical path (`schedule.ts`): early and late dates, floats, loops;
 * 8–10. alerts on the dates: loops, slips, deadlines, unavailability, resource conflicts;
 * 11–13. results: production summaries, task rows, productions in row order; alerts sorted by table and row.
 * Phases 1–6 live in `planNetwork.ts`, 8–13 in `planOutcome.ts`.
 */

import { WorkingCalendar } from "../calendar/workingCalendar";
import { Driver, PlanningCheck, PlanningInput, PlanningResult } from "./model";
import { LINK_TYPE_LABEL } from "./links";
import { Crew } from "./resources";
import { scheduleNetwork } from "./schedule";
import { engineTasks, markPadMilestones, readLinks, readLog, readProductions, readTaskRows, type Group } from "./planNetwork";
import { loopChecks, productionList, resourceBookings, resourceConflictChecks, summariseProductions, taskFacts, taskResults } from "./planOutcome";

export { idKey, looksLikePad } from "./planNetwork";

export function runPlanning(input: PlanningInput): PlanningResult {
  const checks: PlanningCheck[] = [];
  const crew = new Crew(input.crew);
  const tasks = input.tasks;

  const productions = readProductions(input, crew, checks);
  const rows = readTaskRows(input, productions, checks);
  const links = readLinks(tasks, rows, checks);
  const actuals = readLog(input, checks);
  const engine = engineTasks(input, productions.groups, rows, actuals, crew, checks);
  markPadMilestones(productions.groups, tasks, engine.cpm);

  const r = scheduleNetwork(engine.cpm, links.links, { today: input.today });

  checks.push(...loopChecks(tasks, rows.groupOf, r));
  const facts = taskFacts(tasks, rows.groupOf, engine, r, checks);
  const bookings = resourceBookings(tasks, engine, crew, r);
  checks.push(...resourceConflictChecks(bookings));
  const summaries = summariseProductions(productions.groups, tasks, engine, r, checks);
  const out = taskResults(tasks, engine, actuals, facts, r, links, checks);
  return {
    tasks: out,
    productions: productionList(input.productions, productions.groups, summaries, out),
    checks: sortChecks(checks),
    calendars: calendarsOf(productions.groups),
    bookings,
  };
}

/** Alerts by table (productions first), then by row; stable, so a row keeps its alerts in the order found. */
function sortChecks(checks: PlanningCheck[]): PlanningCheck[] {
  const tableOrder: Record<PlanningCheck["table"], number> = {
    productions: 0,
    tasks: 1,
    closures: 2,
    unavailabilities: 3,
    crew: 4,
  };
  return checks.sort((a, b) => tableOrder[a.table] - tableOrder[b.table] || a.index - b.index);
}

/** The working calendar of each production, by its code. */
function calendarsOf(groups: ReadonlyArray<Group>): Map<string, WorkingCalendar> {
  const calendars = new Map<string, WorkingCalendar>();
  for (const g of groups) if (g.productionIndex !== undefined) calendars.set(g.code, g.calendar);
  return calendars;
}

/** "après 12 (fin → début, +2 j)" — why a task starts when it does, for the task pane. */
export function describeDriver(d: Driver): string {
  switch (d.kind) {
    case "link":
      return `après ${d.predecessorId} (${LINK_TYPE_LABEL[d.type]}${d.lag !== 0 ? `, ${d.lag > 0 ? "+" : ""}${d.lag} j` : ""})`;
    case "notBefore":
      return "date « Pas avant »";
    case "today":
      return "pas commencée : au plus tôt aujourd'hui";
    case "actual":
      return "dates réelles";
    default:
      return "";
  }
}
