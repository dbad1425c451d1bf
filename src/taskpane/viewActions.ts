/**
 * The sections of buttons (Modèles, Planning, Équipe et paie, Coûts et factures), drawn from the
 * registry in `actions.ts`: whatever action a feature adds there appears here, with its hint, the
 * choices it still lacks, its small form or its confirmation, its progress and its result.
 */
import { ACTIONS, SECTIONS, type PaneAction, type PaneField } from "./actions";
import { button, el } from "./dom";
import type { Choice, PaneControls } from "./controller";
import { isSectionOpen, missingNeeds, NEED_LABEL, type PaneModel } from "./model";
import { resultCard } from "./viewResult";
import { picker } from "./viewTop";
import { moneySummary } from "./viewMoney";
import { duesList } from "./viewDues";

export function actionSections(m: PaneModel, c: PaneControls): HTMLElement | null {
  if (!m.host || m.blocker) return null;
  const wrap = el("div", { class: "sections" });
  for (const section of SECTIONS) {
    const actions = ACTIONS.filter((a) => a.section === section.id);
    if (!actions.length) continue;
    // A section folds (its title is a native disclosure: Enter and Space toggle it); the pane remembers.
    const open = isSectionOpen(m, section.id);
    const details = el(
      "details",
      { class: "card section", "data-section": section.id, open },
      el("summary", { "data-key": `section-${section.id}` }, el("h2", {}, section.label), el("span", { class: "count", "aria-hidden": "true" }, String(actions.length))),
      section.id === "factures" ? moneySummary(m) : null,
      section.id === "factures" ? duesList(m) : null,
      ...actions.flatMap((a, i) => [pickerBefore(m, actions, i, c), actionBlock(m, a, c)]),
    );
    // Inserting a <details open> fires "toggle" too: only a change from what was drawn is the user's.
    details.addEventListener("toggle", () => {
      if (details.open !== open) c.setSectionOpen(section.id, details.open);
    });
    wrap.append(details);
  }
  return wrap;
}

/**
 * The one action of the pane drawn as the main (filled) button: the templates while the workbook has
 * none of Cap PAD's tables, then the check. With no workbook yet (file mode), opening one comes first.
 */
function isPrimary(m: PaneModel, a: PaneAction): boolean {
  if (!m.workbook) return false;
  return m.workbook.hasCapPadTables ? a.id === "check" : a.id === "template-all";
}

/**
 * A picker for what an action needs besides production and month (a template, an issued invoice),
 * drawn once, right before the first action of the section that needs it.
 */
function pickerBefore(m: PaneModel, actions: PaneAction[], index: number, c: PaneControls): HTMLElement | null {
  const first = (need: "template" | "invoice"): boolean => actions.findIndex((a) => a.needs?.includes(need)) === index;
  if (first("template")) {
    const options = (m.templates ?? []).map((t): [string, string] => [t.id, t.label]);
    return localPicker("template", "Modèle à insérer", options, m.template, c, m.templates ? "Aucun modèle disponible." : "Chargement des modèles…");
  }
  if (first("invoice")) {
    const options = (m.workbook?.invoices ?? []).map((i): [string, string] => [i.number, [i.number, i.client, i.total, i.status].filter(Boolean).join(" — ")]);
    return localPicker("invoice", "Facture émise", options, m.invoice, c, "Aucune facture émise pour l'instant (registre Factures vide).");
  }
  return null;
}

/** The pickers of one section: an empty list says why instead of showing an empty drop-down. */
function localPicker(kind: Choice, label: string, options: [string, string][], value: string | undefined, c: PaneControls, empty: string): HTMLElement {
  if (options.length) return picker(kind, label, options, value, c);
  const id = `choice-${kind}`;
  return el("p", { class: "muted small", id, tabindex: "-1", "data-key": id }, empty);
}

function actionBlock(m: PaneModel, a: PaneAction, c: PaneControls): HTMLElement {
  const running = m.busy?.actionId === a.id;
  const needs = missingNeeds(m, a);
  const hintId = `hint-${a.id}`;
  const main = button(running ? [el("span", { class: "spinner", "aria-hidden": "true" }), el("span", {}, a.label)] : a.label, {
    class: `btn ${isPrimary(m, a) ? "primary" : "secondary"} ${m.busy ? "is-disabled" : ""}`,
    "data-action": a.id,
    "data-key": `action-${a.id}`,
    "aria-describedby": hintId,
    "aria-disabled": m.busy ? "true" : undefined,
    "aria-expanded": a.fields?.length || a.confirm ? String(m.open === a.id) : undefined,
  }, () => c.run(a.id));
  const block = el("div", { class: `action ${running ? "running" : ""}`, "data-action-block": a.id }, main, el("p", { class: "hint", id: hintId }, a.hint));
  if (needs.length) block.append(el("p", { class: "need" }, `À choisir d'abord : ${needs.map((n) => NEED_LABEL[n]).join(", ")}.`));
  if (running) block.append(el("p", { class: "progress" }, el("span", { class: "bar" }), el("span", { class: "msg" }, m.busy!.message)));
  if (m.open === a.id && !running) block.append(a.fields?.length ? actionForm(m, a, c) : confirmBox(a, c));
  if (m.result?.actionId === a.id && !running) block.append(resultCard(m, m.result, c));
  return block;
}

function actionForm(m: PaneModel, a: PaneAction, c: PaneControls): HTMLElement {
  const form = el("form", { class: "action-form", "aria-label": a.label, novalidate: true });
  if (a.fields?.some((f) => f.required)) form.append(el("p", { class: "hint legend" }, "Les champs marqués * sont obligatoires."));
  for (const f of a.fields ?? []) form.append(fieldInput(m, a, f, c));
  if (a.confirm) form.append(el("p", { class: "confirm-text" }, a.confirm));
  form.append(
    el(
      "div",
      { class: "row" },
      el("button", { type: "submit", class: "btn primary", "data-key": `submit-${a.id}` }, a.confirm ? `Confirmer : ${a.label}` : "Lancer"),
      button("Annuler", { class: "btn secondary", "data-key": `cancel-${a.id}` }, () => c.cancel()),
    ),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    c.submit(a.id);
  });
  return form;
}

function fieldInput(m: PaneModel, a: PaneAction, f: PaneField, c: PaneControls): HTMLElement {
  const id = `field-${a.id}-${f.key}`;
  const value = m.values[a.id]?.[f.key] ?? "";
  let input: HTMLInputElement | HTMLSelectElement;
  if (f.type === "select") {
    input = el("select", { id, "data-key": id });
    if (f.required) input.append(el("option", { value: "" }, "— choisir —"));
    const choices = f.choicesFromWorkbook ? (m.workbook?.[f.choicesFromWorkbook] ?? []) : (f.choices ?? []);
    for (const ch of choices) {
      const [v, text] = typeof ch === "string" ? [ch, ch] : [ch.value, ch.label];
      input.append(el("option", { value: v, selected: v === value }, text));
    }
  } else {
    input = el("input", { id, "data-key": id, type: f.type === "number" ? "text" : f.type, inputmode: f.type === "number" ? "decimal" : undefined, value, autocomplete: "off" });
  }
  if (f.required) input.setAttribute("aria-required", "true");
  const hintId = f.hint ? `${id}-hint` : undefined;
  if (hintId) input.setAttribute("aria-describedby", hintId);
  const sync = (): void => c.setValue(a.id, f.key, input.value);
  input.addEventListener("input", sync);
  input.addEventListener("change", sync);
  return el("div", { class: "field" }, el("label", { for: id }, f.label, f.required ? el("span", { class: "req", "aria-hidden": "true" }, " *") : null), input, hintId ? el("p", { class: "hint", id: hintId }, f.hint) : null);
}

function confirmBox(a: PaneAction, c: PaneControls): HTMLElement {
  return el(
    "div",
    { class: "confirm", role: "group", "aria-label": `Confirmer : ${a.label}` },
    el("p", { class: "confirm-text" }, a.confirm ?? ""),
    el(
      "div",
      { class: "row" },
      button(`Confirmer : ${a.label}`, { class: "btn primary", "data-key": `confirm-${a.id}` }, () => c.submit(a.id)),
      button("Annuler", { class: "btn secondary", "data-key": `cancel-${a.id}` }, () => c.cancel()),
    ),
  );
}
