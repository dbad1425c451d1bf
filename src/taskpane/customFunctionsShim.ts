/**
 * Runs before the custom functions' bundle. Outside Office with no office.js at all (an offline machine:
 * the CDN could not be reached), `CustomFunctions` is not defined and the `CustomFunctions.associate`
 * calls the metadata plugin appends to functions.js would throw while the page works on files. The
 * functions never run there; inside Excel, office.js has defined the real namespace before this runs.
 */
const g = globalThis as { CustomFunctions?: unknown };
if (typeof g.CustomFunctions === "undefined") g.CustomFunctions = { associate: (): void => undefined };

export {};
