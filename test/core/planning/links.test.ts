import fc from "fast-check";
import { formatPredecessors, parsePredecessors, predecessorReadings } from "../../../src/core/planning/links";

const ok = (text: string, known?: string[]) => {
  const r = parsePredecessors(text, known ? (id) => known.includes(id) : undefined);
  if (!r.ok) throw new Error(r.error);
  return r.links.map((l) => `${l.predecessorId}|${l.type}|${l.lag}`);
};
const err = (text: string, known?: string[]): string => {
  const r = parsePredecessors(text, known ? (id) => known.includes(id) : undefined);
  if (r.ok) throw new Error(`accepted: ${JSON.stringify(r.links)}`);
  return r.error;
};

describe("Prédécesseurs syntax", () => {
  test("blank: no links", () => {
    expect(ok("")).toEqual([]);
    expect(parsePredecessors(undefined)).toEqual({ ok: true, links: [] });
    expect(parsePredecessors(null)).toEqual({ ok: true, links: [] });
  });

  test("an ID alone is finish-to-start; numbers as cell values too", () => {
    expect(ok("3")).toEqual(["3|FS|0"]);
    expect(parsePredecessors(12)).toEqual({ ok: true, links: [{ predecessorId: "12", type: "FS", lag: 0 }] });
  });

  test.each([
    ["3FD", "3|FS|0"],
    ["3DD", "3|SS|0"],
    ["3FF", "3|FF|0"],
    ["3DF", "3|SF|0"],
    ["3FS", "3|FS|0"],
    ["3SS", "3|SS|0"],
    ["3SF", "3|SF|0"],
    ["3fd", "3|FS|0"],
    ["3FD+2", "3|FS|2"],
    ["3 FD +2j", "3|FS|2"],
    ["3FS+2 jours", "3|FS|2"],
    ["3DD-1", "3|SS|-1"],
    ["3 DD - 1 j", "3|SS|-1"],
    ["3+2", "3|FS|2"],
    ["3+2j", "3|FS|2"],
    ["3FF+0", "3|FF|0"],
    ["MONT DD+5", "MONT|SS|5"],
  ])("%p", (text, link) => {
    expect(ok(text)).toEqual([link]);
  });

  test("several, separated by ; or ,", () => {
    expect(ok("3;5DD+2")).toEqual(["3|FS|0", "5|SS|2"]);
    expect(ok("3, 5FF-1 ; 7")).toEqual(["3|FS|0", "5|FF|-1", "7|FS|0"]);
    expect(ok("3;;5;")).toEqual(["3|FS|0", "5|FS|0"]);
  });

  test("IDs with dashes: the known ID decides", () => {
    expect(ok("F1-12")).toEqual(["F1-12|FS|0"]);
    expect(ok("F1-12", ["F1-12"])).toEqual(["F1-12|FS|0"]);
    expect(ok("F1-12", ["F1"])).toEqual(["F1|FS|-12"]);
    expect(ok("F1-12-1", ["F1-12"])).toEqual(["F1-12|FS|-1"]);
    expect(ok("F1-12DD+2", ["F1-12"])).toEqual(["F1-12|SS|2"]);
    expect(ok("3-1", ["3"])).toEqual(["3|FS|-1"]);
    expect(ok("A1FS", ["A1"])).toEqual(["A1|FS|0"]);
    expect(ok("A1FS")).toEqual(["A1|FS|0"]);
    expect(ok("F1-3 DD+1", ["F1-1", "F1-3"])).toEqual(["F1-3|SS|1"]);
    expect(ok("C FF", ["C"])).toEqual(["C|FF|0"]);
  });

  test("ambiguous text is refused with an explanation", () => {
    expect(err("F1-12", ["F1", "F1-12"])).toMatch(/ambigu/);
    expect(err("A1FS", ["A1", "A1FS"])).toMatch(/ambigu/);
  });

  test.each([
    ["3FD+50%", /pourcentage/],
    ["3FD+2s", /semaines/],
    ["3FD+1,5j", /entier/],
    ["3FD+1.5j", /entier/],
    ["3 FX", /illisible/],
    ["3 4", /illisible/],
    ["fin de montage", /illisible/],
    ["3FD+", /illisible/],
  ])("%p is an error, never a throw", (text, message) => {
    expect(err(text)).toMatch(message);
  });

  test("format back, French types", () => {
    const r = parsePredecessors("3;5SS+2;7FF-1;8SF;9FS+1");
    expect(r.ok && formatPredecessors(r.links)).toBe("3;5DD+2;7FF-1;8DF;9FD+1");
  });
});

// The reader takes at most three readings from the right; this is the obvious version: try every
// cut of the item into ID + suffix.
const SUFFIX = /^\s*(FD|DD|FF|DF|FS|SS|SF)?\s*(?:([+-])\s*(\d+)\s*(j|jo|jr|jrs|jour|jours|jouvré|jouvrés|jours ouvrés|d|day|days)?)?\s*$/i;
const IDRE = /^[\p{L}\p{N}_.\-/#]+$/u;
const TYPES: Record<string, string> = { FD: "FS", FS: "FS", DD: "SS", SS: "SS", FF: "FF", DF: "SF", SF: "SF" };
function everyCut(item: string): string[] {
  const out = new Set<string>();
  for (let k = 1; k <= item.length; k++) {
    const id = item.slice(0, k).trim();
    if (id === "" || !IDRE.test(id)) continue;
    const m = SUFFIX.exec(item.slice(k));
    if (!m) continue;
    const lag = m[3] === undefined ? 0 : (m[2] === "-" ? -1 : 1) * Number(m[3]);
    out.add(`${id}|${m[1] ? TYPES[m[1].toUpperCase()] : "FS"}|${lag === 0 ? 0 : lag}`);
  }
  return [...out].sort();
}

describe("Prédécesseurs — readings", () => {
  test("the readings from the right are exactly every valid cut", () => {
    const ch = fc.constantFrom("A", "F", "D", "S", "1", "2", "-", "+", " ", "j", "x");
    fc.assert(
      fc.property(fc.array(ch, { minLength: 1, maxLength: 9 }).map((a) => a.join("").trim().replace(/\s+/g, " ")), (item) => {
        fc.pre(item !== "");
        const ours = predecessorReadings(item)
          .map((c) => `${c.id}|${c.type}|${c.lag}`)
          .sort();
        expect(ours).toEqual(everyCut(item));
      }),
      { numRuns: 3000 },
    );
  });
});
