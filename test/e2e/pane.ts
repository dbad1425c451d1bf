/**
 * Driving the task pane as a user does: press an action's button, fill its small form or confirm it,
 * wait for its result card; collect downloads. Shared by the file-mode and Excel-mode browser tests.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Download, Locator, Page } from "playwright-core";
import type { PageSession } from "./browser";

export const SHOTS = path.resolve(__dirname, "../../test-output");
/** "Today" of the demo story, the pane's clock in these tests. */
export const DEMO_NOW = "2026-11-27T10:00:00";

async function lastSeq(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.querySelector("[data-result]")?.getAttribute("data-seq") ?? 0));
}

/** Presses an action's button, fills and submits its form (or confirms it), and waits for its result. */
export async function runAction(page: Page, id: string, fields: Record<string, string> = {}): Promise<Locator> {
  const prev = await lastSeq(page);
  // A folded section is opened first, as a user would, by its title.
  const section = page.locator(`details.section:has(button[data-action="${id}"])`);
  if ((await section.getAttribute("open")) === null) await section.locator("summary").click();
  await page.click(`button[data-action="${id}"]`);
  const block = page.locator(`[data-action-block="${id}"]`);
  if (await block.locator("form").count()) {
    for (const [key, value] of Object.entries(fields)) {
      const field = block.locator(`#field-${id}-${key}`);
      if ((await field.evaluate((e) => e.tagName)) === "SELECT") await field.selectOption(value);
      else await field.fill(value);
    }
    await block.locator(`[data-key="submit-${id}"]`).click();
  } else if (await block.locator(`[data-key="confirm-${id}"]`).count()) await block.locator(`[data-key="confirm-${id}"]`).click();
  await page.waitForFunction(
    ([action, seq]) => {
      const r = document.querySelector(`[data-result="${action}"]`);
      return r !== null && Number(r.getAttribute("data-seq")) > seq;
    },
    [id, prev] as const,
    { timeout: 120000 },
  );
  return page.locator(`[data-result="${id}"]`);
}

/** Every download the page offers, saved to a temporary folder. */
export function collectDownloads(page: Page): { files: () => Promise<{ name: string; path: string }[]> } {
  const pending: Download[] = [];
  page.on("download", (d) => pending.push(d));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cappad-dl-"));
  return {
    files: () =>
      Promise.all(
        pending.map(async (d, i) => {
          const p = path.join(dir, `${i}-${d.suggestedFilename()}`);
          await d.saveAs(p);
          return { name: d.suggestedFilename(), path: p };
        }),
      ),
  };
}

/** Nothing went wrong in the page: no console error, no request out of 127.0.0.1, no CSP violation. */
export async function expectCleanPage(s: PageSession): Promise<void> {
  expect(s.consoleErrors).toEqual([]);
  expect(s.outsideRequests).toEqual([]);
  expect(await s.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
}

/** The page never scrolls sideways at this width. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

export function shot(name: string): string {
  fs.mkdirSync(SHOTS, { recursive: true });
  return path.join(SHOTS, name);
}
