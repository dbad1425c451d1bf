/**
 * SMPTE timecode for Cap PAD: integer frame counts, exact rational rates, drop-frame at 29.97 and
 * 59.94, signed durations without a 24 h ceiling. See each file for its rule; the custom functions
 * (`src/functions`) and the rushes checks use only this entry point.
 */
export * from "./errors";
export * from "./rates";
export * from "./dropFrame";
export * from "./parse";
export * from "./format";
export * from "./arithmetic";
export * from "./seconds";
export * from "./convert";
export * from "./feet";
export * from "./storage";
