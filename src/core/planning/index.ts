/** Post-production planning: links, critical path, baselines, checks, statuses, starter plans, overrun report. */
export * from "./model";
export * from "./links";
export * from "./schedule";
export * from "./checks";
export * from "./status";
export * from "./baseline";
export * from "./resources";
export * from "./calendars";
export * from "./plan";
export * from "./overrun";
export * from "./starterPlans";
