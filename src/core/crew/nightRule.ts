/**
 * The night-work window of a `NUIT_PLAGE` parameter: one window (« 21:00-06:00 »), or seasonal windows
 * (« 20:00-06:00 du 21/12 au 20/03 ; 22:00-07:00 sinon »), as the agreements write them.
 */

export interface NightWindow {
  start: number; // minutes
  end: number; // minutes; < start means across midnight
}

interface NightRulePart {
  window: NightWindow;
  /** Month-day range (inclusive), e.g. 21/12 → 20/03; undefined = "sinon" / always. */
  season?: { fromMonth: number; fromDay: number; toMonth: number; toDay: number };
}

export type NightRule = NightRulePart[];

export function parseNightRule(text: string): NightRule | undefined {
  const out: NightRulePart[] = [];
  for (const part of text.split(";")) {
    const t = part.trim().toLowerCase();
    if (t === "") continue;
    const m = /^(\d{1,2})[:h](\d{2})\s*-\s*(\d{1,2})[:h](\d{2})(?:\s+du\s+(\d{1,2})\/(\d{1,2})\s+au\s+(\d{1,2})\/(\d{1,2})|\s+sinon)?$/.exec(t);
    if (!m) return undefined;
    const start = Number(m[1]) * 60 + Number(m[2]);
    const end = Number(m[3]) * 60 + Number(m[4]);
    if (start > 1440 || end > 1440) return undefined;
    const window = { start: start % 1440, end: end % 1440 };
    if (m[5] !== undefined)
      out.push({ window, season: { fromDay: Number(m[5]), fromMonth: Number(m[6]), toDay: Number(m[7]), toMonth: Number(m[8]) } });
    else out.push({ window });
  }
  return out.length > 0 ? out : undefined;
}

/** The night window of a rule on a day (month, day of month). */
export function nightWindowOn(rule: NightRule, month: number, dayOfMonth: number): NightWindow {
  const md = month * 100 + dayOfMonth;
  for (const part of rule) {
    if (!part.season) continue;
    const from = part.season.fromMonth * 100 + part.season.fromDay;
    const to = part.season.toMonth * 100 + part.season.toDay;
    const inside = from <= to ? md >= from && md <= to : md >= from || md <= to;
    if (inside) return part.window;
  }
  return (rule.find((p) => !p.season) ?? rule[0]).window;
}
