/** The pane's two pictures, loaded on first use (their own chunk: the first paint does not carry them). */
export { productionSentence, timelineSvg } from "./timeline";
export { leftOutText, workloadLines, workloadSvg } from "./workload";
export { TIMELINE_LEGEND, workloadLegend } from "./legend";
