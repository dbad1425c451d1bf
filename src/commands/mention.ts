/**
 * How a message names the command to run next: the pane shows its button (« Vérifier et recalculer »),
 * the command line its verb (« cappad check »). Commands ask here; the host says how (`mention`).
 */
import type { Command, CommandInput } from "./types";

export function mention(input: CommandInput, command: Pick<Command, "name" | "label">): string {
  return input.mention?.(command.name) ?? `« ${command.label} »`;
}
