/**
 * The task pane: in Excel, the cockpit over the open workbook; opened as a plain web page, the same
 * commands on a local .xlsx file. This entry stays small (first paint): commands, hosts, exceljs, the
 * payroll rules and the e-invoice writer are loaded when an action first needs them.
 */
import { PaneController } from "./controller";
import { FileHost } from "./hosts";
import { DomView } from "./view";

function start(): void {
  const root = document.getElementById("app");
  if (!root) return;
  const controller = new PaneController();
  controller.attach(new DomView(root, controller));
  enableFileDrop(controller);
  // A workbook changed in the page and not downloaded is lost with the page: the browser asks first.
  window.addEventListener("beforeunload", (e) => {
    const host = controller.model.host;
    if (host instanceof FileHost && host.changed) e.preventDefault();
  });
  void controller.start();
}

/** File mode: a workbook dropped anywhere on the page is opened. */
function enableFileDrop(controller: PaneController): void {
  const isFileDrag = (e: DragEvent): boolean => controller.model.host instanceof FileHost && Boolean(e.dataTransfer?.types.includes("Files"));
  document.addEventListener("dragover", (e) => {
    if (!isFileDrag(e)) return;
    e.preventDefault();
    controller.setDragging(true);
  });
  document.addEventListener("dragleave", (e) => {
    if (!e.relatedTarget) controller.setDragging(false);
  });
  document.addEventListener("drop", (e) => {
    if (!isFileDrag(e)) return;
    e.preventDefault();
    controller.setDragging(false);
    const f = e.dataTransfer?.files?.[0];
    if (f) controller.openFile(f);
  });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
