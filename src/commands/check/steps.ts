/**
 * The steps of "Vérifier et recalculer" (`cappad check`), in order. Each feature adds its step here:
 * it binds its tables through the context, computes, sets computed cells, adds alerts, its JSON section
 * and its report sheets. Later steps may use what earlier ones memoised (the schedule, the payroll).
 */
import type { CommandContext } from "../context";

export interface CheckStep {
  name: string;
  run(ctx: CommandContext): void | Promise<void>;
}

export const CHECK_STEPS: CheckStep[] = [];
