/** French working calendars: zones, public holidays, weekdays, working-day arithmetic. */
export * from "./zones";
export * from "./holidays";
export * from "./weekdays";
export * from "./workingCalendar";
