/**
 * The pane's two pictures, built as SVG markup: positions computed from the dates (checked here by hand),
 * every typed text escaped (the markup parses as strict XML and shows the text as typed), the marks and
 * overloads told apart by shape and frame (not color alone), and the text alternatives that say it all.
 */
import { SaxesParser } from "saxes";
import type { OverviewProduction, OverviewWorkload } from "../../src/commands/planning/overview";
import { fromIso, type DayNumber } from "../../src/core/dates/civil";
import { productionSentence, timelineScale, timelineSvg, LABEL_W, MIN_PX_PER_DAY } from "../../src/taskpane/charts/timeline";
import { cellX, cellY, leftOutText, level, workloadLines, workloadSvg } from "../../src/taskpane/charts/workload";
import { esc } from "../../src/taskpane/charts/svg";

const d = (iso: string): DayNumber => fromIso(iso) as DayNumber;

interface Node {
  name: string;
  attrs: Record<string, string>;
  text: string;
  parent?: Node;
}

/** Parses the markup as strict XML (it throws on anything malformed) into a flat list of elements with their own text. */
function parse(xml: string): Node[] {
  const parser = new SaxesParser({ xmlns: false });
  const nodes: Node[] = [];
  const stack: Node[] = [];
  parser.on("opentag", (t) => {
    const n: Node = { name: t.name, attrs: Object.fromEntries(Object.entries(t.attributes).map(([k, v]) => [k, String(v)])), text: "", parent: stack[stack.length - 1] };
    nodes.push(n);
    stack.push(n);
  });
  parser.on("text", (text) => {
    if (stack.length) stack[stack.length - 1].text += text;
  });
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  return nodes;
}

const byClass = (nodes: Node[], cls: string): Node[] => nodes.filter((n) => (n.attrs.class ?? "").split(" ").includes(cls));

const P: OverviewProduction = {
  code: "P",
  title: "Pilote",
  start: "2026-11-30",
  padBaseline: "2026-12-11",
  padForecast: "2026-12-18",
  padTarget: "2026-12-16",
  padSlipDays: 2,
  status: "En retard",
};

describe("le calendrier des PAD", () => {
  const today = d("2026-12-02");

  test("positions from the dates: the span fits 212 px after the 64 px of labels", () => {
    // Dates from Monday 30/11 (first date) to 18/12 (last), plus a week: to = 25/12, 25 days.
    // 212 / 25 = 8.48 px a day (above the 1.2 minimum); width = 64 + 25 × 8.48 + 4 = 280.
    const s = timelineScale([P], today);
    expect([s.from, s.to, s.pxPerDay, s.width]).toEqual([d("2026-11-30"), d("2026-12-25"), 8.48, 280]);
    const nodes = parse(timelineSvg([P], today, "t"));
    // PAD référence 11/12: 64 + 11 × 8.48 = 157.28 → 157.3; the row's center is 32 + 24 / 2 = 44.
    expect(byClass(nodes, "mark-baseline")[0].attrs).toMatchObject({ cx: "157.3", cy: "44", r: "6.5" });
    // PAD contractuel 16/12: 64 + 16 × 8.48 = 199.68 → 199.7, a 3 px bar centered on it (x = 198.2).
    expect(byClass(nodes, "mark-target")[0].attrs).toMatchObject({ x: "198.2", y: "36", width: "3", height: "16" });
    // PAD prévu 18/12: 64 + 18 × 8.48 = 216.64 → 216.6, a diamond of half-width 5.5, red (late).
    const forecast = byClass(nodes, "mark-forecast")[0];
    expect(forecast.attrs.d).toBe("M216.6 38.5L222.1 44L216.6 49.5L211.1 44Z");
    expect(forecast.attrs.class).toBe("mark-forecast late");
    // The two days of delay: a red segment from the contract (199.7) to the forecast (216.6): 16.9 px.
    expect(byClass(nodes, "delay")[0].attrs).toMatchObject({ x: "199.7", width: "16.9" });
    // The bar from the first task (30/11, x = 64) to the forecast.
    expect(byClass(nodes, "span")[0].attrs).toMatchObject({ x: "64", width: "152.6" });
    // Today 02/12: 64 + 2 × 8.48 = 80.96 → 81.
    expect(byClass(nodes, "today")[0].attrs).toMatchObject({ x1: "81", x2: "81" });
    // Months: « déc. » at 1/12 (64 + 8.48 = 72.48 → 72.5, label 2 px right); the first month (nov.) has 1 day left: no room for its label.
    expect(byClass(nodes, "axis-label").map((n) => [n.text, n.attrs.x])).toEqual([["déc.", "74.5"]]);
    expect(byClass(nodes, "axis-year").map((n) => n.text)).toEqual(["2026"]);
    // A tick each Monday: 30/11, 07/12, 14/12, 21/12.
    expect(byClass(nodes, "tick").map((n) => n.attrs.x1)).toEqual(["64", "123.4", "182.7", "242.1"]);
  });

  test("a production on time: blue diamond, no delay segment, label not red", () => {
    const onTime = { ...P, padForecast: "2026-12-15", padSlipDays: -1, status: "En glissement" };
    const nodes = parse(timelineSvg([onTime], today, "t"));
    expect(byClass(nodes, "mark-forecast")[0].attrs.class).toBe("mark-forecast");
    expect(byClass(nodes, "delay")).toEqual([]);
    expect(byClass(nodes, "row-label")[0].attrs.class).toBe("row-label");
  });

  test("a year-long span keeps 1.2 px a day and grows wider than the pane (it scrolls in its box)", () => {
    const long = { ...P, start: "2026-01-05", padBaseline: null, padTarget: "2026-12-30", padForecast: "2026-12-30", padSlipDays: 0 };
    const s = timelineScale([long], d("2026-06-01"));
    // 05/01 (a Monday) to 30/12 + 7 = 06/01/2027: 366 days × 1.2 = 439.2 → 64 + 439.2 + 4 = 507.2 → 508.
    expect([s.pxPerDay, s.width]).toEqual([MIN_PX_PER_DAY, 508]);
    expect(s.x(d("2026-01-05"))).toBe(LABEL_W);
    const nodes = parse(timelineSvg([long], d("2026-06-01"), "t"));
    // No baseline frozen: no ring.
    expect(byClass(nodes, "mark-baseline")).toEqual([]);
    // Twelve month labels for 2026; January 2027 has 6 days on the axis (7.2 px): too narrow for its label.
    expect(byClass(nodes, "axis-label").map((n) => n.text)).toEqual(["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]);
    expect(byClass(nodes, "axis-year").map((n) => n.text)).toEqual(["2026"]);
  });

  test("typed text is escaped: a code or a title holding markup stays text", () => {
    const evil = { ...P, code: `<img src=x onerror="alert(1)">`, title: "A & B <script>" };
    const xml = timelineSvg([evil], today, "t");
    expect(xml).not.toContain("<img");
    expect(xml).not.toContain("<script");
    const nodes = parse(xml);
    // The label is cut to 9 characters (8 + « … »), the whole code and title in the row's tooltip.
    expect(byClass(nodes, "row-label")[0].text).toBe("<img src…");
    const tooltip = nodes.find((n) => n.name === "title" && n.parent?.name === "g")!;
    expect(tooltip.text).toContain(`<img src=x onerror="alert(1)"> — A & B <script>`);
    expect(esc(`a<b>&"'`)).toBe("a&lt;b&gt;&amp;&quot;&#39;");
  });

  test("an image for screen readers, named and described; its text alternative says every date", () => {
    const nodes = parse(timelineSvg([P, { ...P, code: "Q", padSlipDays: -3 }], today, "vue-pad"));
    const svg = nodes[0];
    expect(svg.attrs).toMatchObject({ role: "img", "aria-labelledby": "vue-pad-title vue-pad-desc" });
    expect(nodes.find((n) => n.attrs.id === "vue-pad-title")!.text).toBe("Calendrier des PAD par production");
    expect(nodes.find((n) => n.attrs.id === "vue-pad-desc")!.text).toBe("2 productions, dont 1 en retard sur le PAD contractuel. Axe du 30/11/2026 au 24/12/2026. Le détail est dans le texte qui suit l'image.");
    expect(productionSentence(P)).toBe(
      "P — Pilote : PAD prévu 18/12/2026, PAD contractuel 16/12/2026, PAD référence 11/12/2026, début 30/11/2026 — 2 jours ouvrés de retard sur le contrat (En retard).",
    );
    expect(productionSentence({ ...P, padBaseline: null, padSlipDays: null, start: null, status: "" })).toBe("P — Pilote : PAD prévu 18/12/2026, PAD contractuel 16/12/2026, PAD référence non figé.");
  });
});

describe("la charge des semaines à venir", () => {
  const W: OverviewWorkload = {
    weeks: ["2026-11-30", "2026-12-07", "2026-12-14"],
    maxHours: 48,
    maxDays: 5,
    rows: [
      { name: "Salle <montage> & co", hours: [0, 56, 48], days: [0, 6, 6], over: [false, true, true], productions: ["P", "Q"] },
      { name: "Léa", hours: [12, 24, 36], days: [2, 3, 5], over: [false, false, false], productions: ["P"] },
    ],
    leftOut: 3,
  };

  test("shade by quarter of the 48 h limit; an overloaded week is its own level", () => {
    // 12 h = 1/4 → 1; 13 h → 2; 24 h = 2/4 → 2; 36 h = 3/4 → 3; 48 h → 4; 0 → 0.
    expect([0, 12, 13, 24, 36, 48].map((h) => level(h, false, 48))).toEqual([0, 1, 2, 2, 3, 4]);
    // 48 h on 6 days is over (days), though not over in hours.
    expect(level(48, true, 48)).toBe("over");
    // No weekly limit in the payroll: graded against 48 h all the same.
    expect(level(24, false, null)).toBe(2);
  });

  test("cells placed by week and row, the overloads framed and bold, the figures written in", () => {
    const xml = workloadSvg(W, "c");
    expect(xml).not.toContain("<montage>");
    const nodes = parse(xml);
    // 84 px of names + 3 × 24 + 2 = 158 px wide; 28 px of header + 2 × 22 + 2 = 74 px high.
    expect(nodes[0].attrs).toMatchObject({ width: "158", height: "74", role: "img" });
    // Week 1 (07/12) of row 0: x = 84 + 24 + 1 = 109, y = 28.
    expect([cellX(1), cellY(0), cellX(2), cellY(1)]).toEqual([109, 28, 133, 50]);
    const cells = byClass(nodes, "cell");
    expect(cells.map((c) => [c.attrs.x, c.attrs.y, c.attrs.class])).toEqual([
      ["85", "28", "cell l0"],
      ["109", "28", "cell lover"],
      ["133", "28", "cell lover"],
      ["85", "50", "cell l1"],
      ["109", "50", "cell l2"],
      ["133", "50", "cell l3"],
    ]);
    // Figures only where work is planned; the overloaded ones bold (class over).
    expect(byClass(nodes, "cell-text").map((n) => [n.text, n.attrs.class])).toEqual([
      ["56", "cell-text over"],
      ["48", "cell-text over"],
      ["12", "cell-text"],
      ["24", "cell-text"],
      ["36", "cell-text"],
    ]);
    const titles = nodes.filter((n) => n.name === "title" && n.parent?.attrs["data-week"]).map((n) => n.text);
    expect(titles.slice(0, 3)).toEqual([
      "Salle <montage> & co, semaine du 30/11/2026 : rien de prévu",
      "Salle <montage> & co, semaine du 07/12/2026 : 56 h sur 6 jours — surcharge (plus de 48 h, plus de 5 jours)",
      "Salle <montage> & co, semaine du 14/12/2026 : 48 h sur 6 jours — surcharge (plus de 5 jours)",
    ]);
    // Week headers: the day of the Monday, then the month.
    expect(byClass(nodes, "week-label").map((n) => n.text)).toEqual(["30", "7", "14"]);
    expect(byClass(nodes, "week-month").map((n) => n.text)).toEqual(["nov.", "déc.", "déc."]);
    // The name is cut to 13 characters; the whole name and its productions in its tooltip.
    const label = byClass(nodes, "row-label")[0];
    expect(label.text).toBe("Salle <monta…");
    expect(nodes.find((n) => n.name === "title" && n.parent === label)!.text).toBe("Salle <montage> & co (P, Q)");
    expect(nodes.find((n) => n.attrs.id === "c-desc")!.text).toBe(
      "2 personne(s) ou salle(s), 3 semaines à partir du 30/11/2026, dont 1 surchargée(s) au moins une semaine. Le détail est dans le texte qui suit l'image.",
    );
  });

  test("the text alternative: each row's busy weeks, the overloads and why; the cap said", () => {
    expect(workloadLines(W)).toEqual([
      "Salle <montage> & co (P, Q) : sem. du 07/12 : 56 h sur 6 jours — surcharge (plus de 48 h, plus de 5 jours) ; sem. du 14/12 : 48 h sur 6 jours — surcharge (plus de 5 jours).",
      "Léa (P) : sem. du 30/11 : 12 h sur 2 jours ; sem. du 07/12 : 24 h sur 3 jours ; sem. du 14/12 : 36 h sur 5 jours.",
    ]);
    expect(leftOutText(W)).toBe("3 autres personnes ou salles ont du travail ces semaines-là : seules les 2 plus chargées sont montrées (la feuille Charge les montre toutes).");
    expect(leftOutText({ ...W, leftOut: 1 })).toMatch(/^1 autre personne ou salle a du travail/);
    // Narrowed to one production, the pane cannot count its people left out: it says they may be missing.
    expect(leftOutText(W, true)).toMatch(/^Le volet ne reçoit que les personnes et salles les plus chargées.*peuvent manquer/);
  });
});
