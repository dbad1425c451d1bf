/** Options several commands share (CLI flags, the pane's pickers). */
import type { CommandInput } from "./types";

/** The production asked for (CLI `--production`, the pane's production choice), trimmed; undefined when none. */
export function requestedProduction(input: CommandInput): string | undefined {
  const p = input.options.production;
  return typeof p === "string" && p.trim() ? p.trim() : undefined;
}
