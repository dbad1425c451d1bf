/**
 * The pane's page: a fixed layout whose regions are redrawn from the model. Keyboard focus survives
 * redraws (controls carry a `data-key`), and two persistent live regions tell screen readers about
 * progress and results (a redrawn node would not be announced reliably).
 */
import { clear, el } from "./dom";
import type { PaneControls, PaneView } from "./controller";
import type { PaneModel } from "./model";
import { announcement } from "./viewResult";
import { actionSections } from "./viewActions";
import { alertsPanel } from "./viewAlerts";
import { overviewCard } from "./viewOverview";
import { choicesBar, fileBar, fileInput, noticesBar, statusCard, topResult } from "./viewTop";

interface Regions {
  mode: HTMLElement;
  busyBar: HTMLElement;
  notices: HTMLElement;
  file: HTMLElement;
  choices: HTMLElement;
  status: HTMLElement;
  overview: HTMLElement;
  top: HTMLElement;
  sections: HTMLElement;
  alerts: HTMLElement;
  status_live: HTMLElement;
  alert_live: HTMLElement;
}

export class DomView implements PaneView {
  private readonly r: Regions;
  private readonly input: HTMLInputElement;
  private lastAnnounced = "";

  constructor(
    root: HTMLElement,
    private readonly controls: PaneControls,
  ) {
    clear(root);
    const region = (id: string, tag: "div" | "section" = "div", label?: string): HTMLElement => el(tag, { id, class: "region", "aria-label": label });
    this.r = {
      mode: el("span", { class: "mode", id: "mode" }, "Connexion…"),
      busyBar: el("div", { class: "busy-bar", id: "busy-bar", hidden: true }),
      notices: region("notices"),
      file: region("file"),
      choices: region("choices"),
      status: region("status"),
      overview: region("overview"),
      top: region("top-result"),
      sections: region("sections"),
      alerts: region("alerts"),
      status_live: el("div", { class: "visually-hidden", role: "status", "aria-live": "polite", id: "live-status" }),
      alert_live: el("div", { class: "visually-hidden", role: "alert", id: "live-alert" }),
    };
    const r = this.r;
    const header = el(
      "header",
      { class: "app-header" },
      el("img", { src: "assets/icon-32.png", alt: "", width: "24", height: "24" }),
      el("h1", {}, "Cap PAD"),
      r.mode,
    );
    const footer = el(
      "footer",
      { class: "app-footer" },
      el("a", { href: "aide.html", target: "_blank", rel: "noopener" }, "Aide de Cap PAD"),
      el("span", { class: "muted" }, " · vos données restent dans le classeur"),
    );
    this.input = fileInput(controls);
    root.append(r.busyBar, header, el("main", { id: "main" }, r.notices, r.file, r.choices, r.status, r.overview, r.top, r.sections, r.alerts), footer, r.status_live, r.alert_live, this.input);
  }

  draw(m: PaneModel, live: boolean): void {
    const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.key;
    const c = this.controls;
    const r = this.r;
    r.mode.textContent = !m.host ? "Connexion…" : m.host.kind === "excel" ? "Dans Excel" : "Fichier local";
    r.busyBar.hidden = !m.busy;
    document.getElementById("main")?.setAttribute("aria-busy", m.busy ? "true" : "false");
    this.fill(r.notices, noticesBar(m));
    this.fill(r.file, fileBar(m, c, this.input));
    this.fill(r.choices, choicesBar(m, c));
    this.fill(r.status, statusCard(m, c));
    this.fill(r.overview, overviewCard(m, c));
    this.fill(r.top, topResult(m, c));
    this.fill(r.sections, actionSections(m, c));
    this.fill(r.alerts, alertsPanel(m, c));
    document.body.classList.toggle("dragging", m.dragging);
    if (live) this.announce(m);
    if (focusKey) this.focus(focusKey, false);
  }

  /** What each region shows, as markup: a region whose drawing did not change is left as it is. */
  private readonly drawn = new Map<HTMLElement, string>();

  /**
   * Replaces a region's content, unless the new drawing is the same: then the controls already there
   * stay (keyboard focus, a key being pressed, an open list, a running animation are not disturbed).
   * Handlers only call the controller with what the markup shows (ids, values), so same markup means
   * same behaviour.
   */
  private fill(region: HTMLElement, content: Element | null): void {
    const markup = content?.outerHTML ?? "";
    if (this.drawn.get(region) === markup) return;
    this.drawn.set(region, markup);
    clear(region);
    if (content) region.append(content);
    region.hidden = !content;
  }

  private announce(m: PaneModel): void {
    const { text, urgent } = announcement(m);
    if (text === this.lastAnnounced) return;
    this.lastAnnounced = text;
    this.r.status_live.textContent = urgent ? "" : text;
    this.r.alert_live.textContent = urgent ? text : "";
  }

  focus(key: string, scroll = true): void {
    const target = document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    if (!target) return;
    target.focus({ preventScroll: !scroll });
    if (scroll) target.scrollIntoView({ block: "nearest" });
  }
}
