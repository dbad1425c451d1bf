/**
 * « À encaisser / à payer » in « Coûts et factures »: our invoices still due and the supplier invoices
 * late or due this week, as the pane state computed them (the same states as the check's alerts).
 */
import type { PaneDue } from "../commands/paneState";
import { el } from "./dom";
import type { PaneModel } from "./model";

export function duesList(m: PaneModel): HTMLElement | null {
  const dues = m.workbook?.dues ?? [];
  if (!dues.length) return null;
  return el(
    "div",
    { class: "dues", "data-key": "dues" },
    el("h3", {}, "À encaisser / à payer"),
    el("ul", { class: "dues-list" }, ...dues.map(dueItem)),
  );
}

function dueItem(d: PaneDue): HTMLElement {
  const when = d.daysLate > 0 ? `${d.daysLate} j de retard` : d.dueDate ? `échéance ${d.dueDate.split("-").reverse().join("/")}` : "sans échéance";
  return el("li", { class: d.daysLate > 0 ? "due late" : "due", "data-invoice": d.invoice }, `${d.kind} — ${d.invoice} (${d.party}) : ${d.due}, ${when}`);
}
