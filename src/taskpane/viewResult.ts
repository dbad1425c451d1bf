/** What an action gave: its summary, its files to download, its own alerts, or its failure and what to do. */
import { append, button, el, icon } from "./dom";
import type { PaneControls } from "./controller";
import type { ActionResult, PaneModel } from "./model";
import { alertList } from "./viewAlerts";

export function resultCard(m: PaneModel, res: ActionResult, c: PaneControls): HTMLElement {
  const f = res.failure;
  const kind = f ? "fail" : res.attention ? "attention" : "ok";
  const card = el("div", { class: `result ${kind}`, "data-result": res.actionId, "data-seq": String(res.seq) });
  const title = f ? `${res.label} : échec à ${res.time}` : res.attention ? "Il manque une information" : `${res.label} : terminé à ${res.time}`;
  card.append(el("p", { class: "result-title" }, icon(f ? "error" : res.attention ? "warning" : "success"), el("span", {}, title)));
  if (f) {
    append(
      card,
      el("p", { class: "fail-title" }, f.title),
      el("p", { class: "fail-todo" }, el("strong", {}, "Que faire : "), f.todo),
      f.detail ? el("p", { class: "fail-detail" }, `Détail : ${f.detail}`) : null,
      f.nothingWritten && !/rien n'a été écrit/i.test(f.detail) ? el("p", { class: "fail-safe" }, "Rien n'a été écrit dans le classeur.") : null,
    );
  }
  if (res.lines.length) card.append(el("ul", { class: "result-lines" }, ...res.lines.map((l) => el("li", {}, l))));
  if (res.files.length)
    card.append(
      el(
        "div",
        { class: "files" },
        ...res.files.map((file, i) =>
          button([icon("download"), el("span", {}, `Télécharger ${file.name}`)], { class: "btn subtle", "data-key": `file-${res.actionId}-${i}` }, () => c.downloadAgain(i)),
        ),
      ),
    );
  if (res.alerts.length) {
    // Folded: the summary says how many; the Alertes list below stays the place to work from.
    card.append(
      el(
        "details",
        { class: "result-alerts" },
        el("summary", { "data-key": `result-alerts-${res.actionId}` }, `${res.alerts.length} alerte(s) relevée(s) par cette action`),
        alertList(m, res.alerts, c, `result-${res.actionId}`),
      ),
    );
  }
  return card;
}

/** The sentence screen readers hear: the progress, or the outcome of the last action (urgent on failure). */
export function announcement(m: PaneModel): { text: string; urgent: boolean } {
  if (m.busy) return { text: m.busy.message, urgent: false };
  const res = m.result;
  if (!res) return { text: "", urgent: false };
  if (res.failure) return { text: `${res.label} : échec. ${res.failure.title} ${res.failure.todo}`, urgent: true };
  if (res.attention) return { text: res.lines.join(" "), urgent: true };
  return { text: `${res.label} : terminé. ${res.lines.join(" ")}`, urgent: false };
}
